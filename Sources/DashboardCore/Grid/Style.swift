/// What a piece of text means on screen; a `Theme` maps it to colours and attributes, so NO_COLOR
/// and themes are one switch.
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal, muted, header, columnHeader, selected, ok, warning, failure, accent, banner, dialog, dialogButton,
        dialogButtonFocused

    /// The role's name in the config's `colors`.
    public var id: String {
        switch self {
        case .columnHeader: "column_header"
        case .dialogButton: "dialog_button"
        case .dialogButtonFocused: "dialog_button_focused"
        default: "\(self)"
        }
    }
}
