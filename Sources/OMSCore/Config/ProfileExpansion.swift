import OMSWords

/// Many accounts in few lines: `defaults` gives any field to every profile that does not set it,
/// and a profile with `regions` becomes one profile per region, named "NAME/REGION", each with its
/// project discovered. `{region}` in an endpoint stands for the profile's region.
enum ProfileExpansion {
    /// The profiles as written, expanded; two with one name after expansion are an error.
    static func expand(_ entries: [ConfigFile.ProfileEntry], defaults: ConfigFile.ProfileEntry?, path: String)
        throws(ConfigurationError) -> [ConfigFile.ProfileEntry]
    {
        if let defaults, defaults.regions != nil || defaults.projectID != nil {
            throw .invalidValue(
                path: path, field: "defaults",
                reason: Wording(.reasonRegionsNotDefault))
        }
        var expanded: [ConfigFile.ProfileEntry] = []
        for entry in entries {
            let filled = defaults.map { entry.filling(from: $0) } ?? entry
            guard let regions = filled.regions else {
                expanded.append(filled.withRegionInEndpoints())
                continue
            }
            guard !regions.isEmpty, filled.region == nil, filled.projectID == nil else {
                throw .invalidValue(
                    path: path, field: "profiles[\(entry.name)].regions",
                    reason: Wording(.reasonRegionsList))
            }
            for region in regions {
                var one = filled
                one.name = "\(entry.name)/\(region)"
                one.region = region
                one.regions = nil
                expanded.append(one.withRegionInEndpoints())
            }
        }
        var names: Set<String> = []
        for entry in expanded where !names.insert(entry.name).inserted {
            throw .invalidValue(path: path, field: "profiles", reason: Wording(.reasonDuplicateProfile, ["name": entry.name]))
        }
        return expanded
    }
}

extension ConfigFile.ProfileEntry {
    /// This profile with every field it leaves out taken from `defaults`.
    func filling(from defaults: Self) -> Self {
        var entry = self
        entry.region = region ?? defaults.region
        entry.endpoint = endpoint ?? defaults.endpoint
        entry.iamEndpoint = iamEndpoint ?? defaults.iamEndpoint
        entry.obsEndpoint = obsEndpoint ?? defaults.obsEndpoint
        entry.ak = ak ?? defaults.ak
        entry.sk = sk ?? defaults.sk
        entry.securityToken = securityToken ?? defaults.securityToken
        entry.authToken = authToken ?? defaults.authToken
        entry.proxy = proxy ?? defaults.proxy
        entry.noProxy = noProxy ?? defaults.noProxy
        entry.caFile = caFile ?? defaults.caFile
        entry.credentials = credentials ?? (ak != nil || sk != nil || authToken != nil ? nil : defaults.credentials)
        entry.metadataEndpoint = metadataEndpoint ?? defaults.metadataEndpoint
        entry.idpID = idpID ?? defaults.idpID
        entry.idTokenFile = idTokenFile ?? defaults.idTokenFile
        return entry
    }

    /// The endpoints with `{region}` replaced by the profile's region.
    func withRegionInEndpoints() -> Self {
        guard let region else { return self }
        var entry = self
        entry.endpoint = endpoint?.replacing("{region}", with: region)
        entry.iamEndpoint = iamEndpoint?.replacing("{region}", with: region)
        entry.obsEndpoint = obsEndpoint?.replacing("{region}", with: region)
        return entry
    }
}
