import MonitorCore
import OMSCore
import Testing

@testable import DashboardCore

/// What the table keeps when it is narrow: bucket names before regions that are the same on every row.
@Suite("table layout")
struct TableLayoutTests {
    /// Twenty tasks whose buckets differ only at the end, as people number them.
    func numberedState(width: Int, dstRegion: (Int) -> String = { _ in "cn-north-4" }) -> AppState {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23")],
            now: Fixtures.now, width: width, height: 60)
        let tasks = (1...20).map { n in
            var task = Fixtures.task(
                padded(n, 8) + "-eb82-41f3-8019-bbb593d74a3e", source: "src-bucket-prod-" + padded(n, 4),
                destination: "dst-bucket-prod-" + padded(n, 4))
            task.dstRegion = dstRegion(n)
            return task
        }
        _ = Dashboard.reduce(&state, Fixtures.listed(tasks))
        return state
    }

    func padded(_ n: Int, _ digits: Int) -> String {
        let text = String(n)
        return String(repeating: "0", count: digits - text.count) + text
    }

    func rows(_ state: AppState) -> [String] {
        Dashboard.render(state).text.components(separatedBy: "\n").filter { $0.contains("…a3e  ") }
    }

    @Test("at 150 columns, 20-character bucket names read in full on every row")
    func fullNamesAt150() throws {
        let rows = rows(numberedState(width: 150))
        #expect(rows.count == 20)
        for (index, row) in rows.enumerated() {
            let n = padded(index + 1, 4)
            #expect(row.contains("cn-beijing/src-bucket-prod-\(n)"), "\(row)")
            #expect(row.contains("→ dst-bucket-prod-\(n)"), "\(row)")
            #expect(!row.contains("cn-north-4"), "the profile's region is the same on every row: \(row)")
        }
    }

    @Test("one long bucket name among 30 is cut; the other rows read their names and 20-character descriptions in full at 140 columns")
    func outlierDoesNotDecide() throws {
        var state = AppState(
            profiles: [.init(name: "bj", region: "cn-north-4", projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23")],
            now: Fixtures.now, width: 140, height: 50)
        let outlier = "archive-" + String(repeating: "x", count: 47) + "-outlier"
        let tasks = (1...30).map { n in
            Fixtures.task(
                padded(n, 8) + "-eb82-41f3-8019-bbb593d74a3e", source: n == 7 ? outlier : "src-bucket-prod-" + padded(n, 4),
                destination: "dst-bucket-prod-" + padded(n, 4), description: "nightly sync no " + padded(n, 4))
        }
        #expect(outlier.count == 63)
        _ = Dashboard.reduce(&state, Fixtures.listed(tasks))
        let rows = rows(state)
        #expect(rows.count == 30)
        for (index, row) in rows.enumerated() {
            let n = padded(index + 1, 4)
            #expect(row.contains("nightly sync no \(n)"), "the description reads in full: \(row)")
            #expect(row.contains("→ dst-bucket-prod-\(n)"), "\(row)")
            if index + 1 == 7 {
                #expect(row.contains("archive-x") && row.contains("…") && row.contains("x-outlier"), "the outlier loses its middle: \(row)")
            } else {
                #expect(row.contains("src-bucket-prod-\(n)"), "\(row)")
            }
        }
    }

    @Test("the 90th percentile of the widths on screen, by nearest rank")
    func ninetiethPercentile() {
        #expect(TableView.Places.ninetiethPercentile([]) == 0)
        #expect(TableView.Places.ninetiethPercentile([5]) == 5)
        #expect(TableView.Places.ninetiethPercentile(Array(repeating: 20, count: 29) + [63]) == 20)
        #expect(TableView.Places.ninetiethPercentile(Array(1...10)) == 9)
        #expect(TableView.Places.ninetiethPercentile([30, 10]) == 30, "with fewer than ten rows, the longest")
    }

    @Test("a destination in another region than the profile's names it")
    func foreignRegionShown() throws {
        let rows = rows(numberedState(width: 150, dstRegion: { $0 == 3 ? "ap-southeast-1" : "cn-north-4" }))
        #expect(rows[2].contains("→ ap-southeast-1/dst-bucket-prod-0003"), "\(rows[2])")
        #expect(!rows[3].contains("cn-north-4"))
    }

    @Test("at 80 columns the destination bucket begins, and names are cut in the middle so their ends tell them apart")
    func middleCutAt80() throws {
        let rows = rows(numberedState(width: 80))
        for (index, row) in rows.enumerated() {
            let n = padded(index + 1, 4)
            #expect(row.contains("→ dst-b"), "\(row)")
            #expect(row.contains("…\(n)") || row.contains("-\(n)"), "the end of the name shows: \(row)")
        }
        #expect(Set(rows.map { $0.dropFirst(14) }).count == 20, "no two rows read the same")
    }

    @Test("the cloud has a column of its own, abbreviated to seven columns")
    func cloudColumn() throws {
        var state = numberedState(width: 120)
        var task = Fixtures.task("kingsoft-task-0000-0000-000000000001", cloud: .kingsoftCloud, source: "k", destination: "k")
        task.srcRegion = "cn-beijing-6"
        _ = Dashboard.reduce(&state, Fixtures.listed([task]))
        let screen = Dashboard.render(state).text
        #expect(screen.contains("CLOUD"))
        #expect(screen.contains("Ksyun   cn-beijing-6/k"))
        #expect(TaskText.cloudAbbreviation(.huaweiCloud) == "Huawei")
        #expect(CloudType.documented.allSatisfy { TaskText.cloudAbbreviation($0).count <= 7 })
    }

    @Test("cutting the middle keeps both ends and never splits a wide character")
    func truncateMiddle() {
        #expect(DisplayWidth.truncateMiddle("dst-bucket-0005", to: 11) == "dst-b…-0005")
        #expect(DisplayWidth.truncateMiddle("short", to: 11) == "short")
        let cut = DisplayWidth.truncateMiddle("媒体库迁移数据桶", to: 8)
        #expect(DisplayWidth.of(cut) <= 8 && cut.hasPrefix("媒") && cut.hasSuffix("桶") && cut.contains("…"))
    }
}
