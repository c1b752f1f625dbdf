import OMSCore

/// The characters drawn for statuses, boxes and arrows, with ASCII stand-ins.
struct Symbols {
    let unicode: Bool

    func status(_ status: SyncTaskStatus?) -> (String, Style) {
        switch status {
        case .synchronizing?: (unicode ? "●" : "*", .ok)
        case .stopped?: (unicode ? "○" : "o", .muted)
        default: ("?", .warning)
        }
    }

    var arrow: String { unicode ? "→" : "->" }
    /// The sort's direction: down for descending.
    func sortArrow(descending: Bool) -> String { unicode ? (descending ? "↓" : "↑") : (descending ? "v" : "^") }
    var horizontal: String { unicode ? "─" : "-" }
    var vertical: String { unicode ? "│" : "|" }
    var corners: (String, String, String, String) { unicode ? ("┌", "┐", "└", "┘") : ("+", "+", "+", "+") }
    var dot: String { unicode ? "·" : "-" }
    /// Stands for a value not known (yet).
    var none: String { unicode ? "–" : "-" }
    var cross: String { unicode ? "✗" : "x" }
    var check: String { unicode ? "✓" : "ok" }
    var mask: String { unicode ? "•" : "*" }
    /// Where typed text goes, at the end of a field.
    var cursor: String { unicode ? "▏" : "_" }
    /// Marks where an edited line was cut to keep its cursor in view.
    var ellipsis: String { unicode ? "…" : "~" }
    /// Marks a row with a firing alert.
    var attention: String { "!" }
}
