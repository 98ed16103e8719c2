// swift-tools-version:6.1
// Monty for Swift: a sandboxed interpreter for a subset of Python 3.
// Layers (DESIGN.md): MontySyntax -> MontyCompiler -> MontyVM -> Monty (public ABI) -> clients / CLI.
// The dependency arrows below are the only imports allowed between layers.
import PackageDescription

let optimized: [SwiftSetting] = [
  .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "Monty",
  products: [
    .library(name: "Monty", targets: ["Monty"]),
    .executable(name: "monty", targets: ["monty"]),
  ],
  dependencies: [
    // Arbitrary-precision integers for Python's int beyond Int64 (the VM core's only dependency).
    .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
  ],
  targets: [
    .target(name: "MontySyntax", swiftSettings: optimized),
    // GNU readline for the REPL (Debian: libreadline-dev, installed by .ci/run).
    .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
    .target(name: "MontyCompiler", dependencies: ["MontySyntax"], swiftSettings: optimized),
    .target(name: "MontyVM", dependencies: ["MontyCompiler", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: optimized),
    .target(name: "Monty", dependencies: ["MontyVM"], swiftSettings: optimized),
    .executableTarget(name: "monty", dependencies: ["Monty", "CReadline"], swiftSettings: optimized),
    .testTarget(name: "MontySyntaxTests", dependencies: ["MontySyntax"]),
    .testTarget(name: "MontyVMTests", dependencies: ["MontyVM", "MontyCompiler", "MontySyntax",
                                                  .product(name: "BigInt", package: "BigInt")]),
    .testTarget(name: "MontyTests", dependencies: ["Monty"]),
    // Data-driven: every Conformance/ case through the parser (MontySyntax) and through the CLI's run path (Monty).
    .testTarget(name: "ConformanceTests", dependencies: ["MontySyntax", "Monty"]),
  ]
)
