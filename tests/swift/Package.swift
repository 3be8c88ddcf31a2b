// swift-tools-version:5.9
// The generated Swift bindings and their tests, built with `swift test` on Linux against the same
// libcml_ffi.so the apps ship. scripts/swift-test fills Sources/ from bindings/generated/swift and
// runs this in a Debian 13 chroot with Swift 6.0.3.
import PackageDescription

let libDir = Context.environment["CML_LIB_DIR"] ?? "../../target/debug"

let package = Package(
    name: "CmlSwiftTests",
    platforms: [.macOS(.v12), .iOS(.v15)],
    targets: [
        .systemLibrary(name: "CmlFFI", path: "Sources/CmlFFI"),
        .systemLibrary(name: "cml_coreFFI", path: "Sources/cml_coreFFI"),
        .target(
            name: "Cml",
            dependencies: ["CmlFFI", "cml_coreFFI"],
            path: "Sources/Cml",
            swiftSettings: [.unsafeFlags(["-suppress-warnings"])],
            linkerSettings: [.unsafeFlags(["-L", libDir, "-lcml_ffi", "-Xlinker", "-rpath", "-Xlinker", libDir])]
        ),
        .testTarget(name: "CmlTests", dependencies: ["Cml"], path: "Tests/CmlTests"),
    ]
)
