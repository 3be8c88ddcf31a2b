import Foundation
import Observation

// MARK: - Events

/// Events: each with its plain description, accessibility notes, places left or the waiting
/// list; book for me (and a companion), cancel, add to the calendar.
public struct EventsState: ScreenState {
    public var library: String?
    public var category: String?
    public var libraries: [Choice] = []
    public var events: [ListRow<EventsAction>] = []
    /// An iCalendar file to hand to the share sheet / Calendar, once asked for.
    public var calendarFile: String?
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ events: [EventView]) -> [ListRow<EventsAction>] {
        events.map { e in
            var buttons: [ActionButton<EventsAction>] = []
            if e.canBook {
                buttons.append(ActionButton("Book a place", .book(e.id, places: 1)))
                buttons.append(ActionButton("Book for me and a companion", .book(e.id, places: 2)))
            }
            if e.myBooking != nil && !e.cancelled {
                buttons.append(ActionButton("Cancel my booking", .cancel(e.id)))
            }
            buttons.append(ActionButton("Add to calendar", .addToCalendar(e.id)))
            return ListRow(
                id: String(e.id), title: e.title,
                lines: [
                    e.when, e.libraryName, e.availability, e.myBooking ?? "", e.description, e.accessibility,
                    e.cancelReason ?? "",
                ],
                buttons: buttons)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Events")
        t.line("library", library.map { code in libraries.first { $0.code == code }?.text ?? code })
        t.line("category", category)
        t.status(status)
        t.rows(events, empty: "No events")
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
            let (events, libraries) = try await core.read { (try $0.events(filter: filter), try $0.libraries()) }
            state.events = EventsState.rows(events)
            state.libraries = libraries.map { Choice(code: $0.code, text: $0.name) }
        }
    }
}

// MARK: - Libraries

/// Libraries: each library's address, today's hours, the week, coming closures.
public struct LibrariesState: ScreenState {
    public var libraries: [ListRow<LibrariesAction>] = []
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ libraries: [LibraryView]) -> [ListRow<LibrariesAction>] {
        libraries.map { l in
            var buttons: [ActionButton<LibrariesAction>] = []
            if let phone = l.phone { buttons.append(ActionButton("Call the library", .call(phone))) }
            return ListRow(
                id: l.code, title: l.name,
                lines: [l.today, "\(l.address), \(l.postcode)"] + l.week.map { "\($0.day): \($0.hours)" }
                    + l.closures.map(\.text) + [l.phone ?? "", l.email ?? ""],
                buttons: buttons)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Libraries")
        t.status(status)
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
            state.libraries = LibrariesState.rows(try await core.read { try $0.libraries() })
        }
    }
}

// MARK: - Join

/// Join: a short form; the core checks each field and says which is wrong.
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
    /// The new provisional card, once joined.
    public var receipt: JoinReceipt?
    public var status = ScreenStatus()

    public init() {}

    public var form: JoinForm {
        JoinForm(
            name: name, address: address, postcode: postcode, dateOfBirth: dateOfBirth, homeLibrary: homeLibrary,
            email: email.isEmpty ? nil : email, phone: phone.isEmpty ? nil : phone, pin: pin)
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
        if let receipt { t.line("card", "\(receipt.card): \(receipt.message)") }
        t.buttons([ActionButton("Join", JoinAction.submit)])
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
            return Task { await reload() }
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
            state.libraries = try await core.read { try $0.libraries() }.map { Choice(code: $0.code, text: $0.name) }
        }
    }
}
