extension OMSClient {
    /// Lists every task: the first page, then all further pages at once (up to `pageConcurrency`
    /// in flight), never past offset 10000. Tasks come back in the service's order.
    public func listAllTasks(status: SyncTaskStatus? = nil) async throws -> [SyncTask] {
        let pageSize = Self.maxPageSize
        let first = try await listTasks(limit: pageSize, offset: 0, status: status)
        let lastOffset = min(Int(clamping: first.count) - 1, Self.maxOffset)
        let offsets = Array(stride(from: pageSize, through: max(lastOffset, 0), by: pageSize))
        guard first.tasks.count == pageSize, !offsets.isEmpty else { return first.tasks }

        var pages = [Int: [SyncTask]]()
        try await withThrowingTaskGroup(of: (Int, [SyncTask]).self) { group in
            var pending = offsets.makeIterator()
            func enqueue() {
                guard let offset = pending.next() else { return }
                group.addTask { (offset, try await self.listTasks(limit: pageSize, offset: offset, status: status).tasks) }
            }
            for _ in 0..<configuration.pageConcurrency { enqueue() }
            while let (offset, tasks) = try await group.next() {
                pages[offset] = tasks
                enqueue()
            }
        }
        return first.tasks + offsets.flatMap { pages[$0] ?? [] }
    }
}
