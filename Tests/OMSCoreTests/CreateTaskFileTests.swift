import Testing

@testable import OMSCore

@Suite("create --file: the body a person writes, with env: keys and one-line errors")
struct CreateTaskFileTests {
    static let environment = ["SRC_SK": "source-secret", "CDN_KEY": "cdn-secret"]

    func read(_ text: String) throws(ConfigurationError) -> CreateSyncTaskRequest {
        try CreateTaskFile.request(from: Array(text.utf8), path: "task.json", environment: Self.environment)
    }

    func refusal(_ text: String) -> String? {
        do {
            _ = try read(text)
            return nil
        } catch {
            return error.message
        }
    }

    @Test("env: keys are read from the environment, at the top and in source_cdn")
    func references() throws {
        let request = try read(#"""
            {"src_region": "cn-beijing", "src_bucket": "logs", "src_ak": "AK", "src_sk": "env:SRC_SK", "dst_ak": "D",
             "dst_sk": "written", "dst_region": "cn-north-4", "dst_bucket": "logs-obs",
             "source_cdn": {"protocol": "https", "domain": "cdn.example.com", "authentication_type": "NONE", "authentication_key": "env:CDN_KEY"}}
            """#)
        #expect(request.srcSK.reveal() == "source-secret")
        #expect(request.dstSK.reveal() == "written")
        #expect(request.sourceCDN?.authenticationKey?.reveal() == "cdn-secret")
    }

    @Test("every problem is one line naming the file and the field, or the line and column")
    func refusals() {
        #expect(refusal("{\"src_region\": \"a\",,}") == #"task.json:1:20: invalid JSON (expected a quoted key, found ",")"#)
        #expect(refusal("[1]") == #"task.json: (file): the create body must be a JSON object, {"src_cloud_type": ...}"#)
        #expect(refusal(#"{"src_ak": "env:NOPE"}"#) == "task.json: src_ak: refers to the environment variable NOPE, which is not set: export it")
        #expect(refusal(#"{"src_region": "a", "src_bucket": 1}"#) == "task.json: src_bucket: expected a string")
        #expect(refusal(#"{"src_region": "a", "src_bucket": "b"}"#) == "task.json: src_ak: missing")
    }
}
