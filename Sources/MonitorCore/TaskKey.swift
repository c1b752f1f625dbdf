/// A task across profiles: the profile it was listed under and its id.
public struct TaskKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var profile: String
    public var id: String

    public init(profile: String, id: String) {
        self.profile = profile
        self.id = id
    }

    public static func < (a: TaskKey, b: TaskKey) -> Bool { (a.profile, a.id) < (b.profile, b.id) }

    public var description: String { "\(profile)/\(id)" }
}
