import OMSCore

/// A short word for the user after a key that could not act, or after a failed alert hook, kept as
/// what happened (the status bar words it in the state's language). Cleared by the next key.
public enum Notice: Sendable, Equatable {
    /// `action` needs a task in another status; the selected one is in `status` (its API value).
    case wrongStatus(KeyAction, status: String)
    /// The create form does not fit a terminal of this size.
    case formNeedsRoom(width: Int, height: Int)
    /// `clone_task` with no task selected.
    case cloneNeedsSelection
    /// `next_alert` found no task on the list; the attention count is a profile's alert.
    case noTaskNeedsAttention
    /// `next_alert` with nothing firing at warning or above.
    case nothingNeedsAttention
    /// The alert hook failed, and how.
    case hookFailed(Wording)
    /// The config read again was refused, and why; the last good one runs on.
    case configRefused(Wording)

    /// The words of the notice in the state's language, keys as bound.
    func text(in state: AppState) -> String {
        let words = state.session.language
        let key = { (action: KeyAction) in state.session.keymap.label(action, unicode: state.session.unicode) }
        switch self {
        case .wrongStatus(let action, let status):
            let values = ["key": key(action), "status": status, "stop": key(.stopTask)]
            switch action {
            case .startTask: return words.text(.noticeStartNeedsStopped, values)
            case .deleteTask: return words.text(.noticeDeleteNeedsStopped, values)
            case .syncObjects: return words.text(.noticeSyncNeedsSynchronizing, values)
            default: return words.text(.noticeStopNeedsSynchronizing, values)
            }
        case .formNeedsRoom(let width, let height):
            return words.text(.noticeFormNeedsRoom, [
                "needed": "\(FormView.minimumWidth)×\(FormView.minimumHeight)", "have": "\(width)×\(height)",
            ])
        case .cloneNeedsSelection: return words.text(.noticeCloneNeedsSelection, ["key": key(.cloneTask)])
        case .noTaskNeedsAttention: return words.text(.noticeNoTaskNeedsAttention, ["key": key(.timeline)])
        case .nothingNeedsAttention: return words.text(.noticeNothingNeedsAttention)
        case .hookFailed(let wording): return wording.text(words)
        case .configRefused(let reason): return Wording(.reloadRefused, parts: ["reason": reason]).text(words)
        }
    }
}
