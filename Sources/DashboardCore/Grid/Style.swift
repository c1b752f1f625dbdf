/// What a piece of text means on screen; mapped to colors in one place (the terminal adapter),
/// so NO_COLOR and themes are one switch.
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
    case normal, muted, header, columnHeader, selected, ok, warning, failure, accent, banner, dialog, dialogButton,
        dialogButtonFocused
}
