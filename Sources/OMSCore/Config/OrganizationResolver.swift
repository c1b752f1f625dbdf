import OMSWords

/// Checks an `organizations` entry as written and resolves it into an `Organization`: its source
/// profile's credential, its regions (a region without OMS sync tasks is dropped, said once), its
/// globs and endpoints.
struct OrganizationResolver {
    /// The profiles as written (with the defaults filled in) by name, and "defaults".
    let sources: [String: ConfigFile.ProfileEntry]
    /// What the config was read with, without the command line's region, endpoint and project.
    let factory: ProfileFactory

    private var path: String { factory.path }

    /// Checks what can be checked of the entries alone: each has a name, no two share one, and none
    /// is the name of a profile (the members' profiles are named after it).
    static func check(_ entries: [ConfigFile.OrganizationEntry], profiles: Set<String>, path: String)
        throws(ConfigurationError) -> [ConfigFile.OrganizationEntry]
    {
        var names: Set<String> = []
        for entry in entries {
            guard !entry.name.isEmpty, !entry.name.contains("/") else {
                throw .invalidValue(path: path, field: "organizations", reason: Wording(.reasonOrganizationName))
            }
            guard names.insert(entry.name).inserted, !profiles.contains(entry.name) else {
                throw .invalidValue(
                    path: path, field: "organizations[\(entry.name)]", reason: Wording(.reasonDuplicateOrganization, ["name": entry.name]))
            }
        }
        return entries
    }

    /// The organization of `entry`, and what is worth saying about it before starting.
    func resolve(_ entry: ConfigFile.OrganizationEntry) throws(ConfigurationError) -> (Organization, [Wording]) {
        let field = "organizations[\(entry.name)]"
        guard let sourceName = entry.sourceProfile, let sourceEntry = sources[sourceName] else {
            let available = sources.keys.sorted().joined(separator: ", ")
            throw .invalidValue(
                path: path, field: field + ".source_profile",
                reason: Wording(.reasonUnknownSourceProfile, ["name": entry.sourceProfile ?? "", "available": available]))
        }
        guard sourceEntry.agency == nil else {
            throw .invalidValue(path: path, field: field + ".source_profile", reason: Wording(.reasonSourceIsAgency, ["name": sourceName]))
        }
        guard let agency = entry.agency, !agency.isEmpty else {
            throw .invalidValue(path: path, field: field + ".agency", reason: Wording(.reasonOrganizationAgency))
        }
        let duration = entry.durationSeconds ?? Agency.defaultDurationSeconds
        guard Agency.durations.contains(duration) else {
            throw .invalidValue(path: path, field: field + ".duration_seconds", reason: Wording(.reasonAgencyDuration))
        }
        let minutes = entry.rediscoverMinutes ?? Organization.defaultRediscoverMinutes
        guard minutes >= Organization.minimumRediscoverMinutes, minutes.isFinite else {
            throw .invalidValue(path: path, field: field + ".rediscover_minutes", reason: Wording(.reasonRediscoverMinutes))
        }
        let include = try patterns(entry.include, field: field + ".include")
        let exclude = try patterns(entry.exclude, field: field + ".exclude")
        let endpoints = memberEndpoints(of: entry, source: sourceEntry)
        let (regions, warnings) = try regions(of: entry, endpoints: endpoints, field: field)
        let endpoint = try entry.organizationsEndpoint.map { text throws(ConfigurationError) in try Endpoint(parsing: text) }
            ?? .globalOrganizations
        let source = sourceEntry.withRegionInEndpoints()
        let iam = try source.iamEndpoint.map { text throws(ConfigurationError) in try Endpoint(parsing: text) }
            ?? source.region.flatMap(Endpoint.iam(region:)) ?? .globalIAM
        var reach = factory.connection
        reach.network = try ProfileResolver(entry: source, factory: factory).resolveNetwork()
        let credentials = factory.registry.handle(for: try factory.credentialSources.source(of: source, iam: iam), connection: reach)
        var template = ConfigFile.ProfileEntry(name: entry.name)
        template.endpoint = endpoints.oms
        template.iamEndpoint = endpoints.iam
        template.obsEndpoint = endpoints.obs
        template.proxy = sourceEntry.proxy
        template.noProxy = sourceEntry.noProxy
        template.caFile = sourceEntry.caFile
        template.sourceProfile = sourceName
        template.agency = ConfigFile.AgencyEntry(name: agency, domainName: "", durationSeconds: duration, trustedAccount: nil)
        let organization = Organization(
            name: entry.name, sourceProfile: sourceName, agency: agency, regions: regions, include: include, exclude: exclude,
            rediscoverSeconds: minutes * 60, endpoint: endpoint, credentials: credentials, template: template, connection: reach)
        return (organization, warnings)
    }

    /// The OMS, IAM and OBS endpoints of the members' profiles: the organization entry's own, else
    /// `defaults`' (given to every profile, an organization's included), else for OBS the source
    /// profile's.
    private func memberEndpoints(of entry: ConfigFile.OrganizationEntry, source: ConfigFile.ProfileEntry)
        -> (oms: String?, iam: String?, obs: String?)
    {
        let defaults = sources["defaults"]
        return (entry.endpoint ?? defaults?.endpoint, entry.iamEndpoint ?? defaults?.iamEndpoint,
                entry.obsEndpoint ?? defaults?.obsEndpoint ?? source.obsEndpoint)
    }

    private func patterns(_ written: [String], field: String) throws(ConfigurationError) -> [AccountPattern] {
        var patterns: [AccountPattern] = []
        for text in written {
            guard let pattern = AccountPattern(text) else {
                throw .invalidValue(path: path, field: field, reason: Wording(.reasonBadGlob, ["given": text]))
            }
            patterns.append(pattern)
        }
        return patterns
    }

    /// The regions to watch: each well formed; one without OMS sync tasks (not in the region table,
    /// with no endpoint given) is left out with one warning for the whole organization.
    private func regions(of entry: ConfigFile.OrganizationEntry, endpoints: (oms: String?, iam: String?, obs: String?), field: String)
        throws(ConfigurationError) -> ([String], [Wording])
    {
        guard !entry.regions.isEmpty, Set(entry.regions).count == entry.regions.count else {
            throw .invalidValue(path: path, field: field + ".regions", reason: Wording(.reasonOrganizationRegions))
        }
        var kept: [String] = []
        var warnings: [Wording] = []
        for region in entry.regions {
            guard RegionTable.isWellFormed(region) else {
                throw .invalidValue(path: path, field: field + ".regions", reason: Wording(.reasonNotRegionName, ["given": region]))
            }
            if endpoints.oms == nil && !RegionTable.isKnown(region) {
                warnings.append(Wording(.organizationRegionWithoutOMS, ["organization": entry.name, "region": region]))
                continue
            }
            for text in [endpoints.oms, endpoints.iam, endpoints.obs].compactMap({ $0 }) {
                _ = try Endpoint(parsing: text.replacing("{region}", with: region))
            }
            kept.append(region)
        }
        guard !kept.isEmpty else {
            throw .invalidValue(path: path, field: field + ".regions", reason: Wording(.reasonOrganizationNoOMSRegion))
        }
        return (kept, warnings)
    }
}
