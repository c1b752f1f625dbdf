import MonitorCore
import OMSCore

/// The create form: every field of the create operation, what was typed, where the keyboard is,
/// and how far the user is from sending. Opened with `n` (empty) or `c` (a clone of a task).
/// Typed secrets live here only until the one request is sent.
public struct TaskForm: Sendable, Equatable {
    /// What the form knows of the session, to offer choices and check references.
    public struct Context: Sendable, Equatable {
        public var profiles: [Monitor.Profile]
        /// The names of the non-empty environment variables (never their values), for "env:NAME".
        public var environmentNames: Set<String>
        /// Whether the config has default task keys (`task_credentials` "*").
        public var hasConfigKeys: Bool

        public init(profiles: [Monitor.Profile], environmentNames: Set<String> = [], hasConfigKeys: Bool = false) {
            self.profiles = profiles
            self.environmentNames = environmentNames
            self.hasConfigKeys = hasConfigKeys
        }
    }

    /// A new form, or a clone of a task.
    public enum Origin: Sendable, Equatable {
        case new
        case clone(TaskKey)
    }

    /// Where the user is: typing, reading the body to send, waiting for OMS, or asked whether to
    /// throw the typed text away.
    public enum Phase: Sendable, Equatable {
        case editing
        case reviewing(scroll: Int)
        case sending
        case discarding
    }

    public let origin: Origin
    public let context: Context
    public private(set) var values: [TaskField: FieldValue]
    /// The field that has the keyboard; moving to another puts the cursor at its end.
    public var focus: TaskField { didSet { if focus != oldValue { cursor = nil } } }
    /// Where the cursor is in the focused text or secret field; nil at its end.
    private var cursor: Int?
    /// The first line of the form in view.
    public var scroll = 0
    public var phase: Phase = .editing
    /// The fields the user changed; their problems show as they type.
    public private(set) var edited: Set<TaskField> = []
    /// Whether a submit was tried: then every problem shows, empty required fields too.
    public private(set) var showsEveryProblem = false
    /// The API's refusal of the last submit, shown under the form.
    public var failure: ErrorReport?
    private let initialValues: [TaskField: FieldValue]

    /// An empty form in `profile` (the first profile when nil).
    public init(context: Context, profile: String? = nil) {
        self.init(origin: .new, context: context, profile: profile, task: nil)
    }

    /// A form with every non-secret field of `task`.
    public init(cloning task: SyncTask, key: TaskKey, context: Context) {
        self.init(origin: .clone(key), context: context, profile: key.profile, task: task)
    }

    private init(origin: Origin, context: Context, profile: String?, task: SyncTask?) {
        self.origin = origin
        self.context = context
        let profile = context.profiles.first { $0.name == profile } ?? context.profiles.first
        let key: FieldValue = .secret(context.hasConfigKeys ? .fromConfig : .typed(""))
        var values: [TaskField: FieldValue] = [
            .profile: .choice(profile?.name ?? ""),
            .srcCloudType: .choice((task?.srcCloudType ?? .aliyun).rawValue),
            .srcRegion: .text(task?.srcRegion ?? ""),
            .srcBucket: .text(task?.srcBucket ?? ""),
            .srcAK: key, .srcSK: key, .dstAK: key, .dstSK: key,
            .dstRegion: .text(task?.dstRegion ?? profile?.region ?? ""),
            .dstBucket: .text(task?.dstBucket ?? ""),
            .description: .text(task?.description ?? ""),
            .enableKMS: .toggle(task?.enableKMS ?? false),
            .enableMetadataMigration: .toggle(task?.enableMetadataMigration ?? false),
            .enableRestore: .toggle(task?.enableRestore ?? false),
            .appID: .text(task?.appID ?? ""),
            .dstStoragePolicy: .choice((task?.dstStoragePolicy ?? .standard).rawValue),
            .consistencyCheck: .choice((task?.consistencyCheck ?? .sizeLastModified).rawValue),
            .cdnProtocol: .choice(task?.sourceCDN?.protocol ?? ""),
            .cdnDomain: .text(task?.sourceCDN?.domain ?? ""),
            .cdnAuthenticationType: .choice((task?.sourceCDN?.authenticationType ?? .none).rawValue),
            .cdnAuthenticationKey: .secret(.typed("")),
        ]
        if task?.sourceCDN != nil, values[.cdnProtocol] == .choice("") { values[.cdnProtocol] = .choice("https") }
        self.values = values
        initialValues = values
        focus = context.profiles.count > 1 ? .profile : .srcCloudType
    }

    /// The fields shown, in order: the profile only when there is a choice of one.
    public var fields: [TaskField] {
        TaskField.allCases.filter { $0 != .profile || context.profiles.count > 1 }
    }

    /// The profile the task is created in.
    public var profile: Monitor.Profile? {
        context.profiles.first { $0.name == values[.profile]?.text } ?? context.profiles.first
    }

    public subscript(field: TaskField) -> FieldValue { values[field] ?? .text("") }

    /// Whether anything differs from how the form opened.
    public var isDirty: Bool { values != initialValues }

    /// The values a choice field cycles through: the documented ones, and a cloned value the
    /// documentation does not list (so that it shows, and fails the check, rather than vanish).
    public func options(for field: TaskField) -> [String] {
        var options = acceptedOptions(for: field)
        let current = self[field].text
        if field.kind == .choice, !options.contains(current) { options.append(current) }
        return options
    }

    /// The values of a choice field the create operation accepts ("" for no CDN protocol), and the
    /// profiles' names.
    func acceptedOptions(for field: TaskField) -> [String] {
        switch field {
        case .profile: context.profiles.map(\.name)
        case .srcCloudType: CloudType.documented.map(\.rawValue)
        case .dstStoragePolicy: StoragePolicy.documented.map(\.rawValue)
        case .consistencyCheck: CreateTaskRules.consistencyChecks.map(\.rawValue)
        case .cdnProtocol: [""] + CreateTaskRules.cdnProtocols
        case .cdnAuthenticationType: CDNAuthenticationType.documented.map(\.rawValue)
        default: []
        }
    }

    // MARK: Moving

    /// Moves the keyboard `delta` fields on; `wrap` goes round from the last to the first.
    public mutating func move(by delta: Int, wrap: Bool) {
        let fields = self.fields
        guard let index = fields.firstIndex(of: focus) else {
            focus = fields.first ?? focus
            return
        }
        let next = index + delta
        focus = wrap ? fields[(next % fields.count + fields.count) % fields.count] : fields[max(0, min(fields.count - 1, next))]
    }

    // MARK: Editing

    /// A typing key, given the action the keymap binds it to on the text screen: a space toggles a
    /// switch or cycles a choice, Left and Right step through them; `clear_field` empties the
    /// field (a key's twice: the config's again); otherwise the focused text or secret field
    /// edits as every `TextField` does, and a secret typed or erased replaces the config's.
    public mutating func type(_ key: Key, action: KeyAction?) {
        if action == .clearField { return clear() }
        switch (key, self[focus]) {
        case (.character(" "), .toggle), (.character(" "), .choice), (.right, .toggle), (.right, .choice): step(by: 1)
        case (.left, .toggle), (.left, .choice): step(by: -1)
        case (_, .toggle), (_, .choice): break
        case (_, .text), (_, .secret):
            guard var editor else { return }
            let response = editor.handle(key, action: action)
            guard response != .ignored else { return }
            cursor = editor.cursor
            if response == .edited { set(self[focus].isSecret ? .secret(.typed(editor.value)) : .text(editor.value)) }
        }
    }

    /// The focused text or secret field as an editor, its cursor where it was left; nil on a
    /// switch or a choice. The config's key shows as an empty field: typing replaces it.
    public var editor: TextField? {
        let text: String
        switch self[focus] {
        case .text(let value), .secret(.typed(let value)): text = value
        case .secret(.fromConfig): text = ""
        case .toggle, .choice: return nil
        }
        var field = TextField(text, secret: self[focus].isSecret && !text.hasPrefix("env:"))
        field.moveCursor(to: cursor ?? text.count)
        return field
    }

    /// Left and right: the previous or next option of a choice, or flips a switch.
    public mutating func step(by delta: Int) {
        switch self[focus] {
        case .toggle(let on): set(.toggle(!on))
        case .choice(let current):
            let options = options(for: focus)
            let index = options.firstIndex(of: current) ?? 0
            set(.choice(options[(index + delta % options.count + options.count) % options.count]))
        case .text, .secret: break
        }
    }

    /// Empties the focused text or secret field; on an empty key, takes the config's again.
    private mutating func clear() {
        cursor = nil
        switch self[focus] {
        case .text: set(.text(""))
        case .secret(.typed("")) where context.hasConfigKeys && focus != .cdnAuthenticationKey: set(.secret(.fromConfig))
        case .secret: set(.secret(.typed("")))
        case .toggle, .choice: break
        }
    }

    /// Tries to submit: with problems, every one shows and the keyboard goes to the first; without,
    /// the review opens. Returns whether it did.
    @discardableResult
    public mutating func submit() -> Bool {
        showsEveryProblem = true
        failure = nil
        if let first = fields.first(where: { problems[$0] != nil }) {
            focus = first
            return false
        }
        phase = .reviewing(scroll: 0)
        return true
    }

    private mutating func set(_ value: FieldValue) {
        let field = focus
        let oldRegion = profile?.region
        values[field] = value
        edited.insert(field)
        // The destination region follows the profile while it is the profile's own.
        if field == .profile, self[.dstRegion].text == oldRegion, let region = profile?.region {
            values[.dstRegion] = .text(region)
        }
    }
}
