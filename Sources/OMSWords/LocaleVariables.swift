/// The locale the environment names, read as the C library reads it: each category from the first
/// of its variables that is set and not empty. The locale need not be installed for this reading.
public enum LocaleVariables {
    /// The value of the first of `names` that `lookup` finds set and not empty, else "".
    public static func first(_ names: [String], in lookup: (String) -> String?) -> String {
        names.lazy.compactMap(lookup).first { !$0.isEmpty } ?? ""
    }

    /// Whether the character locale (`LC_ALL`, then `LC_CTYPE`, then `LANG`) is a UTF-8 one.
    public static func namesUTF8(_ lookup: (String) -> String?) -> Bool {
        first(["LC_ALL", "LC_CTYPE", "LANG"], in: lookup).uppercased().replacing("-", with: "").contains("UTF8")
    }
}
