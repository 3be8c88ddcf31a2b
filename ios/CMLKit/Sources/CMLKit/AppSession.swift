import Foundation
import Observation

/// A screen a notification or a Home row opens.
public struct Opened: Identifiable, Equatable, Sendable {
    public let target: ScreenTarget
    public var id: String { "\(target.screen)-\(target.id.map(String.init) ?? "")" }

    public init(target: ScreenTarget) {
        self.target = target
    }
}

/// What the whole app shares: who is signed in, the language and its direction, simple mode, and
/// the screen a notification or a Home row asked to open. The app target builds it with the
/// platform's pieces (the Keychain, UserDefaults) and turns `opened` into a screen; everything
/// else lives here, where it is tested on Linux.
@MainActor
@Observable
public final class AppSession {
    public let core: AppCore
    public let preferences: AppPreferences
    public private(set) var signedIn: AccountView?
    /// Simple mode as Settings last set it (Settings writes the preference itself).
    public var simpleMode: Bool
    public private(set) var language: String
    public private(set) var rightToLeft: Bool
    public var opened: Opened?
    @ObservationIgnored private var observation: CoreObservation?

    public init(core: AppCore, preferences: AppPreferences) {
        self.core = core
        self.preferences = preferences
        simpleMode = preferences.simpleMode
        language = core.app.language()
        rightToLeft = core.app.languageIsRtl()
    }

    /// Reads who is signed in, and keeps it up to date as the device store changes.
    public func start() async {
        await refreshSession()
        observation = core.observe { _ in
            Task { @MainActor [weak self] in await self?.refreshSession() }
        }
    }

    public func refreshSession() async {
        signedIn = try? await core.read { try $0.whoami() }
    }

    /// After Settings switched the core's language.
    public func languageChanged() {
        language = core.app.language()
        rightToLeft = core.app.languageIsRtl()
    }

    public func signedOut() {
        signedIn = nil
    }

    public func open(_ target: ScreenTarget) {
        opened = Opened(target: target)
    }

    /// Sign in; once signed in, the session knows, a first sync starts and `then` runs (the app
    /// asks for notification permission there).
    public func signInModel(then: @escaping (AccountView) -> Void = { _ in }) -> SignInViewModel {
        let vm = SignInViewModel(core: core)
        vm.onSignedIn = { [weak self] me in
            self?.signedIn = me
            then(me)
            Task { [core = self?.core] in _ = try? await core?.app.sync(listener: nil) }
        }
        return vm
    }

    public func homeModel() -> HomeViewModel {
        let vm = HomeViewModel(core: core)
        vm.onOpen = { [weak self] in self?.open($0) }
        return vm
    }

    public func searchModel() -> SearchViewModel {
        let vm = SearchViewModel(core: core)
        vm.onOpenTitle = { [weak self] in self?.open(ScreenTarget(screen: "title", id: $0)) }
        return vm
    }
}
