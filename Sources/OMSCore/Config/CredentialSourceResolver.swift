import FoundationEssentials
import OMSWords

/// Turns a profile's credential fields as written into a `CredentialSource`: `credentials` names
/// the source (`keys` when `ak` is given, else `chain`, the SDK's order), and `agency` with
/// `source_profile` assumes an agency with another profile's source.
struct CredentialSourceResolver {
    let path: String
    let environment: [String: String]
    /// The profiles as written (with the defaults filled in) by name, and "defaults", for `source_profile`.
    let sources: [String: ConfigFile.ProfileEntry]
    /// Whether this machine is an ECS, whose metadata the chain may ask.
    let isECS: Bool

    /// The source names `credentials` takes.
    static let names = ["keys", "file", "ecs", "oidc", "chain"]
    static let idpVariable = "HUAWEICLOUD_SDK_IDP_ID"
    static let tokenFileVariable = "HUAWEICLOUD_SDK_ID_TOKEN_FILE"

    /// The source of `entry`, whose IAM endpoint is `iam` (its own, or its region's). An agency is
    /// assumed at IAM's global endpoint unless the profile names one.
    func source(of entry: ConfigFile.ProfileEntry, iam: Endpoint?) throws(ConfigurationError) -> CredentialSource {
        let field = "profiles[\(entry.name)]"
        guard let written = entry.agency else {
            if entry.sourceProfile != nil {
                throw .invalidValue(path: path, field: field + ".source_profile", reason: Wording(.reasonSourceWithoutAgency))
            }
            return try plainSource(of: entry, iam: iam)
        }
        guard let sourceName = entry.sourceProfile else {
            throw .invalidValue(path: path, field: field + ".agency", reason: Wording(.reasonAgencyNeedsSource))
        }
        guard let sourceEntry = sources[sourceName], sourceName != entry.name else {
            let available = sources.keys.filter { $0 != entry.name }.sorted().joined(separator: ", ")
            throw .invalidValue(
                path: path, field: field + ".source_profile",
                reason: Wording(.reasonUnknownSourceProfile, ["name": sourceName, "available": available]))
        }
        guard sourceEntry.agency == nil else {
            throw .invalidValue(
                path: path, field: field + ".source_profile", reason: Wording(.reasonSourceIsAgency, ["name": sourceName]))
        }
        let agency = try agency(written, field: field + ".agency")
        let source = try plainSource(of: sourceEntry, iam: iam)
        let assumedAt = entry.iamEndpoint == nil ? Endpoint.globalIAM : (iam ?? .globalIAM)
        return .agency(agency, via: sourceName, source: source, iam: assumedAt)
    }

    private func agency(_ written: ConfigFile.AgencyEntry, field: String) throws(ConfigurationError) -> Agency {
        guard let name = written.name, !name.isEmpty else {
            throw .invalidValue(path: path, field: field + ".name", reason: Wording(.reasonAgencyFields))
        }
        let domain: Agency.Domain
        switch (written.domainName.flatMap { $0.isEmpty ? nil : $0 }, written.domainID.flatMap { $0.isEmpty ? nil : $0 }) {
        case (let domainName?, nil): domain = .name(domainName)
        case (nil, let id?): domain = .id(id)
        default: throw .invalidValue(path: path, field: field, reason: Wording(.reasonAgencyFields))
        }
        let duration = written.durationSeconds ?? Agency.defaultDurationSeconds
        guard Agency.durations.contains(duration) else {
            throw .invalidValue(path: path, field: field + ".duration_seconds", reason: Wording(.reasonAgencyDuration))
        }
        return Agency(name: name, domain: domain, durationSeconds: duration, trustedAccount: written.trustedAccount)
    }

    private func plainSource(of entry: ConfigFile.ProfileEntry, iam: Endpoint?) throws(ConfigurationError) -> CredentialSource {
        let field = "profiles[\(entry.name)]"
        if let token = entry.authToken {
            return .keys(.iamToken(try token.resolve(in: environment, field: field + ".auth_token")))
        }
        let name = entry.credentials ?? (entry.ak != nil || entry.sk != nil ? "keys" : "chain")
        switch name {
        case "keys": return .keys(try keys(of: entry))
        case "file": return try file(required: true, profile: entry.name)!
        case "ecs": return .ecs(metadata: try metadataEndpoint(of: entry))
        case "oidc":
            guard let oidc = try oidc(of: entry, iam: iam) else {
                throw .invalidValue(path: path, field: field + ".credentials", reason: Wording(.reasonNoIDP))
            }
            return oidc
        case "chain": return try chain(of: entry, iam: iam)
        default:
            throw .invalidValue(
                path: path, field: field + ".credentials",
                reason: Wording(.reasonUnknownSource, ["given": name, "names": Self.names.joined(separator: ", ")]))
        }
    }

    /// The SDK's order: the environment's AK/SK, its identity provider and token file, the
    /// credentials file, then the ECS metadata (on an ECS, or where `metadata_endpoint` is set).
    private func chain(of entry: ConfigFile.ProfileEntry, iam: Endpoint?) throws(ConfigurationError) -> CredentialSource {
        let ak = environment["HUAWEICLOUD_SDK_AK"].flatMap { $0.isEmpty ? nil : $0 }
        let sk = environment["HUAWEICLOUD_SDK_SK"].flatMap { $0.isEmpty ? nil : $0 }
        if ak != nil || sk != nil { return .chain(link: "env", .keys(try keys(of: entry))) }
        if let oidc = try oidc(of: entry, iam: iam) { return .chain(link: "env", oidc) }
        if let file = try file(required: false, profile: entry.name) { return .chain(link: "file", file) }
        if isECS || entry.metadataEndpoint != nil { return .chain(link: "ecs", .ecs(metadata: try metadataEndpoint(of: entry))) }
        throw .missingCredentials(path: path, profile: entry.name, reason: Wording(.reasonNoChainLink))
    }

    /// The profile's AK/SK (and security token), else the environment's.
    private func keys(of entry: ConfigFile.ProfileEntry) throws(ConfigurationError) -> Credentials {
        let field = "profiles[\(entry.name)]"
        let ak = try entry.ak.map { ref throws(ConfigurationError) in try ref.resolve(in: environment, field: field + ".ak").reveal() }
            ?? environment["HUAWEICLOUD_SDK_AK"]
        let sk = try entry.sk.map { ref throws(ConfigurationError) in try ref.resolve(in: environment, field: field + ".sk") }
            ?? environment["HUAWEICLOUD_SDK_SK"].map { Secret($0) }
        guard let ak, !ak.isEmpty else { throw .missingCredentials(path: path, profile: entry.name, reason: Wording(.reasonNoAK)) }
        guard let sk, !sk.isEmpty else { throw .missingCredentials(path: path, profile: entry.name, reason: Wording(.reasonNoSK)) }
        let token = try entry.securityToken.map { ref throws(ConfigurationError) in
            try ref.resolve(in: environment, field: field + ".security_token")
        } ?? environment["HUAWEICLOUD_SDK_SECURITY_TOKEN"].flatMap { $0.isEmpty ? nil : Secret($0) }
        return .accessKey(id: ak, secret: sk, securityToken: token)
    }

    /// The credentials file's keys; nil when it is not there and not `required`.
    private func file(required: Bool, profile: String) throws(ConfigurationError) -> CredentialSource? {
        let filePath = CredentialsFile.path(in: environment)
        guard let file = CredentialsFile.read(path: filePath) else {
            guard required else { return nil }
            throw .invalidValue(
                path: path, field: "profiles[\(profile)].credentials", reason: Wording(.reasonNoCredentialsFile, ["file": filePath]))
        }
        guard let key = file.key else {
            throw .invalidValue(
                path: path, field: "profiles[\(profile)].credentials", reason: Wording(.reasonCredentialsFileKeys, ["file": filePath]))
        }
        return .file(path: filePath, key)
    }

    /// A workload identity from the profile's `idp_id` and `id_token_file`, else the environment's;
    /// nil when neither names both.
    private func oidc(of entry: ConfigFile.ProfileEntry, iam: Endpoint?) throws(ConfigurationError) -> CredentialSource? {
        let idp = entry.idpID ?? environment[Self.idpVariable]
        let tokenFile = entry.idTokenFile ?? environment[Self.tokenFileVariable]
        guard let idp, !idp.isEmpty, let tokenFile, !tokenFile.isEmpty else { return nil }
        let override = environment["HUAWEICLOUD_SDK_IAM_ENDPOINT"].flatMap { $0.isEmpty ? nil : $0 }
        let endpoint = try entry.iamEndpoint == nil ? override.map { text throws(ConfigurationError) in try Endpoint(parsing: text) } : nil
        guard let iam = endpoint ?? iam else {
            throw .invalidValue(path: path, field: "profiles[\(entry.name)].iam_endpoint", reason: Wording(.reasonNeedsIAM))
        }
        return .oidc(idpID: idp, tokenFile: tokenFile, iam: iam)
    }

    private func metadataEndpoint(of entry: ConfigFile.ProfileEntry) throws(ConfigurationError) -> Endpoint {
        guard let text = entry.metadataEndpoint else { return ECSMetadataKeys.defaultEndpoint }
        return try Endpoint(parsing: text)
    }

    /// Whether this machine says it is a Huawei Cloud ECS (or another OpenStack instance, whose
    /// metadata service answers at the same address): the chain asks the metadata only there.
    static func machineIsECS(dmi: String = "/sys/class/dmi/id") -> Bool {
        for name in ["sys_vendor", "product_name", "chassis_asset_tag", "chassis_vendor"] {
            guard let data = FileManager.default.contents(atPath: dmi + "/" + name) else { continue }
            let text = String(decoding: data, as: UTF8.self).uppercased()
            if text.contains("HUAWEICLOUD") || text.contains("OPENSTACK") { return true }
        }
        return false
    }
}
