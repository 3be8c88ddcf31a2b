import Foundation
import Observation

// MARK: - Events

/// Events: this week and next by library and category, each with its plain description,
/// accessibility notes, places left or the waiting list; book for me (and a companion), cancel,
/// add to the calendar: the actions the core allows, with why not.
public struct EventsState: ScreenState {
    public var library: String?
    public var category: String?
    public var libraries: [Choice] = []
    public var categories: [Choice] = []
    public var events: [ListRow<EventsAction>] = []
    public var emptyText: String?
    /// An iCalendar file to hand to the share sheet / Calendar, once asked for.
    public var calendarFile: String?
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ events: [EventView]) -> [ListRow<EventsAction>] {
        events.map { e in
            var buttons: [ActionButton<EventsAction>] = []
            for view in e.actions {
                switch view.action {
                case "book", "join_waiting_list":
                    buttons.append(ActionButton(view, accessibilityLabel: e.title) { _ in .book(e.id, places: 1) }!)
                    if view.allowed {
                        buttons.append(ActionButton("Book for me and a companion", .book(e.id, places: 2), accessibilityLabel: e.title))
                    }
                case "cancel":
                    buttons.append(ActionButton(view, accessibilityLabel: e.title) { _ in .cancel(e.id) }!)
                case "add_to_calendar":
                    buttons.append(ActionButton(view, accessibilityLabel: e.title) { _ in .addToCalendar(e.id) }!)
                default:
                    break
                }
            }
            return ListRow(
                id: String(e.id), title: e.title,
                lines: [
                    e.when, e.libraryName, e.availability, e.myBooking ?? "", e.description, e.accessibility,
                    e.cancelReason ?? "",
                ],
                buttons: buttons)
        }
    }

    public static func make(_ e: CoreEventsScreen) -> EventsState {
        var s = EventsState()
        s.library = e.filter.library
        s.category = e.filter.category
        s.libraries = e.libraries.map { Choice(code: $0.code, text: $0.name) }
        s.categories = e.categories.map { Choice(code: $0.code, text: $0.text) }
        s.events = rows(e.events)
        s.emptyText = e.emptyText
        s.dataAge = e.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Events")
        t.line("library", library.map { code in libraries.first { $0.code == code }?.text ?? code })
        t.line("category", category.map { code in categories.first { $0.code == code }?.text ?? code })
        t.status(status)
        t.text(dataAge)
        if events.isEmpty { t.text(emptyText ?? "") }
        t.rows(events)
        return t.string
    }
}

public enum EventsAction: Equatable, Sendable {
    case load
    case setLibrary(String?)
    case setCategory(String?)
    case book(Int64, places: Int64)
    case cancel(Int64)
    case addToCalendar(Int64)
    /// The calendar file was handed on (or the sheet closed).
    case calendarDone
}

@MainActor
@Observable
public final class EventsViewModel: CoreViewModel {
    public internal(set) var state = EventsState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: EventsAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
        case .setLibrary(let code):
            state.library = code
        case .setCategory(let category):
            state.category = category
        case .book(let id, let places):
            return Task { await perform { try outcome(try await app.bookEvent(eventId: id, places: places)) } }
        case .cancel(let id):
            return Task { await perform { try outcome(try await app.cancelBooking(eventId: id)) } }
        case .calendarDone:
            state.calendarFile = nil
            return done
        case .addToCalendar(let id):
            return Task {
                do {
                    state.calendarFile = try await core.read { try $0.eventIcs(eventId: id) }
                } catch {
                    state.status.problem = Problem(error)
                }
            }
        }
        return Task { await reload() }
    }

    func reload() async {
        let filter = EventFilter(library: state.library, category: state.category, fromDate: nil, toDate: nil)
        await load {
            let screen = try await core.read { try $0.eventsScreen(filter: filter) }
            var next = EventsState.make(screen)
            next.library = state.library
            next.category = state.category
            next.calendarFile = state.calendarFile
            next.status = state.status
            state = next
            refresh(at: screen.refreshAt)
        }
    }
}

// MARK: - Libraries

/// Libraries: each library's address, today's hours, the week, coming closures, and what is on
/// there this week (the member's own library first: the core's order).
public struct LibrariesState: ScreenState {
    public var libraries: [ListRow<LibrariesAction>] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ pages: [LibraryPage]) -> [ListRow<LibrariesAction>] {
        pages.map { page in
            let l = page.library
            var buttons: [ActionButton<LibrariesAction>] = []
            if let phone = l.phone { buttons.append(ActionButton("Call the library", .call(phone), accessibilityLabel: l.name)) }
            var lines: [String] = [l.today, "\(l.address), \(l.postcode)"]
            lines += l.week.map { (d: DayHours) -> String in "\(d.day): \(d.hours)" }
            lines += l.closures.map { (c: ClosureView) -> String in c.text }
            lines += page.thisWeek.map { (e: EventView) -> String in "\(e.title): \(e.when)" }
            lines += [l.phone ?? "", l.email ?? ""]
            return ListRow(id: l.code, title: l.name, lines: lines, buttons: buttons)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Libraries")
        t.status(status)
        t.text(dataAge)
        t.rows(libraries, empty: "No libraries yet")
        return t.string
    }
}

public enum LibrariesAction: Equatable, Sendable {
    case load
    /// The phone's dialler opens with this number.
    case call(String)
}

@MainActor
@Observable
public final class LibrariesViewModel: CoreViewModel {
    public internal(set) var state = LibrariesState()
    @ObservationIgnored public var onCall: ((String) -> Void)?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: LibrariesAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .call(let number):
            onCall?(number)
            return done
        }
    }

    func reload() async {
        await load {
            let screen = try await core.read { try $0.librariesScreen() }
            state.libraries = LibrariesState.rows(screen.libraries)
            state.dataAge = screen.dataAge.text
            refresh(at: screen.refreshAt)
        }
    }
}

// MARK: - Join

/// Join: a short form that works offline (sent at the next sync); the core checks each field and
/// says which is wrong, and the new card appears once the hub has made it (`join_screen`).
public struct JoinState: ScreenState {
    public var name = ""
    public var address = ""
    public var postcode = ""
    /// "YYYY-MM-DD", from the date picker.
    public var dateOfBirth = ""
    public var homeLibrary = ""
    public var email = ""
    public var phone = ""
    public var pin = ""
    public var libraries: [Choice] = []
    /// Whose joining waits to be sent.
    public var waitingName: String?
    /// The new card (or, while it waits, the message saying so).
    public var receipt: JoinReceipt?
    /// Why the hub refused the joining sent earlier.
    public var refused: String?
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public var form: JoinForm {
        JoinForm(
            name: name, address: address, postcode: postcode, dateOfBirth: dateOfBirth, homeLibrary: homeLibrary,
            email: email.isEmpty ? nil : email, phone: phone.isEmpty ? nil : phone, pin: pin)
    }

    public mutating func apply(_ j: CoreJoinScreen) {
        libraries = j.libraries.map { Choice(code: $0.code, text: $0.name) }
        waitingName = j.waitingName
        receipt = j.receipt ?? receipt
        refused = j.refused
        dataAge = j.dataAge.text
    }

    public var screenText: String {
        var t = ScreenText(heading: "Join the library")
        t.line("Name", name)
        t.line("Address", address)
        t.line("Postcode", postcode)
        t.line("Date of birth", dateOfBirth)
        t.line("Library", libraries.first { $0.code == homeLibrary }?.text ?? homeLibrary)
        t.line("Email", email)
        t.line("Phone", phone)
        t.status(status)
        t.line("waiting to be sent", waitingName)
        t.line("refused", refused)
        if let receipt {
            t.line("card", receipt.card.isEmpty ? nil : receipt.card)
            t.text(receipt.message)
        } else {
            t.buttons([ActionButton("Join", JoinAction.submit)])
        }
        return t.string
    }
}

public enum JoinField: Equatable, Sendable {
    case name, address, postcode, dateOfBirth, homeLibrary, email, phone, pin
}

public enum JoinAction: Equatable, Sendable {
    case load
    case set(JoinField, String)
    case submit
}

@MainActor
@Observable
public final class JoinViewModel: CoreViewModel {
    public internal(set) var state = JoinState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: JoinAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task {
                await reload()
                // A new phone has no libraries yet: bring them (nobody needs to be signed in).
                if state.libraries.isEmpty {
                    _ = try? await core.app.sync(listener: nil)
                    await reload()
                }
            }
        case .set(let field, let value):
            switch field {
            case .name: state.name = value
            case .address: state.address = value
            case .postcode: state.postcode = value
            case .dateOfBirth: state.dateOfBirth = value
            case .homeLibrary: state.homeLibrary = value
            case .email: state.email = value
            case .phone: state.phone = value
            case .pin: state.pin = value
            }
            return done
        case .submit:
            let form = state.form
            return Task {
                await perform {
                    let receipt = try await core.app.join(form: form)
                    state.receipt = receipt
                    state.pin = ""
                    return receipt.message
                }
            }
        }
    }

    func reload() async {
        await load {
            let join = try await core.read { try $0.joinScreen() }
            state.apply(join)
        }
    }
}
