import ArgumentParser
import OMSCore

/// `--listen HOST:PORT`, e.g. `127.0.0.1:9464`, `[::1]:9464` or `:9464` (every interface).
struct ListenAddress: ExpressibleByArgument, CustomStringConvertible {
    var host: String
    var port: Int

    init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":"), let port = Int(argument[argument.index(after: colon)...]),
            (1...65535).contains(port)
        else { return nil }
        var host = String(argument[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty { host = "0.0.0.0" }
        guard !host.contains(" "), host.contains(":") == argument.hasPrefix("[") else { return nil }
        self.host = host
        self.port = port
    }

    var description: String { "\(Endpoint.bracketed(host)):\(port)" }

    static let defaultValue = ListenAddress(argument: "127.0.0.1:9464")!
}
