/// The keymap's data: each action's default keys, its screens, what it does (for the help and
/// `omsdash keys`) and the word of its key hint. The one place these are written.
extension KeyAction {
    /// What the keymap knows about one action.
    public struct Definition: Sendable {
        public let keys: [Key]
        public let screens: [KeyScreen]
        public let description: String
        /// The word after the key in the status bar's hints; nil when the action has no hint.
        public let hint: String?
    }

    public var definition: Definition {
        let main: [KeyScreen] = [.table, .detail]
        let scrolling: [KeyScreen] = [.table, .detail, .help, .timeline]
        switch self {
        case .quit: return Definition(keys: [.character("q")], screens: main, description: "quit (Ctrl-C always quits, whatever the keymap)", hint: "quit")
        case .help: return Definition(keys: [.character("?")], screens: main, description: "this help", hint: "help")
        case .moveUp: return Definition(keys: [.up, .character("k")], screens: scrolling, description: "move the selection up (in the timeline and help: scroll)", hint: "move")
        case .moveDown: return Definition(keys: [.down, .character("j")], screens: scrolling, description: "move the selection down (in the timeline and help: scroll)", hint: "move")
        case .pageUp: return Definition(keys: [.pageUp], screens: scrolling, description: "move a page up", hint: nil)
        case .pageDown: return Definition(keys: [.pageDown], screens: scrolling, description: "move a page down", hint: nil)
        case .first: return Definition(keys: [.character("g"), .home], screens: [.table, .detail, .timeline], description: "first task (in the timeline: newest event)", hint: "first")
        case .last: return Definition(keys: [.character("G"), .end], screens: [.table, .detail, .timeline], description: "last task (in the timeline: oldest event)", hint: "last")
        case .detail: return Definition(keys: [.enter], screens: [.table], description: "focus the detail pane", hint: "detail")
        case .back: return Definition(keys: [.escape], screens: main, description: "back to the table from the detail pane; clear the filter", hint: "back")
        case .filter: return Definition(keys: [.character("/")], screens: main, description: "filter as you type; also profile: region: cloud: status:", hint: "filter")
        case .sortNext: return Definition(keys: [.character("o")], screens: main, description: "cycle the sort column", hint: "sort")
        case .sortReverse: return Definition(keys: [.character("O")], screens: main, description: "reverse the sort", hint: nil)
        case .windowWider: return Definition(keys: [.character("+"), .character("=")], screens: main, description: "widen the statistics window (1h 6h 24h 7d 30d)", hint: "window")
        case .windowNarrower: return Definition(keys: [.character("-"), .character("_")], screens: main, description: "narrow the statistics window", hint: "window")
        case .refresh: return Definition(keys: [.character("r")], screens: main, description: "refresh now (also retries after an authentication error)", hint: "refresh")
        case .pause: return Definition(keys: [.character("p")], screens: main, description: "pause / resume polling", hint: "pause")
        case .nextAlert: return Definition(keys: [.character("a")], screens: main, description: "select the next task that needs attention", hint: "alert")
        case .timeline: return Definition(keys: [.character("e")], screens: [.table, .detail, .timeline], description: "the timeline of alerts fired and resolved (again: close)", hint: "events")
        case .startTask: return Definition(keys: [.character("s")], screens: main, description: "start the selected stopped task (asks first)", hint: "start")
        case .stopTask: return Definition(keys: [.character("x")], screens: main, description: "stop the selected synchronizing task (asks first)", hint: "stop")
        case .createTask: return Definition(keys: [.character("n")], screens: main, description: "create a task in a form (one request once confirmed)", hint: "new")
        case .cloneTask: return Definition(keys: [.character("c")], screens: main, description: "clone the selected task into the form", hint: nil)
        case .deleteTask: return Definition(keys: [.character("D")], screens: main, description: "delete the selected stopped task (type its id to confirm)", hint: nil)
        case .syncObjects: return Definition(keys: [.character("f")], screens: main, description: "sync named objects of a synchronizing task (re-drive)", hint: "sync")
        case .close: return Definition(keys: [.escape, .enter, .character("q")], screens: [.help, .timeline], description: "close the timeline or the help (any key closes the help)", hint: "close")
        case .confirm: return Definition(keys: [.character("y"), .character("Y")], screens: [.dialog], description: "answer yes: send the request", hint: nil)
        case .cancel: return Definition(keys: [.character("n"), .character("N"), .escape, .character("q")], screens: [.dialog], description: "answer no: close the question, nothing is sent", hint: "cancel")
        case .switchButton: return Definition(keys: [.tab, .backTab, .left, .right], screens: [.dialog], description: "move between the buttons", hint: "switch")
        case .pressButton: return Definition(keys: [.enter], screens: [.dialog], description: "press the focused button", hint: "choose")
        case .leave: return Definition(keys: [.escape], screens: [.text], description: "leave the filter, prompt or form (the form asks first)", hint: "cancel")
        case .review: return Definition(keys: [.control("s")], screens: [.text], description: "check the form or the names and show what will be sent", hint: "review")
        case .clearField: return Definition(keys: [.control("u")], screens: [.text], description: "clear the field (a form key, twice: the config's again)", hint: "clear")
        }
    }
}
