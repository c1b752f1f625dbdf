import Testing

@testable import DashboardCore
import OMSCore

@Suite("The keymap: defaults, remapping and its checks")
struct KeymapTests {
    func remapped(_ overrides: [String: [String]]) throws -> Keymap { try Keymap(overrides: overrides) }

    func error(_ overrides: [String: [String]]) -> String? {
        do {
            _ = try Keymap(overrides: overrides)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("the defaults have no conflict, and every action a description and at least one key")
    func defaults() {
        for action in KeyAction.allCases {
            #expect(!Language.english.text(action.definition.description).isEmpty, "\(action.id)")
            #expect(Keymap.standard.isBound(action), "\(action.id)")
        }
        #expect(Keymap.standard.action(for: .character("q"), on: .table) == .quit)
        #expect(Keymap.standard.action(for: .character("q"), on: .dialog) == .cancel)
        #expect(Keymap.standard.action(for: .character("q"), on: .timeline) == .close)
        #expect(Keymap.standard.action(for: .character("q"), on: .text) == nil, "q types in the filter")
    }

    @Test("the README and the table list the ids the issue asks for")
    func ids() {
        let asked = [
            "quit", "help", "move_up", "move_down", "page_up", "page_down", "first", "last", "detail", "filter", "sort_next",
            "sort_reverse", "window_wider", "window_narrower", "refresh", "pause", "next_alert", "timeline", "start_task",
            "stop_task", "create_task", "clone_task", "delete_task", "sync_objects",
        ]
        for id in asked { #expect(KeyAction(rawValue: id) != nil, "\(id)") }
    }

    @Test("one key or a list; none unbinds; the first key given is the one hints show")
    func remapping() throws {
        let keymap = try remapped(["quit": ["Q"], "stop_task": ["<c-x>", "x"], "help": ["none"], "refresh": ["<f5>"]])
        #expect(keymap.action(for: .character("Q"), on: .table) == .quit)
        #expect(keymap.action(for: .character("q"), on: .table) == nil)
        #expect(keymap.keys(for: .stopTask) == [.control("x"), .character("x")])
        #expect(keymap.action(for: .character("?"), on: .table) == nil)
        #expect(keymap.action(for: .function(5), on: .detail) == .refresh)
        #expect(keymap.label(.stopTask, unicode: true) == "Ctrl-X")
    }

    @Test("an unknown action is one line with a suggestion")
    func unknownAction() {
        #expect(error(["stop_tsak": ["x"]]) == #"keys: no action is called "stop_tsak": did you mean "stop_task"? `omsdash keys` lists them"#)
        #expect(error(["frobnicate": ["x"]]) == #"keys: no action is called "frobnicate": `omsdash keys` lists them"#)
    }

    @Test("a key name that cannot be read, Ctrl-C, and the Ctrl keys a terminal sends as others")
    func badKeys() throws {
        let unreadable = try #require(error(["quit": ["<ctrl-q>"]]))
        #expect(unreadable.hasPrefix(#"keys.quit: "<ctrl-q>" is not a key name: use a character"#))
        #expect(unreadable.contains("<f1>…<f12> <c-a>…<c-z>"))
        #expect(error(["quit": ["qq"]])?.hasPrefix(#"keys.quit: "qq" is not a key name"#) == true)
        #expect(error(["quit": ["<c-c>"]]) == "keys.quit: Ctrl-C always quits and cannot be bound: choose another key")
        #expect(error(["refresh": ["<c-h>"]]) == "keys.refresh: terminals send <c-h> as <bs>, so it cannot be bound on its own: bind <bs> or another key")
        #expect(error(["refresh": ["<C-M>"]])?.contains("as <enter>") == true, "names are read case-insensitively")
        #expect(error(["refresh": ["<c-i>"]])?.contains("as <tab>") == true)
        #expect(error(["refresh": ["<c-[>"]])?.contains("as <esc>") == true)
    }

    @Test("a key that types in text fields cannot be bound to an action of the text screen")
    func typesInText() {
        #expect(error(["review": ["r"]]) == #"keys.review: "r" types or edits in the filter, prompts and form, where review applies: use <esc>, a <c-…> or an <f…> key"#)
        #expect(error(["leave": ["<enter>"]])?.hasPrefix(#"keys.leave: "<enter>" types or edits"#) == true)
        #expect(error(["review": ["<f2>"], "leave": ["<c-q>"]]) == nil)
    }

    @Test("the same key on two actions of one screen is refused naming both; on two screens it is allowed")
    func conflicts() throws {
        #expect(error(["quit": ["j"]]) == #"keys: j is bound to both quit and move_down on the table screen: give one of them another key, or "none""#)
        #expect(error(["quit": ["j"], "move_down": ["<down>"]]) == nil, "moving j away first resolves it")
        #expect(error(["confirm": ["n"]])?.contains("both confirm and cancel on the dialog screen") == true)
        let keymap = try remapped(["close": ["x"]])
        #expect(keymap.action(for: .character("x"), on: .timeline) == .close, "x closes the timeline")
        #expect(keymap.action(for: .character("x"), on: .table) == .stopTask, "and still stops a task on the table")
    }

    @Test("read-only unbinds the actions that change tasks, whatever their keys")
    func readOnly() throws {
        let keymap = try remapped(["stop_task": ["X"]]).withoutTaskChanges()
        #expect(keymap.action(for: .character("X"), on: .table) == nil)
        #expect(keymap.action(for: .character("s"), on: .table) == nil)
        #expect(keymap.action(for: .character("q"), on: .table) == .quit)
    }

    @Test("every default key's config name reads back as the same key")
    func names() throws {
        for action in KeyAction.allCases {
            for key in action.definition.keys {
                #expect(try KeyName.parse(KeyName.configName(key)).get() == key, "\(KeyName.configName(key))")
            }
        }
        #expect(try KeyName.parse("<space>").get() == .character(" "))
        #expect(try KeyName.parse("é").get() == .character("é"), "non-QWERTY layouts")
        #expect(KeyName.label(.up, unicode: false) == "Up")
    }
}

@Suite("The reducer with a remapped keymap")
struct RemappedReducerTests {
    func state(_ overrides: [String: [String]]) throws -> AppState {
        Fixtures.loadedState(keymap: try Keymap(overrides: overrides))
    }

    @Test("with quit on Q, q does nothing and Q quits; Ctrl-C always quits")
    func quit() throws {
        var state = try state(["quit": ["Q"]])
        #expect(Dashboard.reduce(&state, .key(.character("q"))) != [.quit])
        #expect(!state.shouldQuit)
        #expect(Dashboard.reduce(&state, .key(.character("Q"))) == [.quit])
        var other = try self.state(["quit": ["none"]])
        #expect(Dashboard.reduce(&other, .key(.interrupt)) == [.quit])
    }

    @Test("moves, the dialog and its confirmation follow the keymap; a dangerous action still asks first")
    func remappedKeys() throws {
        var state = try state(["move_down": ["<c-n>"], "stop_task": ["<c-x>"], "confirm": ["<f10>"]])
        let first = state.table.selection
        _ = Dashboard.reduce(&state, .key(.character("j")))
        #expect(state.table.selection == first, "j is no longer bound")
        _ = Dashboard.reduce(&state, .key(.control("n")))
        #expect(state.table.selection != first)
        while state.task(state.table.selection!)?.status != .synchronizing { _ = Dashboard.reduce(&state, .key(.control("n"))) }
        let running = try #require(state.table.selection)
        #expect(Dashboard.reduce(&state, .key(.character("x"))).isEmpty && state.overlay == nil, "x is free")
        _ = Dashboard.reduce(&state, .key(.control("x")))
        guard case .confirm = state.overlay else { Issue.record("Ctrl-X opens the stop dialog"); return }
        #expect(Dashboard.reduce(&state, .key(.character("y"))).isEmpty, "y no longer confirms")
        #expect(Dashboard.reduce(&state, .key(.function(10))) == [.stopTask(running)], "exactly one request")
    }

    @Test("clicks act whatever the keys: a row is selected and the detail focused with move_down and detail unbound")
    func clicks() throws {
        var state = try state(["move_down": ["none"], "detail": ["none"], "move_up": ["none"]])
        let y = try #require(Dashboard.render(state).text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains(TaskText.shortID(Fixtures.key(1).id)) })
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.press, x: 20, y: y)))
        #expect(state.table.selection == Fixtures.key(1))
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.press, x: 10, y: state.layout.detailTop + 1)))
        #expect(state.focus == .detail)
    }

    @Test("the wheel over the form's discard question answers nothing, even with confirm on an arrow")
    func wheelAnswersNothing() throws {
        var state = try state(["confirm": ["<down>"]])
        _ = Dashboard.reduce(&state, .key(.character("n")))
        _ = Dashboard.reduce(&state, .key(.tab))
        _ = Dashboard.reduce(&state, .key(.character("a")))
        _ = Dashboard.reduce(&state, .key(.escape))
        guard case .form(let asking) = state.overlay, asking.phase == .discarding else {
            Issue.record("Esc on a typed form asks first")
            return
        }
        _ = Dashboard.reduce(&state, .mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
        guard case .form(let form) = state.overlay else {
            Issue.record("the wheel discarded the form")
            return
        }
        #expect(form.phase == .discarding)
        _ = Dashboard.reduce(&state, .key(.down))
        #expect(state.overlay == nil, "the remapped confirm key discards")
    }

    @Test("the hints, the header and the help are worded from the keymap")
    func words() throws {
        var state = try state(["quit": ["Q"], "help": ["<f1>"], "sync_objects": ["none"]])
        let screen = Dashboard.render(state).text
        #expect(screen.contains("Q quit") && !screen.contains("q quit"))
        #expect(screen.contains("F1 help") && !screen.contains("? help"))
        #expect(!screen.contains("f sync"))
        _ = Dashboard.reduce(&state, .key(.function(1)))
        let help = Dashboard.render(state).text
        #expect(help.contains("Q ") && help.contains("quit (Ctrl-C always quits"))
        #expect(!help.contains("sync named objects"), "an unbound action is not in the help")
    }

    @Test("at 80 columns the hints that do not fit give way, and help and quit stay")
    func narrowHints() throws {
        let state = Fixtures.loadedState(width: 80, height: 24, keymap: try Keymap(overrides: ["quit": ["Q"]]))
        let hints = try #require(Dashboard.render(state).text.split(separator: "\n").last)
        #expect(hints.hasPrefix(" ↑↓ move  ⏎ detail  / filter") && hints.contains("? help  Q quit"), "\(hints)")
        #expect(!hints.contains("…"), "nothing is cut in the middle of a word")
    }
}

@Suite("The help at 80 columns")
struct HelpWidthTests {
    @Test("every description fits beside its keys in the help box of an 80-column terminal, in each language")
    func descriptionsFit() {
        let inner = 80 - 6 - 1 - 15
        for language in Language.allCases {
            for action in KeyAction.allCases {
                let description = language.text(action.definition.description)
                #expect(DisplayWidth.of(description) <= inner, "\(language) \(action.id): \(description)")
            }
        }
    }
}
