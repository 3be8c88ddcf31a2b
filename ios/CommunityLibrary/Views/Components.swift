import CMLKit
import SwiftUI

// The pieces every screen is made of. Layout and binding only: what they show comes from the
// view model's state, worded by the core (rows, outcomes, problems) or by Localizable.xcstrings
// (headings, labels, buttons).

/// The smallest touch target: 44 points.
let minimumTarget: CGFloat = 44

/// A screen: its heading, the sync line, the last problem and the result of the last action
/// (both read out by VoiceOver as they change), then the content.
struct ScreenScaffold<Content: View>: View {
    let heading: LocalizedStringKey
    let status: ScreenStatus
    @ViewBuilder var content: () -> Content

    var body: some View {
        List {
            Section {
                StatusLines(status: status)
                content()
            } header: {
                Text(heading)
                    .font(.largeTitle.bold())
                    .foregroundStyle(.primary)
                    .textCase(nil)
                    .accessibilityAddTraits(.isHeader)
            }
        }
        .listStyle(.insetGrouped)
        .navigationTitle(heading)
        .navigationBarTitleDisplayMode(.inline)
    }
}

/// The sync line, the problem and the announcement.
struct StatusLines: View {
    let status: ScreenStatus

    var body: some View {
        if !status.syncLine.isEmpty {
            Label { Text(verbatim: status.syncLine) } icon: { Image(systemName: "arrow.triangle.2.circlepath") }
                .font(.callout)
                .accessibilityElement(children: .combine)
        }
        if status.busy {
            ProgressView().accessibilityLabel(Text("Working"))
        }
        if let problem = status.problem {
            // Said by an icon and words, never by colour alone.
            Label { Text(verbatim: problem.text) } icon: { Image(systemName: "exclamationmark.triangle.fill") }
                .foregroundStyle(Color("ProblemText"))
                .accessibilityElement(children: .combine)
                .onAppear { announce(problem.text) }
                .onChange(of: problem.text) { _, text in announce(text) }
        }
        if let said = status.announcement {
            Label { Text(verbatim: said) } icon: { Image(systemName: "checkmark.circle.fill") }
                .accessibilityElement(children: .combine)
                .onAppear { announce(said) }
                .onChange(of: said) { _, text in announce(text) }
        }
    }

    private func announce(_ text: String) {
        AccessibilityNotification.Announcement(text).post()
    }
}

/// A section heading inside a screen.
struct SectionHeading: View {
    let key: LocalizedStringKey

    var body: some View {
        Text(key)
            .font(.title2.bold())
            .textCase(nil)
            .foregroundStyle(.primary)
            .accessibilityAddTraits(.isHeader)
    }
}

/// A button of the app's own words (a key of Localizable.xcstrings) or the core's.
struct ActionButtonView<Action: Sendable & Equatable>: View {
    let button: ActionButton<Action>
    let send: (Action) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            SwiftUI.Button {
                send(button.action)
            } label: {
                title
                    .frame(maxWidth: .infinity, minHeight: minimumTarget)
                    .contentShape(Rectangle())
            }
            .buttonStyle(.bordered)
            .disabled(!button.enabled)
            .accessibilityLabel(accessibilityText)
            .accessibilityHint(button.whyNot.map { Text(verbatim: $0) } ?? Text(verbatim: ""))
            // Why not, in words beside the dimmed button: never only a dimmed button.
            if !button.enabled, let why = button.whyNot {
                Text(verbatim: why).font(.footnote)
            }
        }
    }

    private var title: Text {
        button.fromCore ? Text(verbatim: button.title) : Text(LocalizedStringKey(button.title))
    }

    private var accessibilityText: Text {
        guard let extra = button.accessibilityLabel else { return title }
        return title + Text(verbatim: ", \(extra)")
    }
}

/// One row of a list: VoiceOver reads it as one element, its whole sentence; its buttons are
/// both on screen (44 pt, stacked at the largest text sizes) and the element's custom actions.
struct RowView<Action: Sendable & Equatable>: View {
    let row: ListRow<Action>
    let send: (Action) -> Void
    @Environment(\.dynamicTypeSize) private var typeSize

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            content
            if !row.buttons.isEmpty {
                let layout = typeSize.isAccessibilitySize
                    ? AnyLayout(VStackLayout(alignment: .leading, spacing: 8)) : AnyLayout(HStackLayout(spacing: 8))
                layout {
                    ForEach(Array(row.buttons.enumerated()), id: \.offset) { _, b in
                        ActionButtonView(button: b, send: send).accessibilityHidden(true)
                    }
                }
            }
        }
        .padding(.vertical, 4)
        .frame(minHeight: minimumTarget)
        .contentShape(Rectangle())
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(Text(verbatim: row.sentence))
        .accessibilityAddTraits(row.urgent ? .isHeader : [])
        .accessibilityAddTraits(row.open != nil ? .isButton : [])
        .accessibilityAction { if let open = row.open { send(open) } }
        .accessibilityActions {
            ForEach(Array(row.buttons.filter(\.enabled).enumerated()), id: \.offset) { _, b in
                SwiftUI.Button { send(b.action) } label: {
                    b.fromCore ? Text(verbatim: b.title) : Text(LocalizedStringKey(b.title))
                }
            }
        }
    }

    @ViewBuilder private var content: some View {
        let text = VStack(alignment: .leading, spacing: 2) {
            if row.urgent {
                Label("Soon", systemImage: "exclamationmark.circle.fill").font(.subheadline.bold())
            }
            Text(verbatim: row.title).font(row.urgent ? .title3.bold() : .headline)
            ForEach(row.lines, id: \.self) { Text(verbatim: $0).font(.body) }
        }
        .fixedSize(horizontal: false, vertical: true)
        if let open = row.open {
            SwiftUI.Button { send(open) } label: {
                HStack {
                    text
                    Spacer(minLength: 0)
                    Image(systemName: "chevron.forward").accessibilityHidden(true)
                }
            }
            .buttonStyle(.plain)
        } else {
            text
        }
    }
}

/// Rows, or a plain sentence when there are none.
struct RowsView<Action: Sendable & Equatable>: View {
    let rows: [ListRow<Action>]
    let empty: LocalizedStringKey
    let send: (Action) -> Void

    var body: some View {
        if rows.isEmpty {
            Text(empty).foregroundStyle(.secondary)
        } else {
            ForEach(rows) { RowView(row: $0, send: send) }
        }
    }
}

/// The large button of simple mode and Today (check in / check out).
struct BigButton: View {
    let title: Text
    let systemImage: String
    let action: () -> Void

    var body: some View {
        SwiftUI.Button(action: action) {
            Label { title } icon: { Image(systemName: systemImage) }
                .font(.title2.bold())
                .frame(maxWidth: .infinity, minHeight: 88)
                .contentShape(Rectangle())
        }
        .buttonStyle(.borderedProminent)
    }
}

/// A labelled text field of at least 44 points.
struct FieldView: View {
    let label: LocalizedStringKey
    @Binding var text: String
    var secure = false
    var problem: Bool = false

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Text(label).font(.headline)
            Group {
                if secure { SecureField(label, text: $text) } else { TextField(label, text: $text) }
            }
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: minimumTarget)
            if problem {
                Label("Check this answer", systemImage: "exclamationmark.triangle.fill").font(.callout)
            }
        }
        .accessibilityElement(children: .contain)
    }
}

/// A binding that sends an action for each change.
func binding<Action>(_ value: String, _ send: @escaping (Action) -> Void, _ make: @escaping (String) -> Action) -> Binding<String> {
    Binding(get: { value }, set: { send(make($0)) })
}
