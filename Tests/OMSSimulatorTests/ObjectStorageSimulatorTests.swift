import Foundation
import OMSCore
import Testing

@testable import OMSSimulator

@Suite("The OBS client against the simulator's buckets: V4 signatures checked, pages, ranges, refusals")
struct ObjectStorageSimulatorTests {
    /// A client of the simulator's buckets, signing with `credentials` (the identity's key by default).
    private func storage(_ harness: SimulatorHarness, credentials: Credentials? = nil) throws -> ObjectStorageClient {
        let identity = harness.server.service.identity
        return ObjectStorageClient(
            endpoint: try Endpoint(parsing: harness.server.endpoint), region: "cn-north-4",
            credentials: CredentialHandle(fixed: credentials ?? .accessKey(id: identity.accessKey, secret: identity.secretKey)),
            connectTimeout: 2, requestTimeout: 10, retry: .never)
    }

    @Test("a task's failed lists are listed page by page and read whole or by range; every line is an object")
    func listsAndReads() async throws {
        try await SimulatorHarness.with { harness in
            let tasks = try await harness.client.listAllTasks()
            // The second task: the first holds the 100,000-line list when the simulator is asked for it.
            let task = try #require(tasks.dropFirst().first { $0.status == .synchronizing })
            let bucket = try #require(task.dstBucket)
            let storage = try storage(harness)
            let prefix = ObjectListKind.failed.prefix(taskID: task.id)
            let first = try await storage.listObjects(bucket: bucket, prefix: prefix, maxKeys: 1)
            #expect(first.objects.count == 1)
            let token = try #require(first.nextContinuationToken, "one key a page leaves more pages")
            let second = try await storage.listObjects(bucket: bucket, prefix: prefix, continuationToken: token, maxKeys: 1)
            #expect(second.objects.first?.key != first.objects.first?.key)
            let all = try await storage.listAllObjects(bucket: bucket, prefix: prefix)
            #expect(all.count >= 2 && all.allSatisfy { $0.key.hasPrefix(prefix) && $0.key.hasSuffix(".failed_list.txt") })

            let reader = ObjectListReader(storage: storage, bucket: bucket, taskID: task.id, kind: .failed)
            let summary = try await reader.summary()
            #expect(summary.unreadable.isEmpty, "the simulator's lines all read")
            #expect(summary.total > 0 && summary.total == summary.lines, "each name is once in the simulator's lists")
            #expect(summary.byErrorCode.keys.allSatisfy { ["NoSuchKey", "AccessDenied", "RequestTimeout", "PreconditionFailed"].contains($0) })
            #expect(summary.objects.contains { $0.name.contains("猫") } && summary.objects.contains { $0.name.contains(" ") })

            let file = try #require(all.first)
            var whole: [UInt8] = []
            try await storage.readObject(bucket: bucket, key: file.key) { whole += $0 }
            #expect(Int64(whole.count) == file.size)
            var part: [UInt8] = []
            try await storage.readObject(bucket: bucket, key: file.key, range: 5...14) { part += $0 }
            #expect(part == Array(whole[5...14]))
        }
    }

    @Test("refusals: a denied bucket, a missing bucket and key, a wrong secret")
    func refusals() async throws {
        let world = World(seed: 42, taskCount: 5)
        let service = SimulatorService(world: world, identity: .demo, deniedBuckets: ["cdn-images"])
        let server = try await SimulatorServer.start(service: service)
        let storage = ObjectStorageClient(
            endpoint: try Endpoint(parsing: server.endpoint), region: "cn-north-4",
            credentials: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey), retry: .never)
        func failure(_ body: () async throws -> Void) async -> StorageFailure? {
            do {
                try await body()
            } catch OMSError.storage(let failure) {
                return failure
            } catch {
                Issue.record("not a storage failure: \(error)")
            }
            return nil
        }
        let denied = await failure { _ = try await storage.listObjects(bucket: "cdn-images", prefix: "oms/") }
        #expect(denied?.status == 403 && denied?.isAccessDenied == true && denied?.code == "AccessDenied")
        #expect(denied?.wording.english.contains("obs:bucket:ListBucket and obs:object:GetObject on the bucket") == true)
        let missing = await failure { _ = try await storage.listObjects(bucket: "no-such-bucket", prefix: "") }
        #expect(missing?.code == "NoSuchBucket" && missing?.status == 404 && missing?.requestID != nil)
        let key = await failure { try await storage.readObject(bucket: "logs-prod", key: "oms/none.txt") { _ in } }
        #expect(key?.code == "NoSuchKey")
        let wrong = ObjectStorageClient(
            endpoint: try Endpoint(parsing: server.endpoint), region: "cn-north-4",
            credentials: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: Secret("not-the-secret")), retry: .never)
        let signature = await failure { _ = try await wrong.listObjects(bucket: "logs-prod", prefix: "") }
        #expect(signature?.code == "SignatureDoesNotMatch" && signature?.isSignatureRefused == true)
        #expect(signature?.wording.english.contains("not-the-secret") == false, "no secret in the message")
        await wrong.shutdown()
        await storage.shutdown()
        await server.stop()
    }
}
