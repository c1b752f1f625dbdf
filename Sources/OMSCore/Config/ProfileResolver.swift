import OMSWords

/// Turns a profile as written into a usable `Profile`: region, endpoint, credentials, project id.
struct ProfileResolver {
    let entry: ConfigFile.ProfileEntry
    /// What the config was read with: its path, the command line, the environment, the credential
    /// sources and the registry that shares their credentials.
    let factory: ProfileFactory

    private var path: String { factory.path }
    private var overrides: ConfigOverrides { factory.overrides }
    private var environment: [String: String] { factory.environment }

    /// A region is needed only to derive the endpoint or discover the project: with an endpoint and
    /// a project id given, it may be left out, and the endpoint's host names the profile's place.
    func resolve() throws(ConfigurationError) -> Profile {
        let projectID = (overrides.projectID ?? entry.projectID ?? environment["HUAWEICLOUD_SDK_PROJECT_ID"])
            .flatMap { $0.isEmpty ? nil : $0 }
        let region: String
        let endpoint: Endpoint
        if let given = overrides.region ?? entry.region ?? environment["HUAWEICLOUD_SDK_REGION"], !given.isEmpty {
            guard RegionTable.isWellFormed(given) else {
                throw .invalidValue(
                    path: path, field: "profiles[\(entry.name)].region",
                    reason: Wording(.reasonNotRegionName, ["given": given]))
            }
            region = given
            endpoint = try resolveEndpoint(region: region)
        } else if let text = overrides.endpoint ?? entry.endpoint, !text.isEmpty, projectID != nil {
            endpoint = try Endpoint(parsing: text)
            region = RegionTable.region(inHost: endpoint.host) ?? endpoint.host
        } else {
            throw .invalidValue(
                path: path, field: "profiles[\(entry.name)].region",
                reason: Wording(.reasonNoRegion))
        }
        let iam = try entry.iamEndpoint.map { text throws(ConfigurationError) in try Endpoint(parsing: text) }
            ?? Endpoint.iam(region: region)
        let obs = try (overrides.obsEndpoint ?? entry.obsEndpoint).map { text throws(ConfigurationError) in try Endpoint(parsing: text) }
        let source = try factory.credentialSources.source(of: entry, iam: iam)
        let network = try resolveNetwork()
        var reach = factory.connection
        reach.network = network
        return Profile(
            name: entry.name, region: region, endpoint: endpoint, iamEndpoint: iam, obsEndpoint: obs,
            projectID: projectID ?? Self.fileProjectID(of: source),
            credentials: factory.registry.handle(for: source, connection: reach), network: network, account: entry.account,
            organization: entry.organization)
    }

    /// The credentials file's `project_id`, when the key comes from that file.
    private static func fileProjectID(of source: CredentialSource) -> String? {
        switch source {
        case .file(let path, _), .chain(_, .file(let path, _)): CredentialsFile.read(path: path)?.projectID
        default: nil
        }
    }

    /// The environment's proxies, overridden by the profile's `proxy` and `no_proxy`; the CA file
    /// of `--ca-file` or the profile, checked now so that a wrong path is a config error.
    func resolveNetwork() throws(ConfigurationError) -> NetworkSettings {
        let field = "profiles[\(entry.name)]"
        let fromEnvironment = try NetworkSettings.proxies(in: environment)
        var network = NetworkSettings(
            httpsProxy: fromEnvironment.https, httpProxy: fromEnvironment.http, noProxy: fromEnvironment.noProxy)
        if let proxy = try entry.proxy?.resolve(in: environment, field: field + ".proxy") {
            network.httpsProxy = proxy
            network.httpProxy = proxy
        }
        if let noProxy = entry.noProxy { network.noProxy = NoProxyList(noProxy) }
        if let caFile = overrides.caFile ?? entry.caFile {
            let source = overrides.caFile != nil ? "--ca-file" : "\(path): \(field).ca_file"
            network.caFile = try CertificateAuthorityFile.check(caFile, source: source, environment: environment)
        }
        return network
    }

    private func resolveEndpoint(region: String) throws(ConfigurationError) -> Endpoint {
        if let text = overrides.endpoint ?? entry.endpoint
            ?? environment[RegionTable.endpointOverrideVariable(region: region)], !text.isEmpty
        {
            return try Endpoint(parsing: text)
        }
        guard RegionTable.isKnown(region), let endpoint = Endpoint.oms(region: region) else {
            throw .unknownRegion(path: path, region: region)
        }
        return endpoint
    }
}
