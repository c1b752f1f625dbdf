import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Why `sync-objects` stopped before the end: a batch failed, or Ctrl-C. Either way it says which
/// names were sent and how to send the rest.
enum SyncStop: Error {
    case failed(any Error, batch: Int, names: [NameSource.Named])
    /// Ctrl-C before this batch was sent.
    case interrupted(batch: Int)

    var isFailure: Bool { if case .failed = self { true } else { false } }

    /// For the JSON report: the batch that was not sent, why, and the `--skip` that resumes.
    func failure(sentThrough: Int) -> SyncReport.Failure {
        switch self {
        case .failed(let error, let batch, _):
            SyncReport.Failure(
                batch: batch, errorCode: (error as? OMSError)?.errorCode, message: CommandFailure.from(error).message(in: .english),
                resumeSkip: sentThrough)
        case .interrupted(let batch):
            SyncReport.Failure(batch: batch, errorCode: nil, message: "interrupted", resumeSkip: sentThrough)
        }
    }

    /// One line on standard error, then exit 1 for a failure or 130 for Ctrl-C.
    func exit(skipped: Int, sent: Int, total: Int, batches: Int) -> Never {
        let through = skipped + sent
        let rest = through + 1 == total ? "name \(total)" : "names \(through + 1)–\(total)"
        let outcome = sent > 0
            ? "sent names \(skipped + 1)–\(through) in \(batches) batch\(batches == 1 ? "" : "es"), not \(rest): run the same command with --skip \(through) to send the rest"
            : "nothing was sent"
        switch self {
        case .failed(let error, let batch, let names):
            let unanswered = (error as? OMSError)?.httpStatus == nil
                ? " (no answer arrived, so OMS may have taken batch \(batch); sending it again does no harm)" : ""
            let span = names.count == 1 ? "name \(names[0].ordinal)" : "names \(names[0].ordinal)–\(names[names.count - 1].ordinal)"
            Console.error(
                "omsdash: batch \(batch) (\(span)) failed: \(CommandFailure.from(error).message(in: .english))\(unanswered); \(outcome)"
                    .escapingControlCharacters)
            Glibc.exit(1)
        case .interrupted:
            Console.error("omsdash: interrupted: \(outcome)")
            Glibc.exit(130)
        }
    }
}
