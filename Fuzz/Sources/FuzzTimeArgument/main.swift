// Feeds `stats --from/--to` times and `--window` spans to their parsers.
//
// Rules: a span is a positive number of seconds, a year at most; a time is refused with one clear
// line or is a moment from 1970 to 9999, exactly the one typed: never a date moved to another day
// (2026-02-31) nor the error value of the C library.
import FuzzSupport
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// Whether `milliseconds` shows in UTC the same fields as `text` typed.
private func sameMoment(_ milliseconds: Int64, as text: String) -> Bool {
    let typed = text.split(whereSeparator: { "-T :".contains($0) }).compactMap { Int($0) } + [0, 0, 0]
    var seconds = time_t(milliseconds / 1000)
    var fields = tm()
    guard gmtime_r(&seconds, &fields) != nil else { return false }
    let shown = [
        Int(fields.tm_year) + 1900, Int(fields.tm_mon) + 1, Int(fields.tm_mday), Int(fields.tm_hour),
        Int(fields.tm_min), Int(fields.tm_sec),
    ]
    return Array(typed.prefix(6)) == shown
}

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    setenv("TZ", "UTC", 1)
    tzset()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeArgument(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput(start, count).text
    if let seconds = TimeArgument.seconds(ofWindow: text) {
        expect(
            seconds > 0 && seconds <= TimeArgument.longestWindowSeconds,
            "the window \(text.debugDescription) gives \(seconds) seconds")
    }
    do {
        let milliseconds = try TimeArgument.milliseconds(text, option: "--from")
        expect(TimeArgument.millisecondRange.contains(milliseconds), "\(text.debugDescription) gives \(milliseconds) ms")
        if Int64(text) == nil {
            expect(sameMoment(milliseconds, as: text), "\(text.debugDescription) gives \(milliseconds) ms")
        }
    } catch let error as OMSError {
        expectClearMessage(error.message, about: text.debugDescription)
    } catch {
        expect(false, "\(type(of: error)) instead of an OMSError: \(error)")
    }
    return 0
}
