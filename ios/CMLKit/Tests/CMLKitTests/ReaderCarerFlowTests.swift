import CMLKit
import XCTest

/// Housebound readers and carers: request a delivery step by step, switch person, pause; what
/// came last time.
final class ReaderCarerFlowTests: HubTestCase {
    @MainActor
    func testAMemberAsksForHomeDeliveryStepByStep() async throws {
        let member = try await signedIn(Demo.member)
        let vm = HomeDeliveryViewModel(core: member)
        await vm.send(.load).value
        XCTAssertTrue(vm.state.deliveries.isEmpty)
        XCTAssertEqual(vm.state.frequencies.map(\.code), ["weekly", "fortnightly", "monthly"])

        vm.send(.startRequest(readerCard: nil))
        XCTAssertEqual(vm.state.step, .address)
        var form = try XCTUnwrap(vm.state.form)
        form.address = "12 Lynton Avenue, Stafford"
        form.postcode = "ST17 0EA"
        form.accessNotes = "Ring twice."
        vm.send(.edit(form))
        for step in [DeliveryStep.when, .howOften, .whatToRead, .whatToAvoid, .check] {
            vm.send(.next)
            XCTAssertEqual(vm.state.step, step)
        }
        form.timeOfDay = "afternoon"
        form.frequency = "hourly"
        form.preferences.formats = ["large_print"]
        form.preferences.genres = ["romance"]
        vm.send(.edit(form))
        await vm.send(.submit).value
        XCTAssertEqual(vm.state.status.problem?.field, "frequency", "the core says which answer is wrong")
        XCTAssertNotNil(vm.state.form, "the form stays, to be put right")

        form.frequency = "monthly"
        vm.send(.edit(form))
        await vm.send(.submit).value
        XCTAssertNil(vm.state.status.problem)
        XCTAssertNotNil(vm.state.status.announcement)
        XCTAssertNil(vm.state.form)
        let row = try XCTUnwrap(vm.state.deliveries.first)
        XCTAssertEqual(row.title, "Margaret Hughes")
        // Nothing to pause until the library accepts it; the request can only be called off.
        XCTAssertEqual(row.buttons.map(\.action), [.setState(Int64(row.id)!, "end")], vm.state.screenText)
        // And a second request is not offered: the core says why.
        let ask = try XCTUnwrap(vm.state.ask)
        XCTAssertFalse(ask.enabled)
        XCTAssertNotNil(ask.whyNot)
    }

    @MainActor
    func testACarerSwitchesToTheReaderSeesOnlyGrantedActionsAndPausesTheirDeliveries() async throws {
        let carer = try await signedIn(Demo.carer)
        let acting = ActingForViewModel(core: carer)
        await acting.send(.load).value
        XCTAssertEqual(acting.state.people.map(\.title), ["Susan Bennett", "Arthur Bennett"])
        XCTAssertNil(acting.state.actingFor)

        let arthur = try XCTUnwrap(acting.state.people.last?.open)
        await acting.send(arthur).value
        XCTAssertEqual(acting.state.actingFor?.name, "Arthur Bennett")
        XCTAssertEqual(acting.state.rights.map(\.code).sorted(), ["deliveries", "loans", "reserve"])
        XCTAssertTrue(acting.state.can("loans"))
        XCTAssertFalse(acting.state.can("something not granted"))
        // Every screen now acts for Arthur: Home says so.
        let home = HomeViewModel(core: carer)
        await home.send(.load).value
        XCTAssertTrue(home.state.greeting.contains("Arthur Bennett"), home.state.greeting)
        await acting.send(.loadTheirLoans).value
        XCTAssertNil(acting.state.status.problem)

        // Reserve a title for Arthur, to collect at Brewood.
        let page = try await carer.read {
            try $0.search(query: SearchQuery(text: "the", library: "BRE", format: nil, language: nil, availableNow: true, offset: 0, limit: 1))
        }
        let recordId = try XCTUnwrap(page.hits.first?.id)
        await acting.send(.reserveForThem(recordId: recordId, pickup: "BRE")).value
        XCTAssertNil(acting.state.status.problem)
        XCTAssertNotNil(acting.state.status.announcement)

        // Susan manages his delivery: the next visit in words, and pause.
        let delivery = HomeDeliveryViewModel(core: carer)
        await delivery.send(.load).value
        let row = try XCTUnwrap(delivery.state.deliveries.first { $0.title == "Arthur Bennett" })
        let pause = try XCTUnwrap(row.buttons.first { $0.title == "Pause deliveries" }, row.buttons.map(\.title).description)
        await delivery.send(pause.action).value
        XCTAssertNil(delivery.state.status.problem)
        _ = try await carer.app.sync(listener: nil)
        await delivery.send(.load).value
        let paused = try XCTUnwrap(delivery.state.deliveries.first { $0.title == "Arthur Bennett" })
        XCTAssertTrue(paused.buttons.contains { $0.title == "Start deliveries again" }, paused.sentence)
        XCTAssertNotEqual(paused.sentence, row.sentence)
    }

    @MainActor
    func testTheReaderSeesWhatCameAndReactsOnceTheBagIsDelivered() async throws {
        // Priya chooses for Arthur and delivers his bag on tomorrow's visit; Arthur's phone then
        // says when the next visit is and what came, and he says "more like this".
        let reader = try await signedIn(Demo.reader)
        let delivery = HomeDeliveryViewModel(core: reader)
        await delivery.send(.load).value
        let before = try XCTUnwrap(delivery.state.deliveries.first)
        XCTAssertTrue(before.buttons.contains { $0.title == "Pause deliveries" })

        let volunteer = try await signedIn(Demo.volunteer)
        let round = RoundViewModel(core: volunteer)
        await round.send(.load).value
        await round.send(.setDate(Dates.tomorrow)).value
        let stop = try XCTUnwrap(round.state.stops.first)
        XCTAssertEqual(stop.title, "Arthur Bennett")
        XCTAssertFalse(round.state.summary.isEmpty)
        let stopId = Int64(stop.id)!

        // Choose: his preferences in words, then the bag filled with a copy from Brewood.
        let choose = ChooseViewModel(core: volunteer)
        await choose.send(.load).value
        await choose.send(.open(stopId)).value
        XCTAssertEqual(choose.state.visit?.readerName, "Arthur Bennett")
        XCTAssertTrue(choose.state.preferences.joined().contains("Agatha Christie"), choose.state.screenText)
        let copy = try await onShelfCopy(volunteer, at: "BRE")
        choose.send(.setTyped(copy))
        choose.send(.add)
        await choose.send(.fill(stopId)).value
        XCTAssertNil(choose.state.status.problem)
        _ = try await volunteer.app.sync(listener: nil)
        await round.send(.open(stopId)).value
        XCTAssertEqual(round.state.visit?.bag.map(\.barcode), [copy])
        await round.send(.record(stopId, outcome: "delivered")).value
        XCTAssertNil(round.state.status.problem)

        let home = HomeViewModel(core: reader)
        await home.send(.sync).value
        XCTAssertNil(home.state.status.problem)
        let after = try XCTUnwrap(delivery.state.deliveries.first, "the data listener read it again")
        XCTAssertNotEqual(after.sentence, before.sentence, delivery.state.screenText)

        // What came last time, with "more like this / not for me".
        let item = try XCTUnwrap(delivery.state.lastDelivered.first, delivery.state.screenText)
        XCTAssertEqual(item.buttons.count, 2)
        let more = try XCTUnwrap(item.buttons.first { if case .react(_, _, "more_like_this") = $0.action { return true } else { return false } })
        await delivery.send(more.action).value
        XCTAssertNil(delivery.state.status.problem)
        XCTAssertNotNil(delivery.state.status.announcement)
        let reacted = try XCTUnwrap(delivery.state.lastDelivered.first)
        XCTAssertNotEqual(reacted.sentence, item.sentence, "the reaction in words: \(reacted.sentence)")
    }
}

/// Dates the tests give the core, as a person would pick them (UK dates).
enum Dates {
    static func day(_ offset: Int) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd"
        f.timeZone = TimeZone(identifier: "Europe/London")
        return f.string(from: Date().addingTimeInterval(Double(offset) * 86400))
    }

    static var today: String { day(0) }
    static var tomorrow: String { day(1) }

    /// "YYYY-MM-DD HH:MM", UK time, `minutes` from now.
    static func ukTime(minutesFromNow minutes: Int) -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyy-MM-dd HH:mm"
        f.timeZone = TimeZone(identifier: "Europe/London")
        return f.string(from: Date().addingTimeInterval(Double(minutes) * 60))
    }
}

/// The barcode of a copy on the shelf at `library`, from the phone's catalogue.
func onShelfCopy(_ core: AppCore, at library: String) async throws -> String {
    try await core.read { app in
        let hits = try app.search(
            query: SearchQuery(text: "the", library: library, format: nil, language: nil, availableNow: true, offset: 0, limit: 40)
        ).hits
        for hit in hits {
            if let copy = try app.record(id: hit.id).copies.first(where: { $0.available && $0.libraryCode == library }) {
                return copy.barcode
            }
        }
        throw NSError(domain: "no copy on the shelf at \(library)", code: 1)
    }
}
