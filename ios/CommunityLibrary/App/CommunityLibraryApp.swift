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

/// The app's one core object, built with the platform's pieces (the Keychain, UserDefaults), and
/// what the whole app shares: its state is CMLKit's `AppSession` (tested on Linux); this adds
/// only what needs UIKit (reminders, background refresh) and turns `opened` into a screen.
@MainActor
@Observable
final class AppModel {
    static let shared = AppModel()

    let session: AppSession
    var core: AppCore { session.core }
    var preferences: AppPreferences { session.preferences }
    var signedIn: AccountView? { session.signedIn }
    var simpleMode: Bool {
        get { session.simpleMode }
        set { session.simpleMode = newValue }
    }
    var language: String { session.language }
    var rightToLeft: Bool { session.rightToLeft }
    var opened: Opened? {
        get { session.opened }
        set { session.opened = newValue }
    }

    private init() {
        let folder = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
            .appendingPathComponent("cml", isDirectory: true)
        let hub = Bundle.main.object(forInfoDictionaryKey: "CMLHubURL") as? String ?? "https://hub.communitylibrary.example"
        let core: AppCore
        do {
            core = try AppCore.open(
                dataDir: folder.path, hubUrl: hub, language: Locale.preferredLanguages.first,
                deviceName: UIDevice.current.name, secrets: KeychainSecretStore())
        } catch {
            // The device store cannot be opened: nothing the app can do without it.
            fatalError("Community Library could not open its data on this phone: \(Problem(error).text)")
        }
        session = AppSession(core: core, preferences: UserDefaultsPreferences())
    }

    func start() async {
        await session.start()
        // Reminders that fell due while the app was closed.
        if let due = try? await core.read({ try $0.remindersToRaise() }), !due.isEmpty {
            await Reminders.shared.raise(due)
        }
        BackgroundRefresh.schedule()
    }

    func refreshSession() async { await session.refreshSession() }
    func languageChanged() { session.languageChanged() }
    func signedOut() { session.signedOut() }
    func open(_ target: ScreenTarget) { session.open(target) }

    // The view models the root builds, with their hand-offs to navigation.

    func signInModel() -> SignInViewModel {
        session.signInModel { _ in Task { await Reminders.shared.askPermission() } }
    }

    func homeModel() -> HomeViewModel { session.homeModel() }
    func searchModel() -> SearchViewModel { session.searchModel() }

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
