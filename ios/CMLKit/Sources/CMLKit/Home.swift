import Foundation
import Observation

/// Home: the next things that matter to this person, in the core's order and words (one call,
/// `home_screen`), the sync line, and simple mode's large actions.
public struct HomeState: ScreenState {
    /// "Good morning, Margaret", or "Acting for Arthur Bennett".
    public var greeting = ""
    public var name: String?
    /// The parts of the app the person's roles open ("member", "reader", "carer", "volunteer",
    /// "coordinator").
    public var roles: [String] = []
    public var items: [ListRow<HomeAction>] = []
    /// Simple mode's buttons (at most four), in the core's words.
    public var simpleActions: [ActionButton<HomeAction>] = []
    /// "Updated 5 minutes ago."
    public var dataAge = ""
    public var status = ScreenStatus()
    public var refreshAt: Int64?

    public init() {}

    /// From the core's record (also used for the screen's sample states).
    public static func make(_ h: CoreHomeScreen) -> HomeState {
        var s = HomeState()
        s.greeting = h.greeting
        s.name = h.person?.name
        s.roles = h.roles
        s.items = h.items.enumerated().map { i, item in
            ListRow(id: "\(i)-\(item.kind)", title: item.text, open: .open(item.target), urgent: item.urgent)
        }
        s.simpleActions = h.simpleActions.map { a in
            ActionButton(a.label, a.phone.map { HomeAction.call($0) } ?? .open(a.target), fromCore: true)
        }
        s.dataAge = h.dataAge.text
        s.status.syncLine = h.status.summary
        s.refreshAt = h.refreshAt
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Home")
        t.text(greeting)
        t.line("roles", roles.joined(separator: ", "))
        t.status(status)
        t.text(dataAge)
        t.section("Coming up")
        t.rows(items, empty: "Nothing coming up")
        t.buttons([ActionButton("Bring up to date", HomeAction.sync)])
        t.section("Simple mode")
        t.buttons(simpleActions)
        return t.string
    }
}

public enum HomeAction: Equatable, Sendable {
    case load
    /// Sends waiting changes and brings the phone up to date.
    case sync
    case open(ScreenTarget)
    /// Simple mode's "Call the library".
    case call(String)
    /// The person has read the outcomes.
    case outcomesSeen
}

@MainActor
@Observable
public final class HomeViewModel: CoreViewModel {
    public internal(set) var state = HomeState()
    /// Where a row leads: the app's navigation opens it.
    @ObservationIgnored public var onOpen: ((ScreenTarget) -> Void)?
    @ObservationIgnored public var onCall: ((String) -> Void)?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: HomeAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .sync:
            return Task {
                await perform {
                    _ = try await core.app.sync(listener: nil)
                    return nil
                }
            }
        case .open(let target):
            onOpen?(target)
        case .call(let number):
            onCall?(number)
        case .outcomesSeen:
            return Task {
                await perform {
                    try await core.read { try $0.markOutcomesSeen() }
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        await load {
            let home = try await core.read { try $0.homeScreen() }
            var next = HomeState.make(home)
            next.status.busy = state.status.busy
            next.status.problem = state.status.problem
            next.status.announcement = state.status.announcement
            state = next
            refresh(at: home.refreshAt)
        }
    }
}

// MARK: - Simple mode

/// Simple mode's Home: a greeting and at most four large actions, the core's (my next visit or
/// booking, ask for books, my books, call the library), one thing per screen.
public struct SimpleHomeState: ScreenState {
    public var greeting = ""
    public var actions: [ActionButton<HomeAction>] = []
    public var status = ScreenStatus()

    public init() {}

    public static func make(_ h: CoreHomeScreen) -> SimpleHomeState {
        var s = SimpleHomeState()
        s.greeting = h.greeting
        s.actions = HomeState.make(h).simpleActions
        s.status.syncLine = h.status.summary
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Home")
        t.text(greeting)
        t.status(status)
        t.buttons(actions)
        return t.string
    }
}

@MainActor
@Observable
public final class SimpleHomeViewModel: CoreViewModel {
    public internal(set) var state = SimpleHomeState()
    @ObservationIgnored public var onOpen: ((ScreenTarget) -> Void)?
    @ObservationIgnored public var onCall: ((String) -> Void)?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: HomeAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .open(let target):
            onOpen?(target)
        case .call(let number):
            onCall?(number)
        case .sync, .outcomesSeen:
            break
        }
        return done
    }

    func reload() async {
        await load {
            let home = try await core.read { try $0.homeScreen() }
            var next = SimpleHomeState.make(home)
            next.status.problem = state.status.problem
            state = next
            refresh(at: home.refreshAt)
        }
    }
}
