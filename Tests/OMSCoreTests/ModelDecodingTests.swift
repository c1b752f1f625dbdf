import Foundation
import Testing

@testable import OMSCore

@Suite("Models decode every documented example and tolerate what the docs do not promise")
struct ModelDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test("the show example, with its monthly counters")
    func showExample() throws {
        let task = try decode(SyncTask.self, """
            {"sync_task_id":"d18befdd-eb82-41f3-8019-bbb593d74a3e","src_cloud_type":"HuaweiCloud","src_region":"cn-north-7",
             "src_bucket":"oms-sdk-test-src","create_time":1700639560751,"last_start_time":1700639560751,
             "dst_bucket":"oms-sdk-test-dst","dst_region":"cn-north-7","description":"sync task test","status":"SYNCHRONIZING",
             "enable_kms":false,"enable_metadata_migration":false,"enable_restore":false,"app_id":null,
             "monthly_acceptance_request":11,"monthly_success_object":0,"monthly_failure_object":11,"monthly_skip_object":0,
             "monthly_size":0,"object_overwrite_mode":"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE","dst_storage_policy":null,
             "consistency_check":"size_last_modified"}
            """)
        #expect(task.id == "d18befdd-eb82-41f3-8019-bbb593d74a3e")
        #expect(task.srcCloudType == .huaweiCloud)
        #expect(task.status == .synchronizing)
        #expect(task.appID == nil && task.dstStoragePolicy == nil)
        #expect(task.monthly == MonthlyCounters(requested: 11, succeeded: 0, failed: 11, skipped: 0, bytes: 0))
        #expect(task.monthly?.successRate == 0)
        #expect(task.objectOverwriteMode == .sizeLastModified)
        #expect(task.consistencyCheck == .sizeLastModified)
    }

    @Test("the list example, with source_cdn null")
    func listExample() throws {
        let page = try decode(SyncTaskPage.self, """
            {"tasks":[{"sync_task_id":"d18befdd-eb82-41f3-8019-bbb593d74a3e","src_cloud_type":"HuaweiCloud",
              "src_region":"cn-north-7","src_bucket":"oms-sdk-test-src","create_time":1700639560751,
              "last_start_time":1700639560751,"dst_bucket":"oms-sdk-test-dst","dst_region":"cn-north-7",
              "description":"sync task test","status":"SYNCHRONIZING","enable_kms":false,"enable_metadata_migration":false,
              "enable_restore":false,"app_id":null,"source_cdn":null,
              "object_overwrite_mode":"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE","dst_storage_policy":null,
              "consistency_check":"size_last_modified"}],"count":1}
            """)
        #expect(page.count == 1)
        #expect(page.tasks.first?.sourceCDN == nil)
        #expect(page.tasks.first?.monthly == nil)
    }

    @Test("the statistics example: FIVE_MINUTES series with gaps")
    func statisticsExample() throws {
        let stats = try decode(TaskStatistics.self, """
            {"sync_task_id":"4fb05cd2-c94e-44e4-a07f-e65a2f01ebcb","statistic_time_type":"FIVE_MINUTES",
             "statistic_datas":[{"data_type":"REQUEST","data":[{"time_stamp":1700150400000,"statistic_num":1},
             {"time_stamp":1700151000000,"statistic_num":20},{"time_stamp":1700184000000,"statistic_num":8},
             {"time_stamp":1700188200000,"statistic_num":2}]}]}
            """)
        #expect(stats.timeType == .fiveMinutes)
        #expect(stats.timeType?.milliseconds == 300_000)
        #expect(stats[.request]?.points.count == 4)
        #expect(stats[.request]?.total == 31)
        #expect(stats[.size] == nil)
    }

    @Test("the create answer and error bodies")
    func createAnswerAndErrors() throws {
        #expect(try decode(CreateSyncTaskResponse.self, #"{"sync_task_id":"xxxxxxxxxxxxxxxxx"}"#).taskID == "xxxxxxxxxxxxxxxxx")
        let error = try decode(APIErrorBody.self, #"{"error_code":"APIGW.0301","error_msg":"bad","request_id":"abc"}"#)
        #expect(error == APIErrorBody(errorCode: "APIGW.0301", errorMessage: "bad", requestID: "abc"))
    }

    @Test("unknown fields are ignored; missing optional fields are nil")
    func unknownAndMissingFields() throws {
        let task = try decode(SyncTask.self, #"{"sync_task_id":"t1","brand_new_field":{"x":[1,2]},"another":true}"#)
        #expect(task.id == "t1")
        #expect(task.status == nil && task.createTime == nil && task.monthly == nil)
    }

    @Test("Int64 extremes and integers sent as strings decode")
    func int64Extremes() throws {
        let task = try decode(SyncTask.self, """
            {"sync_task_id":"t","create_time":9223372036854775807,"last_start_time":"1700639560751",
             "monthly_size":9223372036854775807,"monthly_acceptance_request":0}
            """)
        #expect(task.createTime == Int64.max)
        #expect(task.lastStartTime == 1_700_639_560_751)
        #expect(task.monthly?.bytes == Int64.max)
        let point = try decode(StatisticPoint.self, #"{"time_stamp":9223372036854775807,"statistic_num":9223372036854775807}"#)
        #expect(point.value == Int64.max)
    }

    @Test("an enum value the docs do not list is kept as it is")
    func unknownEnumValues() throws {
        let task = try decode(SyncTask.self, """
            {"sync_task_id":"t","status":"PAUSING","src_cloud_type":"Oracle","dst_storage_policy":"COLD",
             "object_overwrite_mode":"NEWER","consistency_check":"sha256"}
            """)
        #expect(task.status?.rawValue == "PAUSING")
        #expect(task.status?.isDocumented == false)
        #expect(task.srcCloudType?.description == "Oracle")
        #expect(task.dstStoragePolicy?.rawValue == "COLD")
        let stats = try decode(TaskStatistics.self, #"{"statistic_time_type":"ONE_DAY","statistic_datas":[{"data_type":"BANDWIDTH","data":null}]}"#)
        #expect(stats.timeType?.rawValue == "ONE_DAY" && stats.timeType?.milliseconds == nil)
        #expect(stats.series.first?.dataType.rawValue == "BANDWIDTH")
        #expect(stats.series.first?.points.isEmpty == true)
    }

    @Test("a task round-trips through JSON with the API's field names")
    func roundTrip() throws {
        var task = SyncTask(id: "t")
        task.status = .stopped
        task.monthly = MonthlyCounters(requested: 5, succeeded: 4, failed: 1, skipped: 0, bytes: 1024)
        let json = String(decoding: try JSONEncoder().encode(task), as: UTF8.self)
        #expect(json.contains(#""sync_task_id":"t""#))
        #expect(json.contains(#""monthly_acceptance_request":5"#))
        #expect(try decode(SyncTask.self, json) == task)
    }

    @Test("request bodies use the API's names; secrets never print")
    func requestBodies() throws {
        let start = StartSyncTaskRequest(srcAK: "SRCAK", srcSK: "SRCSK-VALUE", dstAK: "DSTAK", dstSK: "DSTSK-VALUE")
        let json = String(decoding: try JSONEncoder().encode(start), as: UTF8.self)
        #expect(json.contains(#""src_sk":"SRCSK-VALUE""#))
        #expect(!"\(start)".contains("SRCSK-VALUE"))
        #expect(!String(reflecting: start).contains("DSTSK-VALUE"))
        var create = CreateSyncTaskRequest(
            srcCloudType: .tencent, srcRegion: "ap-guangzhou", srcBucket: "b", srcAK: "a", srcSK: "s-secret",
            dstAK: "d", dstSK: "d-secret", dstRegion: "cn-north-4", dstBucket: "o")
        create.appID = "1250000000"
        create.sourceCDN = SourceCDNRequest(domain: "x.com", protocol: "https", authenticationKey: "cdn-secret")
        let body = String(decoding: try JSONEncoder().encode(create), as: UTF8.self)
        #expect(body.contains(#""app_id":"1250000000""#) && body.contains(#""authentication_key":"cdn-secret""#))
        #expect(!"\(create)".contains("secret\""))
        #expect(!"\(create)".contains("s-secret") && !"\(create)".contains("cdn-secret"))
    }
}
