import Foundation
import Observation

// MARK: - Deliveries

/// Deliveries (coordinators), from the core's one record, so it opens offline: the summary;
/// requests, deliveries to plan visits for, visits to come and paused ones, each row with the
/// core's actions (accept, decline and plan visits need the hub and say so offline); welfare
/// concerns, open first, closed with a note (offline too); who can choose and who can deliver.
/// Readers' addresses stay on the hub: the core's privacy note says so. The audit log (who read
/// readers' details) is read from the hub when it answers.
public struct DeliveriesState: ScreenState {
    public var summary = ""
    public var privacyNote = ""
    public var deliveries: [ListRow<DeliveriesAction>] = []
    public var concerns: [ListRow<DeliveriesAction>] = []
    public var audit: [ListRow<DeliveriesAction>] = []
    /// The schedule form, once "Plan visits" is chosen.
    public var plan: VisitPlan?
    public var times: [Choice] = []
    /// Who can choose books and who can deliver (code: card; text: name and libraries).
    public var choosers: [Choice] = []
    public var deliverers: [Choice] = []
    /// Why a request is declined, for "decline".
    public var declineReason = ""
    /// What was done about a concern, for "close".
    public var closingNote = ""
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    static func row(_ d: DeliveryView) -> ListRow<DeliveriesAction> {
        ListRow(
            id: String(d.id), title: d.readerName, lines: [d.statusText, d.libraryName, d.postcode],
            buttons: d.actions.compactMap { a in
                ActionButton(a, accessibilityLabel: d.readerName) { code in .act(d.id, code) }
            })
    }

    static func volunteers(_ v: [VolunteerChoice]) -> [Choice] {
        v.map { Choice(code: $0.card, text: "\($0.name), \($0.libraries)") }
    }

    public static func make(_ screen: CoreDeliveriesScreen) -> DeliveriesState {
        var s = DeliveriesState()
        s.summary = screen.summary
        s.privacyNote = screen.privacyNote
        s.deliveries = (screen.requests + screen.toSchedule + screen.scheduled + screen.paused).map(row)
        s.concerns = screen.concerns.map { c in
            ListRow(
                id: "concern-\(c.visitId)", title: c.readerName, lines: [c.text, c.closedText ?? ""],
                buttons: c.actions.compactMap { a in
                    ActionButton(a, accessibilityLabel: c.readerName) { $0 == "close" ? .closeConcern(c.visitId) : nil }
                }, urgent: c.open)
        }
        s.choosers = volunteers(screen.choosers)
        s.deliverers = volunteers(screen.deliverers)
        s.times = screen.times.map { Choice(code: $0.code, text: $0.text) }
        s.dataAge = screen.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Deliveries")
        t.status(status)
        t.text(dataAge)
        t.text(summary)
        t.text(privacyNote)
        if deliveries.contains(where: { $0.buttons.contains { $0.action.isDecline } }) {
            t.line("reason for declining", declineReason)
        }
        t.rows(deliveries, empty: "No home deliveries")
        t.section("Welfare concerns")
        if concerns.contains(where: { $0.buttons.contains { $0.enabled } }) {
            t.line("what was done", closingNote)
        }
        t.rows(concerns, empty: "No welfare concerns")
        if !audit.isEmpty {
            t.section("Who read readers' details")
            t.rows(audit)
        }
        if let plan {
            t.section("Plan visits")
            t.line("first visit", plan.date)
            t.line("time of day", times.first { $0.code == plan.timeOfDay }?.text ?? plan.timeOfDay)
            t.line("chooser", choosers.first { $0.code == plan.chooserCard }?.text ?? plan.chooserCard)
            t.line("deliverer", deliverers.first { $0.code == plan.delivererCard }?.text ?? plan.delivererCard)
            t.line("more visits", String(plan.repeat))
            t.buttons([ActionButton("Back", DeliveriesAction.cancelPlan), ActionButton("Schedule", DeliveriesAction.schedule)])
        }
        return t.string
    }
}

/// The schedule form.
public struct VisitPlan: Equatable, Sendable {
    public var deliveryId: Int64
    /// "YYYY-MM-DD", from the date picker.
    public var date = ""
    public var timeOfDay = "morning"
    public var chooserCard = ""
    public var delivererCard = ""
    /// This many more visits at the delivery's frequency.
    public var `repeat`: UInt32 = 0

    public init(deliveryId: Int64) {
        self.deliveryId = deliveryId
    }
}

public enum DeliveriesAction: Equatable, Sendable {
    case load
    /// One of a delivery's actions from the core: "accept", "decline", "schedule", "pause",
    /// "resume" or "end".
    case act(Int64, String)
    case setDeclineReason(String)
    case setClosingNote(String)
    /// Closes a welfare concern with the closing note (offline too).
    case closeConcern(Int64)
    case editPlan(VisitPlan)
    case cancelPlan
    case schedule
    case loadAudit

    public var isDecline: Bool {
        if case .act(_, "decline") = self { return true }
        return false
    }
}

@MainActor
@Observable
public final class DeliveriesViewModel: CoreViewModel {
    public internal(set) var state = DeliveriesState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: DeliveriesAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .act(let id, "accept"):
            return Task { await perform { try await app.acceptDelivery(deliveryId: id).statusText } }
        case .act(let id, "decline"):
            let reason = state.declineReason
            return Task {
                await perform {
                    let d = try await app.declineDelivery(deliveryId: id, reason: reason)
                    state.declineReason = ""
                    return d.statusText
                }
            }
        case .act(let id, "schedule"):
            state.plan = VisitPlan(deliveryId: id)
        case .act(let id, let what):
            return Task { await perform { try outcome(try await app.setDeliveryState(deliveryId: id, action: what)) } }
        case .setDeclineReason(let reason):
            state.declineReason = reason
        case .setClosingNote(let note):
            state.closingNote = note
        case .closeConcern(let visitId):
            let note = state.closingNote
            return Task {
                await perform {
                    let change = try await app.closeConcern(visitId: visitId, note: note)
                    state.closingNote = ""
                    return try outcome(change)
                }
            }
        case .editPlan(let plan):
            state.plan = plan
        case .cancelPlan:
            state.plan = nil
        case .schedule:
            guard let p = state.plan else { return done }
            return Task {
                await perform {
                    let d = try await app.scheduleVisits(
                        deliveryId: p.deliveryId, date: p.date, timeOfDay: p.timeOfDay, chooserCard: p.chooserCard,
                        delivererCard: p.delivererCard, repeat: p.repeat)
                    state.plan = nil
                    return [d.readerName, d.nextVisit?.when].compactMap { $0 }.joined(separator: ": ")
                }
            }
        case .loadAudit:
            return Task {
                await perform {
                    let log = try await app.auditLog(readerCard: nil)
                    state.audit = log.map { a in
                        ListRow(
                            id: "\(a.at)-\(a.actorCard)-\(a.readerCard)", title: a.actorName,
                            lines: [a.readerCard, a.via])
                    }
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        await load {
            let screen = try await core.read { try $0.deliveriesScreen() }
            refresh(at: screen.refreshAt)
            var next = DeliveriesState.make(screen)
            next.audit = state.audit
            next.plan = state.plan
            next.declineReason = state.declineReason
            next.closingNote = state.closingNote
            next.status = state.status
            state = next
        }
    }
}

// MARK: - Events and rooms

/// Events and rooms (coordinators), from the core's record, offline: the programme with the
/// core's Cancel (online only, and why not), every room and when it is taken, every room
/// booking with its Cancel (offline too); create, with a reason to cancel.
public struct EventsAndRoomsState: ScreenState {
    public var events: [ListRow<EventsAndRoomsAction>] = []
    public var rooms: [ListRow<EventsAndRoomsAction>] = []
    public var bookings: [ListRow<EventsAndRoomsAction>] = []
    /// "New event", as the core allows it now (it needs the hub).
    public var create = ActionButton("New event", EventsAndRoomsAction.startForm(library: ""))
    /// The new event's form, while it is filled in.
    public var form: EventForm?
    public var categories: [Choice] = []
    public var status = ScreenStatus()

    public init() {}

    public static func blankForm(library: String) -> EventForm {
        EventForm(
            library: library, title: "", description: "", category: "", audience: nil, roomId: nil, starts: "",
            ends: "", capacity: 0, bookingRequired: true, accessibility: "", hostCard: nil, repeatWeekly: nil)
    }

    public static func from(_ r: CoreEventsAndRoomsScreen, keeping s: EventsAndRoomsState) -> EventsAndRoomsState {
        var d = s
        d.events = r.events.map { p in
            let e = p.event
            return ListRow(
                id: String(e.id), title: e.title, lines: [e.when, e.libraryName, e.availability],
                buttons: p.actions.compactMap { a in
                    ActionButton(a, accessibilityLabel: e.title) { $0 == "cancel" ? .cancel(e.id, reason: "") : nil }
                })
        }
        d.rooms = r.rooms.map { room in ListRow(id: String(room.id), title: room.name, lines: [room.libraryName] + room.busy) }
        d.bookings = r.bookings.map { b in
            ListRow(
                id: String(b.booking.id), title: b.sentence,
                buttons: [ActionButton(b.cancel, accessibilityLabel: b.sentence) { _ in .cancelBooking(b.booking.id) }].compactMap { $0 })
        }
        if let create = ActionButton(r.create, { _ in EventsAndRoomsAction.startForm(library: "") }) { d.create = create }
        return d
    }

    public var screenText: String {
        var t = ScreenText(heading: "Events and rooms")
        t.status(status)
        t.rows(events, empty: "No events")
        t.section("Room bookings")
        t.rows(bookings, empty: "No room bookings")
        t.section("Rooms")
        t.rows(rooms, empty: "No rooms")
        if let form {
            t.section("New event")
            t.line("library", form.library)
            t.line("title", form.title)
            t.line("starts", form.starts)
            t.line("ends", form.ends)
            t.line("places", String(form.capacity))
            t.buttons([ActionButton("Create event", EventsAndRoomsAction.create)])
        } else {
            t.buttons([create])
        }
        return t.string
    }
}

public enum EventsAndRoomsAction: Equatable, Sendable {
    case load
    case startForm(library: String)
    case editForm(EventForm)
    case create
    case cancel(Int64, reason: String)
    case cancelBooking(Int64)
}

@MainActor
@Observable
public final class EventsAndRoomsViewModel: CoreViewModel {
    public internal(set) var state = EventsAndRoomsState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: EventsAndRoomsAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
            state.categories = choices("category")
            return Task { await reload() }
        case .startForm(let library):
            state.form = EventsAndRoomsState.blankForm(library: library)
        case .editForm(let form):
            state.form = form
        case .create:
            guard let form = state.form else { return done }
            return Task {
                await perform {
                    let made = try await app.createEvent(form: form)
                    state.form = nil
                    _ = try await app.sync(listener: nil)
                    return made.first.map { "\($0.title): \($0.when)" }
                }
            }
        case .cancel(let id, let reason):
            return Task {
                await perform {
                    let e = try await app.cancelEvent(eventId: id, reason: reason)
                    _ = try await app.sync(listener: nil)
                    return e.availability
                }
            }
        case .cancelBooking(let id):
            return Task {
                await perform { try outcome(try await app.cancelRoomBooking(bookingId: id)) }
            }
        }
        return done
    }

    func reload() async {
        let filter = EventFilter(library: nil, category: nil, fromDate: nil, toDate: nil)
        await load {
            let r = try await core.read { try $0.eventsAndRoomsScreen(filter: filter) }
            state = EventsAndRoomsState.from(r, keeping: state)
            refresh(at: r.refreshAt)
        }
    }
}

// MARK: - Impact

/// Impact (coordinators): the core's screen record, from the figures a coordinator's phone keeps
/// at each sync (this month, last month, this year from 1 April; every library and all), so it
/// opens offline. Every label is the core's, in the person's language.
public struct ImpactState: ScreenState {
    /// A library code, or "all".
    public var library = "all"
    /// "this_month", "last_month" or "year".
    public var period = "this_month"
    public var libraries: [Choice] = []
    public var periods: [Choice] = []
    /// "Holmcroft Library, Sunday 1 November to Monday 30 November".
    public var title = ""
    /// "Figures counted at 7:04pm on Sunday 6 December." or how to get them.
    public var counted = ""
    /// Each figure as one sentence: "Loans: 1208".
    public var figures: [ListRow<ImpactAction>] = []
    /// The CSV's file name and text for the share sheet, once asked for.
    public var csv: SharedFile?
    public var status = ScreenStatus()

    public init() {}

    public static func from(_ r: CoreImpactScreen, status: ScreenStatus) -> ImpactState {
        var s = ImpactState()
        s.library = r.library
        s.period = r.period
        s.libraries = r.libraries.map { Choice(code: $0.code, text: $0.text) }
        s.periods = r.periods.map { Choice(code: $0.code, text: $0.text) }
        s.title = r.title
        s.counted = r.counted
        s.figures = r.figures.map { f in
            ListRow<ImpactAction>(id: f.category.isEmpty ? f.figure : "\(f.figure)-\(f.category)", title: f.sentence)
        }
        s.status = status
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Impact")
        t.line("library", library)
        t.line("period", period)
        t.status(status)
        t.section(title.isEmpty ? "Figures" : title)
        t.text(counted)
        t.rows(figures)
        if !figures.isEmpty { t.buttons([ActionButton("Share as a spreadsheet (CSV)", ImpactAction.share)]) }
        return t.string
    }
}

/// A file the core made, for the share sheet.
public struct SharedFile: Equatable, Sendable {
    public var name: String
    public var text: String
}

public enum ImpactAction: Equatable, Sendable {
    case load
    case setLibrary(String)
    case setPeriod(String)
    /// Makes the CSV (in `state.csv`) for the share sheet.
    case share
}

@MainActor
@Observable
public final class ImpactViewModel: CoreViewModel {
    public internal(set) var state = ImpactState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: ImpactAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .setLibrary(let code):
            state.library = code
            return Task { await reload() }
        case .setPeriod(let code):
            state.period = code
            return Task { await reload() }
        case .share:
            let (library, period) = (state.library, state.period)
            return Task {
                await perform {
                    let (name, text) = try await core.read { app in
                        (try app.impactScreen(library: library, period: period).csvFileName,
                         try app.impactCsv(library: library, period: period))
                    }
                    state.csv = SharedFile(name: name, text: text)
                    return nil
                }
            }
        }
    }

    func reload() async {
        let (library, period, csv) = (state.library, state.period, state.csv)
        await load {
            let r = try await core.read { try $0.impactScreen(library: library, period: period) }
            state = ImpactState.from(r, status: state.status)
            state.csv = csv
            refresh(at: r.refreshAt)
        }
    }
}
