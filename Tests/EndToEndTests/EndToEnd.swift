import Testing

/// The end-to-end suites, one at a time: they wait on real processes, and running them side by
/// side would hold up the threads the other tests need.
@Suite("End to end", .serialized)
enum EndToEnd {}
