import CMLKit
import XCTest

/// Volunteers: check in offline, record a visit offline, mark attendance, desk check-in.
final class VolunteerFlowTests: HubTestCase {
    @MainActor
    func testCheckInAndRecordAVisitWithNoSignal() async throws {
        let volunteer = try await signedIn(Demo.volunteer)
        let today = TodayViewModel(core: volunteer)
        await today.send(.load).value
        let round = RoundViewModel(core: volunteer)
        await round.send(.load).value
        XCTAssertTrue(round.state.outcomes.map(\.code).contains("welfare_concern"))
        XCTAssertFalse(round.state.outcomes.map(\.code).contains("scheduled"))
        await round.send(.setDate(Dates.tomorrow)).value
        let stop = try XCTUnwrap(round.state.stops.first)
        XCTAssertEqual(stop.title, "Arthur Bennett")
        XCTAssertTrue(stop.sentence.contains("Mill Lane"), stop.sentence)

        XCTAssertNil(today.state.checkedIn)
        let checkIn = try XCTUnwrap(today.state.button)
        XCTAssertTrue(checkIn.enabled)
        hub.stop()
        await today.send(checkIn.action).value
        XCTAssertNil(today.state.status.problem)
        XCTAssertNotNil(today.state.status.announcement)
        // Checked in with no signal: the screen says so, and the one button now checks out.
        XCTAssertNotNil(today.state.checkedIn, today.state.screenText)
        XCTAssertEqual(today.state.button?.action, .checkOut)
        XCTAssertTrue(today.state.status.syncLine.lowercased().contains("offline"), today.state.status.syncLine)

        await round.send(try XCTUnwrap(stop.open)).value
        XCTAssertEqual(round.state.visit?.readerName, "Arthur Bennett")
        XCTAssertFalse(round.state.visit?.accessNotes.isEmpty ?? true)
        await round.send(.setNote("No answer.")).value
        await round.send(.record(Int64(stop.id)!, outcome: "not_home")).value
        XCTAssertNil(round.state.status.problem)
        let after = try XCTUnwrap(round.state.stops.first)
        XCTAssertTrue(after.sentence.contains("Not at home: waiting to be sent"), after.sentence)
        XCTAssertTrue(round.state.status.syncLine.contains("2"), "two changes wait: \(round.state.status.syncLine)")
    }

    @MainActor
    func testTheHostMarksAttendanceAtTheDoor() async throws {
        // Tom puts on an event starting in half an hour, hosted by Priya; Margaret books it.
        let coordinator = try await signedIn(Demo.coordinator)
        let admin = EventsAndRoomsViewModel(core: coordinator)
        await admin.send(.load).value
        admin.send(.startForm(library: "GLA"))
        var form = try XCTUnwrap(admin.state.form)
        form.title = "Reading aloud"
        form.description = "Short stories, read aloud."
        form.category = "reading_group"
        form.starts = Dates.ukTime(minutesFromNow: 30)
        form.ends = Dates.ukTime(minutesFromNow: 90)
        form.capacity = 10
        form.accessibility = "Step-free."
        form.hostCard = Demo.volunteer.0
        admin.send(.editForm(form))
        await admin.send(.create).value
        XCTAssertNil(admin.state.status.problem)
        let made = try XCTUnwrap(admin.state.events.first { $0.title == "Reading aloud" })

        let member = try await signedIn(Demo.member)
        let events = EventsViewModel(core: member)
        await events.send(.load).value
        await events.send(.book(Int64(made.id)!, places: 1)).value
        XCTAssertNil(events.state.status.problem)

        let host = DoorListViewModel(core: try await signedIn(Demo.volunteer))
        await host.send(.load).value
        let row = try XCTUnwrap(host.state.events.first { $0.title == "Reading aloud" })
        await host.send(try XCTUnwrap(row.open)).value
        let entry = try XCTUnwrap(host.state.entries.first)
        XCTAssertEqual(entry.name, "Margaret Hughes")
        XCTAssertNil(entry.attendance)
        await host.send(.mark(entry.eventId, entry.bookingId, attended: true)).value
        XCTAssertNil(host.state.status.problem)
        XCTAssertEqual(host.state.status.announcement, "Checked in.")
        XCTAssertEqual(host.state.roster?.attended, 1)
        XCTAssertEqual(host.state.entries.first?.attendance, "attended")
        await host.send(.addWalkIn(Int64(made.id)!)).value
        XCTAssertNil(host.state.status.problem)
        XCTAssertEqual(host.state.roster?.walkIns, 1)
    }

    @MainActor
    func testTheDeskTakesACopyBack() async throws {
        let volunteer = try await signedIn(Demo.volunteer)
        let copy = try await onShelfCopy(volunteer, at: "GLA")
        let desk = DeskViewModel(core: volunteer)
        await desk.send(.load).value
        XCTAssertEqual(desk.state.libraries.map(\.code), ["GLA"], "Priya works the desk at Glascote")
        XCTAssertEqual(desk.state.library, "GLA")
        XCTAssertTrue(desk.state.lend.enabled && desk.state.takeBack.enabled)
        desk.send(.scanned(copy))
        desk.send(.setCard(Demo.member.0))
        await desk.send(.checkOut).value
        XCTAssertNil(desk.state.status.problem)
        desk.send(.setBarcode(copy))
        await desk.send(.checkIn).value
        XCTAssertNil(desk.state.status.problem)
        let first = try XCTUnwrap(desk.state.status.announcement)
        // Taking back a copy nobody has on loan: the core says what to do with it.
        desk.send(.setBarcode(copy))
        await desk.send(.checkIn).value
        let again = try XCTUnwrap(desk.state.status.announcement)
        XCTAssertNotEqual(again, first)
        XCTAssertTrue(again.contains("not on loan"), again)
        // The screen lists them, newest first, each with what became of it.
        XCTAssertEqual(desk.state.recent.count, 3)
        XCTAssertTrue(desk.state.recent.allSatisfy { $0.lines.count == 1 }, "\(desk.state.recent)")
    }
}
