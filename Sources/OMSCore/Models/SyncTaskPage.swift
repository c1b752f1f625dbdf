/// One page of the list operation: some tasks and the total that match the query.
public struct SyncTaskPage: Codable, Hashable, Sendable {
    public var tasks: [SyncTask]
    /// The number of tasks matching the query, across all pages.
    public var count: Int64
    /// The project listed, as the client that asked knows it (OMS's answer does not say it): a
    /// profile whose project was discovered when its first page went out learns it so.
    public var projectID: String?

    public init(tasks: [SyncTask], count: Int64, projectID: String? = nil) {
        self.tasks = tasks
        self.count = count
        self.projectID = projectID
    }

    enum CodingKeys: String, CodingKey { case tasks, count }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        tasks = try c.decodeIfPresent([SyncTask].self, forKey: .tasks) ?? []
        count = try c.decodeLenientInt64(forKey: .count) ?? Int64(tasks.count)
    }
}
