import CMLKit
import Foundation
import XCTest

/// The token goes to the app's secret store (the Keychain on the iPhone), and signing out takes it away.
final class SecretStoreTests: HubTestCase {
    @MainActor
    func testTheTokenLivesInTheSecretStoreNotTheDeviceFiles() async throws {
        let secrets = MemorySecretStore()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cmlkit-secrets-\(UUID().uuidString)")
        let core = try AppCore.open(dataDir: dir.path, hubUrl: hub.url, secrets: secrets)
        let signIn = SignInViewModel(core: core)
        signIn.send(.setCard(Demo.member.0))
        signIn.send(.setPin(Demo.member.1))
        await signIn.send(.signIn).value
        XCTAssertNil(signIn.state.status.problem)
        XCTAssertFalse(secrets.keys.isEmpty, "the token is in the secret store")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        XCTAssertFalse(files.contains("secrets.json"), "no token file beside the store: \(files)")

        let settings = SettingsViewModel(core: core, preferences: MemoryPreferences())
        var out = false
        settings.onSignedOut = { out = true }
        await settings.send(.signOut).value
        XCTAssertNil(settings.state.status.problem)
        XCTAssertTrue(out)
        XCTAssertNil(try core.app.whoami(), "nobody signed in on the phone")
    }
}
