import FoundationEssentials
import Testing

@testable import OMSCore

/// The statistics reader answers exactly what `JSONDecoder` does, or leaves the body to it.
@Suite("Statistics body reader")
struct StatisticsBodyReaderTests {
    /// What the standard decoder makes of `body`, or `nil` when it throws.
    private func standard(_ body: String) -> TaskStatistics? {
        try? JSONInput.decode(TaskStatistics.self, from: Data(body.utf8))
    }

    private func read(_ body: String) -> TaskStatistics? {
        StatisticsBodyReader.read(Array(body.utf8))
    }

    @Test("OMS's answers read to what the standard decoder gives", arguments: [
        #"{"sync_task_id":"t-1","statistic_time_type":"FIVE_MINUTES","statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":1795334700000,"statistic_num":1902},{"time_stamp":1795335000000,"statistic_num":0}]},{"data_type":"FAILURE","data":[]}]}"#,
        #"{"statistic_datas":[]}"#,
        #"{}"#,
        #"{"statistic_datas":null,"sync_task_id":null}"#,
        " {\n  \"statistic_datas\" : [ { \"data\" : [ { \"statistic_num\" : -5 , \"time_stamp\" : 0 } ] , \"data_type\" : \"SIZE\" } ]\t}\r\n",
        #"{"statistic_datas":[{"data_type":"SKIP","data":null}]}"#,
        #"{"statistic_datas":[{"data_type":"SKIP"}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":null},{}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":9223372036854775807,"statistic_num":-9223372036854775808}]}]}"#,
        #"{"sync_task_id":42,"statistic_time_type":true,"statistic_datas":[]}"#,
        #"{"extra":"x","more":1.5e-3,"flag":false,"none":null,"statistic_datas":[{"data_type":"NEW","unit":"objects","data":[{"time_stamp":1,"statistic_num":2,"note":-0.5}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":-0,"statistic_num":0}]}]}"#,
    ])
    func readsAsTheStandardDecoder(body: String) throws {
        let statistics = try #require(read(body))
        #expect(statistics == standard(body))
    }

    @Test("what is outside the subset is left to the standard decoder", arguments: [
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":"1795334700000","statistic_num":1}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":1.0,"statistic_num":1}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":1e3,"statistic_num":1}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":9223372036854775808,"statistic_num":1}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQ\u0055EST","data":[]}]}"#,
        #"{"sync_task_id":"同步","statistic_datas":[]}"#,
        #"{"extra":{"nested":1},"statistic_datas":[]}"#,
        #"{"extra":[1,2],"statistic_datas":[]}"#,
        #"{"statistic_datas":[],"statistic_datas":[{"data_type":"SIZE"}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":1,"time_stamp":2}]}]}"#,
        #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":null,"time_stamp":2}]}]}"#,
        "\u{FEFF}{\"statistic_datas\":[]}",
    ])
    func leavesTheRestToTheStandardDecoder(body: String) {
        #expect(read(body) == nil)
    }

    /// The standard decoder is laxer: it takes a trailing comma, and numbers and strings under keys it
    /// does not read unchecked. Those it then reads itself.
    @Test("malformed JSON is never read", arguments: [
        "", "{", "{\"statistic_datas\":[]", "{\"statistic_datas\":[],}", "{\"statistic_datas\":[1,]}",
        "{\"statistic_datas\":[{\"data_type\":\"SIZE\",}]}", "{\"statistic_datas\":[]} x", "[]", "null",
        "{\"a\":01}", "{\"a\":-}", "{\"a\":1.}", "{\"a\":1e}", "{\"a\":tru}", "{\"a\":\"\t\"}",
        "{\"statistic_datas\":[{\"data\":[]}]}", "{\"statistic_datas\":[{\"data_type\":null}]}",
        "{\"statistic_datas\":[null]}", "{\"statistic_datas\":\"none\"}", "{'a':1}",
    ])
    func refusesMalformed(body: String) {
        #expect(read(body) == nil)
    }

    @Test("the simulator's day of statistics reads to what the standard decoder gives")
    func simulatorDay() throws {
        let end: Int64 = 1_795_420_800_000
        let series = [StatisticDataType.request, .failure, .success, .size].map { type in
            StatisticSeries(dataType: type, points: (0..<288).map {
                StatisticPoint(timestamp: end - 86_400_000 + Int64($0) * 300_000, value: Int64($0 * 7919 % 4001))
            })
        }
        let statistics = TaskStatistics(taskID: "5f1a0b9c", timeType: .fiveMinutes, series: series)
        let body = try JSONEncoder().encode(statistics)
        let read = try #require(StatisticsBodyReader.read(Array(body)))
        #expect(read == statistics)
        #expect(try JSONInput.decode(TaskStatistics.self, from: body) == statistics)
    }

    @Test("an answer outside the subset still decodes through the client's decoder")
    func fallback() throws {
        let body = #"{"statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":"60000","statistic_num":"7"}]}]}"#
        let exchange = HTTPExchange(status: 200, requestID: nil, retryAfter: nil, body: Array(body.utf8))
        let statistics = try ResponseDecoder.decode(TaskStatistics.self, from: exchange, operation: .init(name: "statistics"))
        #expect(statistics[.request]?.points == [StatisticPoint(timestamp: 60_000, value: 7)])
    }
}
