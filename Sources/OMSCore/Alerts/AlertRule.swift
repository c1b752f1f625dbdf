/// The conditions omsdash watches for, named as the config, events and metrics name them.
public enum AlertRule: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// A task went from SYNCHRONIZING to STOPPED and this omsdash did not stop it.
    case taskStopped = "task_stopped"
    /// The latest complete five-minute bucket failed too many objects.
    case failureBurst = "failure_burst"
    /// A synchronizing task received no request for hours after receiving some the day before.
    case silentSource = "silent_source"
    /// A task appeared in the list after the first load.
    case taskAppeared = "task_appeared"
    /// A task left the list.
    case taskGone = "task_gone"
    /// A profile's credentials were refused, or no refresh succeeded for minutes.
    case apiUnhealthy = "api_unhealthy"
    /// The renewal of a profile's temporary key is failing.
    case credentialsRenewal = "credentials_renewal"
    /// An account joined an organization and its profiles are watched from now.
    case accountJoined = "account_joined"
    /// An account left an organization (or stopped being active) and its profiles are no longer watched.
    case accountLeft = "account_left"
    /// An organization's accounts could not be listed: the last known accounts stay watched.
    case organizationListing = "organization_listing"

    /// The severity a rule has unless the config says otherwise.
    public var defaultSeverity: AlertSeverity {
        switch self {
        case .taskStopped, .failureBurst, .silentSource, .credentialsRenewal, .organizationListing: .warning
        case .taskAppeared, .taskGone, .accountJoined, .accountLeft: .info
        case .apiUnhealthy: .critical
        }
    }

    /// Whether the rule reports a moment rather than a condition: its events fire and never stay
    /// firing, so they never need attention.
    public var isMomentary: Bool { [.taskAppeared, .taskGone, .accountJoined, .accountLeft].contains(self) }

    /// Whether the rule is about an organization or one of its accounts rather than a profile:
    /// its events name "ORG" or "ORG/ACCOUNT" where others name a profile.
    public var isAboutOrganization: Bool { [.accountJoined, .accountLeft, .organizationListing].contains(self) }

    public static func < (a: AlertRule, b: AlertRule) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How urgent an alert is.
public enum AlertSeverity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case info, warning, critical

    public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
