import CMLKit
import XCTest

/// A member: search (offline too), reserve, book, renew; each through the screens' view models.
final class MemberFlowTests: HubTestCase {
    @MainActor
    func testSearchReserveBookCollectAndRenewThenSearchWithNoSignal() async throws {
        let member = try await signedIn(Demo.member)

        // Search: type-ahead with filters, for a title on the shelf at Glascote.
        let search = SearchViewModel(core: member)
        await search.send(.load).value
        XCTAssertTrue(search.state.libraries.contains { $0.code == "GLA" })
        XCTAssertFalse(search.state.formats.isEmpty, "the core's formats fill the filter")
        await search.send(.setLibrary("GLA")).value
        await search.send(.setAvailableNow(true)).value
        await search.send(.setText("th")).value
        await search.send(.setText("the")).value
        XCTAssertNil(search.state.status.problem)
        let hit = try XCTUnwrap(search.state.results.first, "a title on the shelf at Glascote")
        XCTAssertTrue(hit.sentence.contains(hit.title))
        var opened: Int64?
        search.onOpenTitle = { opened = $0 }
        search.send(try XCTUnwrap(hit.open))
        let recordId = try XCTUnwrap(opened)

        // Title: the copies, and Reserve with her usual library (Baswich) chosen for her.
        let title = TitleViewModel(core: member, recordId: recordId)
        await title.send(.load).value
        XCTAssertEqual(title.state.pickup, "BAS")
        XCTAssertEqual(title.state.pickupName, "Baswich Library")
        let copy = try XCTUnwrap(title.state.copies.first { $0.title.contains("Glascote") })
        XCTAssertTrue(title.state.canReserve)
        await title.send(.reserve).value
        XCTAssertNil(title.state.status.problem)
        XCTAssertNotNil(title.state.status.announcement)
        // Reserved: the core's words instead of the button.
        XCTAssertFalse(title.state.canReserve, title.state.screenText)
        XCTAssertFalse(title.state.relationText.isEmpty)
        XCTAssertFalse(title.state.screenText.contains("[Reserve]"))

        // My account: the reservation, with the actions the core allows.
        let account = AccountViewModel(core: member)
        await account.send(.load).value
        let hold = try XCTUnwrap(account.state.holds.first)
        XCTAssertEqual(hold.title, title.state.title.components(separatedBy: ": ").first)
        XCTAssertTrue(hold.buttons.contains { $0.action == .cancelHold(Int64(hold.id.dropFirst(5))!) && $0.enabled }, hold.sentence)
        XCTAssertEqual(account.state.card?.symbology, "code128")

        // Events: book a place; the row then offers to cancel.
        let events = EventsViewModel(core: member)
        await events.send(.load).value
        let event = try XCTUnwrap(events.state.events.first { row in row.buttons.contains { $0.isBookOne } })
        let book = try XCTUnwrap(event.buttons.first { $0.isBookOne })
        await events.send(book.action).value
        XCTAssertNil(events.state.status.problem)
        let said = try XCTUnwrap(events.state.status.announcement)
        XCTAssertTrue(said.contains(event.title), said)
        let booked = try XCTUnwrap(events.state.events.first { $0.id == event.id })
        XCTAssertTrue(booked.buttons.contains { $0.action == .cancel(Int64(event.id)!) && $0.enabled }, booked.sentence)
        XCTAssertFalse(booked.buttons.contains { $0.isBookOne }, "booked already")
        await events.send(.addToCalendar(Int64(event.id)!)).value
        XCTAssertTrue(events.state.calendarFile?.contains("BEGIN:VCALENDAR") ?? false)

        // Priya lends her the copy at the Glascote desk; her phone brings it up to date.
        let desk = DeskViewModel(core: try await signedIn(Demo.volunteer))
        desk.send(.setBarcode(copy.id))
        desk.send(.setCard(Demo.member.0))
        await desk.send(.checkOut).value
        XCTAssertNil(desk.state.status.problem)
        XCTAssertNotNil(desk.state.status.announcement)
        XCTAssertEqual(desk.state.barcode, "", "ready for the next item")

        let home = HomeViewModel(core: member)
        await home.send(.load).value
        XCTAssertTrue(home.state.greeting.contains("Margaret"), home.state.greeting)
        XCTAssertTrue(home.state.items.contains { $0.title.contains(event.title) }, "her next event is on Home: \(home.state.screenText)")
        XCTAssertLessThanOrEqual(home.state.simpleActions.count, 4)
        let simple = SimpleHomeViewModel(core: member)
        await simple.send(.load).value
        XCTAssertFalse(simple.state.actions.isEmpty)
        XCTAssertLessThanOrEqual(simple.state.actions.count, 4, "simple mode: at most four large actions")
        await home.send(.sync).value
        XCTAssertNil(home.state.status.problem)
        await account.send(.load).value
        XCTAssertTrue(account.state.holds.isEmpty, "the reservation became the loan")
        let loan = try XCTUnwrap(account.state.loans.first)
        let renew = try XCTUnwrap(loan.buttons.first { $0.action == .renew(Int64(loan.id.dropFirst(5))!) && $0.enabled })
        await account.send(renew.action).value
        XCTAssertNil(account.state.status.problem)
        let renewal = try XCTUnwrap(account.state.status.announcement)
        XCTAssertNotEqual(renewal, "Renew \(loan.title)", "the hub's answer, not the change waiting")
        // Renewed the most times allowed? The core says why not, beside a dimmed button.

        // No signal: search still works from the phone's own catalogue.
        hub.stop()
        await search.send(.setLibrary(nil)).value
        await search.send(.setAvailableNow(false)).value
        await search.send(.setText("chess")).value
        XCTAssertNil(search.state.status.problem)
        XCTAssertFalse(search.state.results.isEmpty)
        // And a booking made offline waits on the phone, said so on the screen.
        let other = try XCTUnwrap(events.state.events.first { row in row.buttons.contains { $0.isBookOne } })
        await events.send(.book(Int64(other.id)!, places: 2)).value
        XCTAssertNil(events.state.status.problem)
        XCTAssertTrue(events.state.status.syncLine.lowercased().contains("offline"), events.state.status.syncLine)
    }
}

extension ActionButton where Action == EventsAction {
    /// "Book a place" (or join the waiting list) for one, allowed now.
    var isBookOne: Bool {
        if case .book(_, places: 1) = action { return enabled }
        return false
    }
}
