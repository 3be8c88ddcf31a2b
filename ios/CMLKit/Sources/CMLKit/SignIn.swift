import Foundation
import Observation

/// Sign in: card number and PIN. The core says which was wrong, as far as is safe.
public struct SignInState: Equatable, Sendable, TextCapturable {
    public var card = ""
    public var pin = ""
    public var status = ScreenStatus()
    /// Set once signed in.
    public var signedInAs: String?

    public init() {}

    public var canSubmit: Bool { !status.busy }

    public var screenText: String {
        var t = ScreenText(heading: "Sign in")
        t.line("Library card number", card)
        t.line("PIN", pin.isEmpty ? nil : String(repeating: "•", count: pin.count))
        t.status(status)
        t.line("signed in", signedInAs)
        t.buttons([ActionButton("Sign in", SignInAction.signIn)])
        return t.string
    }
}

public enum SignInAction: Equatable, Sendable {
    case setCard(String)
    case setPin(String)
    case signIn
}

@MainActor
@Observable
public final class SignInViewModel {
    public private(set) var state = SignInState()
    /// Called with the person once they are signed in (the app then opens Home).
    @ObservationIgnored public var onSignedIn: ((AccountView) -> Void)?
    @ObservationIgnored private let core: AppCore

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: SignInAction) -> Task<Void, Never> {
        switch action {
        case .setCard(let card):
            state.card = card
        case .setPin(let pin):
            state.pin = pin
        case .signIn:
            return Task { await signIn() }
        }
        return Task {}
    }

    private func signIn() async {
        state.status.busy = true
        state.status.problem = nil
        defer { state.status.busy = false }
        do {
            let me = try await core.app.login(card: state.card, pin: state.pin)
            state.pin = ""
            state.signedInAs = me.name
            onSignedIn?(me)
        } catch {
            state.status.problem = Problem(error)
        }
    }
}
