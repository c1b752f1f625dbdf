/// Something the user can do from the keyboard, named by the stable id that the config's `keys`
/// and `omsdash keys` use.
public enum KeyAction: String, CaseIterable, Sendable, Hashable {
    case quit, help
    case moveUp = "move_up", moveDown = "move_down", pageUp = "page_up", pageDown = "page_down", first, last
    case detail, back, filter
    case sortNext = "sort_next", sortReverse = "sort_reverse"
    case windowWider = "window_wider", windowNarrower = "window_narrower"
    case refresh, pause, reloadConfig = "reload_config"
    case nextAlert = "next_alert", timeline
    case startTask = "start_task", stopTask = "stop_task", createTask = "create_task", cloneTask = "clone_task"
    case deleteTask = "delete_task", syncObjects = "sync_objects"
    case close
    case confirm, cancel, switchButton = "switch_button", pressButton = "press_button"
    case leave, review, clearField = "clear_field", eraseWord = "erase_word", cursorStart = "cursor_start", cursorEnd = "cursor_end"
    case failedObjects = "failed_objects", mark, markAll = "mark_all", redrive

    /// The id, as the config and `omsdash keys` write it.
    public var id: String { rawValue }

    /// Whether the action changes tasks in the cloud; `--readonly` unbinds these (each still asks
    /// for confirmation, whatever its key).
    public var changesTasks: Bool {
        [.startTask, .stopTask, .createTask, .cloneTask, .deleteTask, .syncObjects, .redrive].contains(self)
    }
}

/// Where keys are read: a binding applies on the screens its action lists, so one key can mean
/// different things on different screens, never two on one.
public enum KeyScreen: String, CaseIterable, Sendable, Hashable {
    /// The task table has the keyboard.
    case table
    /// The detail pane of the selected task has the keyboard.
    case detail
    /// The help box.
    case help
    /// The event timeline.
    case timeline
    /// A yes-or-no question: start, stop, and the review of names to sync.
    case dialog
    /// The failed objects of a task: scrolled, filtered, marked and re-driven.
    case objects
    /// The filter, the prompts (start keys, the id to delete, names to sync) and the create form:
    /// printable keys type there, and Enter, Tab, Backspace and the arrows edit.
    case text
}
