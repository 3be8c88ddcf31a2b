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
        let bin = ProcessInfo.processInfo.environment["CML_HUB_BIN"] ?? "../../target/debug/cml-hub"
        process.executableURL = URL(fileURLWithPath: bin)
        process.arguments = ["serve", "--demo", "--listen", "127.0.0.1:0", "--database", "sqlite:\(folder.path)/hub.db"]
        var env = ProcessInfo.processInfo.environment
        env["CML_HUB_PIN_HASH_KIB"] = "256"
        env["CML_LOG"] = "warn"
        process.environment = env
        // The demo prints "Demo hub at http://127.0.0.1:PORT" once it listens; its output goes to a
        // file that is read until that line is there.
        let log = folder.appendingPathComponent("hub.out")
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
        self.url = url
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { stop() }
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
        let hits = try member.search(query: SearchQuery(text: "the", library: nil, format: nil, language: nil, availableNow: true, offset: 0, limit: 20)).hits
        var found: (Int64, String)? = nil
        for hit in hits {
            if let copy = try member.record(id: hit.id).copies.first(where: { $0.available }) {
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
}
