import MonitorCore
import OMSCore

/// The dashboard's pure logic: `reduce` changes the state for an action and returns the work to
/// do; `render` draws a state into a grid. Neither does I/O.
public enum Dashboard {
    /// Applies one action; returns the effects for the runtime to run.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        reduce(&state, [action])
    }

    /// Applies actions in order (what arrived together: a tick, keys, answers), then plans the
    /// fetches once for all of them; returns the effects for the runtime to run, ending with
    /// `.quit` when one of them quits.
    public static func reduce(_ state: inout AppState, _ actions: [Action]) -> [Effect] {
        var effects: [Effect] = []
        for action in actions {
            let own = apply(action, to: &state)
            if state.shouldQuit { return effects + [.quit] }
            effects += own
        }
        return effects + schedule(&state)
    }

    /// One action's change to the state and its effects, without the fetches it makes due.
    private static func apply(_ action: Action, to state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        switch action {
        case .tick, .answer: break
        case .key, .mouse:
            state.table.selectionFollowsTop = false
            state.noteScreenChanged()
        default: state.noteScreenChanged()
        }
        switch action {
        case .key(let key):
            effects += handle(key, in: &state)
        case .mouse(let mouse):
            effects += handle(mouse, in: &state)
        case .resize(let width, let height):
            resize(to: width, height, in: &state)
        case .terminalOpened(let width, let height, let unicode):
            state.session.unicode = unicode
            if !unicode { state.session.language = .english }
            resize(to: width, height, in: &state)
        case .tick(let now):
            // The screen tells ages in whole seconds.
            if now / 1000 != state.now / 1000 { state.noteScreenChanged() }
            state.now = now
        case .answer(let answer):
            effects += announce(receive(answer, in: &state), in: state)
        case .commandFinished(let key, let command, let error):
            effects += announce(receiveCommand(key, command, error, in: &state), in: state)
        case .created(let profile, let result):
            receiveCreated(profile, result, in: &state)
        case .hookFailed(let wording):
            state.status.notice = .hookFailed(wording)
        case .credentialRenewal(let profile, let failing):
            let events = state.monitor.credentialRenewal(profile, failing: failing, now: state.now).events
            if !events.isEmpty { state.noteScreenChanged() }
            effects += announce(events, in: state)
        case .organizationListed(let organization, let profiles):
            let change = state.monitor.takeListing(of: organization, profiles: profiles, now: state.now)
            state.apply(change)
            effects += announce(change.events, in: state)
        case .organizationListingFailed(let organization, let reason):
            effects += announce(state.monitor.listingFailure(of: organization, reason, now: state.now).events, in: state)
        case .objectListsRead(let key, let result):
            if let outcome = updateOverlay(.listsRead(key, result), in: &state) { effects += outcome.effects }
        case .objectListsGlanced(let key, let result):
            state.listGlances.take(key, result, now: state.now)
        case .configRead(.read(let profiles, let restarting, let settings, let said)):
            let change = state.monitor.takeConfig(profiles: profiles, restarting: restarting, settings: settings, now: state.now)
            state.apply(change)
            state.status.show(.configRead(said), now: state.now)
            effects += announce(change.events, in: state)
        case .configRead(.refused(let reason)):
            state.status.notice = .configRefused(reason)
        }
        // An error line, a banner or the selected task's alerts change the table's height.
        state.clampScroll()
        return effects
    }

    /// Each event goes to the hook; a new warning or critical rings the bell when the config asks.
    static func announce(_ events: [AlertEvent], in state: AppState) -> [Effect] {
        guard !events.isEmpty else { return [] }
        let ring = state.monitor.settings.alerts.bell
            && events.contains { $0.state == .firing && $0.severity >= .warning }
        return events.map(Effect.announce) + (ring ? [.bell] : [])
    }


    /// A new terminal size: the table keeps its selection in view, the form its focused field.
    private static func resize(to width: Int, _ height: Int, in state: inout AppState) {
        state.viewport.width = width
        state.viewport.height = height
        state.clampScroll()
        updateOverlay(.resized, in: &state)
    }
}
