import OMSCore

/// One firing or resolution of an alert, as the timeline, `omsdash watch`, and the hook see it.
public struct AlertEvent: Sendable, Equatable, Encodable {
    /// Whether an alert began or ended.
    public enum State: String, Sendable, Encodable { case firing, resolved }

    /// When it happened, in ms since 1970.
    public var time: Int64
    public var rule: AlertRule
    public var state: State
    public var severity: AlertSeverity
    public var profile: String
    /// The task it is about; nil for a profile's alerts.
    public var taskID: String?
    /// One line with the value and the threshold, as a message and its values.
    public var wording: Wording

    /// The line in English, as JSON, hooks and logs carry it.
    public var message: String { wording.english }

    public init(
        time: Int64, rule: AlertRule, state: State, severity: AlertSeverity, profile: String, taskID: String?,
        wording: Wording
    ) {
        self.time = time
        self.rule = rule
        self.state = state
        self.severity = severity
        self.profile = profile
        self.taskID = taskID
        self.wording = wording
    }

    enum CodingKeys: String, CodingKey {
        case time, rule, state, severity, profile, taskID = "task_id", message
    }

    /// Encodes `time` as RFC 3339 in UTC, and leaves `task_id` out for a profile's alerts.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(UTCTime.rfc3339(time), forKey: .time)
        try c.encode(rule, forKey: .rule)
        try c.encode(state, forKey: .state)
        try c.encode(severity, forKey: .severity)
        try c.encode(profile, forKey: .profile)
        try c.encodeIfPresent(taskID, forKey: .taskID)
        try c.encode(message, forKey: .message)
    }
}
