import BackgroundTasks
import CMLKit
import SwiftUI
import UIKit
import UserNotifications

@main
struct CommunityLibraryApp: App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate
    @Environment(\.scenePhase) private var phase
    @State private var app = AppModel.shared

    var body: some Scene {
        WindowGroup {
            RootView(app: app)
                .task { await app.start() }
        }
        // BGTaskScheduler's app refresh: the core's background sync within its budget; the
        // reminders it returns become local notifications.
        .backgroundTask(.appRefresh(BackgroundRefresh.identifier)) {
            await BackgroundRefresh.run()
        }
        .onChange(of: phase) { _, now in
            // Soon after a change made offline, and regularly, the system wakes the app.
            if now == .background { BackgroundRefresh.schedule() }
        }
    }
}

final class AppDelegate: NSObject, UIApplicationDelegate {
    func application(
        _ application: UIApplication, didFinishLaunchingWithOptions options: [UIApplication.LaunchOptionsKey: Any]? = nil
    ) -> Bool {
        UNUserNotificationCenter.current().delegate = Reminders.shared
        return true
    }
}

/// A screen a notification or a Home row opens.
struct Opened: Identifiable, Equatable {
    let target: ScreenTarget
    var id: String { "\(target.screen)-\(target.id.map(String.init) ?? "")" }
}

/// The app's one core object and what the whole app shares: who is signed in, the language,
/// simple mode, and the screen a notification asked to open.
@MainActor
@Observable
final class AppModel {
    static let shared = AppModel()

    let core: AppCore
    let preferences = UserDefaultsPreferences()
    var signedIn: AccountView?
    var simpleMode: Bool
    var language: String
    var rightToLeft: Bool
    var opened: Opened?
    @ObservationIgnored private var observation: CoreObservation?

    private init() {
        let folder = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("cml", isDirectory: true)
        let hub = Bundle.main.object(forInfoDictionaryKey: "CMLHubURL") as? String ?? "https://hub.communitylibrary.example"
        do {
            core = try AppCore.open(
                dataDir: folder.path, hubUrl: hub, language: Locale.preferredLanguages.first,
                deviceName: UIDevice.current.name, secrets: KeychainSecretStore())
        } catch {
            // The device store cannot be opened: nothing the app can do without it.
            fatalError("Community Library could not open its data on this phone: \(Problem(error).text)")
        }
        simpleMode = preferences.simpleMode
        language = core.app.language()
        rightToLeft = core.app.languageIsRtl()
    }

    func start() async {
        signedIn = try? await core.read { try $0.whoami() }
        // Reminders that fell due while the app was closed.
        if let due = try? await core.read({ try $0.remindersToRaise() }), !due.isEmpty {
            await Reminders.shared.raise(due)
        }
        observation = core.observe { _ in
            Task { @MainActor in await AppModel.shared.refreshSession() }
        }
        BackgroundRefresh.schedule()
    }

    func refreshSession() async {
        signedIn = try? await core.read { try $0.whoami() }
    }

    func languageChanged() {
        language = core.app.language()
        rightToLeft = core.app.languageIsRtl()
    }

    func signedOut() {
        signedIn = nil
    }

    func open(_ target: ScreenTarget) {
        opened = Opened(target: target)
    }

    // The view models the root builds, with their hand-offs to navigation.

    func signInModel() -> SignInViewModel {
        let vm = SignInViewModel(core: core)
        vm.onSignedIn = { [weak self] me in
            self?.signedIn = me
            Task { await Reminders.shared.askPermission() }
            Task { _ = try? await self?.core.app.sync(listener: nil) }
        }
        return vm
    }

    func homeModel() -> HomeViewModel {
        let vm = HomeViewModel(core: core)
        vm.onOpen = { [weak self] in self?.open($0) }
        return vm
    }

    func searchModel() -> SearchViewModel {
        let vm = SearchViewModel(core: core)
        vm.onOpenTitle = { [weak self] in self?.open(ScreenTarget(screen: "title", id: $0)) }
        return vm
    }

    /// The screen for a target: the core's screen names ("account", "event", "delivery",
    /// "round", "rota") and the app's own.
    @ViewBuilder func screen(for opened: Opened) -> some View {
        screen(for: opened.target)
    }

    @ViewBuilder func screen(for target: ScreenTarget) -> some View {
        switch target.screen {
        case "title":
            if let id = target.id { TitleScreen(model: TitleViewModel(core: core, recordId: id)) }
        case "account": AccountScreen(model: AccountViewModel(core: core))
        case "event", "events": EventsScreen(model: EventsViewModel(core: core))
        case "delivery": HomeDeliveryScreen(model: HomeDeliveryViewModel(core: core))
        case "acting_for": ActingForScreen(model: ActingForViewModel(core: core))
        case "round": RoundScreen(model: RoundViewModel(core: core))
        case "rota": RotaScreen(model: RotaViewModel(core: core))
        case "today": TodayScreen(model: TodayViewModel(core: core))
        case "choose": ChooseScreen(model: ChooseViewModel(core: core))
        case "door_list": DoorListScreen(model: DoorListViewModel(core: core))
        case "desk": DeskScreen(model: DeskViewModel(core: core))
        case "deliveries": DeliveriesScreen(model: DeliveriesViewModel(core: core))
        case "events_admin": EventsAndRoomsScreen(model: EventsAndRoomsViewModel(core: core))
        case "impact": ImpactScreen(model: ImpactViewModel(core: core))
        case "libraries": LibrariesScreen(model: LibrariesViewModel(core: core))
        case "reading_lists":
            ReadingListsScreen(model: {
                let vm = ReadingListsViewModel(core: core)
                vm.onOpenTitle = { [weak self] in self?.open(ScreenTarget(screen: "title", id: $0)) }
                return vm
            }())
        case "have_your_say": HaveYourSayScreen(model: HaveYourSayViewModel(core: core))
        case "publish_consultation": PublishConsultationScreen(model: PublishConsultationViewModel(core: core))
        case "settings": SettingsScreen(model: SettingsViewModel(core: core, preferences: preferences), app: self)
        default: HomeScreen(model: homeModel())
        }
    }
}
