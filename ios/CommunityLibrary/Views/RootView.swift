import CMLKit
import SwiftUI

/// Sign in, or the person's app: a tab for each part their roles open, or simple mode's large
/// buttons. Urdu lays out right to left; the app's words follow the language chosen in Settings.
struct RootView: View {
    @Bindable var app: AppModel

    var body: some View {
        Group {
            if app.signedIn == nil {
                NavigationStack {
                    SignInScreen(model: app.signInModel())
                        .toolbar {
                            NavigationLink("Join the library") { JoinScreen(model: JoinViewModel(core: app.core)) }
                                .frame(minHeight: minimumTarget)
                        }
                }
            } else if app.simpleMode {
                SimpleHome(app: app)
            } else {
                tabs
            }
        }
        .environment(\.locale, Locale(identifier: app.language))
        .environment(\.layoutDirection, app.rightToLeft ? .rightToLeft : .leftToRight)
        .sheet(item: $app.opened) { target in
            NavigationStack { app.screen(for: target) }
        }
    }

    private var roles: [String] { app.signedIn?.roles ?? [] }

    @ViewBuilder private var tabs: some View {
        TabView {
            NavigationStack { HomeScreen(model: app.homeModel()) }
                .tabItem { Label("Home", systemImage: "house") }
            NavigationStack { SearchScreen(model: app.searchModel()) }
                .tabItem { Label("Search", systemImage: "magnifyingglass") }
            NavigationStack { AccountScreen(model: AccountViewModel(core: app.core)) }
                .tabItem { Label("My account", systemImage: "person.text.rectangle") }
            NavigationStack { EventsScreen(model: EventsViewModel(core: app.core)) }
                .tabItem { Label("Events", systemImage: "calendar") }
            NavigationStack { MoreScreen(app: app, roles: roles) }
                .tabItem { Label("More", systemImage: "ellipsis.circle") }
        }
    }
}

/// Every other screen the person's roles open, by heading.
struct MoreScreen: View {
    let app: AppModel
    let roles: [String]

    var body: some View {
        List {
            Section { links(everyone) } header: { SectionHeading(key: "Everyone") }
            Section { links(delivery) } header: { SectionHeading(key: "Home delivery") }
            if roles.contains("volunteer") {
                Section { links(volunteer) } header: { SectionHeading(key: "Volunteering") }
            }
            if roles.contains("coordinator") || roles.contains("admin") {
                Section { links(coordinator) } header: { SectionHeading(key: "Coordinating") }
            }
        }
        .navigationTitle(Text("More"))
    }

    private var everyone: [(LocalizedStringKey, String, ScreenTarget)] {
        [("Libraries", "building.columns", .init(screen: "libraries", id: nil)),
         ("Reading lists", "list.star", .init(screen: "reading_lists", id: nil)),
         ("Have your say", "bubble.left.and.bubble.right", .init(screen: "have_your_say", id: nil)),
         ("Settings", "gearshape", .init(screen: "settings", id: nil))]
    }

    private var delivery: [(LocalizedStringKey, String, ScreenTarget)] {
        [("Home delivery", "shippingbox", .init(screen: "delivery", id: nil)),
         ("Acting for someone", "person.2", .init(screen: "acting_for", id: nil))]
    }

    private var volunteer: [(LocalizedStringKey, String, ScreenTarget)] {
        [("Today", "clock", .init(screen: "today", id: nil)), ("Rota", "calendar.badge.clock", .init(screen: "rota", id: nil)),
         ("Round", "car", .init(screen: "round", id: nil)), ("Choose books", "books.vertical", .init(screen: "choose", id: nil)),
         ("Door list", "door.left.hand.open", .init(screen: "door_list", id: nil)),
         ("Desk", "barcode.viewfinder", .init(screen: "desk", id: nil))]
    }

    private var coordinator: [(LocalizedStringKey, String, ScreenTarget)] {
        [("Deliveries", "tray.full", .init(screen: "deliveries", id: nil)),
         ("Events and rooms", "calendar.badge.plus", .init(screen: "events_admin", id: nil)),
         ("Impact", "chart.bar", .init(screen: "impact", id: nil)),
         ("Publish a consultation", "square.and.pencil", .init(screen: "publish_consultation", id: nil))]
    }

    private func links(_ items: [(LocalizedStringKey, String, ScreenTarget)]) -> some View {
        ForEach(Array(items.enumerated()), id: \.offset) { _, item in
            NavigationLink { app.screen(for: item.2) } label: {
                Label(item.0, systemImage: item.1).frame(minHeight: minimumTarget)
            }
        }
    }
}

/// Simple mode: at most four large actions (the core's: my next visit or booking, ask for books,
/// my books, call the library), one thing per screen, no gestures needed.
struct SimpleHome: View {
    let app: AppModel
    @State private var model: SimpleHomeViewModel?

    var body: some View {
        NavigationStack {
            ScrollView {
                VStack(spacing: 20) {
                    Text(verbatim: model?.state.greeting ?? "").font(.largeTitle.bold()).accessibilityAddTraits(.isHeader)
                    StatusLines(status: model?.state.status ?? ScreenStatus())
                    ForEach(Array((model?.state.actions ?? []).enumerated()), id: \.offset) { _, button in
                        SwiftUI.Button { model?.send(button.action) } label: {
                            Text(verbatim: button.title).simpleAction()
                        }
                        .buttonStyle(.plain)
                    }
                }
                .padding()
            }
        }
        .task {
            let vm = SimpleHomeViewModel(core: app.core)
            vm.onOpen = { app.open($0) }
            vm.onCall = { number in
                if let url = URL(string: "tel:\(number.filter(\.isNumber))") { UIApplication.shared.open(url) }
            }
            model = vm
            vm.send(.load)
        }
    }
}

extension View {
    /// Simple mode's large, high-contrast button look.
    func simpleAction() -> some View {
        self.font(.title.bold())
            .frame(maxWidth: .infinity, minHeight: 120)
            .foregroundStyle(Color("OnAction"))
            .background(Color("Action"), in: RoundedRectangle(cornerRadius: 16))
            .contentShape(Rectangle())
    }
}
