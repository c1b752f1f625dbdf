import OMSCore

/// Names gathered into batches of at most 10, in order; each batch goes into the report as it is
/// sent, failed or planned.
struct BatchPlan {
    private(set) var report: SyncReport
    /// The batches recorded so far.
    private(set) var batchCount = 0
    private var pending: [NameSource.Named] = []

    init(report: SyncReport) { self.report = report }

    /// Adds a name; returns the batch it completes, if it does.
    mutating func take(_ named: NameSource.Named) -> [NameSource.Named]? {
        pending.append(named)
        guard pending.count == CreateSyncEventsRequest.maxObjectsPerCall else { return nil }
        defer { pending.removeAll(keepingCapacity: true) }
        return pending
    }

    /// The last batch, shorter than the others.
    mutating func remainder() -> [NameSource.Named]? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return pending
    }

    /// Writes a batch into the report.
    mutating func record(_ batch: [NameSource.Named], status: String) throws {
        batchCount += 1
        try report.add(SyncReport.Batch(batch: batchCount, names: batch.map(\.name), objectKeys: batch.map(\.key), status: status))
    }
}
