import DashboardCore
import DashboardRuntime
import Dispatch
import MonitorRuntime
import TerminalUI

/// The dashboard's main loop on the terminal: sleeps until a key, an API answer, a signal or the
/// next second; reduces what arrived together; runs the effects; redraws when the screen may have
/// changed and the frame did.
struct TerminalLoop {
    let session: DashboardSession
    let mouse: Bool

    /// Runs the loop on a queue of its own (it blocks in poll, which must not hold up the
    /// threads that run network tasks) and returns when it ends.
    func runOnOwnThread() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            DispatchQueue(label: "omsdash-terminal").async {
                run()
                done.resume()
            }
        }
    }

    /// Runs until the user quits, a signal arrives or the terminal goes away; always restores it.
    func run() {
        let inbox = ActionInbox()
        let runner = session.runner { inbox.post($0) }
        let terminal = Terminal(theme: session.theme, mouse: mouse)
        terminal.start(wakeFD: inbox.wakePipe.writeFD)
        defer { terminal.stop() }
        var state = session.state
        let size = terminal.size
        var lastFrame: Grid?
        var drawnRevision: Int?
        var pending: [Action] = [
            .terminalOpened(width: size.width, height: size.height, unicode: terminal.unicode), .tick(now: WallClock.milliseconds),
        ]
        while true {
            for effect in Dashboard.reduce(&state, pending) {
                if effect == .quit { return }
                if effect == .bell { terminal.bell() }
                runner.run(effect)
            }
            if state.revision != drawnRevision {
                let frame = Dashboard.render(state)
                if frame != lastFrame {
                    terminal.draw(frame)
                    lastFrame = frame
                }
                drawnRevision = state.revision
            }
            let untilNextSecond = Int32(1000 - WallClock.milliseconds % 1000)
            let woke = terminal.wait(timeoutMilliseconds: untilNextSecond, wakeFD: inbox.wakePipe.readFD)
            if terminal.signalReceived || woke.hangUp { return }
            pending = [.tick(now: WallClock.milliseconds)]
            pending += session.live.credentials.transitions().map { Action.credentialRenewal(profile: $0.profile, failing: $0.failing) }
            pending += session.live.organizations.updates().map(Action.init)
            if let size = terminal.takeResize() { pending.append(.resize(width: size.width, height: size.height)) }
            if woke.input {
                for event in terminal.readEvents() {
                    switch event {
                    case .key(let key): pending.append(.key(key))
                    case .mouse(let mouse): pending.append(.mouse(mouse))
                    case .resize(let width, let height): pending.append(.resize(width: width, height: height))
                    case .hangUp: return
                    }
                }
            }
            if woke.wake { pending += inbox.drain() }
        }
    }
}

extension Action {
    /// The dashboard's action for an organization's listing.
    init(_ update: OrganizationFeed.Update) {
        switch update {
        case .listed(let organization, let profiles): self = .organizationListed(organization: organization, profiles: profiles)
        case .failed(let organization, let reason): self = .organizationListingFailed(organization: organization, reason: reason)
        }
    }
}
