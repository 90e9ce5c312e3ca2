// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "FactKit",
    products: [
        .library(name: "FactKit", targets: ["FactKit"]),
        .executable(name: "factx", targets: ["factx"]),
        .executable(name: "factx-train", targets: ["factx-train"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // `swift package generate-documentation --target FactKit` (a command plugin: no part of the build).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The only place ICU's C headers are seen. Its public header uses plain C types.
        .target(
            name: "CICUShim",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        // The language data (numerals, units, metric cues, companies) as plain text files in Dictionaries/data,
        // compiled into the binary at build time by the EmbedDictionaries plugin: a copied factx is self-contained.
        .target(
            name: "FactKitDictionaries",
            path: "Dictionaries",
            exclude: ["README.md", "scripts", "data"],
            plugins: ["EmbedDictionaries"]
        ),
        // Runs Dictionaries/scripts/embed-dictionaries.sh: the files of Dictionaries/data as one Swift source.
        .plugin(
            name: "EmbedDictionaries",
            capability: .buildTool(),
            path: "Sources/EmbedDictionaries"
        ),
        .target(
            name: "FactKit",
            dependencies: ["CICUShim", "FactKitDictionaries"]
        ),
        .executableTarget(
            name: "factx",
            dependencies: [
                "FactKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Throughput, memory and load-time figures against bare ICU word segmentation.
        .executableTarget(name: "factx-bench", dependencies: ["FactKit", "CICUShim"]),
        // Fits the company decision's weights (Dictionaries/data/weights/company.tsv) from shared/gold; --folds K cross-validates.
        .executableTarget(name: "factx-train", dependencies: ["FactKit"]),
        // The small program of Examples/library-usage: FactKit used as a library.
        .executableTarget(name: "factkit-example", dependencies: ["FactKit"], path: "Examples/library-usage", exclude: ["README.md"]),
        // The fuzz harness (Tests/fuzz/README.md): libFuzzer's target when built with -DFUZZING and
        // --sanitize=fuzzer, else a program that replays corpus files through the same harness.
        .executableTarget(name: "factkit-fuzz", dependencies: ["FactKit"], path: "Tests/fuzz/Harness"),
        .testTarget(name: "FactKitTests", dependencies: ["FactKit", "FactKitDictionaries"]),
        .testTarget(name: "factxTests", dependencies: ["factx", "FactKit"]),
    ]
)
