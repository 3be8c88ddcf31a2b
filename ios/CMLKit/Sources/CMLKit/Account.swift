import Foundation
import Observation

/// My account: loans (renew), reservations (suspend, resume, change pickup, cancel), reading
/// history, and the card drawn as a Code 128 barcode. Which buttons show is the core's
/// (`can_renew`, `can_cancel`, `can_suspend`, `can_resume`).
public struct AccountState: ScreenState {
    /// Set while a carer acts for someone: whose account this is.
    public var actingFor: String?
    public var loansText = ""
    public var loans: [ListRow<AccountAction>] = []
    public var holdsText = ""
    public var holds: [ListRow<AccountAction>] = []
    public var historyOn = false
    public var historyText = ""
    public var history: [ListRow<AccountAction>] = []
    public var card: CardView?
    public var libraries: [Choice] = []
    public var dataAge = ""
    public var status = ScreenStatus()

    public init() {}

    public static func make(_ a: CoreAccountScreen) -> AccountState {
        var s = AccountState()
        s.actingFor = a.actingFor?.name
        s.loansText = a.loansText
        s.loans = a.loans.map { l in
            ListRow(
                id: "loan-\(l.loanId)", title: l.title, lines: [l.author ?? "", l.dueText],
                buttons: l.actions.compactMap { ActionButton($0, accessibilityLabel: l.title) { $0 == "renew" ? .renew(l.loanId) : nil } })
        }
        s.holdsText = a.holdsText
        s.holds = a.holds.map { h in
            let buttons: [ActionButton<AccountAction>] = h.actions.compactMap { view in
                ActionButton(view, accessibilityLabel: h.title) { code in
                    guard let id = h.holdId else { return nil }
                    switch code {
                    case "cancel": return .cancelHold(id)
                    case "suspend": return .choosePauseDate(id)
                    case "resume": return .resumeHold(id)
                    case "change_pickup": return .chooseOtherPickup(id)
                    default: return nil
                    }
                }
            }
            return ListRow(
                id: "hold-\(h.holdId.map(String.init) ?? "new-\(h.recordId)")", title: h.title,
                lines: [h.author ?? "", h.statusText], buttons: buttons)
        }
        s.historyOn = a.historyEnabled
        s.historyText = a.historyText
        s.history = a.history.map { ListRow(id: "history-\($0.id)", title: $0.title, lines: [$0.author ?? "", $0.text]) }
        s.card = a.card
        s.libraries = a.pickupChoices.map { Choice(code: $0.code, text: $0.name) }
        s.dataAge = a.dataAge.text
        return s
    }

    public var screenText: String {
        var t = ScreenText(heading: "My account")
        t.line("acting for", actingFor)
        t.status(status)
        t.text(dataAge)
        t.section("Loans")
        t.text(loansText)
        t.rows(loans)
        t.section("Reservations")
        t.text(holdsText)
        t.rows(holds)
        t.section("Reading history")
        t.line("keep a reading history", historyOn ? "on" : "off")
        t.text(historyText)
        t.rows(history)
        if let card {
            t.section("Library card")
            t.text("\(card.name), \(card.number)")
            t.line("barcode", "\(card.symbology) \(card.barcodeContent)")
            t.line("library", card.homeLibraryName)
            t.text(card.statusText)
        }
        return t.string
    }
}

public enum AccountAction: Equatable, Sendable {
    case load
    case renew(Int64)
    case cancelHold(Int64)
    /// The screen asks for the date (a date picker), then sends `pauseHold`.
    case choosePauseDate(Int64)
    /// "YYYY-MM-DD", as the date picker gives it.
    case pauseHold(Int64, until: String)
    case resumeHold(Int64)
    /// The screen asks which library, then sends `changePickup`.
    case chooseOtherPickup(Int64)
    case changePickup(Int64, library: String)
    /// The date picker or library chooser was closed without choosing.
    case stopChoosing
    case setHistory(Bool)
    case deleteHistory
}

@MainActor
@Observable
public final class AccountViewModel: CoreViewModel {
    public internal(set) var state = AccountState()
    /// The screen opens a date picker or a library chooser for this hold.
    public private(set) var choosing: AccountAction?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: AccountAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .choosePauseDate, .chooseOtherPickup:
            choosing = action
            return done
        case .stopChoosing:
            choosing = nil
            return done
        case .renew(let id):
            return Task { await perform { try outcome(try await app.renew(loanId: id)) } }
        case .cancelHold(let id):
            return Task { await perform { try outcome(try await app.cancelHold(holdId: id)) } }
        case .pauseHold(let id, let until):
            choosing = nil
            return Task { await perform { try outcome(try await app.suspendHold(holdId: id, until: until)) } }
        case .resumeHold(let id):
            return Task { await perform { try outcome(try await app.resumeHold(holdId: id)) } }
        case .changePickup(let id, let library):
            choosing = nil
            return Task { await perform { try outcome(try await app.changePickup(holdId: id, pickup: library)) } }
        case .setHistory(let on):
            return Task { await perform { try outcome(try await app.setReadingHistory(enabled: on)) } }
        case .deleteHistory:
            return Task { await perform { try outcome(try await app.deleteReadingHistory()) } }
        }
    }

    func reload() async {
        await load {
            let account = try await core.read { try $0.accountScreen() }
            var next = AccountState.make(account)
            next.status = state.status
            state = next
            refresh(at: account.refreshAt)
        }
    }
}
