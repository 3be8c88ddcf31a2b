// swift-tools-version:6.0
// CMLKit: everything of the iPhone app that is not a view. The generated Swift bindings (module
// Cml), the view models, the Keychain secret store. The app target (project.yml) holds the
// SwiftUI views and the entry point.
//
// The generated files are not checked in: scripts/ios-test (Linux) and scripts/build-xcframework
// (a Mac) copy them from CML_BINDINGS_DIR/swift, made from the very library they link against.
//
// On Linux (scripts/ios-test, Swift 6.0.3 from Debian 13) the library is the host build,
// libcml_ffi.so in CML_LIB_DIR. On Apple platforms it is ../Frameworks/CmlRust.xcframework.
import PackageDescription

#if os(Linux)
let libDir = Context.environment["CML_LIB_DIR"] ?? "../../target/debug"
let ffiTargets: [Target] = [
    .systemLibrary(name: "CmlFFI", path: "Sources/CmlFFI"),
    .systemLibrary(name: "cml_coreFFI", path: "Sources/cml_coreFFI"),
]
let ffiDependencies: [Target.Dependency] = ["CmlFFI", "cml_coreFFI"]
let generatedSettings: [SwiftSetting] = [.swiftLanguageMode(.v5), .unsafeFlags(["-suppress-warnings"])]
let ffiLinker: [LinkerSetting] = [
    .unsafeFlags(["-L", libDir, "-lcml_ffi", "-Xlinker", "-rpath", "-Xlinker", libDir]),
]
#else
// Made by scripts/build-xcframework: libcml_ffi.a for iOS devices and simulators, with both
// FFI headers and one module map declaring CmlFFI and cml_coreFFI.
let ffiTargets: [Target] = [
    .binaryTarget(name: "CmlRust", path: "../Frameworks/CmlRust.xcframework"),
]
let ffiDependencies: [Target.Dependency] = ["CmlRust"]
let generatedSettings: [SwiftSetting] = [.swiftLanguageMode(.v5)]
let ffiLinker: [LinkerSetting] = []
#endif

let package = Package(
    name: "CMLKit",
    defaultLocalization: "en",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [
        .library(name: "CMLKit", targets: ["CMLKit"]),
    ],
    targets: ffiTargets + [
        // The generated bindings, in Swift 5 mode: the generator's output is not ours to change.
        .target(
            name: "Cml",
            dependencies: ffiDependencies,
            path: "Sources/Cml",
            swiftSettings: generatedSettings,
            linkerSettings: ffiLinker
        ),
        // Defines swift::threading::fatal on Linux only (see shims.c).
        .target(name: "CMLShims", path: "Sources/CMLShims"),
        .target(
            name: "CMLKit",
            dependencies: ["Cml", "CMLShims"],
            path: "Sources/CMLKit"
        ),
        .testTarget(
            name: "CMLKitTests",
            dependencies: ["CMLKit", "Cml"],
            path: "Tests/CMLKitTests"
        ),
    ]
)
