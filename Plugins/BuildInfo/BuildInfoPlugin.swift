import Foundation
import PackagePlugin

/// Writes what a build of omsdash must know about itself before it compiles: the version, read from
/// the top entry of `packaging/changelog` (the one place a release names it), into OMSCore; and the
/// commit the tree was at, with whether it had uncommitted changes, into the `omsdash` executable.
///
/// It runs before every build (a prebuild command), and rewrites a file only when its contents
/// change, so an unchanged tree recompiles nothing.
@main
struct BuildInfoPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = context.package.directoryURL.appending(path: "Plugins/BuildInfo/write-build-info.sh")
        let kind = target.name == "OMSCore" ? "version" : "commit"
        return [
            .prebuildCommand(
                displayName: "Writing the build's \(kind) for \(target.name)",
                executable: URL(filePath: "/bin/sh"),
                arguments: [
                    script.path(percentEncoded: false), kind,
                    context.package.directoryURL.path(percentEncoded: false),
                    output.path(percentEncoded: false),
                ],
                outputFilesDirectory: output
            )
        ]
    }
}
