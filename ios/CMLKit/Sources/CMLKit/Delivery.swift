import Foundation
import Observation

// MARK: - Home delivery

/// The request, step by step: one thing per screen.
public enum DeliveryStep: Int, CaseIterable, Equatable, Sendable {
    case address, when, howOften, whatToRead, whatToAvoid, check

    /// The step's heading, a key of Localizable.xcstrings.
    public var heading: String {
        switch self {
        case .address: "Your address and how to get in"
        case .when: "When suits you"
        case .howOften: "How often"
        case .whatToRead: "What you like to read"
        case .whatToAvoid: "What you would rather not have"
        case .check: "Check and send"
        }
    }
}

/// Home delivery, from the core's one record (offline too): the delivery's status and next visit
/// in the core's words, each row's buttons the core's actions (pause or start again, end; with
/// why not), what came last time, whether the person can ask for delivery (and why not), and the
/// request form with the core's weekdays, times, frequencies and formats.
public struct HomeDeliveryState: ScreenState {
    /// Whose delivery this is: oneself, or the member a carer acts for.
    public var forName = ""
    public var deliveries: [ListRow<HomeDeliveryAction>] = []
    /// What came on the last visits, title by title.
    public var lastDelivered: [ListRow<HomeDeliveryAction>] = []
    /// "Ask for home delivery", as the core allows it now.
    public var ask: ActionButton<HomeDeliveryAction>?
    /// Changes made here still waiting to be sent, in the core's words.
    public var waiting: [String] = []
    /// The request form, while the person fills it in.
    public var form: DeliveryForm?
    public var step = DeliveryStep.address
    public var days: [Choice] = []
    public var frequencies: [Choice] = []
    public var times: [Choice] = []
    public var formats: [Choice] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func emptyForm(readerCard: String?) -> DeliveryForm {
        DeliveryForm(
            readerCard: readerCard, address: "", postcode: "", accessNotes: "", preferredDay: nil, timeOfDay: "any",
            frequency: "fortnightly",
            preferences: PreferencesForm(
                formats: [], genres: [], favouriteAuthors: [], avoid: [], surpriseMe: false, allowRepeats: false,
                notes: ""))
    }

    /// A delivery's own actions ("pause", "resume", "end"), bound to the view model's.
    static func stateButtons(_ d: DeliveryView) -> [ActionButton<HomeDeliveryAction>] {
        d.actions.compactMap { a in
            ActionButton(a, accessibilityLabel: d.readerName) { code in
                ["pause", "resume", "end"].contains(code) ? .setState(d.id, code) : nil
            }
        }
    }

    public static func make(_ screen: CoreHomeDeliveryScreen, reactions: [Choice] = []) -> HomeDeliveryState {
        var s = HomeDeliveryState()
        s.forName = screen.forName
        s.deliveries = screen.deliveries.map { d in
            ListRow(
                id: String(d.id), title: d.readerName,
                lines: [d.libraryName, d.statusText, d.declineReason ?? ""],
                buttons: stateButtons(d))
        }
        // What came on the last visit, each title with the reader's reaction (the core's words),
        // and "more like this / not for me" while the core allows it.
        s.lastDelivered = screen.deliveries.flatMap { d -> [ListRow<HomeDeliveryAction>] in
            guard let last = d.pastVisits.first else { return [] }
            return last.bag.map { item in
                ListRow(
                    id: "\(d.id)-\(item.barcode)", title: item.title, lines: [last.when, item.reactionText ?? ""],
                    buttons: item.canReact
                        ? reactions.map { r in
                            ActionButton(r.text, .react(visitId: last.id, barcode: item.barcode, reaction: r.code), accessibilityLabel: item.title, fromCore: true)
                        } : [])
            }
        }
        s.ask = ActionButton(screen.request) { $0 == "request" ? .startRequest(readerCard: nil) : nil }
        s.waiting = screen.waiting
        s.days = screen.days.map { Choice(code: $0.code, text: $0.text) }
        s.times = screen.times.map { Choice(code: $0.code, text: $0.text) }
        s.frequencies = screen.frequencies.map { Choice(code: $0.code, text: $0.text) }
        s.formats = screen.formats.map { Choice(code: $0.code, text: $0.text) }
        s.dataAge = screen.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Home delivery")
        t.line("for", forName)
        t.status(status)
        t.text(dataAge)
        t.rows(deliveries, empty: "No home deliveries")
        for w in waiting { t.text(w) }
        if !lastDelivered.isEmpty {
            t.section("Last time")
            t.rows(lastDelivered)
        }
        if let form {
            t.section(step.heading)
            t.line("for", form.readerCard)
            t.line("address", [form.address, form.postcode].filter { !$0.isEmpty }.joined(separator: ", "))
            t.line("access", form.accessNotes)
            t.line("day", form.preferredDay.flatMap { d in days.first { $0.code == String(d) }?.text })
            t.line("time of day", times.first { $0.code == form.timeOfDay }?.text ?? form.timeOfDay)
            t.line("how often", frequencies.first { $0.code == form.frequency }?.text ?? form.frequency)
            t.line(
                "formats",
                form.preferences.formats.map { f in formats.first { $0.code == f }?.text ?? f }.joined(separator: ", "))
            t.line("likes", form.preferences.genres.joined(separator: ", "))
            t.line("avoid", form.preferences.avoid.joined(separator: ", "))
            t.buttons(
                step == .check
                    ? [ActionButton("Back", HomeDeliveryAction.back), ActionButton("Send request", .submit)]
                    : [ActionButton("Back", HomeDeliveryAction.back), ActionButton("Next", .next)])
        } else if let ask {
            t.buttons([ask])
        }
        return t.string
    }
}

public enum HomeDeliveryAction: Equatable, Sendable {
    case load
    /// For oneself (nil), or for the member a carer acts for.
    case startRequest(readerCard: String?)
    case edit(DeliveryForm)
    case next
    case back
    case submit
    /// "pause", "resume" or "end".
    case setState(Int64, String)
    /// "more_like_this" or "not_for_me" about a title that came (offline too).
    case react(visitId: Int64, barcode: String, reaction: String)
}

@MainActor
@Observable
public final class HomeDeliveryViewModel: CoreViewModel {
    public internal(set) var state = HomeDeliveryState()
    @ObservationIgnored private var reactions: [Choice] = []
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: HomeDeliveryAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            reactions = choices("reaction")
            return Task { await reload() }
        case .startRequest(let card):
            state.form = HomeDeliveryState.emptyForm(readerCard: card)
            state.step = .address
        case .edit(let form):
            state.form = form
        case .next:
            state.step = DeliveryStep(rawValue: min(state.step.rawValue + 1, DeliveryStep.check.rawValue)) ?? .check
        case .back:
            if state.step == .address {
                state.form = nil
            } else {
                state.step = DeliveryStep(rawValue: state.step.rawValue - 1) ?? .address
            }
        case .submit:
            guard let form = state.form else { return done }
            return Task {
                await perform {
                    let change = try await core.app.requestDelivery(form: form)
                    state.form = nil
                    state.step = .address
                    return try outcome(change)
                }
            }
        case .react(let visitId, let barcode, let reaction):
            return Task {
                await perform {
                    try outcome(try await core.app.reactToItem(visitId: visitId, barcode: barcode, reaction: reaction))
                }
            }
        case .setState(let id, let what):
            return Task {
                await perform { try outcome(try await core.app.setDeliveryState(deliveryId: id, action: what)) }
            }
        }
        return done
    }

    func reload() async {
        await load {
            let screen = try await core.read { try $0.homeDeliveryScreen() }
            refresh(at: screen.refreshAt)
            var next = HomeDeliveryState.make(screen, reactions: reactions)
            next.form = state.form
            next.step = state.step
            next.status = state.status
            state = next
        }
    }
}

// MARK: - Acting for someone

/// Acting for someone: a carer switches between themselves and the people they act for; while
/// switched, the other screens show that person's, within the rights they granted (the core's).
public struct ActingForState: ScreenState {
    public var people: [ListRow<ActingForAction>] = []
    /// Who the screens act for now: nil is oneself.
    public var actingFor: PersonChoice?
    /// The rights of `actingFor`, in the core's words.
    public var rights: [Choice] = []
    /// The loans of the person acted for (with the "loans" right; needs the hub).
    public var theirLoans: [ListRow<ActingForAction>] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public func can(_ right: String) -> Bool { actingFor.map { p in p.rights.contains { $0.code == right } } ?? true }

    public static func make(_ a: CoreActingForScreen) -> ActingForState {
        var s = ActingForState()
        s.people = a.people.map { p in
            ListRow(
                id: p.card, title: p.name, lines: [p.text], open: .switchTo(p.isSelf ? nil : p.card), urgent: false)
        }
        s.actingFor = a.actingFor.flatMap { $0.isSelf ? nil : $0 }
        s.rights = (s.actingFor?.rights ?? []).map { Choice(code: $0.code, text: $0.text) }
        s.dataAge = a.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Acting for someone")
        t.line("acting for", actingFor?.name)
        t.line("allowed", rights.map(\.text).joined(separator: ", "))
        t.status(status)
        t.text(dataAge)
        t.rows(people)
        if !theirLoans.isEmpty {
            t.section("Their loans")
            t.rows(theirLoans)
        }
        if actingFor != nil && can("loans") { t.buttons([ActionButton("See their loans", ActingForAction.loadTheirLoans)]) }
        return t.string
    }
}

public enum ActingForAction: Equatable, Sendable {
    case load
    /// A member's card, or nil for oneself.
    case switchTo(String?)
    case loadTheirLoans
    /// With the "reserve" right: a title for them, to collect at `pickup`.
    case reserveForThem(recordId: Int64, pickup: String)
}

@MainActor
@Observable
public final class ActingForViewModel: CoreViewModel {
    public internal(set) var state = ActingForState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: ActingForAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .switchTo(let card):
            return Task {
                await perform {
                    let screen = try await core.read { try $0.actFor(card: card) }
                    var next = ActingForState.make(screen)
                    next.status = state.status
                    state = next
                    return nil
                }
            }
        case .loadTheirLoans:
            guard let card = state.actingFor?.card else { return done }
            return Task {
                await perform {
                    let loans = try await core.app.loansOfMember(memberCard: card)
                    state.theirLoans = loans.map { ListRow(id: String($0.loanId), title: $0.title, lines: [$0.dueText]) }
                    return nil
                }
            }
        case .reserveForThem(let recordId, let pickup):
            guard let card = state.actingFor?.card else { return done }
            return Task {
                await perform {
                    try outcome(try await core.app.reserveFor(memberCard: card, recordId: recordId, pickup: pickup))
                }
            }
        }
    }

    func reload() async {
        await load {
            let screen = try await core.read { try $0.actingForScreen() }
            var next = ActingForState.make(screen)
            next.theirLoans = state.theirLoans
            next.status = state.status
            state = next
        }
    }
}
