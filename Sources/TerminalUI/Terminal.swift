import CNCursesW
import DashboardCore
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// The only code that touches ncurses: starts and restores the terminal, draws grids (sending only
/// changed cells), and reads keys. Use it from one thread.
public final class Terminal {
    /// Whether the locale is UTF-8, so block characters and arrows can be drawn.
    public private(set) var unicode = false
    private let palette: Palette
    private let mouse: Bool
    private var previous: Grid?
    private var active = false
    private var emptyReads = 0
    /// The terminal opened a second time for reading keys, non-blocking (see `start`).
    private var input: UnsafeMutablePointer<FILE>?
    /// The curses screen reading `input`, when it could be opened.
    private var screen: OpaquePointer?
    private var inputFD: Int32 = 0
    /// The codes terminfo gives Ctrl-Left and Ctrl-Right (kLFT5, kRIT5), 0 where it has none.
    private var controlArrows: (left: Int32, right: Int32) = (0, 0)

    /// Draws in `theme`'s colours. With `mouse`, clicks and the wheel are reported (the
    /// terminal's own text selection then needs Shift); without it the mouse is left to the terminal.
    public init(theme: Theme, mouse: Bool) {
        palette = Palette(theme: theme)
        self.mouse = mouse
    }

    /// Whether this system's terminfo describes the terminal type in `TERM`: without a description
    /// the dashboard cannot draw, so it asks before it takes the terminal over.
    public static var describesTerminalType: Bool { omsdash_terminal_described() == 1 }

    /// Takes over the terminal: raw keys, no echo, hidden cursor, the alternate screen. Signals
    /// (quit and resize) write to `wakeFD` so that a waiting loop wakes at once.
    public func start(wakeFD: Int32) {
        if setlocale(LC_ALL, "") == nil, LocaleVariables.namesUTF8({ getenv($0).map { String(cString: $0) } }) {
            // A locale named but not installed (zh_CN.UTF-8 where only C.UTF-8 is): its UTF-8 still holds.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        unicode = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        TerminalRestorer.install()
        set_escdelay(25)
        // ncurses reads the tail of a mouse report with a plain read(), which blocks the loop until
        // the next key when the input blocks. The keys are read from the terminal opened anew, so
        // that its own file description can be non-blocking while stdout (which shares the shell's
        // description) stays blocking and the shell's input is never touched.
        if let tty = fopen("/dev/tty", "r") {
            input = tty
            inputFD = fileno(tty)
            _ = fcntl(inputFD, F_SETFL, fcntl(inputFD, F_GETFL) | O_NONBLOCK)
            screen = omsdash_newterm(tty)
            set_term(screen)
        } else {
            initscr()
        }
        SignalFlag.install(wakeFD: wakeFD)
        active = true
        raw()
        noecho()
        nonl()
        keypad(omsdash_stdscr(), true)
        controlArrows = (omsdash_key_named("kLFT5"), omsdash_key_named("kRIT5"))
        nodelay(omsdash_stdscr(), true)
        curs_set(0)
        if mouse { omsdash_enable_mouse() }
        palette.install()
    }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func stop() {
        guard active else { return }
        active = false
        endwin()
        if let screen { delscreen(screen) }
        if let input { fclose(input) }
        screen = nil
        input = nil
    }

    /// Whether SIGINT, SIGTERM or SIGHUP asked the program to quit.
    public var signalReceived: Bool { SignalFlag.pending != nil }

    /// When the window changed size, takes the new size (ncurses learns it too) and returns it.
    public func takeResize() -> (width: Int, height: Int)? {
        guard SignalFlag.takeResize() else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0 else { return nil }
        resizeterm(Int32(size.ws_row), Int32(size.ws_col))
        previous = nil
        return (Int(size.ws_col), Int(size.ws_row))
    }

    /// The terminal's size in columns and rows.
    public var size: (width: Int, height: Int) { (Int(omsdash_cols()), Int(omsdash_lines())) }

    /// Rings the terminal's bell (or flashes it, where the terminal has no bell).
    public func bell() { beep() }

    /// Draws a grid, writing only the cells that differ from the last one drawn.
    public func draw(_ grid: Grid) {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { erase() }
        var scratch = [wchar_t](repeating: 0, count: 8)
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if !full, let previous, previous[x, y] == cell { continue }
                guard cell.scalar != 0 else { continue }
                let (attributes, pair) = palette.look(cell.style)
                scratch[0] = wchar_t(bitPattern: cell.scalar)
                scratch[1] = wchar_t(bitPattern: cell.extra)
                scratch[2] = 0
                if !unicode && cell.scalar > 0x7E {
                    // The locale cannot draw it: "~" for the mark of a cut, else one "?" per character,
                    // so the user sees something is there; a wide character's second column is blanked.
                    scratch[0] = wchar_t(UInt8(ascii: cell.scalar == 0x2026 ? "~" : "?"))
                    scratch[1] = 0
                    if x + 1 < grid.width, grid[x + 1, y].scalar == 0 {
                        _ = omsdash_put_char(Int32(y), Int32(x + 1), [wchar_t(UInt8(ascii: " ")), 0], attributes, pair)
                    }
                }
                _ = omsdash_put_char(Int32(y), Int32(x), scratch, attributes, pair)
            }
        }
        previous = grid
        refresh()
    }

    /// Sleeps until a key arrives, `wakeFD` becomes readable, a signal comes, or the timeout passes.
    /// Returns whether the wake descriptor fired.
    public func wait(timeoutMilliseconds: Int32, wakeFD: Int32) -> (input: Bool, wake: Bool, hangUp: Bool) {
        var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&fds, 2, timeoutMilliseconds)
        guard ready > 0 else { return (ready < 0, false, false) }
        let hangUp = fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && fds[0].revents & Int16(POLLIN) == 0
        return (fds[0].revents != 0, fds[1].revents != 0, hangUp)
    }

    /// Reads every key waiting, without blocking.
    public func readEvents() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var value: wint_t = 0
        while true {
            let result = get_wch(&value)
            if result == ERR { break }
            if result == KEY_CODE_YES && Int32(value) == KEY_MOUSE {
                if let event = Self.mouseEvent() { events.append(event) }
            } else if result == KEY_CODE_YES {
                if let event = Self.event(forKeyCode: Int32(value), size: size, controlArrows: controlArrows) { events.append(event) }
            } else if let key = Self.key(forCharacter: UInt32(value)) {
                events.append(.key(key))
            }
        }
        if events.isEmpty {
            emptyReads += 1
            if emptyReads >= 50 { return [.hangUp] }
        } else {
            emptyReads = 0
        }
        return events
    }

    /// The mouse event ncurses has waiting, if it is one the dashboard uses.
    static func mouseEvent() -> TerminalEvent? {
        var x: Int32 = 0
        var y: Int32 = 0
        let kind: MouseEvent.Kind
        switch omsdash_read_mouse(&x, &y) {
        case 1: kind = .press
        case 2: kind = .wheelUp
        case 3: kind = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(kind, x: Int(x), y: Int(y)))
    }

    static func event(forKeyCode code: Int32, size: (width: Int, height: Int), controlArrows: (left: Int32, right: Int32)) -> TerminalEvent? {
        switch code {
        case controlArrows.left where code > 0: .key(.controlLeft)
        case controlArrows.right where code > 0: .key(.controlRight)
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .resize(width: size.width, height: size.height)
        case omsdash_key_f0() + 1...omsdash_key_f0() + 12: .key(.function(Int(code - omsdash_key_f0())))
        default: nil
        }
    }

    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 3: .interrupt
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 8, 127: .backspace
        case 1...26: .control(Character(Unicode.Scalar(UInt8(value) + 96)))
        case 0..<32: nil
        default: Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }
}
