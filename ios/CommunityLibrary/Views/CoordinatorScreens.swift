import CMLKit
import SwiftUI
import UniformTypeIdentifiers

struct DeliveriesScreen: View {
    @State var model: DeliveriesViewModel
    @State private var visitDate = Date().addingTimeInterval(86400)

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Deliveries", status: s.status) {
            if !s.dataAge.isEmpty { Text(verbatim: s.dataAge).font(.footnote) }
            if !s.summary.isEmpty { Text(verbatim: s.summary).font(.headline) }
            if !s.privacyNote.isEmpty { Text(verbatim: s.privacyNote) }
            if s.deliveries.contains(where: { $0.buttons.contains { $0.action.isDecline } }) {
                FieldView(label: "Reason for declining", text: Binding(get: { s.declineReason }, set: { model.send(.setDeclineReason($0)) }))
            }
            RowsView(rows: s.deliveries, empty: "No home deliveries", send: { model.send($0) })
            SectionHeading(key: "Welfare concerns")
            if s.concerns.contains(where: { $0.buttons.contains { $0.enabled } }) {
                FieldView(label: "What was done", text: Binding(get: { s.closingNote }, set: { model.send(.setClosingNote($0)) }))
            }
            RowsView(rows: s.concerns, empty: "No welfare concerns", send: { model.send($0) })
            SectionHeading(key: "Who read readers' details")
            ActionButtonView(button: ActionButton("Show the audit log", DeliveriesAction.loadAudit), send: { model.send($0) })
            RowsView(rows: s.audit, empty: "", send: { model.send($0) })
        }
        .sheet(item: Binding(get: { s.plan.map(Plan.init) }, set: { if $0 == nil { model.send(.cancelPlan) } })) { plan in
            NavigationStack {
                Form {
                    DatePicker("First visit", selection: Binding(get: { visitDate }, set: { d in
                        visitDate = d
                        var p = plan.plan
                        p.date = day(d)
                        model.send(.editPlan(p))
                    }), displayedComponents: .date)
                    Picker("Time of day", selection: Binding(get: { plan.plan.timeOfDay }, set: { v in
                        var p = plan.plan
                        p.timeOfDay = v
                        model.send(.editPlan(p))
                    })) { ForEach(s.times) { Text(verbatim: $0.text).tag($0.code) } }
                    // Who can choose and who can deliver: the core's list, not typed card numbers.
                    Picker("Chooser", selection: Binding(get: { plan.plan.chooserCard }, set: { v in
                        var p = plan.plan
                        p.chooserCard = v
                        model.send(.editPlan(p))
                    })) { ForEach(s.choosers) { Text(verbatim: $0.text).tag($0.code) } }
                    Picker("Deliverer", selection: Binding(get: { plan.plan.delivererCard }, set: { v in
                        var p = plan.plan
                        p.delivererCard = v
                        model.send(.editPlan(p))
                    })) { ForEach(s.deliverers) { Text(verbatim: $0.text).tag($0.code) } }
                    Stepper(value: Binding(get: { Int(plan.plan.repeat) }, set: { v in
                        var p = plan.plan
                        p.repeat = UInt32(v)
                        model.send(.editPlan(p))
                    }), in: 0...12) { Text("More visits after this: \(Int(plan.plan.repeat))") }
                    ActionButtonView(button: ActionButton("Schedule", DeliveriesAction.schedule), send: { model.send($0) })
                    StatusLines(status: model.state.status)
                }
                .navigationTitle(Text("Plan visits"))
            }
        }
        .task { model.send(.load) }
    }

    struct Plan: Identifiable {
        let plan: VisitPlan
        var id: Int64 { plan.deliveryId }
    }
}

struct EventsAndRoomsScreen: View {
    @State var model: EventsAndRoomsViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Events and rooms", status: s.status) {
            RowsView(rows: s.events, empty: "No events", send: { model.send($0) })
            SectionHeading(key: "Room bookings")
            RowsView(rows: s.bookings, empty: "No room bookings", send: { model.send($0) })
            SectionHeading(key: "Rooms")
            RowsView(rows: s.rooms, empty: "No rooms", send: { model.send($0) })
            if let form = s.form {
                SectionHeading(key: "New event")
                FieldView(label: "Library code", text: field(form, \.library))
                FieldView(label: "Title", text: field(form, \.title))
                FieldView(label: "Description", text: field(form, \.description))
                Picker("Category", selection: field(form, \.category)) {
                    ForEach(s.categories) { Text(verbatim: $0.text).tag($0.code) }
                }
                FieldView(label: "Starts (year-month-day hour:minute)", text: field(form, \.starts))
                FieldView(label: "Ends (year-month-day hour:minute)", text: field(form, \.ends))
                FieldView(label: "Accessibility", text: field(form, \.accessibility))
                Stepper(value: Binding(get: { Int(form.capacity) }, set: { v in
                    var f = form
                    f.capacity = Int64(v)
                    model.send(.editForm(f))
                }), in: 0...500) { Text("Places: \(form.capacity)") }
                ActionButtonView(button: ActionButton("Create event", EventsAndRoomsAction.create), send: { model.send($0) })
            } else {
                ActionButtonView(button: s.create, send: { model.send($0) })
            }
        }
        .task { model.send(.load) }
    }

    private func field(_ form: EventForm, _ keyPath: WritableKeyPath<EventForm, String>) -> Binding<String> {
        Binding(get: { form[keyPath: keyPath] }, set: { v in
            var f = form
            f[keyPath: keyPath] = v
            model.send(.editForm(f))
        })
    }
}

struct ImpactScreen: View {
    @State var model: ImpactViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Impact", status: s.status) {
            Picker("Library", selection: Binding(get: { s.library }, set: { model.send(.setLibrary($0)) })) {
                ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
            }
            Picker("Period", selection: Binding(get: { s.period }, set: { model.send(.setPeriod($0)) })) {
                ForEach(s.periods) { Text(verbatim: $0.text).tag($0.code) }
            }
            Text(verbatim: s.title).font(.title3.bold()).accessibilityAddTraits(.isHeader)
            Text(verbatim: s.counted).font(.callout)
            ForEach(s.figures) { f in
                Text(verbatim: f.title).font(.body.monospacedDigit())
                    .frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
            }
            if !s.figures.isEmpty {
                BigButton(title: Text("Share as a spreadsheet (CSV)"), systemImage: "square.and.arrow.up") {
                    model.send(.share)
                }
            }
            if let csv = s.csv {
                ShareLink(item: CSVFile(name: csv.name, text: csv.text), preview: SharePreview(Text(verbatim: csv.name)))
                    .frame(minHeight: 44)
            }
        }
        .task { model.send(.load) }
    }
}

/// The impact report's CSV as a file for the share sheet.
struct CSVFile: Transferable {
    let name: String
    let text: String

    static var transferRepresentation: some TransferRepresentation {
        FileRepresentation(exportedContentType: .commaSeparatedText) { file in
            let url = FileManager.default.temporaryDirectory.appendingPathComponent(file.name)
            try file.text.write(to: url, atomically: true, encoding: .utf8)
            return SentTransferredFile(url)
        }
    }
}
