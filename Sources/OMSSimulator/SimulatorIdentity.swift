import OMSCore

/// Who the simulator accepts: one AK/SK, one project, optionally an IAM token, and the keys that
/// start its demo tasks.
public struct SimulatorIdentity: Sendable {
    public var accessKey: String
    public var secretKey: Secret
    public var projectID: String
    /// An IAM token accepted as `X-Auth-Token`, if any.
    public var authToken: Secret?
    /// The keys the demo tasks were created with; start must send these.
    public var taskKeys: StartSyncTaskRequest

    public init(
        accessKey: String = Self.demo.accessKey, secretKey: Secret = Self.demo.secretKey,
        projectID: String = Self.demo.projectID, authToken: Secret? = nil,
        taskKeys: StartSyncTaskRequest = Self.demo.taskKeys
    ) {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.projectID = projectID
        self.authToken = authToken
        self.taskKeys = taskKeys
    }

    /// The fixed, documented demo identity.
    public static let demo = SimulatorIdentity(
        accessKey: "OMSDASHDEMOAK0000001", secretKey: "omsdash-demo-secret-key-0000000000000000",
        projectID: "0b5c3a7e9d214f6c8a1e2b3c4d5e1f23", authToken: nil,
        taskKeys: StartSyncTaskRequest(
            srcAK: "DEMOSRCAK00000000001", srcSK: "demo-source-secret",
            dstAK: "DEMODSTAK00000000001", dstSK: "demo-destination-secret"))
}
