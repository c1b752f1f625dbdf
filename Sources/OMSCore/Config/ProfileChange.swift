/// What a config read again changes in the profiles in use: those it no longer names leave, new
/// ones arrive, and one named again with another endpoint, region, project, credential, network
/// or account leaves and arrives again (it restarts). Those named as before stay as they are.
public struct ProfileChange: Sendable, Equatable {
    /// The names of the profiles that leave, those that restart included.
    public let leaving: [String]
    /// The profiles that arrive, those that restart included, in the new order.
    public let arriving: [Profile]
    /// The names of the profiles that restart.
    public let restarting: Set<String>

    public init(from before: [Profile], to after: [Profile]) {
        let beforeByName = Dictionary(before.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let afterNames = Set(after.map(\.name))
        let restarting = Set(after.filter { profile in beforeByName[profile.name].map { $0 != profile } ?? false }.map(\.name))
        self.restarting = restarting
        leaving = before.map(\.name).filter { !afterNames.contains($0) } + after.map(\.name).filter(restarting.contains)
        arriving = after.filter { beforeByName[$0.name] == nil || restarting.contains($0.name) }
    }

    /// How many profiles are new, and how many are gone (restarts counted apart).
    public var added: Int { arriving.count - restarting.count }
    public var removed: Int { leaving.count - restarting.count }
}
