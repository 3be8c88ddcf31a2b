import Foundation
import Observation

// MARK: - Have your say

/// Have your say: the consultations libraries run, answered offline, once; afterwards (for
/// coordinators and the steering group) the results. Coordinators publish one with
/// PublishConsultationViewModel.
public struct HaveYourSayState: ScreenState {
    public var consultations: [ListRow<HaveYourSayAction>] = []
    /// The consultation being answered.
    public var open: ConsultationView?
    public var answers: [UInt32: AnswerForm] = [:]
    public var results: ConsultationResultsView?
    public var status = ScreenStatus()

    public init() {}

    public static func rows(_ consultations: [ConsultationView]) -> [ListRow<HaveYourSayAction>] {
        consultations.map { c in
            var buttons: [ActionButton<HaveYourSayAction>] = []
            if c.canAnswer { buttons.append(ActionButton("Answer", .open(c.id), accessibilityLabel: c.title)) }
            buttons.append(ActionButton("Results", .results(c.id), accessibilityLabel: c.title))
            return ListRow(
                id: String(c.id), title: c.title,
                lines: [c.libraryName, c.periodText, c.description, c.whyNot ?? ""], buttons: buttons)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Have your say")
        t.status(status)
        t.rows(consultations, empty: "No consultations")
        if let c = open {
            t.section(c.title)
            for q in c.questions {
                let a = answers[q.index]
                var line = "\(q.index + 1). \(q.text)"
                switch q.kind {
                case "choice":
                    line += " [" + q.choices.enumerated().map { i, ch in a?.choice == UInt32(i) ? "(x) \(ch)" : ch }
                        .joined(separator: " | ") + "]"
                case "scale":
                    line += " [\(q.scaleLow ?? "1") 1…\(q.scaleTop) \(q.scaleHigh ?? "")]"
                    if let v = a?.scale { line += " = \(v)" }
                default:
                    if let text = a?.text { line += " = \(text)" }
                }
                t.text(line)
            }
            t.buttons([ActionButton("Send my answers", HaveYourSayAction.submit)])
        }
        if let r = results {
            t.section(r.title)
            t.text(r.summary)
            for q in r.questions {
                t.text(q.text)
                for (label, count) in zip(q.labels, q.counts) { t.text("  \(label): \(count)") }
                for text in q.texts { t.text("  “\(text)”") }
            }
        }
        return t.string
    }
}

public enum HaveYourSayAction: Equatable, Sendable {
    case load
    case open(Int64)
    case close
    case choose(question: UInt32, choice: UInt32)
    case scale(question: UInt32, value: Int64)
    case text(question: UInt32, text: String)
    case submit
    case results(Int64)
}

@MainActor
@Observable
public final class HaveYourSayViewModel: CoreViewModel {
    public internal(set) var state = HaveYourSayState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var all: [ConsultationView] = []

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: HaveYourSayAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .open(let id):
            state.open = all.first { $0.id == id }
            state.answers = [:]
        case .close:
            state.open = nil
            state.results = nil
        case .choose(let q, let choice):
            state.answers[q] = AnswerForm(question: q, choice: choice, scale: nil, text: nil)
        case .scale(let q, let value):
            state.answers[q] = AnswerForm(question: q, choice: nil, scale: value, text: nil)
        case .text(let q, let text):
            state.answers[q] = AnswerForm(question: q, choice: nil, scale: nil, text: text)
        case .submit:
            guard let c = state.open else { return done }
            let answers = state.answers.keys.sorted().compactMap { state.answers[$0] }
            return Task {
                await perform {
                    let change = try await app.answerConsultation(id: c.id, answers: answers)
                    state.open = nil
                    return try outcome(change)
                }
            }
        case .results(let id):
            return Task {
                await perform {
                    state.results = try await app.consultationResults(id: id)
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        await load {
            all = try await core.read { try $0.consultations() }
            state.consultations = HaveYourSayState.rows(all)
        }
    }
}

// MARK: - Publish a consultation

/// Have your say for coordinators: write a consultation (a few questions: choice, scale, free
/// text) for a library and a period, publish it, and read its results (never who answered).
public struct PublishConsultationState: ScreenState {
    public var draft = ConsultationForm(library: "", title: "", description: "", opensOn: "", closesOn: "", questions: [])
    public var libraries: [Choice] = []
    public var published: ConsultationView?
    public var results: ConsultationResultsView?
    public var status = ScreenStatus()

    public init() {}

    public var screenText: String {
        var t = ScreenText(heading: "Publish a consultation")
        t.line("library", libraries.first { $0.code == draft.library }?.text ?? draft.library)
        t.line("title", draft.title)
        t.line("about", draft.description)
        t.line("open", draft.opensOn.isEmpty ? nil : "\(draft.opensOn) – \(draft.closesOn)")
        for (i, q) in draft.questions.enumerated() {
            t.text("\(i + 1). \(q.text) (\(q.kind))" + (q.choices.isEmpty ? "" : ": " + q.choices.joined(separator: " | ")))
        }
        t.status(status)
        t.buttons([ActionButton("Publish", PublishConsultationAction.publish)])
        if let p = published { t.line("published", "\(p.title): \(p.periodText)") }
        if let r = results {
            t.section(r.title)
            t.text(r.summary)
            for q in r.questions {
                t.text(q.text)
                for (label, count) in zip(q.labels, q.counts) { t.text("  \(label): \(count)") }
                for text in q.texts { t.text("  “\(text)”") }
            }
        }
        return t.string
    }
}

public enum PublishConsultationAction: Equatable, Sendable {
    case load
    case edit(ConsultationForm)
    /// "choice", "scale" or "text": a new empty question of that kind.
    case addQuestion(kind: String)
    case publish
    case results(Int64)
}

@MainActor
@Observable
public final class PublishConsultationViewModel: CoreViewModel {
    public internal(set) var state = PublishConsultationState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: PublishConsultationAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            return Task { await reload() }
        case .edit(let form):
            state.draft = form
        case .addQuestion(let kind):
            state.draft.questions.append(QuestionForm(kind: kind, text: "", choices: [], scaleLow: nil, scaleHigh: nil))
        case .publish:
            let form = state.draft
            return Task {
                await perform {
                    let made = try await app.publishConsultation(form: form)
                    state.published = made
                    _ = try await app.sync(listener: nil)
                    return "\(made.title): \(made.periodText)"
                }
            }
        case .results(let id):
            return Task {
                await perform {
                    state.results = try await app.consultationResults(id: id)
                    return nil
                }
            }
        }
        return done
    }

    func reload() async {
        await load {
            state.libraries = try await core.read { try $0.libraries() }.map { Choice(code: $0.code, text: $0.name) }
        }
    }
}

// MARK: - Reading lists

/// Reading lists: lists a library publishes, offline; each title opens its Title screen.
public struct ReadingListsState: ScreenState {
    public var lists: [ListRow<ReadingListsAction>] = []
    public var open: ReadingListView?
    public var entries: [ListRow<ReadingListsAction>] = []
    public var status = ScreenStatus()

    public init() {}

    public static func entries(_ list: ReadingListView) -> [ListRow<ReadingListsAction>] {
        list.entries.map { e in
            ListRow(
                id: String(e.recordId), title: e.title, lines: [e.author ?? "", e.availability],
                open: e.onPhone ? .openTitle(e.recordId) : nil)
        }
    }

    public var screenText: String {
        var t = ScreenText(heading: "Reading lists")
        t.status(status)
        t.rows(lists, empty: "No reading lists")
        if let l = open {
            t.section(l.title)
            t.text(l.description)
            t.rows(entries)
        }
        return t.string
    }
}

public enum ReadingListsAction: Equatable, Sendable {
    case load
    case open(Int64)
    case openTitle(Int64)
}

@MainActor
@Observable
public final class ReadingListsViewModel: CoreViewModel {
    public internal(set) var state = ReadingListsState()
    @ObservationIgnored public var onOpenTitle: ((Int64) -> Void)?
    @ObservationIgnored let core: AppCore
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    @ObservationIgnored private var all: [ReadingListView] = []

    public init(core: AppCore) {
        self.core = core
    }

    @discardableResult
    public func send(_ action: ReadingListsAction) -> Task<Void, Never> {
        switch action {
        case .load:
            startObserving()
            return Task { await reload() }
        case .open(let id):
            state.open = all.first { $0.id == id }
            state.entries = state.open.map(ReadingListsState.entries) ?? []
        case .openTitle(let id):
            onOpenTitle?(id)
        }
        return done
    }

    func reload() async {
        await load {
            all = try await core.read { try $0.readingLists() }
            state.lists = all.map { l in
                ListRow(id: String(l.id), title: l.title, lines: [l.libraryName ?? "", l.summary], open: .open(l.id))
            }
            if let open = state.open {
                state.open = all.first { $0.id == open.id }
                state.entries = state.open.map(ReadingListsState.entries) ?? []
            }
        }
    }
}

// MARK: - Settings

/// The phone's own preferences (not the core's): simple mode and notifications per kind. On
/// the iPhone they live in UserDefaults.
public protocol AppPreferences: AnyObject, Sendable {
    var simpleMode: Bool { get set }
    func notificationsOn(_ kind: String) -> Bool
    func setNotifications(_ kind: String, on: Bool)
}

/// Preferences kept in memory (tests, previews).
public final class MemoryPreferences: AppPreferences, @unchecked Sendable {
    private let lock = NSLock()
    private var simple = false
    private var off: Set<String> = []

    public init() {}

    public var simpleMode: Bool {
        get { lock.withLock { simple } }
        set { lock.withLock { simple = newValue } }
    }

    public func notificationsOn(_ kind: String) -> Bool { lock.withLock { !off.contains(kind) } }

    public func setNotifications(_ kind: String, on: Bool) {
        lock.withLock {
            if on { _ = off.remove(kind) } else { _ = off.insert(kind) }
        }
    }
}

/// The reminders' kinds (the core's notification channels) and their labels (keys of
/// Localizable.xcstrings).
public let reminderKinds: [(kind: String, label: String)] = [
    ("hold_ready", "A reservation is ready"),
    ("hold_last_day", "Last day to collect a reservation"),
    ("loan_due", "A loan is due back soon"),
    ("event_tomorrow", "An event tomorrow"),
    ("visit_tomorrow", "A home delivery visit tomorrow"),
    ("round_tomorrow", "A delivery round tomorrow"),
    ("shift_tomorrow", "A shift tomorrow"),
]

/// A switch on the Settings screen.
public struct SettingToggle: Equatable, Sendable, Identifiable {
    public var id: String
    /// The app's label (a key of Localizable.xcstrings), or the core's text when `fromCore`.
    public var label: String
    public var fromCore: Bool
    public var on: Bool

    public init(id: String, label: String, fromCore: Bool, on: Bool) {
        self.id = id
        self.label = label
        self.fromCore = fromCore
        self.on = on
    }
}

/// Settings: language, simple mode, text size preview (the view), notifications per kind, which
/// libraries' catalogue to keep offline, sign out (which removes the person's data).
public struct SettingsState: ScreenState {
    public var language = "en"
    public var rightToLeft = false
    public var simpleMode = false
    public var notifications: [SettingToggle] = []
    /// Whose catalogue the phone keeps (the core's rule: none chosen keeps every library's).
    public var libraries: [SettingToggle] = []
    public var signedOut = false
    public var status = ScreenStatus()

    public init() {}

    /// English, Polski, اردو: each language named in itself.
    public static let languages: [Choice] = [
        Choice(code: "en", text: "English"), Choice(code: "pl", text: "Polski"), Choice(code: "ur", text: "اردو"),
    ]

    public var screenText: String {
        var t = ScreenText(heading: "Settings")
        t.line("language", SettingsState.languages.first { $0.code == language }?.text)
        if rightToLeft { t.text("right to left") }
        t.line("simple mode", simpleMode ? "on" : "off")
        t.status(status)
        t.section("Notifications")
        for n in notifications { t.text("[\(n.on ? "x" : " ")] \(n.label)") }
        t.section("Catalogue kept on this phone")
        for l in libraries { t.text("[\(l.on ? "x" : " ")] \(l.label)") }
        t.buttons([ActionButton("Sign out", SettingsAction.signOut)])
        return t.string
    }
}

public enum SettingsAction: Equatable, Sendable {
    case load
    case setLanguage(String)
    case setSimpleMode(Bool)
    case setNotifications(String, Bool)
    case keepLibrary(String, Bool)
    case signOut
}

@MainActor
@Observable
public final class SettingsViewModel: CoreViewModel {
    public internal(set) var state = SettingsState()
    @ObservationIgnored let core: AppCore
    @ObservationIgnored let preferences: AppPreferences
    @ObservationIgnored var observation: CoreObservation?
    @ObservationIgnored var refreshTask: Task<Void, Never>?
    /// Told when the person has signed out (the app shows Sign in).
    @ObservationIgnored public var onSignedOut: (() -> Void)?

    public init(core: AppCore, preferences: AppPreferences) {
        self.core = core
        self.preferences = preferences
    }

    @discardableResult
    public func send(_ action: SettingsAction) -> Task<Void, Never> {
        let app = core.app
        switch action {
        case .load:
            break
        case .setLanguage(let code):
            _ = app.setLanguage(language: code)
        case .setSimpleMode(let on):
            preferences.simpleMode = on
        case .setNotifications(let kind, let on):
            preferences.setNotifications(kind, on: on)
        case .keepLibrary(let code, let keep):
            let kept = state.libraries.filter { $0.on && $0.id != code }.map(\.id) + (keep ? [code] : [])
            return Task {
                await perform {
                    try await core.read { try $0.setMyLibraries(codes: kept) }
                    return nil
                }
            }
        case .signOut:
            return Task {
                await perform {
                    try await app.logout()
                    state.signedOut = true
                    onSignedOut?()
                    return nil
                }
            }
        }
        return Task { await reload() }
    }

    func reload() async {
        let app = core.app
        state.language = app.language()
        state.rightToLeft = app.languageIsRtl()
        state.simpleMode = preferences.simpleMode
        state.notifications = reminderKinds.map { k in
            SettingToggle(id: k.kind, label: k.label, fromCore: false, on: preferences.notificationsOn(k.kind))
        }
        await load {
            let (libraries, kept) = try await core.read { (try $0.libraries(), try $0.myLibraries()) }
            state.libraries = libraries.map { l in
                SettingToggle(id: l.code, label: l.name, fromCore: true, on: kept.isEmpty || kept.contains(l.code))
            }
        }
    }
}
