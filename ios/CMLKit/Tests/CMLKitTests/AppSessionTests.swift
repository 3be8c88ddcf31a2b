import Cml
import CMLKit
import XCTest

final class AppSessionTests: HubTestCase {
    @MainActor
    func testTheSessionFollowsSignInLanguageAndWhatHomeOpens() async throws {
        let preferences = MemoryPreferences()
        preferences.simpleMode = true
        let session = AppSession(core: try phone(), preferences: preferences)
        await session.start()
        XCTAssertNil(session.signedIn, "a new phone: nobody signed in")
        XCTAssertTrue(session.simpleMode, "simple mode as the phone kept it")
        XCTAssertEqual(session.language, "en")
        XCTAssertFalse(session.rightToLeft)

        // Signing in: the session knows at once, and the hand-off runs.
        var handedOff: String?
        let signIn = session.signInModel { handedOff = $0.name }
        signIn.send(.setCard(Demo.member.0))
        signIn.send(.setPin(Demo.member.1))
        await signIn.send(.signIn).value
        XCTAssertEqual(session.signedIn?.name, "Margaret Hughes")
        XCTAssertEqual(handedOff, "Margaret Hughes")

        // A row Home opens becomes the screen to show.
        session.homeModel().onOpen?(ScreenTarget(screen: "event", id: 5))
        XCTAssertEqual(session.opened?.id, "event-5")
        session.searchModel().onOpenTitle?(12)
        XCTAssertEqual(session.opened?.target.screen, "title")
        XCTAssertEqual(session.opened?.target.id, 12)

        // Urdu: the session reads right to left once told the language changed.
        _ = session.core.app.setLanguage(language: "ur")
        session.languageChanged()
        XCTAssertEqual(session.language, "ur")
        XCTAssertTrue(session.rightToLeft)

        session.signedOut()
        XCTAssertNil(session.signedIn)
        // The device store still has the session: reading it again finds her.
        await session.refreshSession()
        XCTAssertEqual(session.signedIn?.name, "Margaret Hughes")
    }
}
