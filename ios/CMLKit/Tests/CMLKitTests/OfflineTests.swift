import CMLKit
import XCTest

/// Every screen opens with no signal, from the phone's own store; the few that need the hub say
/// so in the core's words.
final class OfflineTests: HubTestCase {
    @MainActor
    func testEveryScreenOpensWithTheHubStopped() async throws {
        let volunteer = try await signedIn(Demo.volunteer)
        let coordinator = try await signedIn(Demo.coordinator)
        hub.stop()

        func opens<S: ScreenState>(_ name: String, _ state: () -> S, _ load: () async -> Void) async {
            await load()
            XCTAssertNil(state().status.problem, "\(name) opens offline: \(state().status.problem?.text ?? "")")
            XCTAssertFalse(state().screenText.isEmpty)
        }
        let home = HomeViewModel(core: volunteer)
        await opens("Home", { home.state }) { await home.send(.load).value }
        XCTAssertFalse(home.state.status.syncLine.isEmpty, "the sync line says how fresh it is")
        let search = SearchViewModel(core: volunteer)
        await opens("Search", { search.state }) { await search.send(.load).value }
        let account = AccountViewModel(core: volunteer)
        await opens("My account", { account.state }) { await account.send(.load).value }
        let events = EventsViewModel(core: volunteer)
        await opens("Events", { events.state }) { await events.send(.load).value }
        XCTAssertFalse(events.state.events.isEmpty)
        let libraries = LibrariesViewModel(core: volunteer)
        await opens("Libraries", { libraries.state }) { await libraries.send(.load).value }
        XCTAssertEqual(libraries.state.libraries.count, 8)
        let delivery = HomeDeliveryViewModel(core: volunteer)
        await opens("Home delivery", { delivery.state }) { await delivery.send(.load).value }
        let acting = ActingForViewModel(core: volunteer)
        await opens("Acting for someone", { acting.state }) { await acting.send(.load).value }
        let today = TodayViewModel(core: volunteer)
        await opens("Today", { today.state }) { await today.send(.load).value }
        let rota = RotaViewModel(core: volunteer)
        await opens("Rota", { rota.state }) { await rota.send(.load).value }
        let round = RoundViewModel(core: volunteer)
        await opens("Round", { round.state }) { await round.send(.load).value }
        let choose = ChooseViewModel(core: volunteer)
        await opens("Choose", { choose.state }) { await choose.send(.load).value }
        let door = DoorListViewModel(core: volunteer)
        await opens("Door list", { door.state }) { await door.send(.load).value }
        XCTAssertFalse(door.state.events.isEmpty, "Priya hosts an event")
        let say = HaveYourSayViewModel(core: volunteer)
        await opens("Have your say", { say.state }) { await say.send(.load).value }
        let lists = ReadingListsViewModel(core: volunteer)
        await opens("Reading lists", { lists.state }) { await lists.send(.load).value }
        let settings = SettingsViewModel(core: volunteer, preferences: MemoryPreferences())
        await opens("Settings", { settings.state }) { await settings.send(.load).value }
        let admin = EventsAndRoomsViewModel(core: coordinator)
        await opens("Events and rooms", { admin.state }) { await admin.send(.load).value }
        XCTAssertFalse(admin.state.rooms.isEmpty, "the rooms are on the phone")

        let deliveries = DeliveriesViewModel(core: coordinator)
        await opens("Deliveries", { deliveries.state }) { await deliveries.send(.load).value }
        XCTAssertFalse(deliveries.state.deliveries.isEmpty, "the coordinator's queue is on the phone")
    }

    @MainActor
    func testSettingsSwitchesTheCoresLanguageToUrduRightToLeft() async throws {
        let member = try await signedIn(Demo.member)
        let settings = SettingsViewModel(core: member, preferences: MemoryPreferences())
        await settings.send(.load).value
        XCTAssertEqual(settings.state.language, "en")
        XCTAssertFalse(settings.state.rightToLeft)
        await settings.send(.setLanguage("ur")).value
        XCTAssertEqual(settings.state.language, "ur")
        XCTAssertTrue(settings.state.rightToLeft)
        // The core's words on every screen follow at once: here the sync line.
        let home = HomeViewModel(core: member)
        await home.send(.load).value
        let urdu = home.state.status.syncLine
        await settings.send(.setLanguage("en")).value
        await home.send(.load).value
        XCTAssertNotEqual(urdu, home.state.status.syncLine, "the sync line in Urdu, then in English")
        XCTAssertFalse(settings.state.rightToLeft)
        await settings.send(.setSimpleMode(true)).value
        XCTAssertTrue(settings.state.simpleMode)
    }
}
