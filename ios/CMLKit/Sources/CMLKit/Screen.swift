import Foundation

/// A button a screen shows. `title` is the app's own label, a key of Localizable.xcstrings
/// (English); `accessibilityLabel`, when set, is the longer sentence VoiceOver reads.
public struct ActionButton<Action: Sendable & Equatable>: Equatable, Sendable {
    public var title: String
    public var action: Action
    public var accessibilityLabel: String?
    /// The title is the core's words (already in the person's language), not a key.
    public var fromCore: Bool
    /// The core says it cannot be done now: shown dimmed, with `whyNot` beside it.
    public var enabled: Bool
    public var whyNot: String?

    public init(
        _ title: String, _ action: Action, accessibilityLabel: String? = nil, fromCore: Bool = false,
        enabled: Bool = true, whyNot: String? = nil
    ) {
        self.title = title
        self.action = action
        self.accessibilityLabel = accessibilityLabel
        self.fromCore = fromCore
        self.enabled = enabled
        self.whyNot = whyNot
    }

    /// One of the core's actions (its words, whether it is allowed now and why not), bound to
    /// the view model's action; nil for an action this screen does not offer.
    public init?(_ view: ActionView, accessibilityLabel: String? = nil, _ bind: (String) -> Action?) {
        guard let action = bind(view.action) else { return nil }
        self.init(
            view.label, action, accessibilityLabel: accessibilityLabel, fromCore: true, enabled: view.allowed,
            whyNot: view.whyNot)
    }

    /// As the text capture writes it: [Renew], or [=Delivered] for the core's words.
    var captured: String {
        "[\(fromCore ? "=" : "")\(title)]" + (accessibilityLabel.map { " \"\($0)\"" } ?? "")
            + (enabled ? "" : " (not now" + (whyNot.map { ": \($0)" } ?? "") + ")")
    }
}

/// One row of a list: VoiceOver reads it as one element, `sentence`, made only of the core's
/// texts (already in the person's language).
public struct ListRow<Action: Sendable & Equatable>: Equatable, Sendable, Identifiable {
    public var id: String
    /// The first line, in bold.
    public var title: String
    /// Further lines, each a text from the core.
    public var lines: [String]
    public var buttons: [ActionButton<Action>]
    /// What tapping the row opens, if anything.
    public var open: Action?
    /// The core says it needs doing soon: shown first and strongly (and said, not only shown).
    public var urgent: Bool

    public init(
        id: String, title: String, lines: [String] = [], buttons: [ActionButton<Action>] = [], open: Action? = nil,
        urgent: Bool = false
    ) {
        self.id = id
        self.title = title
        self.lines = lines.filter { !$0.isEmpty }
        self.buttons = buttons
        self.open = open
        self.urgent = urgent
    }

    /// The whole row in one spoken sentence: its texts joined with commas (VoiceOver pauses at
    /// each), a full stop inside dropped so that it does not end the sentence early.
    public var sentence: String {
        let parts = [title] + lines
        return parts.enumerated().map { i, part in
            i < parts.count - 1 && (part.hasSuffix(".") || part.hasSuffix("\u{06D4}")) ? String(part.dropLast()) : part
        }.joined(separator: ", ")
    }
}

/// What every screen shows besides its content: how fresh its data is, what is happening, and
/// the last thing that went wrong or that a change did.
public struct ScreenStatus: Equatable, Sendable {
    /// The core's sync line ("Up to date", "Offline: 2 changes will be sent…").
    public var syncLine: String
    /// A core call is running.
    public var busy: Bool
    /// The last problem, in the core's words.
    public var problem: Problem?
    /// The result of the person's last action, read out by VoiceOver when it changes.
    public var announcement: String?

    public init(syncLine: String = "", busy: Bool = false, problem: Problem? = nil, announcement: String? = nil) {
        self.syncLine = syncLine
        self.busy = busy
        self.problem = problem
        self.announcement = announcement
    }
}

/// A screen's state written out as text: what a person sees and hears, in order. The tests
/// compare it with the checked-in files in Tests/Expected.
public struct ScreenText {
    private(set) var lines: [String] = []

    public init(heading: String) {
        lines.append("# \(heading)")
    }

    public mutating func line(_ label: String, _ value: String?) {
        if let value, !value.isEmpty { lines.append("\(label): \(value)") }
    }

    public mutating func section(_ heading: String) {
        lines.append("## \(heading)")
    }

    public mutating func text(_ value: String) {
        if !value.isEmpty { lines.append(value) }
    }

    public mutating func status(_ status: ScreenStatus) {
        line("sync", status.syncLine)
        if status.busy { lines.append("busy") }
        line("problem", status.problem.map { p in p.field.map { "\(p.text) [field: \($0)]" } ?? p.text })
        line("announce", status.announcement)
    }

    public mutating func rows<A>(_ rows: [ListRow<A>], empty: String? = nil) {
        if rows.isEmpty, let empty { lines.append("(\(empty))") }
        for row in rows {
            lines.append((row.urgent ? "- (soon) " : "- ") + row.sentence)
            for b in row.buttons { lines.append("    " + b.captured) }
            if row.open != nil { lines.append("    (opens)") }
        }
    }

    public mutating func buttons<A>(_ buttons: [ActionButton<A>]) {
        for b in buttons { lines.append(b.captured) }
    }

    public var string: String { lines.joined(separator: "\n") + "\n" }
}

/// Every screen's state can be written out as text.
public protocol TextCapturable {
    var screenText: String { get }
}

/// The core's code texts ("not_home": "Not at home"), for choosers.
public struct Choice: Equatable, Sendable, Identifiable {
    public var id: String { code }
    public var code: String
    public var text: String

    public init(code: String, text: String) {
        self.code = code
        self.text = text
    }
}
