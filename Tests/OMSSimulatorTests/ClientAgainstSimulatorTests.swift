import Foundation
import OMSCore
import OMSSimulator
import Testing

@Suite("OMSClient runs every operation against the simulator over real HTTP")
struct ClientAgainstSimulatorTests {
    @Test("list one page, then all pages concurrently, never past offset 10000")
    func listing() async throws {
        try await SimulatorHarness.with(tasks: 250) { h in
            let page = try await h.client.listTasks(limit: 100, offset: 200)
            #expect(page.count == 250 && page.tasks.count == 50)
            let all = try await h.client.listAllTasks()
            #expect(all.count == 250)
            #expect(Set(all.map(\.id)).count == 250)
            #expect(all.map(\.id) == h.server.service.world.taskIDs)
            #expect(h.client.requestCount == 1 + 3)
            let stopped = try await h.client.listAllTasks(status: .stopped)
            #expect(!stopped.isEmpty && stopped.allSatisfy { $0.status == .stopped })
        }
    }

    @Test("list refuses out-of-range paging before sending anything")
    func listArguments() async throws {
        try await SimulatorHarness.with { h in
            await #expect(throws: OMSError.self) { try await h.client.listTasks(limit: 0) }
            await #expect(throws: OMSError.self) { try await h.client.listTasks(limit: 101) }
            await #expect(throws: OMSError.self) { try await h.client.listTasks(offset: 10_001) }
            #expect(h.client.requestCount == 0)
        }
    }

    @Test("show, and statistics of all five types in one request")
    func showAndStatistics() async throws {
        try await SimulatorHarness.with { h in
            let task = try #require(try await h.client.listAllTasks().first { $0.status == .synchronizing })
            let shown = try await h.client.showTask(task.id)
            #expect(shown.id == task.id)
            let monthly = try #require(shown.monthly)
            #expect((monthly.requested ?? 0) > 0)
            let end = SimulatorHarness.nowMilliseconds
            let before = h.client.requestCount
            let stats = try await h.client.statistics(
                taskID: task.id, types: StatisticDataType.documented, start: end - 6 * 3_600_000, end: end)
            #expect(h.client.requestCount == before + 1)
            #expect(stats.timeType == .fiveMinutes)
            #expect(stats.series.map(\.dataType) == StatisticDataType.documented)
            let total = { (t: StatisticDataType) in stats[t]?.total ?? 0 }
            #expect(total(.success) + total(.failure) + total(.skip) == total(.request))
        }
    }

    @Test("stop, start with the task keys, create, delete")
    func lifecycle() async throws {
        try await SimulatorHarness.with { h in
            let tasks = try await h.client.listAllTasks()
            let running = try #require(tasks.first { $0.status == .synchronizing })
            try await h.client.stopTask(running.id)
            #expect(try await h.client.showTask(running.id).status == .stopped)
            try await h.client.startTask(running.id, credentials: SimulatorIdentity.demo.taskKeys)
            #expect(try await h.client.showTask(running.id).status == .synchronizing)

            let stopped = try #require(tasks.first { $0.status == .stopped })
            try await h.client.deleteTask(stopped.id)
            var request = CreateSyncTaskRequest(
                srcCloudType: .aws, srcRegion: "eu-west-1", srcBucket: "site", srcAK: "A", srcSK: "S", dstAK: "D",
                dstSK: "K", dstRegion: "cn-north-4", dstBucket: "site-obs", description: "静态站点")
            request.dstStoragePolicy = .infrequentAccess
            let created = try await h.client.createTask(request)
            let shown = try await h.client.showTask(created.taskID)
            #expect(shown.status == .synchronizing && shown.description == "静态站点")
        }
    }

    @Test("service errors are typed, with code, request id and a fix")
    func typedErrors() async throws {
        try await SimulatorHarness.with { h in
            do {
                _ = try await h.client.showTask("no-such-task")
                Issue.record("expected a 404")
            } catch let error as OMSError {
                #expect(error.httpStatus == 404)
                #expect(error.errorCode == "OMS.1009")
                #expect(error.requestID?.count == 32)
                #expect(error.message.contains("check the id with `omsdash list`"))
            }
            let stopped = try #require(try await h.client.listAllTasks().first { $0.status == .stopped })
            await #expect { try await h.client.stopTask(stopped.id) } throws: { ($0 as? OMSError)?.errorCode == "OMS.0071" }
        }
    }

    @Test("a wrong SK is a 401 APIGW.0301, sent once, with the fix in the message")
    func wrongSecret() async throws {
        try await SimulatorHarness.with(credentials: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: "wrong")) { h in
            do {
                _ = try await h.client.listTasks()
                Issue.record("expected a 401")
            } catch let error as OMSError {
                #expect(error.isAuthenticationFailure)
                #expect(error.errorCode == "APIGW.0301")
                #expect(error.message.contains("clock"))
                #expect(!error.message.contains("wrong"))
            }
            #expect(h.client.requestCount == 1)
        }
    }

    @Test("an IAM token is accepted as X-Auth-Token")
    func iamToken() async throws {
        var identity = SimulatorIdentity.demo
        identity.authToken = "MIIT-token"
        try await SimulatorHarness.with(credentials: .iamToken("MIIT-token"), identity: identity) { h in
            let page = try await h.client.listTasks()
            #expect(page.count == 5)
        }
    }

    @Test("temporary credentials send and sign X-Security-Token")
    func securityToken() async throws {
        let credentials = Credentials.accessKey(
            id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey, securityToken: "sts-token")
        try await SimulatorHarness.with(credentials: credentials) { h in
            let page = try await h.client.listTasks()
            #expect(page.count == 5)
        }
    }

    @Test("statistics outside the regions that offer them name those regions")
    func statisticsRegion() async throws {
        try await SimulatorHarness.with(region: "ap-southeast-1") { h in
            let id = try await h.client.listAllTasks()[0].id
            do {
                _ = try await h.client.statistics(taskID: id, types: [.request], start: 0, end: 1)
                Issue.record("expected APIGW.0101")
            } catch let error as OMSError {
                #expect(error.errorCode == "APIGW.0101")
                #expect(error.message.contains("cn-north-4, cn-east-3, cn-southwest-2"))
            }
        }
    }

    @Test("project discovery through IAM")
    func projectDiscovery() async throws {
        try await SimulatorHarness.with { h in
            let id = try await ProjectDiscovery.projectID(
                region: "cn-north-4", iamEndpoint: try Endpoint(parsing: h.server.endpoint),
                credentials: .accessKey(id: SimulatorIdentity.demo.accessKey, secret: SimulatorIdentity.demo.secretKey))
            #expect(id == SimulatorIdentity.demo.projectID)
        }
    }
}
