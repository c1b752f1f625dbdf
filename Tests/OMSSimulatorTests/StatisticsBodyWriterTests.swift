import FoundationEssentials
import Testing

@testable import OMSCore
@testable import OMSSimulator

/// The simulator's statistics bodies read back, with the standard decoder and with omsdash's
/// reader, to the statistics they were written from.
@Suite("Statistics body writer")
struct StatisticsBodyWriterTests {
    @Test("a day of series, an empty series, extremes and a task id to escape read back to the same statistics")
    func readsBack() throws {
        let points = (0..<288).map { StatisticPoint(timestamp: 1_795_334_700_000 + Int64($0) * 300_000, value: Int64($0 * 37)) }
        let cases = [
            TaskStatistics(taskID: "t-1", timeType: .fiveMinutes, series: [
                StatisticSeries(dataType: .request, points: points), StatisticSeries(dataType: .failure, points: []),
            ]),
            TaskStatistics(taskID: nil, timeType: nil, series: []),
            TaskStatistics(taskID: "a\"b\\c\u{1}同步", timeType: .oneHour, series: [
                StatisticSeries(dataType: .size, points: [StatisticPoint(timestamp: .min, value: .max)]),
            ]),
        ]
        for statistics in cases {
            let body = StatisticsBodyWriter.json(statistics)
            #expect(try JSONInput.decode(TaskStatistics.self, from: Data(body)) == statistics)
            let standard = try JSONEncoder().encode(statistics)
            #expect(try JSONInput.decode(TaskStatistics.self, from: standard) == statistics)
        }
        let simple = StatisticsBodyWriter.json(cases[0])
        #expect(StatisticsBodyReader.read(simple) == cases[0], "what OMS writes is read without the standard decoder")
    }
}
