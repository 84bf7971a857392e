// swift-tools-version:6.1
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Switchboard",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "switchboard", targets: ["switchboard"]),
        .library(name: "SwitchboardCore", targets: ["SwitchboardCore"]),
        .library(name: "SwitchboardBridge", targets: ["SwitchboardBridge"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The engine: definitions, text, matching, retrieval, dialogue, handoff. No terminal, no stdout.
        .target(
            name: "SwitchboardCore",
            dependencies: [
                .product(name: "Collections", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // Test doubles every test target shares: a manual clock, in-memory stores.
        .target(
            name: "SwitchboardTesting",
            dependencies: ["SwitchboardCore"],
            swiftSettings: strictSettings
        ),
        // GNU readline, kept out of the core and the bridge (GPL; terminal only).
        .systemLibrary(
            name: "CReadline",
            providers: [.apt(["libreadline-dev"]), .brew(["readline"])]
        ),
        // The JSON Lines bridge front end: wire types, sessions, the stdin/stdout loop.
        .target(
            name: "SwitchboardBridge",
            dependencies: [
                "SwitchboardCore",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        // The readline REPL front end.
        .target(
            name: "SwitchboardTerminal",
            dependencies: ["SwitchboardCore", "CReadline"],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "switchboard",
            dependencies: [
                "SwitchboardCore",
                "SwitchboardTerminal",
                "SwitchboardBridge",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SwitchboardCoreTests",
            dependencies: [
                "SwitchboardCore", "SwitchboardTesting",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "InMemoryLogging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SwitchboardTerminalTests",
            dependencies: [
                "SwitchboardTerminal", "SwitchboardCore", "SwitchboardTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "SwitchboardBridgeTests",
            dependencies: [
                "SwitchboardBridge", "SwitchboardCore", "SwitchboardTesting",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "switchboardTests",
            dependencies: ["switchboard", "SwitchboardCore", "SwitchboardTesting"],
            swiftSettings: strictSettings
        ),
    ]
)
