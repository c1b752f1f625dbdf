/// The statistics operation's answer: one series per requested data type.
public struct TaskStatistics: Codable, Hashable, Sendable {
    public var taskID: String?
    public var timeType: StatisticTimeType?
    public var series: [StatisticSeries]

    public init(taskID: String?, timeType: StatisticTimeType?, series: [StatisticSeries]) {
        self.taskID = taskID
        self.timeType = timeType
        self.series = series
    }

    enum CodingKeys: String, CodingKey {
        case taskID = "sync_task_id"
        case timeType = "statistic_time_type"
        case series = "statistic_datas"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        taskID = c.decodeTolerant(String.self, forKey: .taskID)
        timeType = c.decodeTolerant(StatisticTimeType.self, forKey: .timeType)
        series = try c.decodeIfPresent([StatisticSeries].self, forKey: .series) ?? []
    }

    /// The series of one data type, if the answer holds it.
    public subscript(type: StatisticDataType) -> StatisticSeries? {
        series.first { $0.dataType == type }
    }
}

/// One statistics series (`StatisticTypeData`): a data type and its points in time order.
public struct StatisticSeries: Codable, Hashable, Sendable {
    public var dataType: StatisticDataType
    public var points: [StatisticPoint]

    public init(dataType: StatisticDataType, points: [StatisticPoint]) {
        self.dataType = dataType
        self.points = points
    }

    enum CodingKeys: String, CodingKey {
        case dataType = "data_type"
        case points = "data"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dataType = try c.decode(StatisticDataType.self, forKey: .dataType)
        points = try c.decodeIfPresent([StatisticPoint].self, forKey: .points) ?? []
    }

    /// The sum of all points.
    public var total: Int64 { points.reduce(0) { $0 &+ $1.value } }
}

/// One bucket of a statistics series (`StatisticData`): its start time in ms and its value.
public struct StatisticPoint: Codable, Hashable, Sendable {
    public var timestamp: Int64
    public var value: Int64

    public init(timestamp: Int64, value: Int64) {
        self.timestamp = timestamp
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case timestamp = "time_stamp"
        case value = "statistic_num"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // A day of points a series, hundreds of series at a first load: a number is read with one
        // lookup, and only what is not one goes the lenient way.
        if let timestamp = try? c.decode(Int64.self, forKey: .timestamp) {
            self.timestamp = timestamp
        } else {
            timestamp = try c.decodeLenientInt64(forKey: .timestamp) ?? 0
        }
        if let value = try? c.decode(Int64.self, forKey: .value) {
            self.value = value
        } else {
            value = try c.decodeLenientInt64(forKey: .value) ?? 0
        }
    }
}
