import Testing

/// The end-to-end suites, one at a time: they wait on real processes with calls that hold their
/// thread, and a test process has one thread a core for every test. `./scripts/test` runs them in
/// a process of their own (`--filter '^EndToEndTests\.'`), so that they hold up no other test.
@Suite("End to end", .serialized)
enum EndToEnd {}

/// The end-to-end suites that mostly wait for keys to expire and organizations to change, one at
/// a time, and beside `EndToEnd`: their minutes of waiting overlap the other end-to-end suites'
/// (one after the other, the two took 663 s; side by side, 370 s).
@Suite("End to end over minutes: renewals, organizations, shards", .serialized)
enum EndToEndOverMinutes {}
