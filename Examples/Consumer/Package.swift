// swift-tools-version:6.0
//
// A program that embeds Pomoc the way any Swift package would: a dependency by path (a git URL
// works the same), the products `Pomoc` (the rules) and `PomocFormats` (JSON parameter files),
// and only their public API.

import PackageDescription

let package = Package(
  name: "Consumer",
  dependencies: [
    .package(name: "Pomoc", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "Consumer",
      dependencies: [
        .product(name: "Pomoc", package: "Pomoc"),
        .product(name: "PomocFormats", package: "Pomoc"),
      ],
      resources: [.copy("parameters.json")]
    )
  ]
)
