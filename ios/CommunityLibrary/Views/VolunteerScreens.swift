import CMLKit
import SwiftUI

struct TodayScreen: View {
    @State var model: TodayViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Today", status: s.status) {
            Text(verbatim: s.dataAge).font(.footnote)
            if let checkedIn = s.checkedIn { Text(verbatim: checkedIn).font(.title3) }
            Picker("Library", selection: Binding(get: { s.library ?? "" }, set: { model.send(.setLibrary($0)) })) {
                ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
            }
            // The one large button: check in, or check out once checked in (the core's words).
            if let button = s.button {
                BigButton(title: Text(verbatim: button.title), systemImage: "clock.badge.checkmark") { model.send(button.action) }
                    .disabled(!button.enabled)
            }
            SectionHeading(key: "My shifts")
            RowsView(rows: s.shifts, empty: "No shifts", send: { model.send($0) })
            SectionHeading(key: "Hours by month")
            Text(verbatim: s.hoursText)
        }
        .task { model.send(.load) }
    }
}

struct RotaScreen: View {
    @State var model: RotaViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Rota", status: s.status) {
            Picker("Library", selection: Binding(get: { s.library }, set: { model.send(.setLibrary($0)) })) {
                Text("All libraries").tag(String?.none)
                ForEach(s.libraries) { Text(verbatim: $0.text).tag(Optional($0.code)) }
            }
            Text(verbatim: s.dataAge).font(.footnote)
            SectionHeading(key: "My shifts")
            RowsView(rows: s.myShifts, empty: "No shifts", send: { model.send($0) })
            SectionHeading(key: "Open shifts")
            RowsView(rows: s.openShifts, empty: "No shifts on the rota", send: { model.send($0) })
        }
        .task { model.send(.load) }
    }
}

struct RoundScreen: View {
    @State var model: RoundViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Round", status: s.status) {
            Text(verbatim: s.dateText).font(.title3)
            Text(verbatim: s.summary)
            Text(verbatim: s.dataAge).font(.footnote)
            RowsView(rows: s.stops, empty: "No visits", send: { model.send($0) })
        }
        .sheet(item: Binding(get: { s.visit.map(OpenVisit.init) }, set: { if $0 == nil { model.send(.close) } })) { open in
            NavigationStack { VisitScreen(model: model, visit: open.visit) }
        }
        .task { model.send(.load) }
    }

    struct OpenVisit: Identifiable {
        let visit: RoundStopView
        var id: Int64 { visit.visitId }
    }
}

/// One visit: the address, access notes, the bag, what is due back, and the outcome buttons.
struct VisitScreen: View {
    let model: RoundViewModel
    let visit: RoundStopView

    var body: some View {
        List {
            Section {
                Text(verbatim: "\(visit.address), \(visit.postcode)").font(.title3)
                Text(verbatim: visit.accessNotes)
                if let pending = visit.pending { Text(verbatim: pending).font(.headline) }
            } header: {
                Text(verbatim: visit.readerName).font(.title.bold()).textCase(nil).accessibilityAddTraits(.isHeader)
            }
            Section { ForEach(visit.bag, id: \.barcode) { Text(verbatim: $0.title) } } header: { SectionHeading(key: "To hand over") }
            Section { ForEach(visit.dueBack, id: \.barcode) { Text(verbatim: $0.title) } } header: { SectionHeading(key: "To collect") }
            Section {
                TextField("Note (for a welfare concern, say what you saw)", text: binding(model.state.note, { model.send($0) }) { .setNote($0) }, axis: .vertical)
                    .frame(minHeight: minimumTarget)
                ForEach(model.state.outcomes) { outcome in
                    ActionButtonView(
                        button: ActionButton(outcome.text, RoundAction.record(visit.visitId, outcome: outcome.code), fromCore: true),
                        send: { model.send($0) })
                }
            } header: { SectionHeading(key: "What happened") }
            Section { StatusLines(status: model.state.status) }
        }
    }
}

struct ChooseScreen: View {
    @State var model: ChooseViewModel
    @State private var scanning = false

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Choose books", status: s.status) {
            RowsView(rows: s.visits, empty: "No readers to choose for", send: { model.send($0) })
            if let v = s.visit {
                Text(verbatim: v.readerName).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                ForEach(s.preferences, id: \.self) { Text(verbatim: $0) }
                // The core's warnings (titles borrowed before): an icon and words, not colour.
                ForEach(s.warnings, id: \.self) { w in
                    Label { Text(verbatim: w) } icon: { Image(systemName: "exclamationmark.triangle.fill") }
                        .accessibilityElement(children: .combine)
                }
                ForEach(s.reactions, id: \.self) { Text(verbatim: $0) }
                SectionHeading(key: "In the bag")
                ForEach(v.bag, id: \.barcode) { item in Text(verbatim: item.title) }
                TextField("Item barcode", text: binding(s.typed, { model.send($0) }) { .setTyped($0) })
                    .textFieldStyle(.roundedBorder)
                    .frame(minHeight: minimumTarget)
                HStack {
                    ActionButtonView(button: ActionButton("Add", ChooseAction.add), send: { model.send($0) })
                    SwiftUI.Button { scanning = true } label: { Label("Scan", systemImage: "barcode.viewfinder").frame(minHeight: minimumTarget) }
                }
                ForEach(s.barcodes, id: \.self) { Text(verbatim: $0) }
                ActionButtonView(button: ActionButton("Fill the bag", ChooseAction.fill(v.visitId)), send: { model.send($0) })
            }
        }
        .sheet(isPresented: $scanning) {
            ISBNScanner(symbologies: [.code128, .code39, .ean13]) { code in
                scanning = false
                model.send(.scanned(code))
            }
        }
        .task { model.send(.load) }
    }
}

struct DoorListScreen: View {
    @State var model: DoorListViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Door list", status: s.status) {
            RowsView(rows: s.events, empty: "No events to host", send: { model.send($0) })
            if let r = s.roster {
                Text(verbatim: r.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(verbatim: r.when)
                Text(verbatim: r.summary)
                ForEach(s.entries) { entry in DoorEntryView(entry: entry, send: { model.send($0) }) }
                ActionButtonView(button: ActionButton("Add a walk-in", DoorListAction.addWalkIn(r.eventId)), send: { model.send($0) })
            }
        }
        .task { model.send(.load) }
    }
}

/// A booking at the door: one element, "Came" and "Did not come" as actions and buttons.
struct DoorEntryView: View {
    let entry: DoorEntry
    let send: (DoorListAction) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(verbatim: entry.name).font(.headline)
            Text("\(entry.places) places")
            if let mark = entry.attendance {
                Label(
                    mark == "attended" ? LocalizedStringKey("Came") : LocalizedStringKey("Did not come"),
                    systemImage: mark == "attended" ? "checkmark.circle" : "xmark.circle")
            }
            if entry.pending { Text("Waiting to be sent") }
            HStack {
                ActionButtonView(button: ActionButton("Came", DoorListAction.mark(entry.eventId, entry.bookingId, attended: true)), send: send)
                ActionButtonView(button: ActionButton("Did not come", DoorListAction.mark(entry.eventId, entry.bookingId, attended: false)), send: send)
            }
            .accessibilityHidden(true)
        }
        .accessibilityElement(children: .combine)
        .accessibilityAction(named: Text("Came")) { send(.mark(entry.eventId, entry.bookingId, attended: true)) }
        .accessibilityAction(named: Text("Did not come")) { send(.mark(entry.eventId, entry.bookingId, attended: false)) }
    }
}

struct DeskScreen: View {
    @State var model: DeskViewModel
    @State private var scanning = false

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Desk", status: s.status) {
            FieldView(label: "Item barcode", text: binding(s.barcode, { model.send($0) }) { .setBarcode($0) })
            SwiftUI.Button { scanning = true } label: { Label("Scan the item", systemImage: "barcode.viewfinder").frame(minHeight: minimumTarget) }
            FieldView(label: "Card number (to lend)", text: binding(s.card, { model.send($0) }) { .setCard($0) })
                .keyboardType(.numberPad)
            if s.libraries.count > 1 {
                Picker("Taken back at", selection: Binding(get: { s.library ?? "" }, set: { model.send(.setLibrary($0)) })) {
                    ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
                }
            }
            BigButton(title: Text("Lend"), systemImage: "arrow.up.forward.square") { model.send(.checkOut) }
                .disabled(!s.lend.enabled)
            BigButton(title: Text("Take back"), systemImage: "arrow.down.backward.square") { model.send(.checkIn) }
                .disabled(!s.takeBack.enabled)
            if let why = s.lend.whyNot { Text(verbatim: why) }
            if !s.recent.isEmpty {
                SectionHeading(key: "Lent and taken back on this phone")
                if let waiting = s.waiting { Text(verbatim: waiting) }
                ForEach(s.recent) { row in
                    Text(verbatim: row.sentence).frame(maxWidth: .infinity, minHeight: 44, alignment: .leading)
                        .accessibilityElement(children: .combine)
                }
            }
        }
        .task { model.send(.load) }
        .sheet(isPresented: $scanning) {
            ISBNScanner(symbologies: [.code128, .code39, .ean13]) { code in
                scanning = false
                model.send(.scanned(code))
            }
        }
    }
}
