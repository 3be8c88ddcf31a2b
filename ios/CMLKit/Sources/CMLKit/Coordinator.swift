import Foundation
import Observation

// MARK: - Deliveries

/// Deliveries (coordinators): requests to accept or decline, visits to schedule with a chooser
/// and a deliverer, welfare concerns, and who read what. Needs the hub (the core's calls do).
public struct DeliveriesState: ScreenState {
    public var deliveries: [ListRow<DeliveriesAction>] = []
    public var concerns: [ListRow<DeliveriesAction>] = []
    public var audit: [ListRow<DeliveriesAction>] = []
    /// The schedule form, once "Schedule visits" is chosen.
    public var plan: VisitPlan?
    public var times: [Choice] = []
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ deliveries: [DeliveryView]) -> [ListRow<DeliveriesAction>] {
        deliveries.map { d in
            var buttons: [ActionButton<DeliveriesAction>] = []
            // A request waits for a coordinator's answer; the hub refuses any other answer.
            if d.status == "requested" {
                buttons.append(ActionButton("Accept", .accept(d.id), accessibilityLabel: d.readerName))
                buttons.append(ActionButton("Decline", .decline(d.id, reason: ""), accessibilityLabel: d.readerName))
            }
            if d.status == "accepted" || d.status == "active" {
                buttons.append(ActionButton("Schedule visits", .startPlan(d.id), accessibilityLabel: d.readerName))
            }
            return ListRow(
                id: String(d.id), title: d.readerName,
                lines: [
                    d.libraryName, d.statusText, "\(d.address), \(d.postcode)", d.accessNotes,
                    d.preferences.notes,
                ],
                buttons: buttons)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Deliveries")
        t.status(status)
        t.rows(deliveries, empty: "No home deliveries")
        t.section("Welfare concerns")
        t.rows(concerns, empty: "No welfare concerns")
        if !audit.isEmpty {
            t.section("Who read readers' details")
            t.rows(audit)
        }
        if let plan {
            t.section("Schedule visits")
            t.line("first visit", plan.date)
            t.line("time of day", times.first { $0.code == plan.timeOfDay }?.text ?? plan.timeOfDay)
            t.line("chooser", plan.chooserCard)
            t.line("deliverer", plan.delivererCard)
            t.line("more visits", String(plan.repeat))
            t.buttons([ActionButton("Schedule", DeliveriesAction.schedule)])
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
    case accept(Int64)
    case decline(Int64, reason: String)
    case startPlan(Int64)
    case editPlan(VisitPlan)
    case cancelPlan
    case schedule
    case loadAudit
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
            state.times = choices("time")
            return Task { await reload() }
        case .accept(let id):
            return Task { await perform { try await app.acceptDelivery(deliveryId: id).statusText } }
        case .decline(let id, let reason):
            return Task { await perform { try await app.declineDelivery(deliveryId: id, reason: reason).statusText } }
        case .startPlan(let id):
            state.plan = VisitPlan(deliveryId: id)
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
                    return d.statusText
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
            let concerns = try await core.read { try $0.concerns() }
            state.concerns = concerns.map { c in
                ListRow(id: "concern-\(c.visitId)", title: c.readerName, lines: [c.date, c.note, c.raisedBy])
            }
            // Every delivery comes from the hub (coordinators see them all).
            state.deliveries = DeliveriesState.rows(try await core.app.allDeliveries())
        }
    }
}

// MARK: - Events and rooms

/// Events and rooms (coordinators): create, cancel with a reason; rooms and their bookings.
public struct EventsAndRoomsState: ScreenState {
    public var events: [ListRow<EventsAndRoomsAction>] = []
    public var rooms: [ListRow<EventsAndRoomsAction>] = []
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

    public static func rows(_ events: [EventView]) -> [ListRow<EventsAndRoomsAction>] {
        events.map { e in
            ListRow(
                id: String(e.id), title: e.title, lines: [e.when, e.libraryName, e.availability],
                buttons: e.cancelled ? [] : [ActionButton("Cancel event", .cancel(e.id, reason: ""), accessibilityLabel: e.title)])
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Events and rooms")
        t.status(status)
        t.rows(events, empty: "No events")
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
            t.buttons([ActionButton("New event", EventsAndRoomsAction.startForm(library: ""))])
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
    case loadRooms(library: String?)
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
        case .loadRooms(let library):
            return Task {
                await perform {
                    let rooms = try await app.rooms(library: library)
                    state.rooms = rooms.map { r in
                        ListRow(id: String(r.id), title: r.name, lines: [r.libraryName] + r.busy)
                    }
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        let filter = EventFilter(library: nil, category: nil, fromDate: nil, toDate: nil)
        await load { state.events = EventsAndRoomsState.rows(try await core.read { try $0.events(filter: filter) }) }
    }
}

// MARK: - Impact

/// One figure of the impact report: the app's label (a key of Localizable.xcstrings) and the
/// number, as the core counted it.
public struct Figure: Equatable, Sendable, Identifiable {
    public var id: String
    public var label: String
    public var value: String

    public init(id: String, label: String, value: String) {
        self.id = id
        self.label = label
        self.value = value
    }
}

/// Attendance at one category of event, its name in the core's words.
public struct CategoryFigures: Equatable, Sendable, Identifiable {
    public var id: String { category }
    public var category: String
    public var name: String
    public var events: Int64
    public var booked: Int64
    public var attended: Int64
    public var notCome: Int64
    public var walkIns: Int64
}

/// Impact (coordinators): a library's figures for a period, from the hub. CSV export waits for a
/// core call (see ios/README.md).
public struct ImpactState: ScreenState {
    public var library: String?
    /// "YYYY-MM-DD", from the date pickers.
    public var from = ""
    public var to = ""
    public var libraries: [Choice] = []
    public var report: ImpactView?
    public var figures: [Figure] = []
    public var categories: [CategoryFigures] = []
    public var status = ScreenStatus()

    public init() {}

    public static func figures(_ r: ImpactView) -> [Figure] {
        func h(_ v: Double) -> String { v.rounded() == v ? String(Int64(v)) : String(format: "%.1f", v) }
        return [
            Figure(id: "members", label: "Members", value: String(r.membersTotal)),
            Figure(id: "members_new", label: "New members", value: String(r.membersNew)),
            Figure(id: "loans", label: "Loans", value: String(r.loans)),
            Figure(id: "reservations", label: "Reservations", value: String(r.reservations)),
            Figure(id: "events_held", label: "Events held", value: String(r.eventsHeld)),
            Figure(id: "volunteer_hours", label: "Volunteer hours", value: h(r.volunteerHours)),
            Figure(id: "active_volunteers", label: "Active volunteers", value: String(r.activeVolunteers)),
            Figure(id: "delivery_visits", label: "Home delivery visits", value: String(r.deliveryVisits)),
            Figure(id: "readers_served", label: "Readers served at home", value: String(r.readersServed)),
            Figure(id: "room_bookings", label: "Room bookings", value: String(r.roomBookings)),
            Figure(id: "room_hours", label: "Room hours", value: h(r.roomHours)),
            Figure(id: "consultations", label: "Consultations", value: String(r.consultations)),
            Figure(id: "consultation_responses", label: "Consultation answers", value: String(r.consultationResponses)),
        ]
    }

    public static func categories(_ r: ImpactView, name: (String) -> String) -> [CategoryFigures] {
        r.attendance.map { c in
            CategoryFigures(
                category: c.category, name: name(c.category), events: c.events, booked: c.bookedPlaces,
                attended: c.attended, notCome: c.noShows, walkIns: c.walkIns)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Impact")
        t.line("library", library ?? "all")
        t.line("from", from)
        t.line("to", to)
        t.status(status)
        if figures.isEmpty { t.text("(No report yet)") }
        for f in figures { t.text("\(f.label): \(f.value)") }
        if !categories.isEmpty {
            t.section("Attendance")
            for c in categories {
                t.text(
                    "\(c.name): events \(c.events), booked \(c.booked), came \(c.attended), did not come \(c.notCome), walk-ins \(c.walkIns)"
                )
            }
        }
        t.buttons([ActionButton("Show the report", ImpactAction.run)])
        return t.string
    }
}

public enum ImpactAction: Equatable, Sendable {
    case load
    case setLibrary(String?)
    case setPeriod(from: String, to: String)
    case run
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
        let app = core.app
        switch action {
        case .load:
            return Task { await reload() }
        case .setLibrary(let code):
            state.library = code
        case .setPeriod(let from, let to):
            state.from = from
            state.to = to
        case .run:
            let (library, from, to) = (state.library, state.from, state.to)
            return Task {
                await perform {
                    let report = try await app.impactReport(library: library, from: from, to: to)
                    state.report = report
                    state.figures = ImpactState.figures(report)
                    state.categories = ImpactState.categories(report) { app.codeText(kind: "category", code: $0) }
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        await load {
            state.libraries = try await core.read { try $0.libraries() }.map { Choice(code: $0.code, text: $0.name) }
        }
    }
}
