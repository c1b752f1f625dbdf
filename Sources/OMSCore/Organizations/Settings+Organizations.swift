import OMSWords

/// The organizations' first listing, before a face starts.
extension Settings {
    /// Lists every organization at once and adds the profiles of their accounts after the
    /// config's own; returns why each listing that failed did.
    public mutating func listOrganizations() async -> [(organization: String, failure: Wording)] {
        let directory = organizations
        let listings = directory.organizations.map { organization in
            (organization.name, Task { try await directory.list(organization) })
        }
        var failures: [(organization: String, failure: Wording)] = []
        for (name, listing) in listings {
            switch await listing.result {
            case .success(let roster): profiles += roster.profiles
            case .failure(let error): failures.append((name, Organization.wording(of: error)))
            }
        }
        return failures
    }
}

extension Organization {
    /// Why a listing failed, as words.
    public static func wording(of error: any Error) -> Wording {
        switch error {
        case let error as OMSError: Wording(.organizationListingFailed, parts: ["reason": error.wording])
        case let error as ConfigurationError: error.wording
        default: Wording(.organizationListingFailed, parts: ["reason": .verbatim("\(error)")])
        }
    }
}
