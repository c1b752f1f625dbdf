import OMSCore

/// Which alert: a rule, for one profile, and for one task or for the profile as a whole.
public struct AlertKey: Sendable, Hashable, Comparable {
    public var rule: AlertRule
    public var profile: String
    public var taskID: String?

    public init(rule: AlertRule, profile: String, taskID: String?) {
        self.rule = rule
        self.profile = profile
        self.taskID = taskID
    }

    /// The key of `rule` about one task.
    public init(_ rule: AlertRule, task: TaskKey) {
        self.init(rule: rule, profile: task.profile, taskID: task.id)
    }

    public static func < (a: AlertKey, b: AlertKey) -> Bool {
        (a.profile, a.taskID ?? "", a.rule) < (b.profile, b.taskID ?? "", b.rule)
    }
}
