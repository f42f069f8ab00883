// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mmbook",
    products: [
        .executable(name: "mmbook", targets: ["mmbook"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", exact: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "PageAlloc"),
        .target(
            name: "Scenario", dependencies: ["PageAlloc", "Diagrams"], resources: [.copy("Catalog/KernelSymbols.json")]),
        .target(name: "Diagrams", dependencies: ["PageAlloc"]),
        .target(
            name: "NoteBook",
            dependencies: [
                "CCmark", "PageAlloc", "Scenario", "Diagrams", .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "mmbook",
            dependencies: [
                "NoteBook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release mmbook-bench`: the benchmark of issue 12 (README, "Benchmarks").
        // No test depends on it; its C baseline (Benchmarks/cbaseline) is compiled at run time.
        .executableTarget(
            name: "mmbook-bench",
            dependencies: [
                "PageAlloc", "Scenario", "NoteBook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/mmbook-bench"
        ),
        // `Fuzz/run.sh TARGET SECONDS`: libFuzzer targets of issue 13 (README, "Limits and
        // fuzzing"); built plainly it replays saved inputs.
        .executableTarget(name: "mmbook-fuzz", dependencies: ["NoteBook", "Scenario"], path: "Fuzz/mmbook-fuzz"),
        .testTarget(name: "PageAllocTests", dependencies: ["PageAlloc"], resources: [.copy("Fixtures")]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "TestSupport"]),
        .testTarget(name: "DiagramsTests", dependencies: ["Diagrams"]),
        // Fixtures and Goldens are read through #filePath (the golden site test re-records them).
        .testTarget(name: "NoteBookTests", dependencies: ["NoteBook", "TestSupport"], exclude: ["Fixtures", "Goldens"]),
    ],
    swiftLanguageModes: [.v6]
)
