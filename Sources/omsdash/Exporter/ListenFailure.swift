import NIOCore
import OMSCore

/// Why a bind failed, in words a person can act on.
enum ListenFailure {
    static func reason(_ error: any Error) -> Wording {
        guard let error = error as? IOError else { return .verbatim("\(error)") }
        switch error.errnoCode {
        case 98: return Wording(.listenInUse)
        case 13: return Wording(.listenPermission)
        case 99: return Wording(.listenNoAddress)
        default: return Wording(.listenErrno, ["code": String(error.errnoCode)])
        }
    }
}
