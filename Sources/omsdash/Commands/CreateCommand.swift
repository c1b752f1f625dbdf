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

    func run() async {
        await CommandRunner.run {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CommandFailure.usage(Wording(.failureUnreadableFile, ["path": file]))
            }
            let request = try CreateTaskFile.request(
                from: Array(data), path: file, environment: ProcessInfo.processInfo.environment)
            let settings = try await connection.settings()
            guard settings.profiles.count == 1 else {
                throw CommandFailure.usage(Wording(.failureSeveralProfiles))
            }
            let answer = try await ClientFactory.withClient(for: settings.profiles[0], settings: settings) {
                try await $0.createTask(request)
            }
            Console.line(format == .json ? try JSONOutput.string(answer) : "created \(answer.taskID)")
        }
    }
}
