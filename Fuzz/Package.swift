// swift-tools-version:6.1
// The fuzz targets of omsdash: each executable feeds libFuzzer's inputs to one parser of outside input
// and stops on any crash or broken rule. Build and run them with ./scripts/fuzz.
import PackageDescription

let targets = [
    "FuzzAnswers", "FuzzConfig", "FuzzTimeArgument", "FuzzSecretReference", "FuzzPercentEncoding",
    "FuzzCanonicalRequest", "FuzzCreateBody", "FuzzSyncObjectNames", "FuzzStatisticsBody", "FuzzCredentials", "FuzzObjectLists",
    "FuzzWebConfig",
]

let package = Package(
    name: "omsdash-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "omsdash", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "OMSCore", package: "omsdash")])
    ] + targets.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "OMSCore", package: "omsdash"), .product(name: "ExporterCore", package: "omsdash")])
    }
)
