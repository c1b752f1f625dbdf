import ArgumentParser
import FoundationEssentials
import OMSCore

/// `omsdash create --file task.json`: creates a sync task from a JSON body.
struct CreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a sync task from a JSON file with the API's create body; OMS starts it at once.",
        discussion: """
            Any key (src_ak, src_sk, dst_ak, dst_sk, source_cdn.authentication_key) may be written \
            "env:NAME" to read it from the environment.

            Example task.json:
              {"src_cloud_type": "Aliyun", "src_region": "cn-beijing", "src_bucket": "logs",
               "src_ak": "env:SRC_AK", "src_sk": "env:SRC_SK", "dst_ak": "env:DST_AK", "dst_sk": "env:DST_SK",
               "dst_region": "cn-north-4", "dst_bucket": "logs-obs", "description": "nightly logs"}

              omsdash create --file task.json
            """
    )

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "JSON file with the create body.") var file: String
    @Option(help: "Output: table or json.") var format: OutputFormat = .table

    static let secretFields = ["src_ak", "src_sk", "dst_ak", "dst_sk", "authentication_key"]

    func run() async {
        await CommandRunner.run {
            let request = try Self.readRequest(path: file, environment: ProcessInfo.processInfo.environment)
            let settings = try connection.settings()
            guard settings.profiles.count == 1 else {
                throw CommandFailure.usage("several profiles in the config: name one with --profile")
            }
            let answer = try await ClientFactory.withClient(for: settings.profiles[0], settings: settings) {
                try await $0.createTask(request)
            }
            Console.line(format == .json ? try JSONOutput.string(answer) : "created \(answer.taskID)")
        }
    }

    /// The create body of a file, with "env:NAME" references resolved.
    static func readRequest(path: String, environment: [String: String]) throws -> CreateSyncTaskRequest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.usage("\(path): cannot read the file")
        }
        guard var object = try? JSONDecoder().decode([String: JSONValue].self, from: data) else {
            throw CommandFailure.usage("\(path): not a JSON object")
        }
        try resolveReferences(in: &object, environment: environment, path: path)
        if case .object(var cdn)? = object["source_cdn"] {
            try resolveReferences(in: &cdn, environment: environment, path: path)
            object["source_cdn"] = .object(cdn)
        }
        do {
            let resolved = try JSONEncoder().encode(object)
            return try JSONDecoder().decode(CreateSyncTaskRequest.self, from: resolved)
        } catch let DecodingError.keyNotFound(key, _) {
            throw CommandFailure.usage("\(path): \(key.stringValue) is required")
        } catch {
            throw CommandFailure.usage("\(path): does not match the create body of the API")
        }
    }

    private static func resolveReferences(in object: inout [String: JSONValue], environment: [String: String], path: String)
        throws
    {
        for field in secretFields {
            guard let text = object[field]?.stringValue, text.hasPrefix("env:") else { continue }
            let name = String(text.dropFirst(4))
            guard let value = environment[name], !value.isEmpty else {
                throw CommandFailure.usage("\(path): \(field) refers to \(name), which is not set: export it")
            }
            object[field] = .string(value)
        }
    }
}
