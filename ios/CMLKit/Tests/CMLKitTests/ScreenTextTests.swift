import CMLKit
import Foundation
import XCTest

/// Each screen's sample states, written out as text, against the checked-in files in
/// Tests/Expected (changing one is a reviewed change). `CML_WRITE_EXPECTED=1 scripts/ios-test`
/// writes them instead; then review the diff.
final class ScreenTextTests: XCTestCase {
    static let expected = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Expected")

    func testEverySampleStateReadsAsExpected() throws {
        let write = ProcessInfo.processInfo.environment["CML_WRITE_EXPECTED"] == "1"
        var seen = Set<String>()
        for sample in Samples.all {
            let name = "\(sample.screen)-\(sample.state).txt"
            XCTAssertTrue(seen.insert(name).inserted, "two samples named \(name)")
            let file = Self.expected.appendingPathComponent(name)
            if write {
                try FileManager.default.createDirectory(at: Self.expected, withIntermediateDirectories: true)
                try sample.text.write(to: file, atomically: true, encoding: .utf8)
                continue
            }
            guard let want = try? String(contentsOf: file, encoding: .utf8) else {
                XCTFail("no Tests/Expected/\(name); its text is:\n\(sample.text)")
                continue
            }
            if want != sample.text {
                XCTFail("Tests/Expected/\(name) differs:\n\(Self.diff(want, sample.text))")
            }
        }
        // Every checked-in expectation belongs to a sample (none left behind by a rename).
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.expected.path).filter { $0.hasSuffix(".txt") }
        XCTAssertEqual(Set(files).subtracting(seen), [], "expectations with no sample state")
        XCTAssertGreaterThanOrEqual(Set(Samples.all.map(\.screen)).count, 22, "a sample for every screen")
    }

    /// Every row reads as one sentence, and no button is unlabelled, in every sample state.
    func testEverySampleStateHasAHeadingAndLabelledButtons() {
        for sample in Samples.all {
            let lines = sample.text.split(separator: "\n")
            XCTAssertTrue(lines.first?.hasPrefix("# ") ?? false, "\(sample.screen)-\(sample.state) has a heading")
            XCTAssertFalse(sample.text.contains("[]"), "\(sample.screen)-\(sample.state) has an unlabelled button")
            XCTAssertFalse(lines.contains { $0.hasPrefix("- ") && $0.count < 4 }, "\(sample.screen)-\(sample.state) has an empty row")
        }
    }

    /// Every button the screens show in the app's own words is in the String Catalog, with
    /// Polish and Urdu (scripts/ios-test copies the catalogue beside the tests).
    func testEveryButtonOfEverySampleIsInTheStringCatalog() throws {
        let file = Self.expected.deletingLastPathComponent().appendingPathComponent("Localizable.xcstrings")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        let strings = try XCTUnwrap(json?["strings"] as? [String: [String: Any]])
        var buttons = Set<String>()
        for sample in Samples.all {
            for line in sample.text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("["), !trimmed.hasPrefix("[="), !trimmed.hasPrefix("[x]"), !trimmed.hasPrefix("[ ]"),
                    let end = trimmed.firstIndex(of: "]")
                else { continue }
                buttons.insert(String(trimmed[trimmed.index(after: trimmed.startIndex)..<end]))
            }
        }
        XCTAssertGreaterThan(buttons.count, 20)
        for title in buttons.sorted() {
            let languages = (strings[title]?["localizations"] as? [String: Any]).map { Set($0.keys) } ?? []
            XCTAssertEqual(languages, ["en", "pl", "ur"], "\(title) in Localizable.xcstrings")
        }
    }

    /// Lines that differ, marked - (expected) and + (now).
    static func diff(_ want: String, _ got: String) -> String {
        let a = want.components(separatedBy: "\n")
        let b = got.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : nil
            let y = i < b.count ? b[i] : nil
            if x == y { out.append("  \(x ?? "")") } else {
                if let x { out.append("- \(x)") }
                if let y { out.append("+ \(y)") }
            }
        }
        return out.joined(separator: "\n")
    }
}
