/// Stops the run when the code under test breaks one of its rules, so that libFuzzer keeps the input
/// as a crash file; `rule` says which rule broke.
public func expect(_ condition: Bool, _ rule: @autoclosure () -> String) {
    if !condition { fatalError("broken rule: \(rule())") }
}

/// The rule for every message a bad input earns: one line of printable text that says something.
/// A line break would tear a status bar or a log line apart; an escape character from a server's
/// answer would reach the user's terminal.
public func expectClearMessage(_ message: String, about input: @autoclosure () -> String) {
    expect(!message.isEmpty, "an empty message for \(input())")
    let unprintable = message.unicodeScalars.first { $0.properties.generalCategory == .control }
    expect(
        unprintable == nil,
        "the message \(message.debugDescription) holds the control character U+\(String(unprintable?.value ?? 0, radix: 16)) for \(input())")
}

/// The rule for secrets: `secret` never appears in `message`.
public func expectNoSecret(_ secret: String, in message: String) {
    expect(!message.contains(secret), "the message \(message.debugDescription) shows the secret \(secret.debugDescription)")
}

/// The rule for a secret the input wrote itself: it shows in `message` only if the message for
/// another value of its length in its place (`messageWith`) is without it. Otherwise the text is the
/// product's own words (a field name, "<redacted>") and proves nothing.
public func expectNoSecret(_ secret: String, in message: String, messageWith: (String) -> String?) {
    guard message.contains(secret), messageWith(String(repeating: "Q", count: secret.count))?.contains(secret) != true else {
        return
    }
    expectNoSecret(secret, in: message)
}
