import Foundation
import Observation

/// Home: the next things that matter to this person, in the core's order and words, and the
/// sync line. Until the core's one-call Home record lands it is built from the core's
/// reminders (holds ready, loans due, event, visit, round or shift tomorrow) and the outcomes of
/// changes made offline, both already sentences in the person's language.
public struct HomeState: ScreenState {
    public var name: String?
    /// The roles the core gives the person ("member", "carer", "volunteer", "coordinator").
    public var roles: [String] = []
    public var items: [ListRow<HomeAction>] = []
    public var outcomes: [ListRow<HomeAction>] = []
    public var status = ScreenStatus()

    public init() {}

    /// From the core's records (also used for the screen's sample states).
    public static func make(account: AccountView?, reminders: [ReminderView], outcomes: [ChangeView], syncLine: String)
        -> HomeState
    {
        var s = HomeState()
        s.name = account?.name
        s.roles = account?.roles ?? []
        s.items = reminders.map { r in
            ListRow(id: r.id, title: r.text, open: .open(r.target))
        }
        s.outcomes = outcomes.map { c in
            ListRow(id: c.key, title: c.outcome ?? c.summary)
        }
        s.status.syncLine = syncLine
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "Home")
        t.line("person", name)
        t.line("roles", roles.joined(separator: ", "))
        t.status(status)
        t.section("Coming up")
        t.rows(items, empty: "Nothing coming up")
        if !outcomes.isEmpty {
            t.section("What happened to your changes")
            t.rows(outcomes)
        }
        t.buttons([ActionButton("Bring up to date", HomeAction.sync)])
        return t.string
    }
}

public enum HomeAction: Equatable, Sendable {
    case load
    /// Sends waiting changes and brings the phone up to date.
    case sync
    case open(ScreenTarget)
    /// The person has read the outcomes.
    case outcomesSeen
}

@MainActor
@Observable
public final class HomeViewModel: CoreViewModel {
    public internal(set) var state = HomeState()
    /// Where a row leads: the app's navigation opens it.
    @ObservationIgnored public var onOpen: ((ScreenTarget) -> Void)?
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
            let (me, reminders, outcomes, status) = try await core.read {
                (try $0.whoami(), try $0.reminders(), try $0.unseenOutcomes(), try $0.status())
            }
            var next = HomeState.make(account: me, reminders: reminders, outcomes: outcomes, syncLine: status.summary)
            next.status.busy = state.status.busy
            next.status.problem = state.status.problem
            next.status.announcement = state.status.announcement
            state = next
        }
    }
}
