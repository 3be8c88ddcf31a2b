import Foundation
import XCTest

@testable import Cml

/// A real hub on 127.0.0.1 (the cml-hub program, with demo data) for one test.
final class TestHub {
    let process = Process()
    let url: String
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cml-swift-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = try TestHub.launch(process, folder: folder, listen: "127.0.0.1:0")
    }

    static func launch(_ process: Process, folder: URL, listen: String) throws -> String {
        let bin = ProcessInfo.processInfo.environment["CML_HUB_BIN"] ?? "../../target/debug/cml-hub"
        process.executableURL = URL(fileURLWithPath: bin)
        process.arguments = ["serve", "--demo", "--listen", listen, "--database", "sqlite:\(folder.path)/hub.db"]
        var env = ProcessInfo.processInfo.environment
        env["CML_HUB_PIN_HASH_KIB"] = "256"
        env["CML_LOG"] = "warn"
        process.environment = env
        // The demo prints "Demo hub at http://127.0.0.1:PORT" once it listens; its output goes to a
        // file that is read until that line is there.
        let log = folder.appendingPathComponent("hub-\(UUID().uuidString).out")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: log)
        try process.run()
        var found: String? = nil
        for _ in 0..<400 {
            let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "http://"), let end = text[range.lowerBound...].firstIndex(of: "\n") {
                found = String(text[range.lowerBound..<end])
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        guard let url = found else { throw NSError(domain: "the hub did not start", code: 1) }
        return url
    }

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

final class Collect: DataListener, @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [DataChange] = []
    func onChange(change: DataChange) {
        lock.lock()
        seen.append(change)
        lock.unlock()
    }
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return seen.count
    }
}

final class CmlTests: XCTestCase {
    // Started in the synchronous setUp: starting a process from inside an async test hangs with
    // swift-corelibs-foundation.
    var hub: TestHub!

    override func setUpWithError() throws {
        hub = try TestHub()
    }

    override func tearDown() {
        hub = nil
    }

    func makeApp(_ hub: TestHub) throws -> CmlApp {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cml-device-\(UUID().uuidString)")
        return try CmlApp(config: Config(dataDir: dir.path, hubUrl: hub.url, hubCertificatePem: nil, deviceName: "swift test"))
    }

    func testSignInSyncSearchOfflineAndBook() async throws {
        let app = try makeApp(hub)
        let me = try await app.login(card: "2100000001", pin: "1234")
        XCTAssertEqual(me.name, "Margaret Hughes")
        let report = try await app.sync(listener: nil)
        XCTAssertEqual(report.collections.first?.changes, 8)

        let event = try XCTUnwrap(app.events(filter: EventFilter(library: nil, category: nil, fromDate: nil, toDate: nil)).first { $0.canBook })
        let change = try await app.bookEvent(eventId: event.id, places: 1)
        XCTAssertEqual(change.state, "done")
        XCTAssertEqual(change.code, "confirmed")

        hub.stop()
        // Offline: the catalogue and the booking are still on the phone.
        let page = try app.search(query: SearchQuery(text: "chess", library: nil, format: nil, language: nil, availableNow: false, offset: 0, limit: 20))
        XCTAssertFalse(page.hits.isEmpty)
        XCTAssertEqual(try app.myBookings().first?.status, "confirmed")
        do {
            _ = try await app.sync(listener: nil)
            XCTFail("a sync with the hub stopped must fail")
        } catch CmlError.Offline(let detail) {
            XCTAssertTrue(detail.contains("offline"))
        }
    }

    func testAnErrorFromRustArrivesTypedWithItsFields() async throws {
        let app = try makeApp(hub)
        do {
            _ = try await app.login(card: "12ab", pin: "1234")
            XCTFail("a malformed card must be refused")
        } catch CmlError.InvalidInput(let field, let detail) {
            XCTAssertEqual(field, "card")
            XCTAssertTrue(detail.contains("6 to 16 digits"))
        }
        do {
            _ = try await app.login(card: "2100000001", pin: "0000")
            XCTFail("a wrong PIN must be refused")
        } catch CmlError.NotSignedIn(let detail) {
            XCTAssertTrue(detail.contains("do not match"))
        }
    }

    func testACancelledListenerStopsHearing() async throws {
        let app = try makeApp(hub)
        _ = try await app.login(card: "2100000001", pin: "1234")
        _ = try await app.sync(listener: nil)
        let collect = Collect()
        let observation = app.observe(listener: collect)
        let event = try XCTUnwrap(app.events(filter: EventFilter(library: nil, category: nil, fromDate: nil, toDate: nil)).first { $0.canBook })
        _ = try await app.bookEvent(eventId: event.id, places: 1)
        try await Task.sleep(nanoseconds: 200_000_000)
        let heard = collect.count
        XCTAssertGreaterThan(heard, 0)
        observation.cancel()
        _ = try await app.cancelBooking(eventId: event.id)
        _ = try await app.sync(listener: nil)
        try await Task.sleep(nanoseconds: 200_000_000)
        XCTAssertEqual(collect.count, heard)
    }

    func testReserveCollectAtTheDeskAndRenew() async throws {
        let member = try makeApp(hub)
        _ = try await member.login(card: "2100000001", pin: "1234")
        _ = try await member.sync(listener: nil)
        // A copy on the shelf at Glascote, where the demo volunteer is on the desk.
        let hits = try member.search(query: SearchQuery(text: "the", library: "GLA", format: nil, language: nil, availableNow: true, offset: 0, limit: 20)).hits
        var found: (Int64, String)? = nil
        for hit in hits {
            if let copy = try member.record(id: hit.id).copies.first(where: { $0.available && $0.libraryCode == "GLA" }) {
                found = (hit.id, copy.barcode)
                break
            }
        }
        let (recordId, barcode) = try XCTUnwrap(found)
        do {
            _ = try await member.reserve(recordId: recordId, pickup: "NOPE")
            XCTFail("an unknown pickup library must be refused")
        } catch CmlError.InvalidInput(let field, _) {
            XCTAssertEqual(field, "pickup")
        }
        let placed = try await member.reserve(recordId: recordId, pickup: nil)
        XCTAssertEqual(placed.code, "reserved")
        XCTAssertEqual(try member.holds().first?.queuePosition, 1)
        XCTAssertEqual(try member.card().symbology, "code128")

        let desk = try makeApp(hub)
        _ = try await desk.login(card: "2100000004", pin: "8642")
        let lent = try await desk.deskCheckout(barcode: barcode, card: "2100000001")
        XCTAssertEqual(lent.code, "checked_out")
        _ = try await member.sync(listener: nil)
        XCTAssertTrue(try member.holds().isEmpty)
        let loan = try XCTUnwrap(try member.loans().first)
        XCTAssertEqual(loan.daysLeft, 21)
        let renewed = try await member.renew(loanId: loan.loanId)
        XCTAssertEqual(renewed.code, "renewed")
    }

    func testRequestADeliveryRecordAVisitOfflineCheckInAndReadTheImpactReport() async throws {
        let member = try makeApp(hub)
        _ = try await member.login(card: "2100000001", pin: "1234")
        _ = try await member.sync(listener: nil)
        var form = DeliveryForm(readerCard: nil, address: "12 Lynton Avenue, Stafford", postcode: "ST17 0EA",
                                accessNotes: "Ring twice.", preferredDay: 3, timeOfDay: "afternoon", frequency: "monthly",
                                preferences: PreferencesForm(formats: ["large_print"], genres: ["romance"], favouriteAuthors: [],
                                                             avoid: [], surpriseMe: true, allowRepeats: false, notes: ""))
        form.frequency = "hourly"
        do {
            _ = try await member.requestDelivery(form: form)
            XCTFail("an unknown frequency must be refused")
        } catch CmlError.InvalidInput(let field, _) {
            XCTAssertEqual(field, "frequency")
        }
        form.frequency = "monthly"
        let asked = try await member.requestDelivery(form: form)
        XCTAssertEqual(asked.code, "delivery_requested")
        XCTAssertEqual(try member.deliveries().first?.status, "requested")

        // Priya, the demo volunteer, checks in and out; the coordinator reads Glascote's report.
        let volunteer = try makeApp(hub)
        _ = try await volunteer.login(card: "2100000004", pin: "8642")
        _ = try await volunteer.sync(listener: nil)
        let checkedIn = try await volunteer.checkIn(library: "GLA", shiftId: nil, at: nil)
        XCTAssertEqual(checkedIn.code, "checked_in")
        let out = try await volunteer.checkOut(at: nil)
        XCTAssertEqual(out.code, "checked_out")
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        let coordinator = try makeApp(hub)
        _ = try await coordinator.login(card: "2100000005", pin: "9753")
        let today = formatter.string(from: Date())
        let report = try await coordinator.impactReport(library: "GLA", from: today, to: today)
        XCTAssertEqual(report.library, "GLA")
        XCTAssertEqual(report.activeVolunteers, 1)
        do {
            _ = try await member.impactReport(library: "GLA", from: today, to: today)
            XCTFail("a member may not read the impact report")
        } catch CmlError.NotAllowed(let detail) {
            XCTAssertFalse(detail.isEmpty)
        }

        // Tomorrow's visit to Arthur is on her round; she records it with no signal, and it waits
        // in the outbox. (Python and Kotlin also bring the hub back and see it land once.)
        let tomorrow = formatter.string(from: Date().addingTimeInterval(86400))
        let stop = try XCTUnwrap(try volunteer.round(date: tomorrow).first)
        XCTAssertEqual(stop.readerName, "Arthur Bennett")
        hub.stop()
        let recorded = try await volunteer.recordVisit(visitId: stop.visitId, outcome: "not_home", note: "No answer.", handed: [], collected: [])
        XCTAssertEqual(recorded.state, "waiting")
        XCTAssertEqual(try volunteer.round(date: tomorrow).first?.pending, "Not at home: waiting to be sent")
        XCTAssertEqual(try volunteer.status().pendingChanges, 1)
    }

    func testHomeInOneCallACarerActsForAMemberAndAConsultationIsAnsweredOffline() async throws {
        let susan = try makeApp(hub)
        _ = try await susan.login(card: "2100000003", pin: "1357")
        _ = try await susan.sync(listener: nil)
        let home = try susan.homeScreen()
        XCTAssertEqual(home.person?.name, "Susan Bennett")
        XCTAssertTrue(home.status.summary.hasPrefix("Up to date"), home.status.summary)
        XCTAssertEqual(try susan.actingForScreen().people.map { $0.name }, ["Susan Bennett", "Arthur Bennett"])
        XCTAssertEqual(try susan.actFor(card: "2100000002").actingFor?.name, "Arthur Bennett")
        let his = try susan.homeScreen()
        XCTAssertEqual(his.greeting, "Acting for Arthur Bennett")
        let visit = try XCTUnwrap(his.items.first { $0.kind == "next_visit" })
        XCTAssertTrue(visit.text.hasPrefix("Next home delivery for Arthur Bennett:"), visit.text)
        XCTAssertTrue(try susan.deliveries().allSatisfy { $0.readerCard == "2100000002" })
        _ = try susan.actFor(card: nil)
        XCTAssertNil(try susan.homeScreen().actingFor)

        // Margaret answers Holmcroft's consultation with no signal: it waits, answered once.
        let member = try makeApp(hub)
        _ = try await member.login(card: "2100000001", pin: "1234")
        _ = try await member.sync(listener: nil)
        let hours = try XCTUnwrap(try member.consultations().first { $0.libraryCode == "HOL" })
        XCTAssertTrue(hours.canAnswer)
        hub.stop()
        let answers = [
            AnswerForm(question: 0, choice: 3, scale: nil, text: nil),
            AnswerForm(question: 1, choice: nil, scale: 4, text: nil),
            AnswerForm(question: 2, choice: nil, scale: nil, text: "Later on Thursdays, please."),
        ]
        let change = try await member.answerConsultation(id: hours.id, answers: answers)
        XCTAssertEqual(change.state, "waiting")
        let mine = try XCTUnwrap(try member.consultations().first { $0.id == hours.id })
        XCTAssertTrue(mine.answerWaiting)
        XCTAssertFalse(mine.canAnswer)
        XCTAssertTrue(try member.homeScreen().status.summary.hasPrefix("Offline"))
    }
}
