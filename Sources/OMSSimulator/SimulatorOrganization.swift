/// The simulator's accounts as one organization, managed by the first: which accounts are
/// members and in what status, which lack the agency, and how membership changes at runtime.
///
/// Over the member accounts 1 to N−1, in order: the first `leaving` leave `changeAfterSeconds`
/// after the start; the `losingAgency` after them lose the agency for a while; the last `joining`
/// join then (they are not members before); of the members that stay, the last `suspended` are
/// suspended, and the `withoutAgency` before them hold no agency.
public struct SimulatorOrganization: Sendable, Hashable {
    public var suspended: Int
    public var withoutAgency: Int
    public var joining: Int
    public var leaving: Int
    /// Seconds after the start when `leaving` accounts leave and `joining` ones join.
    public var changeAfterSeconds: Double?
    /// Member accounts whose agency is deleted `agencyLossAfterSeconds` after the start and made
    /// again `agencyLossForSeconds` later: assume_role is refused (403) in between, while the keys
    /// issued before stay valid until they expire, as IAM's do.
    public var losingAgency: Int
    public var agencyLossAfterSeconds: Double?
    public var agencyLossForSeconds: Double

    public init(
        suspended: Int = 0, withoutAgency: Int = 0, joining: Int = 0, leaving: Int = 0, changeAfterSeconds: Double? = nil,
        losingAgency: Int = 0, agencyLossAfterSeconds: Double? = nil, agencyLossForSeconds: Double = 120
    ) {
        self.suspended = suspended
        self.withoutAgency = withoutAgency
        self.joining = joining
        self.leaving = leaving
        self.changeAfterSeconds = changeAfterSeconds
        self.losingAgency = losingAgency
        self.agencyLossAfterSeconds = agencyLossAfterSeconds
        self.agencyLossForSeconds = agencyLossForSeconds
    }

    /// The organization's id, as Organizations spells one.
    public static let id = "o-0a1b2c3d4e5f60718293a4b5c6d7e8f9"

    /// Whether the knobs fit `count` accounts: every group in the members, none overlapping.
    public func fits(count: Int) -> Bool {
        let groups = [suspended, withoutAgency, joining, leaving, losingAgency]
        return groups.allSatisfy { $0 >= 0 } && groups.reduce(0, +) <= max(0, count - 1)
    }

    /// The status of account `index` at `elapsedSeconds` after the start: "active" or
    /// "suspended"; nil when it is not a member then. The first account is the management account.
    public func status(of index: Int, count: Int, elapsedSeconds: Double) -> String? {
        guard index > 0 else { return index == 0 ? "active" : nil }
        let changed = changeAfterSeconds.map { elapsedSeconds >= $0 } ?? false
        let joinFrom = count - joining
        if index >= joinFrom { return changed ? "active" : nil }
        if index <= leaving && changed { return nil }
        return index >= joinFrom - suspended ? "suspended" : "active"
    }

    /// Whether account `index` holds the agency at `elapsedSeconds` after the start.
    public func holdsAgency(_ index: Int, count: Int, elapsedSeconds: Double) -> Bool {
        guard index > 0 else { return true }
        let end = count - joining - suspended
        if (end - withoutAgency..<end).contains(index) { return false }
        let losing = leaving + 1..<leaving + 1 + losingAgency
        guard losing.contains(index), let from = agencyLossAfterSeconds else { return true }
        return !(from..<from + agencyLossForSeconds).contains(elapsedSeconds)
    }
}
