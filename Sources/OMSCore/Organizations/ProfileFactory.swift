/// Makes a `Profile` from a profile as written, with what the config was read with: the
/// environment, the credential sources and the one registry that shares credentials. Kept after
/// the start, so that the accounts an organization's listing finds later become profiles the
/// same way, sharing the same source credential.
struct ProfileFactory: Sendable {
    let path: String
    let overrides: ConfigOverrides
    let environment: [String: String]
    let credentialSources: CredentialSourceResolver
    let registry: CredentialRegistry
    let connection: CredentialConnection

    func profile(_ entry: ConfigFile.ProfileEntry) throws(ConfigurationError) -> Profile {
        try ProfileResolver(entry: entry, factory: self).resolve()
    }

    /// The same factory with none of the command line's region, endpoint or project: an
    /// organization's profiles take their own.
    var forMembers: ProfileFactory {
        ProfileFactory(
            path: path, overrides: ConfigOverrides(obsEndpoint: overrides.obsEndpoint, caFile: overrides.caFile), environment: environment,
            credentialSources: credentialSources, registry: registry, connection: connection)
    }
}
