import OMSWords

/// Finds a region's project id through IAM, as the SDK does:
/// a signed `GET /v3/projects?name=<region>`, first project's id.
public enum ProjectDiscovery {
    struct Answer: Decodable {
        struct Project: Decodable { var id: String }
        var projects: [Project]
    }

    /// The project id of `region` for these credentials, asked with `userAgent`.
    public static func projectID(
        region: String, iamEndpoint: Endpoint, credentials: CredentialHandle, timeout: Double = 30,
        network: NetworkSettings = NetworkSettings(), userAgent: String = OMSDashVersion.userAgent()
    ) async throws -> String {
        let transport = HTTPTransport(
            endpoint: iamEndpoint, credentials: credentials, signing: .apiGateway(projectID: nil), retry: RetryPolicy(),
            connectTimeout: min(timeout, 10), requestTimeout: timeout,
            userAgent: userAgent, network: network)
        return try await transport.closing { try await fetch(region: region, transport: $0, credentials: credentials) }
    }

    private static func fetch(region: String, transport: HTTPTransport, credentials: CredentialHandle) async throws -> String {
        let exchange = try await transport.send(
            method: "GET", path: "/v3/projects", query: [(name: "name", value: region)])
        let operation = ServiceFailure.Operation(name: "project discovery", region: region, credentials: credentials.description)
        let answer = try ResponseDecoder.decode(Answer.self, from: exchange, operation: operation)
        guard let id = answer.projects.first?.id else {
            throw OMSError.invalidArgument(Wording(.failureNoProject, ["region": region, "credentials": credentials.description]))
        }
        return id
    }
}
