import OMSCore

/// The services the simulator answers on its one listener, told apart by path: the fault knobs
/// name the ones they hit (`--faults-on`), and the request log's analysis groups by them.
public enum SimulatedAPI: String, Sendable, CaseIterable, Hashable {
    /// OMS's sync-task API, `/v2/…`.
    case oms
    /// IAM: security tokens, ID tokens and project discovery, `/v3/…` and `/v3.0/…`.
    case iam
    /// Organizations, `/v1/organizations…`.
    case organizations
    /// The ECS metadata service, `/meta-data/…` and `/openstack/…`.
    case metadata
    /// OBS: the tasks' destination buckets and their object lists, `/<bucket>…`.
    case obs

    /// The service a request URI is for; nil for any other path.
    public init?(uri: String) {
        if uri.hasPrefix("/v2/") {
            self = .oms
        } else if uri.hasPrefix("/v3/") || uri.hasPrefix("/v3.0/") {
            self = .iam
        } else if uri.hasPrefix("/v1/organizations") {
            self = .organizations
        } else if uri.hasPrefix("/meta-data/") || uri.hasPrefix("/openstack/") {
            self = .metadata
        } else if Self.isBucketName(uri.dropFirst().prefix { $0 != "/" && $0 != "?" }) {
            self = .obs
        } else {
            return nil
        }
    }

    /// Whether a path's first segment can be a bucket: 3 to 63 of `a-z 0-9 . -`.
    static func isBucketName(_ segment: Substring) -> Bool {
        (3...63).contains(segment.count) && segment.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") }
    }

    /// The services of a comma-separated list such as `oms,iam`; nil when one is unknown.
    public static func list(_ text: String) -> Set<SimulatedAPI>? {
        var services = Set<SimulatedAPI>()
        for name in text.split(separator: ",") {
            guard let service = SimulatedAPI(rawValue: String(name).trimmed) else { return nil }
            services.insert(service)
        }
        return services.isEmpty ? nil : services
    }
}
