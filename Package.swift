// swift-tools-version:6.0
//
// Pomoc — Polish means-tested benefit rules (pomoc społeczna) as an embeddable Swift library.
// No package dependencies: only the Swift toolchain.

import PackageDescription

let package = Package(
  name: "Pomoc",
  products: [
    // The rules: imports only the Swift standard library, builds for any Swift platform.
    .library(name: "Pomoc", targets: ["Pomoc"]),
    // Household CSV/JSONL and the JSON documents over bytes, for hosts that stream files.
    .library(name: "PomocFormats", targets: ["PomocFormats"]),
    .executable(name: "pomoc", targets: ["PomocCLI"]),
    .executable(name: "pomoc-benchmark", targets: ["PomocBenchmark"]),
  ],
  targets: [
    // The rules core: no Foundation, no platform module, no file access.
    .target(name: "Pomoc", path: "Sources/Pomoc"),
    // Formats: CSV, JSONL and JSON reading and writing over bytes; streaming batch over chunks.
    .target(name: "PomocFormats", dependencies: ["Pomoc"], path: "Sources/PomocFormats"),
    // Generated populations for the tests and the benchmark (not part of the library).
    .target(name: "PomocTestSupport", dependencies: ["Pomoc", "PomocFormats"], path: "Sources/PomocTestSupport"),
    // The command-line tool: files, pipes, threads, progress and exit status.
    // (The module is PomocCLI so that it never clashes with Pomoc on a case-insensitive disk.)
    .executableTarget(name: "PomocCLI", dependencies: ["Pomoc", "PomocFormats"], path: "Sources/pomoc"),
    // Measures speed and memory; run in release (see Benchmarks/README.md).
    .executableTarget(
      name: "PomocBenchmark", dependencies: ["Pomoc", "PomocFormats", "PomocTestSupport", "MallocCounter"],
      path: "Benchmarks/PomocBenchmark"),
    // Counts allocations for the benchmark where glibc is present; reports "not available" elsewhere.
    .target(name: "MallocCounter", path: "Benchmarks/MallocCounter"),
    .testTarget(
      name: "PomocTests", dependencies: ["Pomoc", "PomocFormats", "PomocTestSupport", "PomocCLI"],
      path: "Tests/PomocTests",
      // Read by path in the tests (input files with their hand-written expected output).
      exclude: ["Corpus"]),
  ]
)
