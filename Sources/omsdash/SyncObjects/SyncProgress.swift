import DashboardCore
import OMSCore

#if canImport(Glibc)
import Glibc
#endif

/// The progress bar of `sync-objects` on a terminal's standard error: names sent of all, the rate
/// and the time left, redrawn in place at most ten times a second and cleared at the end.
struct SyncProgress {
    let total: Int
    let unicode: Bool
    private let started = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?

    init(total: Int, unicode: Bool) {
        self.total = total
        self.unicode = unicode
    }

    /// Redraws the bar for `sent` names, unless it was drawn less than 0.1 s ago.
    mutating func update(sent: Int) {
        let now = ContinuousClock.now
        if let lastDrawn, now - lastDrawn < .milliseconds(100), sent < total { return }
        lastDrawn = now
        let seconds = (now - started) / .seconds(1)
        Console.write("\r" + Self.line(sent: sent, total: total, seconds: seconds, width: Self.terminalWidth(), unicode: unicode) + "\u{1B}[K", to: 2)
    }

    /// Clears the bar's line.
    func clear() { Console.write("\r\u{1B}[K", to: 2) }

    /// The bar as text: `[████░░░░] 1,230/25,000 names · 48.9/s · 8m06s left`, at most `width` columns.
    static func line(sent: Int, total: Int, seconds: Double, width: Int, unicode: Bool) -> String {
        let rate = seconds > 0 ? Double(sent) / seconds : 0
        var figures = "\(HumanUnits.grouped(Int64(sent)))/\(HumanUnits.grouped(Int64(total))) names"
        if rate > 0 {
            figures += " · \(HumanUnits.oneDecimal(rate))/s"
            if sent < total {
                figures += " · \(HumanUnits.duration(milliseconds: Int64(Double(total - sent) / rate * 1000), .rounded)) left"
            }
        }
        let barWidth = max(0, min(40, width - DisplayWidth.of(figures) - 4))
        let filled = total > 0 ? barWidth * sent / total : barWidth
        let (full, empty) = unicode ? ("█", "░") : ("#", "-")
        let bar = barWidth > 0 ? "[" + String(repeating: full, count: filled) + String(repeating: empty, count: barWidth - filled) + "] " : ""
        return DisplayWidth.truncate(bar + figures, to: max(1, width - 1))
    }

    /// The columns of the terminal on standard error, 80 when it cannot tell.
    private static func terminalWidth() -> Int {
        var size = winsize()
        return ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    }
}
