import Synchronization

/// A flag that lets one caller through, once.
final class AnnouncedOnce: Sendable {
    private let done = Atomic<Bool>(false)

    /// True for the first caller only.
    func claim() -> Bool { done.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged }
}
