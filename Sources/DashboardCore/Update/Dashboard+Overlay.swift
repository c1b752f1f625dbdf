extension Dashboard {
    /// Hands an event to the open overlay, stores the overlay once as its outcome says (itself as
    /// it now is, nothing, or the one it gave way to) and does what it asks beside. Nil when no
    /// overlay is open, and the event is the table's.
    @discardableResult
    static func updateOverlay(_ event: OverlayEvent, in state: inout AppState) -> OverlayOutcome? {
        guard var component = state.overlay?.component else { return nil }
        let outcome = component.update(event, OverlayContext(state))
        switch outcome.next {
        case .stay: state.overlay = component.overlay
        case .close: state.overlay = nil
        case .replace(let next): state.overlay = next
        }
        for request in outcome.requests {
            switch request {
            case .quit: state.shouldQuit = true
            case .flash(let kind): state.status.show(kind, now: state.now)
            case .refresh: refreshNow(&state)
            case .answerTaken: break
            }
        }
        return outcome
    }
}
