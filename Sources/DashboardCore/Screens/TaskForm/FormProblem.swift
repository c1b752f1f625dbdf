import OMSCore

/// What is wrong with a field of the create form, kept as what it is (the form view words it in
/// the state's language).
public enum FormProblem: Sendable, Equatable {
    case required
    case requiredForTencent
    case requiredWithCDN
    /// The description holds characters the API refuses: these, space-separated.
    case forbiddenCharacters(String)
    case environmentNameMissing
    /// An "env:NAME" secret whose variable is not set.
    case environmentUnset(String)
    case keyWithoutAuthentication
    case protocolRequiredWithCDN
    /// A choice the create operation does not accept.
    case notAccepted(String)
    case tooLong(limit: Int, count: Int)

    /// The problem in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .required: language.text(.problemRequired)
        case .requiredForTencent: language.text(.problemRequiredForTencent)
        case .requiredWithCDN: language.text(.problemRequiredWithCDN)
        case .forbiddenCharacters(let characters): language.text(.problemForbidden, ["characters": characters])
        case .environmentNameMissing: language.text(.problemEnvironmentNameMissing)
        case .environmentUnset(let name): language.text(.problemEnvironmentUnset, ["name": name])
        case .keyWithoutAuthentication: language.text(.problemKeyWithoutAuthentication)
        case .protocolRequiredWithCDN: language.text(.problemProtocolRequired)
        case .notAccepted(let value): language.text(.problemNotAccepted, ["value": value])
        case .tooLong(let limit, let count): language.text(.problemTooLong, ["limit": String(limit), "count": String(count)])
        }
    }
}
