import CMLKit
import SwiftUI

struct SignInScreen: View {
    @State var model: SignInViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Sign in", status: s.status) {
            FieldView(
                label: "Library card number", text: binding(s.card, { model.send($0) }) { .setCard($0) },
                problem: s.status.problem?.field == "card")
                .keyboardType(.numberPad)
                .textContentType(.username)
            FieldView(
                label: "PIN", text: binding(s.pin, { model.send($0) }) { .setPin($0) }, secure: true,
                problem: s.status.problem?.field == "pin")
                .keyboardType(.numberPad)
                .textContentType(.password)
            BigButton(title: Text("Sign in"), systemImage: "person.crop.circle") { model.send(.signIn) }
                .disabled(!s.canSubmit)
        }
    }
}

struct HomeScreen: View {
    @State var model: HomeViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Home", status: s.status) {
            Text(verbatim: s.greeting).font(.title2)
            Text(verbatim: s.dataAge).font(.footnote)
            SectionHeading(key: "Coming up")
            RowsView(rows: s.items, empty: "Nothing coming up", send: { model.send($0) })
            ActionButtonView(button: ActionButton("Bring up to date", HomeAction.sync), send: { model.send($0) })
        }
        .refreshable { await model.send(.sync).value }
        .task { model.send(.load) }
        .onDisappear { model.send(.outcomesSeen) }
    }
}

struct SearchScreen: View {
    @State var model: SearchViewModel
    @State private var scanning = false

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Search", status: s.status) {
            TextField("Title, author or ISBN", text: binding(s.text, { model.send($0) }) { .setText($0) })
                .textFieldStyle(.roundedBorder)
                .frame(minHeight: minimumTarget)
                .accessibilityLabel(Text("Search the catalogue"))
            SwiftUI.Button { scanning = true } label: {
                Label("Scan an ISBN", systemImage: "barcode.viewfinder").frame(minHeight: minimumTarget)
            }
            .disabled(!ISBNScanner.isAvailable)
            Picker("Library", selection: Binding(get: { s.library }, set: { model.send(.setLibrary($0)) })) {
                Text("All libraries").tag(String?.none)
                ForEach(s.libraries) { Text(verbatim: $0.text).tag(Optional($0.code)) }
            }
            Picker("Format", selection: Binding(get: { s.format }, set: { model.send(.setFormat($0)) })) {
                Text("Any format").tag(String?.none)
                ForEach(s.formats) { Text(verbatim: $0.text).tag(Optional($0.code)) }
            }
            Toggle("Only on the shelf now", isOn: Binding(get: { s.availableNow }, set: { model.send(.setAvailableNow($0)) }))
                .frame(minHeight: minimumTarget)
            RowsView(rows: s.results, empty: s.text.isEmpty ? "Type to search" : "No results", send: { model.send($0) })
            if s.hasMore {
                ActionButtonView(button: ActionButton("Show more", SearchAction.more), send: { model.send($0) })
            }
        }
        .sheet(isPresented: $scanning) {
            ISBNScanner { code in
                scanning = false
                model.send(.scanned(code))
            }
            .ignoresSafeArea()
        }
        .task { model.send(.load) }
    }
}

struct TitleScreen: View {
    @State var model: TitleViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Title", status: s.status) {
            Text(verbatim: s.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
            ForEach(s.details, id: \.self) { Text(verbatim: $0) }
            if let summary = s.summary { Text(verbatim: summary) }
            Text(verbatim: s.availability).font(.headline)
            SectionHeading(key: "Copies")
            RowsView(rows: s.copies, empty: "No copies", send: { model.send($0) })
            // Already reserved or on loan: the core's words instead of the button.
            Text(verbatim: s.relationText).font(.headline)
            if s.canReserve {
                Picker("Collect from", selection: Binding(get: { s.pickup ?? "" }, set: { model.send(.setPickup($0)) })) {
                    ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
                }
                BigButton(title: Text("Reserve"), systemImage: "bookmark") { model.send(.reserve) }
                    .disabled(s.status.busy)
            }
        }
        .task { model.send(.load) }
    }
}

struct AccountScreen: View {
    @State var model: AccountViewModel
    @State private var pauseUntil = Date().addingTimeInterval(14 * 86400)

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "My account", status: s.status) {
            if let name = s.actingFor { Text("Acting for \(name)").font(.headline) }
            Text(verbatim: s.dataAge).font(.footnote)
            SectionHeading(key: "Loans")
            Text(verbatim: s.loansText)
            RowsView(rows: s.loans, empty: "", send: { model.send($0) })
            SectionHeading(key: "Reservations")
            Text(verbatim: s.holdsText)
            RowsView(rows: s.holds, empty: "", send: { model.send($0) })
            SectionHeading(key: "Reading history")
            Toggle("Keep a reading history", isOn: Binding(get: { s.historyOn }, set: { model.send(.setHistory($0)) }))
                .frame(minHeight: minimumTarget)
            Text(verbatim: s.historyText)
            RowsView(rows: s.history, empty: "", send: { model.send($0) })
            if !s.history.isEmpty {
                ActionButtonView(button: ActionButton("Delete my reading history", AccountAction.deleteHistory), send: { model.send($0) })
            }
            if let card = s.card {
                SectionHeading(key: "Library card")
                NavigationLink {
                    CardScreen(card: card)
                } label: {
                    Label("Show my card", systemImage: "barcode").frame(minHeight: minimumTarget)
                }
            }
        }
        .sheet(item: Binding(get: { model.choosing.map(Choosing.init) }, set: { if $0 == nil { model.send(.stopChoosing) } })) { choosing in
            chooser(choosing.action)
        }
        .task { model.send(.load) }
    }

    struct Choosing: Identifiable {
        let action: AccountAction
        var id: String { String(describing: action) }
    }

    @ViewBuilder private func chooser(_ action: AccountAction) -> some View {
        switch action {
        case .choosePauseDate(let id):
            NavigationStack {
                Form {
                    DatePicker("Pause until", selection: $pauseUntil, in: Date()..., displayedComponents: .date)
                    ActionButtonView(button: ActionButton("Pause", AccountAction.pauseHold(id, until: day(pauseUntil))), send: { model.send($0) })
                }
                .navigationTitle(Text("Pause a reservation"))
            }
        case .chooseOtherPickup(let id):
            NavigationStack {
                List(model.state.libraries) { library in
                    SwiftUI.Button { model.send(.changePickup(id, library: library.code)) } label: {
                        Text(verbatim: library.text).frame(maxWidth: .infinity, minHeight: minimumTarget, alignment: .leading)
                    }
                }
                .navigationTitle(Text("Collect somewhere else"))
            }
        default:
            EmptyView()
        }
    }
}

/// "YYYY-MM-DD" in the UK, as the core takes dates.
func day(_ date: Date) -> String {
    let f = DateFormatter()
    f.calendar = Calendar(identifier: .gregorian)
    f.locale = Locale(identifier: "en_GB_POSIX")
    f.timeZone = TimeZone(identifier: "Europe/London")
    f.dateFormat = "yyyy-MM-dd"
    return f.string(from: date)
}

/// The card, full screen, as a Code 128 barcode at full brightness for the desk's scanner.
struct CardScreen: View {
    let card: CardView
    @State private var brightness: CGFloat = 0.5

    var body: some View {
        VStack(spacing: 24) {
            Text(verbatim: card.name).font(.title.bold()).accessibilityAddTraits(.isHeader)
            if let image = CardBarcode.image(for: card.barcodeContent) {
                Image(uiImage: image)
                    .interpolation(.none)
                    .resizable()
                    .scaledToFit()
                    .padding()
                    .background(Color.white)
                    .accessibilityLabel(Text("Barcode of card \(card.number)"))
            }
            Text(verbatim: card.number).font(.title2.monospacedDigit())
            if let library = card.homeLibraryName { Text(verbatim: library) }
            Text(verbatim: card.statusText)
        }
        .padding()
        .onAppear {
            brightness = UIScreen.main.brightness
            UIScreen.main.brightness = 1
        }
        .onDisappear { UIScreen.main.brightness = brightness }
    }
}

struct EventsScreen: View {
    @State var model: EventsViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Events", status: s.status) {
            Picker("Library", selection: Binding(get: { s.library }, set: { model.send(.setLibrary($0)) })) {
                Text("All libraries").tag(String?.none)
                ForEach(s.libraries) { Text(verbatim: $0.text).tag(Optional($0.code)) }
            }
            Picker("Category", selection: Binding(get: { s.category }, set: { model.send(.setCategory($0)) })) {
                Text("Everything").tag(String?.none)
                ForEach(s.categories) { Text(verbatim: $0.text).tag(Optional($0.code)) }
            }
            Text(verbatim: s.dataAge).font(.footnote)
            if s.events.isEmpty, let empty = s.emptyText { Text(verbatim: empty) }
            RowsView(rows: s.events, empty: "", send: { model.send($0) })
        }
        .sheet(item: Binding(get: { s.calendarFile.map(CalendarFile.init) }, set: { if $0 == nil { model.send(.calendarDone) } })) { file in
            ShareLink(item: file.url) { Label("Add to calendar", systemImage: "calendar.badge.plus") }
                .presentationDetents([.medium])
        }
        .task { model.send(.load) }
    }
}

/// The core's iCalendar text as a file the share sheet hands to Calendar.
struct CalendarFile: Identifiable {
    let url: URL
    var id: URL { url }

    init(_ text: String) {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("event.ics")
        try? text.write(to: url, atomically: true, encoding: .utf8)
    }
}

struct LibrariesScreen: View {
    @State var model: LibrariesViewModel

    var body: some View {
        ScreenScaffold(heading: "Libraries", status: model.state.status) {
            RowsView(rows: model.state.libraries, empty: "No libraries yet", send: { model.send($0) })
        }
        .task {
            model.onCall = { number in
                if let url = URL(string: "tel:\(number.filter(\.isNumber))") { UIApplication.shared.open(url) }
            }
            model.send(.load)
        }
    }
}

struct JoinScreen: View {
    @State var model: JoinViewModel

    var body: some View {
        let s = model.state
        let field = s.status.problem?.field
        ScreenScaffold(heading: "Join the library", status: s.status) {
            FieldView(label: "Name", text: binding(s.name, { model.send($0) }) { .set(.name, $0) }, problem: field == "name")
            FieldView(label: "Address", text: binding(s.address, { model.send($0) }) { .set(.address, $0) }, problem: field == "address")
            FieldView(label: "Postcode", text: binding(s.postcode, { model.send($0) }) { .set(.postcode, $0) }, problem: field == "postcode")
            FieldView(
                label: "Date of birth (year-month-day)", text: binding(s.dateOfBirth, { model.send($0) }) { .set(.dateOfBirth, $0) },
                problem: field == "date_of_birth")
            Picker("Library", selection: binding(s.homeLibrary, { model.send($0) }) { .set(.homeLibrary, $0) }) {
                ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
            }
            FieldView(label: "Email (if you have one)", text: binding(s.email, { model.send($0) }) { .set(.email, $0) })
            FieldView(label: "Phone (if you have one)", text: binding(s.phone, { model.send($0) }) { .set(.phone, $0) })
            FieldView(label: "Choose a PIN (4 to 8 digits)", text: binding(s.pin, { model.send($0) }) { .set(.pin, $0) }, secure: true, problem: field == "pin")
            if let refused = s.refused {
                Label { Text(verbatim: refused) } icon: { Image(systemName: "exclamationmark.triangle.fill") }
            }
            if let receipt = s.receipt {
                if !receipt.card.isEmpty { Text(verbatim: receipt.card).font(.title.monospacedDigit()) }
                Text(verbatim: receipt.message).font(.headline)
            } else {
                BigButton(title: Text("Join"), systemImage: "person.badge.plus") { model.send(.submit) }
            }
        }
        .task { model.send(.load) }
    }
}

struct ReadingListsScreen: View {
    @State var model: ReadingListsViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Reading lists", status: s.status) {
            RowsView(rows: s.lists, empty: "No reading lists", send: { model.send($0) })
            if let list = s.open {
                Text(verbatim: list.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(verbatim: list.description)
                RowsView(rows: s.entries, empty: "", send: { model.send($0) })
            }
        }
        .task { model.send(.load) }
    }
}

struct HaveYourSayScreen: View {
    @State var model: HaveYourSayViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Have your say", status: s.status) {
            RowsView(rows: s.consultations, empty: "No consultations", send: { model.send($0) })
            if let c = s.open {
                Text(verbatim: c.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                ForEach(c.questions, id: \.index) { q in question(q, answer: s.answers[q.index]) }
                BigButton(title: Text("Send my answers"), systemImage: "paperplane") { model.send(.submit) }
            }
            if let r = s.results {
                Text(verbatim: r.title).font(.title2.bold()).accessibilityAddTraits(.isHeader)
                Text(verbatim: r.summary)
                ForEach(Array(r.questions.enumerated()), id: \.offset) { _, q in
                    VStack(alignment: .leading) {
                        Text(verbatim: q.text).font(.headline)
                        ForEach(Array(zip(q.labels, q.counts).enumerated()), id: \.offset) { _, pair in
                            Text(verbatim: "\(pair.0): \(pair.1)")
                        }
                        ForEach(q.texts, id: \.self) { Text(verbatim: "“\($0)”") }
                    }
                    .accessibilityElement(children: .combine)
                }
            }
        }
        .task { model.send(.load) }
    }

    @ViewBuilder private func question(_ q: QuestionView, answer: AnswerForm?) -> some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(verbatim: q.text).font(.headline)
            switch q.kind {
            case "choice":
                Picker(q.text, selection: Binding(
                    get: { answer?.choice ?? UInt32.max },
                    set: { model.send(.choose(question: q.index, choice: $0)) })
                ) {
                    ForEach(Array(q.choices.enumerated()), id: \.offset) { i, c in Text(verbatim: c).tag(UInt32(i)) }
                }
                .pickerStyle(.inline)
            case "scale":
                Stepper(value: Binding(
                    get: { Int(answer?.scale ?? 0) },
                    set: { model.send(.scale(question: q.index, value: Int64($0))) }), in: 1...Int(q.scaleTop)
                ) {
                    Text(verbatim: "\(q.scaleLow ?? "1") … \(q.scaleHigh ?? "\(q.scaleTop)"): \(answer?.scale.map(String.init) ?? "–")")
                }
                .frame(minHeight: minimumTarget)
            default:
                TextField(q.text, text: Binding(
                    get: { answer?.text ?? "" }, set: { model.send(.text(question: q.index, text: $0)) }), axis: .vertical)
                    .textFieldStyle(.roundedBorder)
                    .frame(minHeight: minimumTarget)
            }
        }
    }
}

struct PublishConsultationScreen: View {
    @State var model: PublishConsultationViewModel

    var body: some View {
        let s = model.state
        ScreenScaffold(heading: "Publish a consultation", status: s.status) {
            Picker("Library", selection: Binding(get: { s.draft.library }, set: { v in edit { $0.library = v } })) {
                ForEach(s.libraries) { Text(verbatim: $0.text).tag($0.code) }
            }
            FieldView(label: "Title", text: Binding(get: { s.draft.title }, set: { v in edit { $0.title = v } }))
            FieldView(label: "Description", text: Binding(get: { s.draft.description }, set: { v in edit { $0.description = v } }))
            FieldView(label: "Opens (year-month-day)", text: Binding(get: { s.draft.opensOn }, set: { v in edit { $0.opensOn = v } }))
            FieldView(label: "Closes (year-month-day)", text: Binding(get: { s.draft.closesOn }, set: { v in edit { $0.closesOn = v } }))
            ForEach(Array(s.draft.questions.enumerated()), id: \.offset) { i, q in
                FieldView(label: "Question", text: Binding(get: { q.text }, set: { v in edit { $0.questions[i].text = v } }))
                if q.kind == "choice" {
                    FieldView(label: "Choices, separated by commas", text: Binding(
                        get: { q.choices.joined(separator: ", ") },
                        set: { v in edit { $0.questions[i].choices = v.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } }))
                }
            }
            HStack {
                ActionButtonView(button: ActionButton("Add a choice question", PublishConsultationAction.addQuestion(kind: "choice")), send: { model.send($0) })
                ActionButtonView(button: ActionButton("Add a free-text question", PublishConsultationAction.addQuestion(kind: "text")), send: { model.send($0) })
            }
            BigButton(title: Text("Publish"), systemImage: "megaphone") { model.send(.publish) }
            if let p = s.published {
                ActionButtonView(button: ActionButton("Results", PublishConsultationAction.results(p.id)), send: { model.send($0) })
            }
            if let r = s.results {
                Text(verbatim: r.summary).font(.headline)
                ForEach(Array(r.questions.enumerated()), id: \.offset) { _, q in
                    VStack(alignment: .leading) {
                        Text(verbatim: q.text).font(.headline)
                        ForEach(Array(zip(q.labels, q.counts).enumerated()), id: \.offset) { _, pair in
                            Text(verbatim: "\(pair.0): \(pair.1)")
                        }
                        ForEach(q.texts, id: \.self) { Text(verbatim: "“\($0)”") }
                    }
                    .accessibilityElement(children: .combine)
                }
            }
        }
        .task { model.send(.load) }
    }

    private func edit(_ change: (inout ConsultationForm) -> Void) {
        var form = model.state.draft
        change(&form)
        model.send(.edit(form))
    }
}
