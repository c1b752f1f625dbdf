import OMSCore
import Synchronization

/// The web config the exporter serves with now, replaced when the config is read again: a
/// connection takes its TLS from it when it opens, and each request its users and headers.
final class ServedWebConfig: Sendable {
    private let file: Mutex<WebConfigFile>

    init(_ first: WebConfigFile) {
        file = Mutex(first)
    }

    var current: WebConfigFile { file.withLock { $0 } }

    /// Whether `changed` can be served from now: TLS stays on or off as it started.
    func check(_ changed: WebConfigFile) throws(CommandFailure) {
        guard (current.tls == nil) == (changed.tls == nil) else { throw .usage(Wording(.webTLSSwitch)) }
    }

    /// Serves `changed` from now, once checked.
    func replace(with changed: WebConfigFile) {
        file.withLock { $0 = changed }
    }
}
