import MonitorCore
import OMSCore

/// The prompt of `f`: object names typed or pasted for the selected synchronizing task, one a line
/// or separated by commas, reviewed as the batches they make, then sent one POST a batch
/// (CreateSyncEvents). For names with commas or spaces at their ends, `omsdash sync-objects`.
/// The failed objects' view hands it names read from the lists instead: they go straight to the
/// review, exactly as listed, and the review goes back to that view.
public struct SyncObjectsPrompt: Sendable, Equatable {
    /// The most names the prompt takes; longer lists go through `omsdash sync-objects --from-file`.
    public static let maxNames = 200

    /// Why the names cannot be sent as they are.
    public enum Problem: Error, Sendable, Equatable {
        case noNames
        case tooMany(Int)
        /// The name at this position (from 1) cannot be sent.
        case name(Int, SyncObjectName.Problem)
    }

    public var dialog: ConfirmDialog
    /// What was typed or pasted; Enter starts a new line.
    public internal(set) var field = TextField(multiline: true)
    /// Whether the batches are up for a yes, rather than the names being edited.
    public internal(set) var reviewing = false
    /// Why `review` did not move on to the review.
    public internal(set) var problem: Problem?
    /// The names read from the task's failed-object lists, when they came from there.
    public let listed: [String]?
    /// The failed objects' view the names came from, to go back to.
    let origin: FailedObjectsView?

    public init(key: TaskKey, route: String) {
        dialog = ConfirmDialog(command: .syncObjects, key: key, route: route)
        listed = nil
        origin = nil
    }

    /// The review of names read from the failed-object lists of `origin`'s task.
    init(listed names: [String], from origin: FailedObjectsView) {
        dialog = ConfirmDialog(command: .syncObjects, key: origin.key, route: origin.route)
        dialog.focused = .cancel
        listed = names
        self.origin = origin
        reviewing = true
    }

    init(_ target: OverlayTarget) { self.init(key: target.key, route: target.route) }

    /// What was typed or pasted.
    public var text: String { field.value }

    /// The names: the text split at line breaks and commas, each without the spaces around it.
    public var names: [String] {
        if let listed { return listed }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "," })
            .map { $0.trimmingCharacters(in: " \t\r") }
            .filter { !$0.isEmpty }
    }

    /// The batches the names make, 10 names each.
    public var batchCount: Int {
        let size = CreateSyncEventsRequest.maxObjectsPerCall
        return (names.count + size - 1) / size
    }

    /// The requests to send, 10 names each; or why they cannot be sent.
    public var batches: Result<[CreateSyncEventsRequest], Problem> {
        let names = names
        guard !names.isEmpty else { return .failure(.noNames) }
        guard listed != nil || names.count <= Self.maxNames else { return .failure(.tooMany(names.count)) }
        var keys: [String] = []
        for (index, name) in names.enumerated() {
            do throws(SyncObjectName.Problem) {
                keys.append(try SyncObjectName.key(for: name, alreadyEncoded: false))
            } catch {
                return .failure(.name(index + 1, error))
            }
        }
        let size = CreateSyncEventsRequest.maxObjectsPerCall
        return .success(stride(from: 0, to: keys.count, by: size).map {
            CreateSyncEventsRequest(encodedKeys: Array(keys[$0..<min(keys.count, $0 + size)]))
        })
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
