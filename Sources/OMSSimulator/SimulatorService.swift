import FoundationEssentials
import OMSCore
import Synchronization

/// The simulated OMS v2 API: authenticates a request, routes it to the world, and answers with
/// the documented JSON or the service's error body. Pure of sockets, so tests can call it directly.
public final class SimulatorService: Sendable {
    /// The first tenant's world: the identity's project.
    public let world: World
    /// Every tenant's world by project id, the first included: the same keys reach each, as one
    /// partner's keys reach many customers' projects.
    public let tenants: [String: World]
    public let identity: SimulatorIdentity
    /// The region the simulator pretends to be; statistics, start and stop exist only in some.
    public let region: String
    /// Every region served, `region` first: each account has a project and a world in each.
    public let regions: [String]
    /// Each project's account and region.
    let projects: [String: (account: Int, region: String)]
    /// The accounts' IAM and the ECS metadata service.
    public let iam: SimulatorIAM
    let authenticator: RequestAuthenticator
    /// The destination buckets, served on the same listener.
    let objectStorage: SimulatedObjectStorage
    private let requestCounter = Atomic<UInt64>(0)

    /// Serves `world` under the identity's project, and each of `otherTenants` under the project
    /// id `tenantProjectID(index)` gives it (1, 2, …).
    public init(
        world: World, identity: SimulatorIdentity, region: String = "cn-north-4", otherTenants: [World] = [],
        accounts: SimulatorAccounts = SimulatorAccounts(), otherRegions: [(region: String, worlds: [World])] = [],
        deniedBuckets: Set<String> = [], largeFailedList: Bool = false
    ) {
        self.world = world
        let count = otherTenants.count + 1
        var tenants = [identity.projectID: world]
        var projects = [identity.projectID: (account: 0, region: region)]
        for (index, other) in otherTenants.enumerated() {
            let project = Self.tenantProjectID(index + 1, first: identity.projectID)
            tenants[project] = other
            projects[project] = (index + 1, region)
        }
        for (offset, regional) in otherRegions.enumerated() {
            for (account, other) in regional.worlds.prefix(count).enumerated() {
                let project = Self.tenantProjectID((offset + 1) * count + account, first: identity.projectID)
                tenants[project] = other
                projects[project] = (account, regional.region)
            }
        }
        self.tenants = tenants
        self.projects = projects
        self.identity = identity
        self.region = region
        regions = [region] + otherRegions.map(\.region)
        var accounts = accounts
        accounts.count = count
        iam = SimulatorIAM(accounts: accounts, clock: world.clock)
        authenticator = RequestAuthenticator(identity: identity, projects: projects.mapValues(\.account), iam: iam)
        objectStorage = SimulatedObjectStorage(
            authenticator: ObjectStorageAuthenticator(identity: identity, iam: iam),
            worlds: projects.sorted { $0.key < $1.key }.compactMap { project, place in tenants[project].map { ($0, place.account) } },
            deniedBuckets: deniedBuckets, largeListTaskID: largeFailedList ? world.taskIDs.first : nil)
    }

    /// The project of `account` in `region`, if that region is served.
    public func projectID(account: Int, region: String) -> String? {
        guard let offset = regions.firstIndex(of: region) else { return nil }
        return Self.tenantProjectID(offset * iam.accounts.count + account, first: identity.projectID)
    }

    /// The project id of tenant `index` (0 is the identity's own): the first one's 28 first hex
    /// digits, then the index in 4 hex digits; an index at or past the one the first id ends in
    /// skips it, so that no tenant takes the first one's id.
    public static func tenantProjectID(_ index: Int, first: String) -> String {
        guard index > 0 else { return first }
        let own = Int(first.suffix(4), radix: 16).flatMap { $0 > 0 ? $0 : nil }
        let number = own.map { index >= $0 ? index + 1 : index } ?? index
        let hex = String(number, radix: 16)
        return String(first.prefix(28)) + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The region a request is for: its project's in the OMS API, the one named in project
    /// discovery; nil for anything else.
    func region(of request: SimulatorRequest) -> String? {
        if request.path.hasPrefix("/v2/") {
            let project = request.path.dropFirst(4).prefix { $0 != "/" }
            return projects[String(project)]?.region
        }
        return request.path == "/v3/projects" ? request.queryValue("name") ?? region : nil
    }

    /// How many requests were answered so far (each gets a request id).
    public var requestsServed: Int { Int(requestCounter.load(ordering: .relaxed)) }

    /// A fresh request id, 32 hex digits like the gateway's.
    func nextRequestID() -> String {
        let n = requestCounter.add(1, ordering: .relaxed).newValue
        return String(DeterministicRandom.mix(n ^ 0x0A5D_A5B0), radix: 16).leftPadded(16)
            + String(n, radix: 16).leftPadded(16)
    }

    /// Answers one request.
    public func respond(to request: SimulatorRequest) -> SimulatorResponse {
        let requestID = nextRequestID()
        if SimulatedAPI(uri: request.uri) == .obs {
            return objectStorage.respond(to: request, requestID: requestID, nowSeconds: world.clock() / 1000)
        }
        var response: SimulatorResponse
        do {
            response = try route(request)
        } catch {
            let body = APIErrorBody(
                errorCode: error.code, errorMessage: error.message, requestID: error.code.hasPrefix("APIGW") ? requestID : nil)
            response = SimulatorResponse(status: error.status, body: Self.json(body))
        }
        response.headers.append(("X-Request-Id", requestID))
        return response
    }

    private func route(_ request: SimulatorRequest) throws(SimulatorError) -> SimulatorResponse {
        let parts = request.path.split(separator: "/", omittingEmptySubsequences: false).map {
            PercentEncoding.decode($0)
        }
        let nowSeconds = world.clock() / 1000
        if let answer = try respondAsIdentityService(request, nowSeconds: nowSeconds) { return answer }
        if let answer = try respondAsOrganizations(request, nowSeconds: nowSeconds) { return answer }
        if parts.count == 3, parts[1] == "v3", parts[2] == "projects", request.method == "GET" {
            let account = try authenticator.caller(for: request, nowSeconds: nowSeconds)
            let name = request.queryValue("name") ?? region
            let projects = projectID(account: account ?? 0, region: name).map { [["id": $0, "name": name]] } ?? []
            return SimulatorResponse(status: 200, body: Self.json(["projects": projects]))
        }
        guard parts.count >= 4, parts.count <= 6, parts[0].isEmpty, parts[1] == "v2", parts[3] == "sync-tasks" else {
            throw .noSuchAPI
        }
        let account = try authenticator.caller(for: request, nowSeconds: nowSeconds)
        guard let world = tenants[parts[2]], account.map({ projects[parts[2]]?.account == $0 }) ?? true else {
            throw .unauthorized("the project id in the URI does not match the credentials' project")
        }
        let taskID = parts.count >= 5 ? parts[4] : nil
        let action = parts.count == 6 ? parts[5] : nil
        switch (request.method, taskID, action) {
        case ("GET", nil, nil): return try list(request, in: world)
        case ("POST", nil, nil): return try create(request, in: world)
        case ("GET", let id?, nil): return try show(request, id: id, in: world)
        case ("DELETE", let id?, nil):
            try world.delete(id: id)
            return SimulatorResponse(status: 200, body: [])
        case ("GET", let id?, "statistics"):
            try requireRegionalFeature(project: parts[2])
            return try statistics(request, id: id, in: world)
        case ("POST", let id?, "start"):
            try requireRegionalFeature(project: parts[2])
            try world.start(id: id, keys: try decodeBody(StartSyncTaskRequest.self, request, required: StartRules.required))
            return SimulatorResponse(status: 200, body: [])
        case ("POST", let id?, "events"):
            try requireRegionalFeature(project: parts[2])
            let names = try SyncEventsRules.names(request.body)
            try world.announce(id: id, count: names.count)
            return SimulatorResponse(status: 200, body: [])
        case ("POST", let id?, "stop"):
            try requireRegionalFeature(project: parts[2])
            try world.stop(id: id)
            return SimulatorResponse(status: 200, body: [])
        default:
            throw .noSuchAPI
        }
    }

    private func requireRegionalFeature(project: String) throws(SimulatorError) {
        guard ServiceFailure.regionsWithStatistics.contains(projects[project]?.region ?? region) else { throw .noSuchAPI }
    }

    private func list(_ request: SimulatorRequest, in world: World) throws(SimulatorError) -> SimulatorResponse {
        let limit = try integer(request, "limit", default: 10, range: 1...100)
        let offset = try integer(request, "offset", default: 0, range: 0...10_000)
        var status: SyncTaskStatus?
        if let text = request.queryValue("status"), !text.isEmpty {
            status = SyncTaskStatus(rawValue: text)
            guard status!.isDocumented else { throw .invalidParameter("status must be SYNCHRONIZING or STOPPED.") }
        }
        return try encode(world.list(limit: limit, offset: offset, status: status))
    }

    private func show(_ request: SimulatorRequest, id: String, in world: World) throws(SimulatorError) -> SimulatorResponse {
        guard let text = request.queryValue("query_time"), let time = Int64(text), time >= 0 else {
            throw .invalidParameter("query_time is required: a time in milliseconds.")
        }
        return try encode(world.show(id: id, queryTime: time))
    }

    private func statistics(_ request: SimulatorRequest, id: String, in world: World) throws(SimulatorError) -> SimulatorResponse {
        guard let typeText = request.queryValue("data_type"), !typeText.isEmpty else {
            throw .invalidParameter("data_type is required.")
        }
        let types = typeText.split(separator: ",").map { StatisticDataType(rawValue: String($0)) }
        guard !types.isEmpty, types.allSatisfy(\.isDocumented) else {
            throw .invalidParameter("data_type must be a comma-separated list of REQUEST, SUCCESS, FAILURE, SKIP, SIZE.")
        }
        guard let startText = request.queryValue("start_time"), let start = Int64(startText), start >= 0,
            let endText = request.queryValue("end_time"), let end = Int64(endText), end >= start
        else {
            throw .invalidParameter("start_time and end_time are required, in milliseconds, start before end.")
        }
        let statistics = try world.statistics(id: id, types: types, start: start, end: end)
        return SimulatorResponse(status: 200, body: StatisticsBodyWriter.json(statistics))
    }

    private func create(_ request: SimulatorRequest, in world: World) throws(SimulatorError) -> SimulatorResponse {
        let body = try decodeBody(CreateSyncTaskRequest.self, request, required: CreateRules.required)
        try CreateRules.validate(body)
        return try encode(CreateSyncTaskResponse(taskID: try world.create(body)))
    }

    private func integer(_ request: SimulatorRequest, _ name: String, default value: Int, range: ClosedRange<Int>)
        throws(SimulatorError) -> Int
    {
        guard let text = request.queryValue(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw .invalidParameter("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }

    private func decodeBody<T: Decodable>(_ type: T.Type, _ request: SimulatorRequest, required: [String])
        throws(SimulatorError) -> T
    {
        guard let object = try? JSONInput.decode([String: JSONValue].self, from: Data(request.body)) else {
            throw .invalidParameter("The request body must be a JSON object.")
        }
        for field in required where object[field]?.stringValue?.isEmpty ?? true {
            throw .invalidParameter("\(field) is required.")
        }
        do {
            return try JSONInput.decode(T.self, from: Data(request.body))
        } catch {
            throw .invalidParameter("The request body does not match the API.")
        }
    }

    private func encode(_ value: some Encodable) throws(SimulatorError) -> SimulatorResponse {
        guard let data = try? JSONEncoder().encode(value) else {
            throw SimulatorError(status: 500, code: "OMS.0001", message: "System error.")
        }
        return SimulatorResponse(status: 200, body: Array(data))
    }

    /// A value as JSON bytes, keys sorted.
    static func json(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array((try? encoder.encode(value)) ?? Data("{}".utf8))
    }
}

/// The rules of the start body.
enum StartRules {
    static let required = ["src_ak", "src_sk", "dst_ak", "dst_sk"]
}

/// The create body checked as the service checks it: the first rule broken is the answer.
enum CreateRules {
    static let required = CreateTaskRules.requiredFields

    static func validate(_ body: CreateSyncTaskRequest) throws(SimulatorError) {
        if let description = body.description {
            try checkLength("description", description)
            guard !description.contains(where: CreateTaskRules.forbiddenDescriptionCharacters.contains) else {
                throw SimulatorError(
                    status: 400, code: "OMS.0078",
                    message: "The description cannot contain the following special characters: <>()\"'&")
            }
        }
        if let cloud = body.srcCloudType, !cloud.isDocumented {
            throw .invalidParameter("src_cloud_type \(cloud) is not supported.")
        }
        if body.srcCloudType == .tencent, body.appID?.isEmpty ?? true {
            throw .invalidParameter("app_id is required when src_cloud_type is Tencent.")
        }
        let strings = [
            ("src_region", body.srcRegion), ("src_bucket", body.srcBucket), ("src_ak", body.srcAK),
            ("src_sk", body.srcSK.reveal()), ("dst_ak", body.dstAK), ("dst_sk", body.dstSK.reveal()),
            ("dst_region", body.dstRegion), ("dst_bucket", body.dstBucket), ("app_id", body.appID ?? ""),
        ]
        for (name, value) in strings { try checkLength(name, value) }
        if let policy = body.dstStoragePolicy, !policy.isDocumented {
            throw .invalidParameter("dst_storage_policy \(policy) is not supported.")
        }
        if let check = body.consistencyCheck, !check.isDocumented {
            throw .invalidParameter("consistency_check \(check) is not supported.")
        }
        if let cdn = body.sourceCDN {
            guard !cdn.domain.isEmpty, CreateTaskRules.cdnProtocols.contains(cdn.protocol), cdn.authenticationType.isDocumented
            else {
                throw .invalidParameter("source_cdn needs a domain, protocol http or https, and a known authentication_type.")
            }
            try checkLength("domain", cdn.domain)
            try checkLength("authentication_key", cdn.authenticationKey?.reveal() ?? "")
        }
    }

    private static func checkLength(_ name: String, _ value: String) throws(SimulatorError) {
        guard let limit = CreateTaskRules.maximumLengths[name], value.count > limit else { return }
        throw .invalidParameter("\(name) must be at most \(limit) characters.")
    }
}

/// The CreateSyncEvents body checked as the service checks it: 1 to 10 names, each non-empty,
/// decodable and at most 16,384 characters once encoded.
enum SyncEventsRules {
    /// The names of the body, decoded; or the first rule broken.
    static func names(_ body: [UInt8]) throws(SimulatorError) -> [String] {
        guard let request = try? JSONInput.decode(CreateSyncEventsRequest.self, from: Data(body)) else {
            throw .invalidParameter("The request body must be a JSON object with object_keys, an array of strings.")
        }
        let limit = CreateSyncEventsRequest.maxObjectsPerCall
        guard (1...limit).contains(request.objectKeys.count) else {
            throw .invalidParameter("object_keys must hold 1 to \(limit) object names.")
        }
        for key in request.objectKeys {
            do {
                _ = try SyncObjectName.key(for: key, alreadyEncoded: true)
            } catch {
                throw .invalidParameter("object_keys: \(key.prefix(64)): \(error.message).")
            }
        }
        return request.names
    }
}
