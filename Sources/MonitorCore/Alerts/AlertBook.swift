import OMSCore

/// The alerts firing now and the events of the session, newest last, capped.
public struct AlertBook: Sendable, Equatable {
    /// The most events kept for the timeline.
    public static let timelineCapacity = 1000

    public private(set) var firing: [AlertKey: FiringAlert] = [:]
    /// The session's events, oldest first, at most `timelineCapacity`.
    public private(set) var timeline: [AlertEvent] = []
    /// How many events the session had in all, the ones dropped from the timeline included.
    public private(set) var eventCount = 0

    public init() {}

    /// Begins an alert unless it is firing already; returns the event.
    mutating func fire(_ key: AlertKey, severity: AlertSeverity, message: Wording, now: Int64) -> AlertEvent? {
        guard firing[key] == nil else { return nil }
        if !key.rule.isMomentary {
            firing[key] = FiringAlert(key: key, severity: severity, since: now, wording: message)
        }
        return record(AlertEvent(
            time: now, rule: key.rule, state: .firing, severity: severity, profile: key.profile, taskID: key.taskID,
            wording: message))
    }

    /// Ends an alert if it is firing; returns the event.
    mutating func resolve(_ key: AlertKey, message: Wording, now: Int64) -> AlertEvent? {
        guard let alert = firing.removeValue(forKey: key) else { return nil }
        return record(AlertEvent(
            time: now, rule: key.rule, state: .resolved, severity: alert.severity, profile: key.profile,
            taskID: key.taskID, wording: message))
    }

    /// Ends every alert about one task (it left the list); returns the events.
    mutating func resolveAll(profile: String, taskID: String, message: Wording, now: Int64) -> [AlertEvent] {
        resolveAll(where: { $0.profile == profile && $0.taskID == taskID }, message: message, now: now)
    }

    /// Ends every alert about one profile, its tasks' included (its account left); returns the events.
    mutating func resolveAll(profile: String, message: Wording, now: Int64) -> [AlertEvent] {
        resolveAll(where: { $0.profile == profile }, message: message, now: now)
    }

    /// Ends every alert whose key `matches`; returns the events.
    mutating func resolveAll(where matches: (AlertKey) -> Bool, message: Wording, now: Int64) -> [AlertEvent] {
        firing.keys.filter(matches).sorted().compactMap { resolve($0, message: message, now: now) }
    }

    public func isFiring(_ key: AlertKey) -> Bool { firing[key] != nil }

    /// The firing alerts about one task, most severe first.
    public func alerts(profile: String, taskID: String) -> [FiringAlert] {
        AlertRule.allCases.compactMap { firing[AlertKey(rule: $0, profile: profile, taskID: taskID)] }
            .sorted { $0.severity > $1.severity }
    }

    /// The firing alerts at `severity` or above, sorted by profile, task and rule.
    public func firing(atLeast severity: AlertSeverity) -> [FiringAlert] {
        firing.values.filter { $0.severity >= severity }.sorted { $0.key < $1.key }
    }

    private mutating func record(_ event: AlertEvent) -> AlertEvent {
        timeline.append(event)
        eventCount += 1
        if timeline.count > Self.timelineCapacity { timeline.removeFirst(timeline.count - Self.timelineCapacity) }
        return event
    }
}
