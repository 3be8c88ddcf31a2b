import Foundation

/// A screen's state: its content plus the common status (sync line, busy, problem, announcement).
public protocol ScreenState: Equatable, Sendable, TextCapturable {
    var status: ScreenStatus { get set }
}

/// What every view model shares: `state`, `send(_:)`, a `reload()` that reads the screen's
/// core call(s) again, and the data listener that calls it when the device store changes.
@MainActor
protocol CoreViewModel: AnyObject, Sendable {
    associatedtype State: ScreenState
    var state: State { get set }
    var core: AppCore { get }
    var observation: CoreObservation? { get set }
    /// The pending re-read for time-dependent words.
    var refreshTask: Task<Void, Never>? { get set }
    /// Reads what the screen shows from the device store.
    func reload() async
}

extension CoreViewModel {
    /// Runs one core call for the person: busy while it runs, the problem in the core's words if
    /// it fails, and what it returns announced (VoiceOver reads it; the screen shows it).
    func perform(_ work: () async throws -> String?) async {
        state.status.busy = true
        state.status.problem = nil
        state.status.announcement = nil
        do {
            if let said = try await work() {
                state.status.announcement = said
            }
        } catch {
            state.status.problem = Problem(error)
        }
        state.status.busy = false
        await reload()
    }

    /// Reads the screen's data; a failure shows as the screen's problem.
    func load(_ work: () async throws -> Void) async {
        do {
            try await work()
            let status = try await core.read { try $0.status() }
            state.status.syncLine = status.summary
        } catch {
            state.status.problem = Problem(error)
        }
    }

    /// From now on the screen reads again whenever the device store changes.
    func startObserving() {
        guard observation == nil else { return }
        observation = core.observe { [weak self] _ in
            Task { @MainActor [weak self] in await self?.reload() }
        }
    }

    /// Reads the screen again when the core says its time-dependent words change ("due
    /// tomorrow" at midnight): `refreshAt` is the record's, seconds since 1970.
    func refresh(at refreshAt: Int64?) {
        refreshTask?.cancel()
        guard let refreshAt else { return }
        let wait = max(0, Double(refreshAt) - Date().timeIntervalSince1970)
        refreshTask = Task { [weak self] in
            try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000))
            guard !Task.isCancelled else { return }
            await self?.reload()
        }
    }

    /// The core's codes of a kind as choices ("frequency": weekly, fortnightly, monthly).
    func choices(_ kind: String) -> [Choice] {
        core.app.codes(kind: kind).map { Choice(code: $0.code, text: $0.text) }
    }
}

/// A finished task, for actions that only change the screen's own fields.
let done = Task<Void, Never> {}
