import CMLKit
import SwiftUI

struct HomeDeliveryScreen: View {
    @State var model: HomeDeliveryViewModel
    /// A carer asking for the member they act for.
    var readerCard: String?

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Home delivery", status: s.status) {
            if !s.forName.isEmpty { Text(verbatim: s.forName).font(.headline) }
            if !s.dataAge.isEmpty { Text(verbatim: s.dataAge).font(.footnote) }
            RowsView(rows: s.deliveries, empty: "No home deliveries", send: { model.send($0) })
            ForEach(s.waiting, id: \.self) { Text(verbatim: $0).font(.footnote) }
            if !s.lastDelivered.isEmpty {
                SectionHeading(key: "Last time")
                RowsView(rows: s.lastDelivered, empty: "", send: { model.send($0) })
            }
            if let form = s.form {
                RequestStep(model: model, form: form, step: s.step)
            } else if let ask = s.ask {
                // The core says whether a request can be made now, and why not.
                ActionButtonView(
                    button: ActionButton(
                        ask.title, HomeDeliveryAction.startRequest(readerCard: readerCard), fromCore: true,
                        enabled: ask.enabled, whyNot: ask.whyNot),
                    send: { model.send($0) })
            }
        }
        .task { model.send(.load) }
    }
}

/// One step of the request: one thing per screen, Back and Next always in the same place.
struct RequestStep: View {
    let model: HomeDeliveryViewModel
    let form: DeliveryForm
    let step: DeliveryStep

    private func text(_ keyPath: WritableKeyPath<DeliveryForm, String>) -> Binding<String> {
        Binding(get: { form[keyPath: keyPath] }, set: { v in
            var f = form
            f[keyPath: keyPath] = v
            model.send(.edit(f))
        })
    }

    private func list(_ keyPath: WritableKeyPath<PreferencesForm, [String]>) -> Binding<String> {
        Binding(get: { form.preferences[keyPath: keyPath].joined(separator: ", ") }, set: { v in
            var f = form
            f.preferences[keyPath: keyPath] = v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            model.send(.edit(f))
        })
    }

    var body: some View {
        SectionHeading(key: LocalizedStringKey(step.heading))
        switch step {
        case .address:
            FieldView(label: "Address", text: text(\.address), problem: model.state.status.problem?.field == "address")
            FieldView(label: "Postcode", text: text(\.postcode), problem: model.state.status.problem?.field == "postcode")
            FieldView(label: "How to get in (key safe, ring twice, pets)", text: text(\.accessNotes))
        case .when:
            Picker("Day", selection: Binding(get: { form.preferredDay.map { String($0) } ?? "" }, set: { v in
                var f = form
                f.preferredDay = UInt8(v)
                model.send(.edit(f))
            })) {
                Text("Any day").tag("")
                ForEach(model.state.days) { Text(verbatim: $0.text).tag($0.code) }
            }
            .pickerStyle(.inline)
            Picker("Time of day", selection: text(\.timeOfDay)) {
                ForEach(model.state.times) { Text(verbatim: $0.text).tag($0.code) }
            }
            .pickerStyle(.inline)
        case .howOften:
            Picker("How often", selection: text(\.frequency)) {
                ForEach(model.state.frequencies) { Text(verbatim: $0.text).tag($0.code) }
            }
            .pickerStyle(.inline)
        case .whatToRead:
            ForEach(model.state.formats) { format in
                Toggle(isOn: Binding(
                    get: { form.preferences.formats.contains(format.code) },
                    set: { on in
                        var f = form
                        f.preferences.formats.removeAll { $0 == format.code }
                        if on { f.preferences.formats.append(format.code) }
                        model.send(.edit(f))
                    })
                ) { Text(verbatim: format.text) }
                .frame(minHeight: minimumTarget)
            }
            FieldView(label: "Kinds of book you like", text: list(\.genres))
            FieldView(label: "Favourite authors", text: list(\.favouriteAuthors))
            Toggle("Surprise me", isOn: Binding(get: { form.preferences.surpriseMe }, set: { v in
                var f = form
                f.preferences.surpriseMe = v
                model.send(.edit(f))
            }))
            .frame(minHeight: minimumTarget)
        case .whatToAvoid:
            FieldView(label: "Authors or subjects to avoid", text: list(\.avoid))
            Toggle("Books I have read before are fine", isOn: Binding(get: { form.preferences.allowRepeats }, set: { v in
                var f = form
                f.preferences.allowRepeats = v
                model.send(.edit(f))
            }))
            .frame(minHeight: minimumTarget)
        case .check:
            VStack(alignment: .leading, spacing: 6) {
                Text("Your answers").font(.headline)
                Text(verbatim: "\(form.address), \(form.postcode)")
                if !form.accessNotes.isEmpty { Text(verbatim: form.accessNotes) }
                Text(verbatim: model.state.times.first { $0.code == form.timeOfDay }?.text ?? form.timeOfDay)
                Text(verbatim: model.state.frequencies.first { $0.code == form.frequency }?.text ?? form.frequency)
                Text(verbatim: form.preferences.formats.map { f in model.state.formats.first { $0.code == f }?.text ?? f }
                    .joined(separator: ", "))
                if !form.preferences.genres.isEmpty { Text(verbatim: form.preferences.genres.joined(separator: ", ")) }
                if !form.preferences.avoid.isEmpty { Text(verbatim: form.preferences.avoid.joined(separator: ", ")) }
            }
            .accessibilityElement(children: .combine)
        }
        HStack {
            ActionButtonView(button: ActionButton("Back", HomeDeliveryAction.back), send: { model.send($0) })
            if step == .check {
                ActionButtonView(button: ActionButton("Send request", HomeDeliveryAction.submit), send: { model.send($0) })
            } else {
                ActionButtonView(button: ActionButton("Next", HomeDeliveryAction.next), send: { model.send($0) })
            }
        }
    }
}

struct ActingForScreen: View {
    @State var model: ActingForViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Acting for someone", status: s.status) {
            if let person = s.actingFor {
                Text("Acting for \(person.name)").font(.headline)
                ForEach(s.rights) { Label { Text(verbatim: $0.text) } icon: { Image(systemName: "checkmark") } }
            }
            RowsView(rows: s.people, empty: "", send: { model.send($0) })
            if s.actingFor != nil && s.can("loans") {
                ActionButtonView(button: ActionButton("See their loans", ActingForAction.loadTheirLoans), send: { model.send($0) })
                RowsView(rows: s.theirLoans, empty: "No loans", send: { model.send($0) })
            }
            if let person = s.actingFor, s.can("deliveries") {
                NavigationLink("Home delivery") {
                    HomeDeliveryScreen(model: HomeDeliveryViewModel(core: AppModel.shared.core), readerCard: person.card)
                }
                .frame(minHeight: minimumTarget)
            }
        }
        .task { model.send(.load) }
    }
}
