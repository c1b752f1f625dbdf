import OMSCore

/// The keymap's data: each action's default keys, its screens, what it does (for the help and
/// `omsdash keys`) and the word of its key hint. The one place these are written.
extension KeyAction {
    /// What the keymap knows about one action.
    public struct Definition: Sendable {
        public let keys: [Key]
        public let screens: [KeyScreen]
        public let description: Message
        /// The word after the key in the status bar's hints; nil when the action has no hint.
        public let hint: Message?
    }

    public var definition: Definition {
        let main: [KeyScreen] = [.table, .detail]
        let scrolling: [KeyScreen] = [.table, .detail, .help, .timeline, .objects]
        switch self {
        case .quit: return Definition(keys: [.character("q")], screens: main, description: .keyQuit, hint: .hintQuit)
        case .help: return Definition(keys: [.character("?")], screens: main, description: .keyHelp, hint: .hintHelp)
        case .moveUp: return Definition(keys: [.up, .character("k")], screens: scrolling, description: .keyMoveUp, hint: .hintMove)
        case .moveDown: return Definition(keys: [.down, .character("j")], screens: scrolling, description: .keyMoveDown, hint: .hintMove)
        case .pageUp: return Definition(keys: [.pageUp], screens: scrolling, description: .keyPageUp, hint: nil)
        case .pageDown: return Definition(keys: [.pageDown], screens: scrolling, description: .keyPageDown, hint: nil)
        case .first: return Definition(keys: [.character("g"), .home], screens: [.table, .detail, .timeline, .objects], description: .keyFirst, hint: .hintFirst)
        case .last: return Definition(keys: [.character("G"), .end], screens: [.table, .detail, .timeline, .objects], description: .keyLast, hint: .hintLast)
        case .detail: return Definition(keys: [.enter], screens: [.table], description: .keyDetail, hint: .hintDetail)
        case .back: return Definition(keys: [.escape], screens: main + [.objects], description: .keyBack, hint: .hintBack)
        case .filter: return Definition(keys: [.character("/")], screens: main + [.objects], description: .keyFilter, hint: .hintFilter)
        case .sortNext: return Definition(keys: [.character("o")], screens: main, description: .keySortNext, hint: .hintSort)
        case .sortReverse: return Definition(keys: [.character("O")], screens: main, description: .keySortReverse, hint: nil)
        case .windowWider: return Definition(keys: [.character("+"), .character("=")], screens: main, description: .keyWindowWider, hint: .hintWindow)
        case .windowNarrower: return Definition(keys: [.character("-"), .character("_")], screens: main, description: .keyWindowNarrower, hint: .hintWindow)
        case .refresh: return Definition(keys: [.character("r")], screens: main + [.objects], description: .keyRefresh, hint: .hintRefresh)
        case .reloadConfig: return Definition(keys: [.character("R")], screens: main, description: .keyReloadConfig, hint: nil)
        case .pause: return Definition(keys: [.character("p")], screens: main, description: .keyPause, hint: .hintPause)
        case .nextAlert: return Definition(keys: [.character("a")], screens: main, description: .keyNextAlert, hint: .hintAlert)
        case .timeline: return Definition(keys: [.character("e")], screens: [.table, .detail, .timeline], description: .keyTimeline, hint: .hintEvents)
        case .startTask: return Definition(keys: [.character("s")], screens: main, description: .keyStartTask, hint: .hintStart)
        case .stopTask: return Definition(keys: [.character("x")], screens: main, description: .keyStopTask, hint: .hintStop)
        case .createTask: return Definition(keys: [.character("n")], screens: main, description: .keyCreateTask, hint: .hintNew)
        case .cloneTask: return Definition(keys: [.character("c")], screens: main, description: .keyCloneTask, hint: nil)
        case .deleteTask: return Definition(keys: [.character("D")], screens: main, description: .keyDeleteTask, hint: nil)
        case .syncObjects: return Definition(keys: [.character("f")], screens: main, description: .keySyncObjects, hint: .hintSync)
        case .close: return Definition(keys: [.escape, .enter, .character("q")], screens: [.help, .timeline], description: .keyClose, hint: .hintClose)
        case .confirm: return Definition(keys: [.character("y"), .character("Y")], screens: [.dialog], description: .keyConfirm, hint: nil)
        case .cancel: return Definition(keys: [.character("n"), .character("N"), .escape, .character("q")], screens: [.dialog], description: .keyCancel, hint: .hintCancel)
        case .switchButton: return Definition(keys: [.tab, .backTab, .left, .right], screens: [.dialog], description: .keySwitchButton, hint: .hintSwitch)
        case .pressButton: return Definition(keys: [.enter], screens: [.dialog], description: .keyPressButton, hint: .hintChoose)
        case .leave: return Definition(keys: [.escape], screens: [.text], description: .keyLeave, hint: .hintCancel)
        case .review: return Definition(keys: [.control("s")], screens: [.text], description: .keyReview, hint: .hintReview)
        case .clearField: return Definition(keys: [.control("u")], screens: [.text], description: .keyClearField, hint: .hintClear)
        case .eraseWord: return Definition(keys: [.control("w")], screens: [.text], description: .keyEraseWord, hint: nil)
        case .cursorStart: return Definition(keys: [.control("a")], screens: [.text], description: .keyCursorStart, hint: nil)
        case .cursorEnd: return Definition(keys: [.control("e")], screens: [.text], description: .keyCursorEnd, hint: nil)
        case .failedObjects: return Definition(keys: [.character("F")], screens: main, description: .keyFailedObjects, hint: .hintFailed)
        case .mark: return Definition(keys: [.character(" ")], screens: [.objects], description: .keyMark, hint: .hintMark)
        case .markAll: return Definition(keys: [.character("a")], screens: [.objects], description: .keyMarkAll, hint: .hintMarkAll)
        case .redrive: return Definition(keys: [.character("f")], screens: [.objects], description: .keyRedrive, hint: .hintRedrive)
        }
    }
}
