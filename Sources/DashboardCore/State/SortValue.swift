/// What a task sorts by: a text or a number. Numbers sort before texts, which never mix in one column.
enum SortValue: Comparable, Sendable {
    case number(Double)
    case text(String)
}
