import Foundation
import Observation

// MARK: - Today

/// Today: one large check-in / check-out button (the core's, offline too), today's shifts, and
/// the hours this month in the core's words.
public struct TodayState: ScreenState {
    /// "Checked in at Glascote Library since 9:02am (waiting to be sent)".
    public var checkedIn: String?
    public var button: ActionButton<TodayAction>?
    /// Where a check-in goes (the core's preselection unless chosen).
    public var library: String?
    public var libraries: [Choice] = []
    public var shifts: [ListRow<TodayAction>] = []
    public var hoursText = ""
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func make(_ t: CoreTodayScreen, library chosen: String? = nil) -> TodayState {
        var s = TodayState()
        s.checkedIn = t.checkedIn?.text
        s.library = chosen ?? t.checkInLibrary
        let shiftId = t.shiftsToday.first { s.library == nil || $0.libraryCode == s.library }?.id
        let library = s.library
        s.button = ActionButton(t.button) { code in
            switch code {
            case "check_in": return .checkIn(library: library, shiftId: shiftId)
            case "check_out": return .checkOut
            default: return nil
            }
        }
        s.libraries = t.libraries.map { Choice(code: $0.code, text: $0.name) }
        s.shifts = t.shiftsToday.map { sh in
            ListRow(id: String(sh.id), title: sh.title, lines: [sh.when, sh.libraryName, sh.statusText])
        }
        s.hoursText = t.hoursText
        s.dataAge = t.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Today")
        t.status(status)
        t.text(dataAge)
        t.text(checkedIn ?? "")
        t.line("at", library.map { code in libraries.first { $0.code == code }?.text ?? code })
        if let button { t.buttons([button]) }
        t.section("My shifts")
        t.rows(shifts, empty: "No shifts")
        t.section("Hours by month")
        t.text(hoursText)
        return t.string
    }
}

public enum TodayAction: Equatable, Sendable {
    case load
    case setLibrary(String)
    /// At a library (nil: the core's choice), for a shift if there is one. Offline too.
    case checkIn(library: String?, shiftId: Int64?)
    case checkOut
}

@MainActor
@Observable
public final class TodayViewModel: CoreViewModel {
    public internal(set) var state = TodayState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var chosenLibrary: String?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: TodayAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .setLibrary(let code):
            chosenLibrary = code
            return Task { await reload() }
        case .checkIn(let library, let shiftId):
            return Task {
                await perform { try outcome(try await app.checkIn(library: library, shiftId: shiftId, at: nil)) }
            }
        case .checkOut:
            return Task { await perform { try outcome(try await app.checkOut(at: nil)) } }
        }
    }

    func reload() async {
        let chosen = chosenLibrary
        await load {
            let today = try await core.read { try $0.todayScreen() }
            var next = TodayState.make(today, library: chosen)
            next.status = state.status
            state = next
            refresh(at: today.refreshAt)
        }
    }
}

// MARK: - Rota

/// Rota: my shifts, and open shifts to sign up for; drop with notice (the core says when not).
public struct RotaState: ScreenState {
    public var library: String?
    public var libraries: [Choice] = []
    public var myShifts: [ListRow<RotaAction>] = []
    public var openShifts: [ListRow<RotaAction>] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ shifts: [ShiftView]) -> [ListRow<RotaAction>] {
        shifts.map { sh in
            let buttons: [ActionButton<RotaAction>] = sh.actions.compactMap { view in
                ActionButton(view, accessibilityLabel: "\(sh.title), \(sh.when)") { code in
                    switch code {
                    case "sign_up": return .signUp(sh.id)
                    case "drop": return .drop(sh.id)
                    default: return nil
                    }
                }
            }
            return ListRow(
                id: String(sh.id), title: sh.title, lines: [sh.when, sh.libraryName, sh.statusText, sh.dropUntil ?? ""],
                buttons: buttons)
        }
    }

    public static func make(_ r: CoreRotaScreen) -> RotaState {
        var s = RotaState()
        s.library = r.library
        s.libraries = r.libraries.map { Choice(code: $0.code, text: $0.name) }
        s.myShifts = rows(r.myShifts)
        s.openShifts = rows(r.openShifts)
        s.dataAge = r.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Rota")
        t.line("library", library.map { code in libraries.first { $0.code == code }?.text ?? code })
        t.status(status)
        t.text(dataAge)
        t.section("My shifts")
        t.rows(myShifts, empty: "No shifts")
        t.section("Open shifts")
        t.rows(openShifts, empty: "No shifts on the rota")
        return t.string
    }
}

public enum RotaAction: Equatable, Sendable {
    case load
    case setLibrary(String?)
    case signUp(Int64)
    case drop(Int64)
}

@MainActor
@Observable
public final class RotaViewModel: CoreViewModel {
    public internal(set) var state = RotaState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: RotaAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
        case .setLibrary(let code):
            state.library = code
        case .signUp(let id):
            return Task { await perform { try outcome(try await app.signUpShift(shiftId: id)) } }
        case .drop(let id):
            return Task { await perform { try outcome(try await app.dropShift(shiftId: id)) } }
        }
        return Task { await reload() }
    }

    func reload() async {
        let library = state.library
        await load {
            let rota = try await core.read { try $0.rotaScreen(library: library) }
            var next = RotaState.make(rota)
            next.library = library
            next.status = state.status
            state = next
            refresh(at: rota.refreshAt)
        }
    }
}

// MARK: - Round

/// Round (deliverers): the day's visits in order; each opens to the address, access notes, the
/// bag, items due back, and the core's outcome buttons. Fully offline (`round_screen`).
public struct RoundState: ScreenState {
    /// "YYYY-MM-DD"; nil is today (the core's today).
    public var date: String?
    /// "Thursday 3 December".
    public var dateText = ""
    /// "1 visit: 0 recorded, 1 to go."
    public var summary = ""
    public var stops: [ListRow<RoundAction>] = []
    /// The visit opened.
    public var visit: RoundStopView?
    public var outcomes: [Choice] = []
    /// The note for a welfare concern (or any outcome).
    public var note = ""
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ stops: [RoundStopView]) -> [ListRow<RoundAction>] {
        stops.map { s in
            ListRow(
                id: String(s.visitId), title: s.readerName,
                lines: [s.address, s.postcode, s.timeOfDay, s.pending ?? ""], open: .open(s.visitId))
        }
    }

    public static func make(_ r: CoreRoundScreen, date: String?) -> RoundState {
        var s = RoundState()
        s.date = date
        s.dateText = r.dateText
        s.summary = r.summary
        s.stops = rows(r.stops)
        s.outcomes = r.outcomes.map { Choice(code: $0.code, text: $0.text) }
        s.dataAge = r.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Round")
        t.text(dateText)
        t.text(summary)
        t.status(status)
        t.text(dataAge)
        t.rows(stops, empty: "No visits")
        if let v = visit {
            t.section(v.readerName)
            t.line("address", "\(v.address), \(v.postcode)")
            t.line("access", v.accessNotes)
            t.line("waiting to be sent", v.pending)
            t.text("bag:")
            for b in v.bag { t.text("  - \(b.title) (\(b.barcode))") }
            t.text("due back:")
            for d in v.dueBack { t.text("  - \(d.title) (\(d.barcode))") }
            t.line("note", note)
            t.buttons(outcomes.map { ActionButton($0.text, RoundAction.record(v.visitId, outcome: $0.code), fromCore: true) })
        }
        return t.string
    }
}

public enum RoundAction: Equatable, Sendable {
    case load
    case setDate(String?)
    case open(Int64)
    case close
    case setNote(String)
    /// Records the visit: the bag handed over, the items due back collected (offline too).
    case record(Int64, outcome: String)
}

@MainActor
@Observable
public final class RoundViewModel: CoreViewModel {
    public internal(set) var state = RoundState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var stops: [RoundStopView] = []

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: RoundAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
        case .setDate(let date):
            state.date = date
        case .open(let id):
            state.visit = stops.first { $0.visitId == id }
            state.note = ""
            return done
        case .close:
            state.visit = nil
            return done
        case .setNote(let note):
            state.note = note
            return done
        case .record(let id, let code):
            guard let stop = stops.first(where: { $0.visitId == id }) else { return done }
            let note = state.note.isEmpty ? nil : state.note
            return Task {
                await perform {
                    try outcome(
                        try await core.app.recordVisit(
                            visitId: id, outcome: code, note: note, handed: stop.bag.map(\.barcode),
                            collected: stop.dueBack.map(\.barcode)))
                }
            }
        }
        return Task { await reload() }
    }

    func reload() async {
        let date = state.date
        await load {
            let round = try await core.read { try $0.roundScreen(date: date) }
            stops = round.stops
            var next = RoundState.make(round, date: date)
            next.visit = state.visit.flatMap { open in stops.first { $0.visitId == open.visitId } }
            next.note = state.note
            next.status = state.status
            state = next
            refresh(at: round.refreshAt)
        }
    }
}

// MARK: - Choose

/// Choose (choosers): the reader's preferences in the core's words, the bag with its warnings
/// (titles borrowed before) and the reader's reactions; copies added by barcode (typed or
/// scanned).
public struct ChooseState: ScreenState {
    public var visits: [ListRow<ChooseAction>] = []
    public var visit: RoundStopView?
    public var preferences: [String] = []
    public var warnings: [String] = []
    public var reactions: [String] = []
    /// Barcodes for the bag, as typed or scanned.
    public var barcodes: [String] = []
    public var typed = ""
    public var status = ScreenStatus()

    public init() {}

    public mutating func open(_ c: CoreChooseScreen) {
        visit = c.stop
        preferences = c.preferencesText
        warnings = c.warnings
        reactions = c.reactions
    }

    public var screenText: String {
        var t = ScreenText(heading: "Choose books")
        t.status(status)
        t.rows(visits, empty: "No readers to choose for")
        if let v = visit {
            t.section(v.readerName)
            for p in preferences { t.text(p) }
            for w in warnings { t.text("(!) \(w)") }
            for r in reactions { t.text(r) }
            t.text("bag:")
            for b in v.bag { t.text("  - \(b.title)") }
            t.line("adding", barcodes.joined(separator: ", "))
            t.buttons([ActionButton("Add", ChooseAction.add), ActionButton("Fill the bag", .fill(v.visitId))])
        }
        return t.string
    }
}

public enum ChooseAction: Equatable, Sendable {
    case load
    case open(Int64)
    case setTyped(String)
    case add
    case scanned(String)
    case fill(Int64)
}

@MainActor
@Observable
public final class ChooseViewModel: CoreViewModel {
    public internal(set) var state = ChooseState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var openVisit: Int64?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: ChooseAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
        case .open(let id):
            openVisit = id
            state.barcodes = []
        case .setTyped(let text):
            state.typed = text
            return done
        case .add:
            let code = state.typed.trimmingCharacters(in: .whitespaces)
            if !code.isEmpty { state.barcodes.append(code) }
            state.typed = ""
            return done
        case .scanned(let code):
            state.barcodes.append(code)
            return done
        case .fill(let id):
            let barcodes = state.barcodes
            return Task {
                await perform {
                    let change = try await core.app.chooseItems(visitId: id, barcodes: barcodes)
                    state.barcodes = []
                    return try outcome(change)
                }
            }
        }
        return Task { await reload() }
    }

    func reload() async {
        let open = openVisit
        await load {
            let (round, chosen) = try await core.read { app in
                (try app.roundScreen(date: nil), try open.map { try app.chooseScreen(visitId: $0) })
            }
            // The visits this volunteer chooses for (the core marks them).
            state.visits = round.stops.filter(\.choosing).map { s in
                ListRow(id: String(s.visitId), title: s.readerName, lines: [s.date, s.timeOfDay], open: .open(s.visitId))
            }
            if let chosen { state.open(chosen) } else { state.visit = nil }
        }
    }
}

// MARK: - Door list

/// One booking on the door list. Places and the mark are shown with the app's words.
public struct DoorEntry: Equatable, Sendable, Identifiable {
    public var id: Int64 { bookingId }
    public var eventId: Int64
    public var bookingId: Int64
    public var name: String
    public var places: Int64
    /// "attended", "no_show", or nil while not marked.
    public var attendance: String?
    /// The mark waits on this phone to be sent.
    public var pending: Bool
}

/// Door list (event hosts): bookings for my event, attended / not come, walk-ins.
public struct DoorListState: ScreenState {
    public var events: [ListRow<DoorListAction>] = []
    public var roster: RosterView?
    public var entries: [DoorEntry] = []
    public var status = ScreenStatus()

    public init() {}

    public static func entries(_ r: RosterView) -> [DoorEntry] {
        r.entries.map { e in
            DoorEntry(
                eventId: r.eventId, bookingId: e.bookingId, name: e.name, places: e.places, attendance: e.attendance,
                pending: e.pending)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Door list")
        t.status(status)
        t.rows(events, empty: "No events to host")
        if let r = roster {
            t.section(r.title)
            t.text(r.when)
            t.text(r.summary)
            if entries.isEmpty { t.text("(No bookings)") }
            for e in entries {
                t.text(
                    "- \(e.name), places: \(e.places)" + (e.attendance.map { ", \($0)" } ?? "")
                        + (e.pending ? ", waiting to be sent" : ""))
                t.text("    [Came] [Did not come]")
            }
            t.line("walk-ins", String(r.walkIns))
            t.buttons([ActionButton("Add a walk-in", DoorListAction.addWalkIn(r.eventId))])
        }
        return t.string
    }
}

public enum DoorListAction: Equatable, Sendable {
    case load
    case open(Int64)
    case mark(Int64, Int64, attended: Bool)
    case addWalkIn(Int64)
}

@MainActor
@Observable
public final class DoorListViewModel: CoreViewModel {
    public internal(set) var state = DoorListState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var openEvent: Int64?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: DoorListAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
        case .open(let id):
            openEvent = id
        case .mark(let event, let booking, let attended):
            return Task {
                await perform {
                    try outcome(try await app.markAttendance(eventId: event, bookingId: booking, attended: attended))
                }
            }
        case .addWalkIn(let event):
            let count = (state.roster?.walkIns ?? 0) + 1
            return Task { await perform { try outcome(try await app.setWalkIns(eventId: event, count: count)) } }
        }
        return Task { await reload() }
    }

    func reload() async {
        let open = openEvent
        await load {
            let (hosted, roster) = try await core.read { app in
                (try app.hostedEvents(), try open.map { try app.roster(eventId: $0) })
            }
            state.events = hosted.map { r in
                ListRow(id: String(r.eventId), title: r.title, lines: [r.when, r.summary], open: .open(r.eventId))
            }
            state.roster = roster
            state.entries = roster.map(DoorListState.entries) ?? []
        }
    }
}

// MARK: - Desk

/// Desk (branch volunteers): check out to a card and check in by item barcode, offline, from the
/// core's Desk record: where the volunteer works the desk, Lend and Take back (why not, for
/// someone who works no desk), and the latest lending and returns with what became of each (the
/// core's outcome says where a returned copy someone reserved goes).
public struct DeskState: ScreenState {
    public var barcode = ""
    public var card = ""
    /// Where copies are taken back: one of `libraries`.
    public var library: String?
    public var libraries: [Choice] = []
    public var lend = ActionButton("Lend", DeskAction.checkOut)
    public var takeBack = ActionButton("Take back", DeskAction.checkIn)
    /// "2 desk changes will be sent when you are back online."
    public var waiting: String?
    public var recent: [ListRow<DeskAction>] = []
    public var status = ScreenStatus()

    public init() {}

    public static func from(_ r: CoreDeskScreen, keeping s: DeskState) -> DeskState {
        var d = s
        d.libraries = r.libraries.map { Choice(code: $0.code, text: $0.name) }
        if d.library.map({ l in !r.libraries.contains { $0.code == l } }) ?? true { d.library = r.library }
        for a in r.actions {
            if a.action == "lend", let b = ActionButton(a, { _ in DeskAction.checkOut }) { d.lend = b }
            if a.action == "take_back", let b = ActionButton(a, { _ in DeskAction.checkIn }) { d.takeBack = b }
        }
        d.waiting = r.waitingText
        d.recent = r.recent.enumerated().map { i, c in
            ListRow(id: String(i), title: c.summary, lines: [c.outcome ?? ""])
        }
        return d
    }

    public var screenText: String {
        var t = ScreenText(heading: "Desk")
        t.line("item barcode", barcode)
        t.line("card", card)
        t.line("takes back at", libraries.first { $0.code == library }?.text)
        t.status(status)
        t.buttons([lend, takeBack])
        if !recent.isEmpty {
            t.section("Lent and taken back on this phone")
            t.text(waiting ?? "")
            t.rows(recent)
        }
        return t.string
    }
}

public enum DeskAction: Equatable, Sendable {
    case setBarcode(String)
    case setCard(String)
    /// A barcode read by the camera.
    case scanned(String)
    case checkOut
    case checkIn
    case setLibrary(String)
    case load
}

@MainActor
@Observable
public final class DeskViewModel: CoreViewModel {
    public internal(set) var state = DeskState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: DeskAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .setBarcode(let b), .scanned(let b):
            state.barcode = b
            return done
        case .setCard(let c):
            state.card = c
            return done
        case .checkOut:
            let (barcode, card) = (state.barcode, state.card)
            return Task {
                await perform {
                    let change = try await app.deskCheckout(barcode: barcode, card: card)
                    state.barcode = ""
                    return try outcome(change)
                }
            }
        case .setLibrary(let code):
            state.library = code
            return done
        case .load:
            startObserving()
            return Task { await reload() }
        case .checkIn:
            let (barcode, library) = (state.barcode, state.library)
            return Task {
                await perform {
                    let change = try await app.deskCheckin(barcode: barcode, library: library)
                    state.barcode = ""
                    return try outcome(change)
                }
            }
        }
    }

    func reload() async {
        await load {
            let r = try await core.read { try $0.deskScreen() }
            state = DeskState.from(r, keeping: state)
            refresh(at: r.refreshAt)
        }
    }
}
