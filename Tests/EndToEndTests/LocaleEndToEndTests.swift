import Foundation
import Testing

extension EndToEnd {
    /// The dashboard in a terminal whose locale is not UTF-8.
    @Suite("Dashboard in a non-UTF-8 locale, in tmux")
    struct LocaleEndToEndTests {
        @Test("Chinese descriptions show one ? per character and cuts show ~, never blanks")
        func questionMarks() throws {
            let tmux = try TmuxSession([Binary.path, "--demo", "--no-incidents"], environment: ["LANG": "C", "LC_ALL": "C"])
            defer { tmux.close() }
            let screen = tmux.waitFor { $0.contains("logs-prod") && $0.contains("REQUEST") }
            let row = try #require(screen.split(separator: "\n").first { $0.contains("z0/cdn-images") })
            #expect(row.contains("CDN ? ? "), "CDN 图片回源同步: \(row)")
            #expect(screen.contains("About        ? ? ? ? ?  AWS ?  OBS"), "媒体库迁移 AWS 到 OBS in the detail pane")
            #expect(screen.contains("project 0b5c~f23"))
            #expect(!screen.contains("CDN        "))
        }
    }
}
