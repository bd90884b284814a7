// swift-tools-version:6.0
//
// Pomoc — Polish social-assistance rules (pomoc społeczna) as an embeddable Swift library.
// No package dependencies: only the Swift toolchain.

import PackageDescription

let package = Package(
  name: "Pomoc",
  products: [
    .library(name: "Pomoc", targets: ["Pomoc"]),
    .executable(name: "pomoc", targets: ["pomoc"]),
    .executable(name: "pomoc-benchmark", targets: ["PomocBenchmark"]),
  ],
  targets: [
    // The rules core: no Foundation, so it embeds anywhere.
    .target(name: "Pomoc", path: "Sources/Pomoc"),
    // The command-line tool (`pomoc evaluate`, `pomoc explain`, …).
    .executableTarget(name: "pomoc", dependencies: ["Pomoc"], path: "Sources/pomoc"),
    // Measures speed and memory; run in release (see Benchmarks/README.md).
    .executableTarget(
      name: "PomocBenchmark", dependencies: ["Pomoc", "MallocCounter"], path: "Benchmarks/PomocBenchmark"),
    // Counts allocations for the benchmark (C, glibc); not part of the library.
    .target(name: "MallocCounter", path: "Benchmarks/MallocCounter"),
    .testTarget(name: "PomocTests", dependencies: ["Pomoc"], path: "Tests/PomocTests"),
  ]
)
