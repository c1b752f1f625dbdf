import DashboardCore
import MonitorCore
import OMSCore
import Testing

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
