import CMLKit
import SwiftUI

struct SettingsScreen: View {
    @State var model: SettingsViewModel
    let app: AppModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Settings", status: s.status) {
            SectionHeading(key: "Language")
            Picker("Language", selection: Binding(get: { s.language }, set: { code in
                model.send(.setLanguage(code))
                app.languageChanged()
            })) {
                ForEach(SettingsState.languages) { Text(verbatim: $0.text).tag($0.code) }
            }
            .pickerStyle(.inline)
            Toggle("Simple mode", isOn: Binding(get: { s.simpleMode }, set: { on in
                model.send(.setSimpleMode(on))
                app.simpleMode = on
            }))
            .frame(minHeight: minimumTarget)
            SectionHeading(key: "Text size")
            // The system's Dynamic Type setting sizes every screen; this shows how it reads.
            Text("This is how text looks at your chosen size.").font(.body)
            SectionHeading(key: "Notifications")
            ForEach(s.notifications) { n in
                Toggle(LocalizedStringKey(n.label), isOn: Binding(get: { n.on }, set: { model.send(.setNotifications(n.id, $0)) }))
                    .frame(minHeight: minimumTarget)
            }
            SectionHeading(key: "Catalogue kept on this phone")
            ForEach(s.libraries) { l in
                Toggle(isOn: Binding(get: { l.on }, set: { model.send(.keepLibrary(l.id, $0)) })) { Text(verbatim: l.label) }
                    .frame(minHeight: minimumTarget)
            }
            BigButton(title: Text("Sign out"), systemImage: "rectangle.portrait.and.arrow.right") { model.send(.signOut) }
            Text("Signing out removes your loans, reservations and bookings from this phone.").font(.footnote)
        }
        .task {
            model.onSignedOut = { app.signedOut() }
            model.send(.load)
        }
    }
}
