import CMLKit
import XCTest

/// The core's words follow the person's language at once: Home read in Polish, then in Urdu,
/// with no sync in between.
final class LanguageTests: HubTestCase {
    private func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{2068}", with: "").replacingOccurrences(of: "\u{2069}", with: "")
    }

    @MainActor
    func testHomeReadsInPolishAndThenInUrdu() async throws {
        let member = try await signedIn(Demo.member)
        let events = EventsViewModel(core: member)
        await events.send(.load).value
        let free = try XCTUnwrap(events.state.events.first { row in row.buttons.contains { $0.isBookOne } })
        await events.send(.book(Int64(free.id)!, places: 1)).value
        XCTAssertNil(events.state.status.problem)

        let home = HomeViewModel(core: member)
        await home.send(.load).value
        XCTAssertTrue(home.state.greeting.hasSuffix(", Margaret"), home.state.greeting)
        let english = home.state.items.map(\.title)

        let settings = SettingsViewModel(core: member, preferences: MemoryPreferences())
        await settings.send(.load).value
        await settings.send(.setLanguage("pl")).value
        XCTAssertEqual(settings.state.language, "pl")
        await home.send(.load).value
        XCTAssertTrue(
            ["Witaj, Margaret", "Dzień dobry, Margaret", "Dobry wieczór, Margaret"].contains(home.state.greeting),
            home.state.greeting)
        XCTAssertTrue(home.state.status.syncLine.hasPrefix("Wszystko aktualne"), home.state.status.syncLine)
        let polish = home.state.items.map(\.title)
        XCTAssertTrue(polish.contains { $0.hasPrefix("Twoje następne wydarzenie: „") }, "\(polish)")
        XCTAssertEqual(polish.count, english.count)
        for (en, pl) in zip(english, polish) { XCTAssertNotEqual(en, pl) }

        await settings.send(.setLanguage("ur")).value
        XCTAssertTrue(settings.state.rightToLeft)
        await home.send(.load).value
        XCTAssertTrue(
            ["سلام، Margaret", "صبح بخیر، Margaret", "شام بخیر، Margaret"].contains(plain(home.state.greeting)),
            home.state.greeting)
        XCTAssertTrue(home.state.status.syncLine.contains("تازہ"), home.state.status.syncLine)
        XCTAssertTrue(home.state.items.contains { $0.title.hasPrefix("آپ کی اگلی تقریب:") }, "\(home.state.items)")
    }
}
