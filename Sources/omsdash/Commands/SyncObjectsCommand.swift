import ArgumentParser
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// `omsdash sync-objects TASK_ID [NAME ...]`: asks a synchronizing task to synchronize named
/// objects (CreateSyncEvents), in batches of 10, one POST each, at a steady pace.
struct SyncObjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync-objects",
        abstract: "Ask a synchronizing task to synchronize named source objects (re-drive failures, back-fill).",
        discussion: """
            Sends the names to the task's synchronization URL, as the source side's event \
            notifications do: in batches of \(CreateSyncEventsRequest.maxObjectsPerCall), exactly one POST \
            each, never retried, at --rate batches a second. Names are URL-encoded here (a space as +, \
            / as %2F); --encoded sends names that already are. In a file, each line is one name exactly \
            as written (spaces included); empty lines are skipped; lines end with \\n or \\r\\n. Every name \
            is checked before anything is sent. When a batch fails, it stops, says which names were \
            sent, and how to resume with --skip.

            --from-failed takes the names from the failed-object lists OMS wrote into the task's \
            destination bucket (see omsdash failed), each once, optionally only those whose reason \
            matches --reason, whose error code is --error-code or whose subtask matches --subtask.

            Exit codes: 0 sent, 1 the API or the network failed (names before the failed batch were \
            sent), 2 bad input (nothing sent), 130 interrupted.

            Examples:
              omsdash sync-objects d18befdd-eb82-41f3-8019-bbb593d74a3e "logs/2026/12/01.gz" "photos/猫.jpg"
              omsdash sync-objects d18befdd-eb82-41f3-8019-bbb593d74a3e --from-file failed-objects.txt
              omsdash sync-objects d18befdd-eb82-41f3-8019-bbb593d74a3e --from-failed --error-code RequestTimeout --dry-run
              cut -f1 failed.tsv | omsdash sync-objects d18befdd-eb82-41f3-8019-bbb593d74a3e --from-file - --format json
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: "The sync task id.") var taskID: String
    @Argument(help: "Object names, as they are in the source bucket.") var names: [String] = []
    @Option(help: "A file of object names, one a line; - for standard input.") var fromFile: String?
    @Flag(help: "The names of the task's failed objects, from the lists OMS wrote into its destination bucket.")
    var fromFailed = false
    @Option(help: "With --from-failed: only objects whose reason matches this glob (*, ?, [a-z]; any case).") var reason: String?
    @Option(help: "With --from-failed: only objects with this error code, such as RequestTimeout.") var errorCode: String?
    @Option(help: "With --from-failed: only the lists of the subtasks whose name matches this glob.") var subtask: String?
    @Flag(help: "The names are URL-encoded already: send them as they are.") var encoded = false
    @Option(help: "Batches a second (default 5: 50 names a second).") var rate: Double = CreateSyncEventsRequest.defaultBatchesPerSecond
    @Option(help: "Skip the first N names (to resume after a failure).") var skip: Int = 0
    @Flag(help: "Print the batches as they would be sent; send nothing.") var dryRun = false
    @Option(help: "Output: text or json.") var format: SyncOutputFormat = .text

    func validate() throws {
        guard fromFile == nil || names.isEmpty else {
            throw ValidationError(.optionNamesTwice)
        }
        guard !fromFailed || (fromFile == nil && names.isEmpty && !encoded) else { throw ValidationError(.optionFromFailed) }
        guard fromFailed || (reason == nil && errorCode == nil && subtask == nil) else { throw ValidationError(.optionNeedsFromFailed) }
        if let reason, AccountPattern(reason) == nil { throw ValidationError(.optionGlob, ["option": "--reason"]) }
        if let subtask, AccountPattern(subtask) == nil { throw ValidationError(.optionGlob, ["option": "--subtask"]) }
        guard rate > 0, rate <= 100 else { throw ValidationError(.optionRate) }
        guard skip >= 0 else { throw ValidationError(.optionSkip) }
    }

    func run() async {
        await CommandRunner.run {
            var settings: Settings?
            let source: NameSource
            if fromFailed {
                let loaded = try await connection.settings()
                settings = loaded
                let failed = try await failedNames(settings: loaded)
                guard !failed.isEmpty else {
                    Console.error("omsdash: \(Wording(.syncFromFailedNone).text(FailureLanguage.current))")
                    return
                }
                source = NameSource(arguments: failed, alreadyEncoded: false)
            } else {
                source = try fromFile.map { try NameSource(path: $0, alreadyEncoded: encoded) }
                    ?? NameSource(arguments: names, alreadyEncoded: encoded)
            }
            var total = 0
            try await source.forEach(skipping: skip) { _ in total += 1 }
            guard total > 0 else {
                throw CommandFailure.usage(
                    skip > 0 ? Wording(.failureNoNamesAfterSkip, ["count": String(skip)]) : Wording(.failureNoNames))
            }
            if dryRun {
                var plan = BatchPlan(report: try SyncReport(json: format == .json, dryRun: true, taskID: taskID, syncURL: nil))
                try await source.forEach(skipping: skip) { named in
                    if let batch = plan.take(named) { try plan.record(batch, status: "planned") }
                }
                if let batch = plan.remainder() { try plan.record(batch, status: "planned") }
                try plan.report.finish(names: total, batches: plan.batchCount, taskID: taskID, failure: nil)
                return
            }
            var loaded: Settings
            if let settings { loaded = settings } else { loaded = try await connection.settings() }
            let profile = try await ClientFactory.profile(holding: taskID, settings: loaded)
            try await ClientFactory.withClient(for: profile, settings: loaded) { client in
                try await send(source, total: total, client: client)
            }
        }
    }

    /// The names of the task's failed objects that --reason and --error-code take, each once,
    /// newest list first.
    private func failedNames(settings: Settings) async throws -> [String] {
        let filter = ListedObjectFilter(
            reason: reason.flatMap(AccountPattern.init), errorCode: errorCode, subtask: subtask.flatMap(AccountPattern.init))
        let summary = try await TaskListAccess.withReader(taskID: taskID, kind: .failed, settings: settings) { reader in
            try await reader.summary(filter: filter)
        }
        if summary.files.isEmpty {
            throw CommandFailure.api(Wording(.listNoneYet, ["id": taskID, "bucket": summary.bucket, "prefix": summary.prefix]))
        }
        return summary.objects.map(\.name)
    }

    /// Sends every batch in turn at the pace asked for; stops at the first failure or Ctrl-C.
    private func send(_ source: NameSource, total: Int, client: OMSClient) async throws {
        StopSignals.install()
        let report = try SyncReport(
            json: format == .json, dryRun: false, taskID: taskID, syncURL: client.syncEventsURL(taskID: taskID))
        var plan = BatchPlan(report: report)
        var progress = isatty(2) == 1 ? SyncProgress(total: total, unicode: TerminalCapabilities.isUTF8) : nil
        var sent = 0
        let clock = ContinuousClock()
        let start = clock.now
        func sendBatch(_ batch: [NameSource.Named]) async throws {
            // The pace, in short sleeps, so that Ctrl-C stops the run at once between batches.
            let due = start + .seconds(Double(plan.batchCount) / rate)
            while true {
                if StopSignals.isRaised { throw SyncStop.interrupted(batch: plan.batchCount + 1) }
                guard clock.now < due else { break }
                try await clock.sleep(until: min(due, clock.now + .milliseconds(100)))
            }
            do {
                try await client.createSyncEvents(taskID: taskID, CreateSyncEventsRequest(encodedKeys: batch.map(\.key)))
            } catch {
                try plan.record(batch, status: "failed")
                throw SyncStop.failed(error, batch: plan.batchCount, names: batch)
            }
            try plan.record(batch, status: "sent")
            sent += batch.count
            progress?.update(sent: sent)
        }
        do {
            try await source.forEach(skipping: skip) { named in
                if let batch = plan.take(named) { try await sendBatch(batch) }
            }
            if let batch = plan.remainder() { try await sendBatch(batch) }
        } catch let stop as SyncStop {
            progress?.clear()
            let batches = plan.batchCount - (stop.isFailure ? 1 : 0)
            let failure = stop.failure(sentThrough: skip + sent)
            try plan.report.finish(names: sent, batches: batches, taskID: taskID, failure: failure)
            stop.exit(skipped: skip, sent: sent, total: skip + total, batches: batches)
        }
        progress?.clear()
        try plan.report.finish(names: sent, batches: plan.batchCount, taskID: taskID, failure: nil)
    }
}

/// `sync-objects --format`: text for people, json for programs.
enum SyncOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
