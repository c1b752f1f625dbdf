extension AlertSettings: Decodable {
    /// Reads the config's `alerts` object: `bell`, `command`, and one object per rule with
    /// `enabled`, `severity` and the rule's thresholds.
    public init(from decoder: any Decoder) throws {
        self.init()
        let c = try StrictKeys.container(decoder, known: Set(AlertRule.allCases.map(\.rawValue) + ["bell", "command"]))
        bell = try c.decodeIfPresent(Bool.self, forKey: "bell") ?? false
        if let command = try c.decodeIfPresent([String].self, forKey: "command") {
            guard let program = command.first, !program.isEmpty else {
                throw Self.invalid(c, "command", "must name a program, as an array such as [\"notify-send\", \"omsdash\"]")
            }
            self.command = command
        }
        for rule in AlertRule.allCases {
            guard c.contains(StrictKeys(stringValue: rule.rawValue)) else { continue }
            let r = try c.nestedContainer(keyedBy: StrictKeys.self, forKey: StrictKeys(stringValue: rule.rawValue))
            try StrictKeys.check(r, known: Set(["enabled", "severity"] + rule.thresholdKeys))
            if try r.decodeIfPresent(Bool.self, forKey: "enabled") == false { enabled.remove(rule) }
            severities[rule] = try r.decodeIfPresent(AlertSeverity.self, forKey: "severity")
            try readThresholds(of: rule, from: r)
        }
    }

    private mutating func readThresholds(of rule: AlertRule, from r: KeyedDecodingContainer<StrictKeys>) throws {
        func positive<T: Numeric & Comparable & Decodable>(_ key: String, _ current: T) throws -> T {
            guard let value = try r.decodeIfPresent(T.self, forKey: StrictKeys(stringValue: key)) else { return current }
            guard value > 0 else { throw Self.invalid(r, key, "must be a positive number") }
            return value
        }
        func seconds(_ key: String, _ current: Int64, unit: Int64) throws -> Int64 {
            guard let value = try r.decodeIfPresent(Double.self, forKey: StrictKeys(stringValue: key)) else { return current }
            guard value > 0, value < 1e9 else { throw Self.invalid(r, key, "must be a positive number") }
            return Int64(value * Double(unit))
        }
        switch rule {
        case .failureBurst:
            failureRatio = try positive("ratio", failureRatio)
            guard failureRatio <= 1 else { throw Self.invalid(r, "ratio", "must be a share between 0 and 1, such as 0.05") }
            failureMinRequests = try positive("min_requests", failureMinRequests)
            failureSpikeFactor = try positive("spike_factor", failureSpikeFactor)
            failureMinFailures = try positive("min_failures", failureMinFailures)
        case .silentSource:
            silentMilliseconds = try seconds("silent_hours", silentMilliseconds, unit: 3_600_000)
            silentLookbackMilliseconds = try seconds("lookback_hours", silentLookbackMilliseconds, unit: 3_600_000)
        case .apiUnhealthy:
            unhealthyMilliseconds = try seconds("after_seconds", unhealthyMilliseconds, unit: 1000)
        case .taskStopped, .taskAppeared, .taskGone, .credentialsRenewal, .accountJoined, .accountLeft, .organizationListing:
            break
        }
    }

    private static func invalid(_ c: KeyedDecodingContainer<StrictKeys>, _ key: String, _ reason: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: c.codingPath + [StrictKeys(stringValue: key)], debugDescription: reason))
    }
}

extension AlertRule {
    /// The config keys of the rule's thresholds.
    public var thresholdKeys: [String] {
        switch self {
        case .failureBurst: ["ratio", "min_requests", "spike_factor", "min_failures"]
        case .silentSource: ["silent_hours", "lookback_hours"]
        case .apiUnhealthy: ["after_seconds"]
        case .taskStopped, .taskAppeared, .taskGone, .credentialsRenewal, .accountJoined, .accountLeft, .organizationListing: []
        }
    }
}
