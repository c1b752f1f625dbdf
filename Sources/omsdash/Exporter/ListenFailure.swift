import NIOCore

/// Why a bind failed, in words a person can act on.
enum ListenFailure {
    static func reason(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        switch error.errnoCode {
        case 98: return "the address is in use (another exporter?)"
        case 13: return "permission denied (ports below 1024 need privileges)"
        case 99: return "no such address on this machine"
        default: return "error \(error.errnoCode)"
        }
    }
}
