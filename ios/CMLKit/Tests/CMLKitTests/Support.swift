import Cml
import CMLKit
import Foundation
import XCTest

/// A real hub on 127.0.0.1: the cml-hub program with demo data, a throwaway database.
final class TestHub {
    private let process = Process()
    let url: String
    private let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cmlkit-hub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let bin = ProcessInfo.processInfo.environment["CML_HUB_BIN"] ?? "../../target/debug/cml-hub"
        process.executableURL = URL(fileURLWithPath: bin)
        process.arguments = ["serve", "--demo", "--listen", "127.0.0.1:0", "--database", "sqlite:\(folder.path)/hub.db"]
        var env = ProcessInfo.processInfo.environment
        env["CML_HUB_PIN_HASH_KIB"] = "256"
        env["CML_LOG"] = "warn"
        process.environment = env
        // The hub prints "Demo hub at http://127.0.0.1:PORT" once it listens.
        let log = folder.appendingPathComponent("hub.out")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        try process.run()
        var found: String?
        for _ in 0..<600 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(of: "\n") {
                found = String(text[start.lowerBound..<end])
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let found else { throw NSError(domain: "the hub did not start", code: 1) }
        url = found
    }

    /// No signal from now on.
    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The demo people (server/src/demo.rs).
enum Demo {
    static let member = ("2100000001", "1234")  // Margaret Hughes
    static let reader = ("2100000002", "2468")  // Arthur Bennett, housebound
    static let carer = ("2100000003", "1357")  // Susan Bennett, acts for Arthur
    static let volunteer = ("2100000004", "8642")  // Priya Shah
    static let coordinator = ("2100000005", "9753")  // Tom Wright
}

/// A test case with a real hub; each test makes phones (one core each) and signs in.
class HubTestCase: XCTestCase {
    // Started in the synchronous setUp: starting a process from inside an async test hangs with
    // swift-corelibs-foundation.
    var hub: TestHub!

    override func setUpWithError() throws {
        hub = try TestHub()
    }

    override func tearDown() {
        hub = nil
    }

    /// A phone: its own device store, pointed at the test hub.
    func phone(language: String? = nil) throws -> AppCore {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cmlkit-device-\(UUID().uuidString)")
        return try AppCore.open(dataDir: dir.path, hubUrl: hub.url, language: language, deviceName: "CMLKit test")
    }

    /// A phone signed in as `who`, with its first sync done.
    @MainActor
    func signedIn(_ who: (String, String), language: String? = nil) async throws -> AppCore {
        let core = try phone(language: language)
        let signIn = SignInViewModel(core: core)
        signIn.send(.setCard(who.0))
        signIn.send(.setPin(who.1))
        await signIn.send(.signIn).value
        XCTAssertNil(signIn.state.status.problem, "signing in as \(who.0)")
        _ = try await core.app.sync(listener: nil)
        return core
    }
}
