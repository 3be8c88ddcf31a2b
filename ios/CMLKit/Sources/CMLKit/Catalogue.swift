import Foundation
import Observation

// MARK: - Search

/// Search: one box, results as you type, filters; from the phone's own catalogue (offline).
public struct SearchState: ScreenState {
    public var text = ""
    public var library: String?
    public var format: String?
    public var availableNow = false
    /// The core's formats and the libraries, for the filters.
    public var formats: [Choice] = []
    public var libraries: [Choice] = []
    public var results: [ListRow<SearchAction>] = []
    public var hasMore = false
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ page: SearchPage) -> [ListRow<SearchAction>] {
        page.hits.map { hit in
            ListRow(
                id: String(hit.id), title: hit.title,
                lines: [hit.author ?? "", hit.summaryLine, hit.availability],
                open: .openTitle(hit.id))
        }
    }

    public var query: SearchQuery {
        SearchQuery(
            text: text, library: library, format: format, language: nil, availableNow: availableNow, offset: 0,
            limit: 20)
    }

    public var screenText: String {
        var t = ScreenText(heading: "Search")
        t.line("search for", text)
        t.line("library", library.map { code in libraries.first { $0.code == code }?.text ?? code })
        t.line("format", format.map { code in formats.first { $0.code == code }?.text ?? code })
        if availableNow { t.text("only on the shelf now") }
        t.status(status)
        t.rows(results, empty: text.isEmpty ? "Type to search" : "No results")
        if hasMore { t.buttons([ActionButton("Show more", SearchAction.more)]) }
        return t.string
    }
}

public enum SearchAction: Equatable, Sendable {
    case load
    /// Each letter typed searches again (type-ahead).
    case setText(String)
    case setLibrary(String?)
    case setFormat(String?)
    case setAvailableNow(Bool)
    /// An ISBN read by the camera (VisionKit's scanner on the phone).
    case scanned(String)
    case more
    case openTitle(Int64)
}

@MainActor
@Observable
public final class SearchViewModel: CoreViewModel {
    public internal(set) var state = SearchState()
    @ObservationIgnored public var onOpenTitle: ((Int64) -> Void)?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var pageSize: UInt32 = 20

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: SearchAction) -> Task<Void, Never> {
        switch action {
        case .load:
            state.formats = choices("format")
            return Task {
                await load {
                    let libraries = try await core.read { try $0.libraries() }
                    state.libraries = libraries.map { Choice(code: $0.code, text: $0.name) }
                }
                await reload()
            }
        case .setText(let text), .scanned(let text):
            state.text = text
        case .setLibrary(let code):
            state.library = code
        case .setFormat(let code):
            state.format = code
        case .setAvailableNow(let on):
            state.availableNow = on
        case .more:
            pageSize += 20
            return Task { await reload() }
        case .openTitle(let id):
            onOpenTitle?(id)
            return done
        }
        pageSize = 20
        return Task { await reload() }
    }

    func reload() async {
        guard !state.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            state.results = []
            state.hasMore = false
            return
        }
        let query = {
            var q = state.query
            q.limit = pageSize
            return q
        }()
        let asked = state.text
        await load {
            let page = try await core.read { try $0.search(query: query) }
            // A slower search for earlier letters never replaces a newer one.
            guard asked == state.text else { return }
            state.results = SearchState.rows(page)
            state.hasMore = page.hasMore
            state.status.problem = nil
        }
    }
}

// MARK: - Title

/// Title: the full record, copies per library, and Reserve with the pickup library preselected;
/// "already reserved / on loan to you" instead of the button when so (the core's relation).
public struct TitleState: ScreenState {
    public var recordId: Int64
    public var title = ""
    public var details: [String] = []
    public var summary: String?
    public var availability = ""
    public var copies: [ListRow<TitleAction>] = []
    /// The person's relation to the title in words ("On loan to you, due back …").
    public var relationText = ""
    public var canReserve = false
    /// Where the reservation goes: the core's preselection unless the person chooses.
    public var pickup: String?
    public var libraries: [Choice] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init(recordId: Int64) {
        self.recordId = recordId
    }

    public static func make(_ t: CoreTitleScreen, pickup chosen: String? = nil) -> TitleState {
        let r = t.record
        var s = TitleState(recordId: r.id)
        s.title = [r.title, r.subtitle ?? ""].filter { !$0.isEmpty }.joined(separator: ": ")
        s.details = [
            r.responsibility ?? r.authors.joined(separator: "; "), r.format, r.year ?? "", r.publisher ?? "",
            r.edition ?? "", r.physical ?? "", r.isbns.joined(separator: ", "), r.series.joined(separator: "; "),
            r.subjects.joined(separator: "; "),
        ].filter { !$0.isEmpty }
        s.summary = r.summary
        s.availability = r.availability
        s.copies = r.copies.map { c in
            ListRow(id: c.barcode, title: c.libraryName, lines: [c.status, c.callNumber ?? "", c.location ?? ""])
        }
        s.relationText = t.relationText
        s.canReserve = t.canReserve
        s.libraries = t.pickupChoices.map { Choice(code: $0.code, text: $0.name) }
        s.pickup = chosen ?? t.pickup
        s.dataAge = t.dataAge.text
        return s
    }

    public var pickupName: String? {
        pickup.map { code in libraries.first { $0.code == code }?.text ?? code }
    }

    public var screenText: String {
        var t = ScreenText(heading: title)
        for d in details { t.text(d) }
        t.line("summary", summary)
        t.line("availability", availability)
        t.status(status)
        t.text(dataAge)
        t.section("Copies")
        t.rows(copies, empty: "No copies")
        t.text(relationText)
        if canReserve {
            t.line("collect from", pickupName)
            t.buttons([ActionButton("Reserve", TitleAction.reserve)])
        }
        return t.string
    }
}

public enum TitleAction: Equatable, Sendable {
    case load
    case setPickup(String)
    case reserve
}

@MainActor
@Observable
public final class TitleViewModel: CoreViewModel {
    public internal(set) var state: TitleState
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var chosenPickup: String?

    public init(core: AppCore, recordId: Int64) {
        self.core = core
        self.state = TitleState(recordId: recordId)
    }

    @discardableResult
    public func send(_ action: TitleAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .setPickup(let code):
            chosenPickup = code
            state.pickup = code
        case .reserve:
            let id = state.recordId
            let pickup = state.pickup
            return Task {
                await perform { try outcome(try await core.app.reserve(recordId: id, pickup: pickup)) }
            }
        }
        return done
    }

    func reload() async {
        let id = state.recordId
        await load {
            let title = try await core.read { try $0.titleScreen(recordId: id) }
            var next = TitleState.make(title, pickup: chosenPickup)
            next.status = state.status
            state = next
            refresh(at: title.refreshAt)
        }
    }
}
