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
    // The C ABI (include/monty.h). SwiftPM names the file lib<product>.so and product names must
    // differ from the executable's, hence "libmonty" (see Tests/cabi/run.sh for the file it makes).
    .library(name: "libmonty", type: .dynamic, targets: ["MontyC"]),
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
    // libffi for native functions of the C ABI (Debian: libffi-dev, installed by .ci/run).
    .systemLibrary(name: "CFFI", path: "Sources/CFFI", providers: [.apt(["libffi-dev"])]),
    // include/monty.h as a module, so the C ABI's Swift side reads the header's own types.
    .systemLibrary(name: "CMontyABI", path: "Sources/CMontyABI"),
    // The C ABI: imports only the public `Monty` module (the ABI is a wall, not a window).
    // Its ELF soname is libmonty.so whatever SwiftPM calls the file, so clients record that name.
    .target(name: "MontyC", dependencies: ["Monty", "CFFI", "CMontyABI"], swiftSettings: optimized,
            linkerSettings: [.unsafeFlags(["-Xlinker", "-soname=libmonty.so"], .when(platforms: [.linux]))]),
    .executableTarget(name: "monty", dependencies: ["Monty", "CReadline"], swiftSettings: optimized),
    .testTarget(name: "MontySyntaxTests", dependencies: ["MontySyntax"]),
    .testTarget(name: "MontyVMTests",
                dependencies: ["MontyVM", "MontyCompiler", "MontySyntax", .product(name: "BigInt", package: "BigInt")]),
    .testTarget(name: "MontyTests", dependencies: ["Monty"]),
    // Data-driven: every Conformance/ case through the parser (MontySyntax) and through the CLI's run path (Monty).
    .testTarget(name: "ConformanceTests", dependencies: ["MontySyntax", "Monty"]),
  ]
)
