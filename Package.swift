// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "omsdash",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "omsdash", targets: ["omsdash"]),
        .library(name: "OMSCore", targets: ["OMSCore"]),
        .library(name: "ExporterCore", targets: ["ExporterCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.27.0"),
    ],
    targets: [
        .plugin(name: "BuildInfo", capability: .buildTool()),
        .target(name: "OMSWords"),
        .target(
            name: "OMSCore",
            dependencies: [
                "OMSWords",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            plugins: ["BuildInfo"]
        ),
        .target(
            name: "OMSSimulator",
            dependencies: [
                "OMSCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "MonitorCore", dependencies: ["OMSCore", .product(name: "HeapModule", package: "swift-collections")]),
        .target(name: "DashboardCore", dependencies: ["MonitorCore", "OMSCore"]),
        .target(name: "MonitorRuntime", dependencies: ["MonitorCore", "OMSCore"]),
        .systemLibrary(name: "CCrypt"),
        .target(
            name: "ExporterCore",
            dependencies: ["CCrypt", "MonitorCore", "OMSCore", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "DashboardRuntime", dependencies: ["DashboardCore", "MonitorCore", "MonitorRuntime", "OMSCore"]),
        .systemLibrary(name: "CNCursesW"),
        .target(name: "TerminalUI", dependencies: ["CNCursesW", "DashboardCore", "OMSCore"]),
        .executableTarget(
            name: "omsdash",
            dependencies: [
                "OMSCore", "OMSSimulator", "MonitorCore", "MonitorRuntime", "ExporterCore", "DashboardCore",
                "DashboardRuntime", "TerminalUI",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildInfo"]
        ),
        .executableTarget(
            name: "omsdash-bench",
            dependencies: ["OMSCore", "OMSSimulator", "MonitorCore", "ExporterCore", "DashboardCore", "DashboardRuntime"]
        ),
        .testTarget(name: "OMSCoreTests", dependencies: ["OMSCore"]),
        .testTarget(name: "OMSSimulatorTests", dependencies: ["OMSSimulator", "OMSCore"]),
        .testTarget(name: "MonitorCoreTests", dependencies: ["MonitorCore", "OMSCore"]),
        .testTarget(name: "ExporterCoreTests", dependencies: ["ExporterCore", "MonitorCore", "OMSCore"]),
        .testTarget(name: "MonitorRuntimeTests", dependencies: ["MonitorRuntime", "MonitorCore", "OMSCore", "OMSSimulator"]),
        .testTarget(
            name: "DashboardRuntimeTests", dependencies: ["DashboardRuntime", "DashboardCore", "MonitorCore", "OMSCore", "OMSSimulator"]),
        .testTarget(
            name: "DashboardCoreTests", dependencies: ["DashboardCore", "MonitorCore", "OMSCore"], exclude: ["Golden"]),
        .testTarget(name: "EndToEndTests", dependencies: ["OMSCore"]),
    ]
)
