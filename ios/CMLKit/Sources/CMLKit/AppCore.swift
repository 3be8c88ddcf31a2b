import Cml
import Foundation

/// The app's one core object, and the way view models call it: never on the main thread.
///
/// The core's synchronous calls read the device store (SQLite); `read` runs them on a
/// background task. Its async calls already run on the core's own runtime.
public final class AppCore: Sendable {
    public let app: CmlApp

    public init(app: CmlApp) {
        self.app = app
    }

    /// Opens the device store in `dataDir` for the hub at `hubUrl`. With a secret store (the
    /// Keychain on iOS) the session token is kept there, never in the store's files.
    public static func open(
        dataDir: String,
        hubUrl: String,
        language: String? = nil,
        deviceName: String? = nil,
        secrets: SecretStore? = nil
    ) throws -> AppCore {
        let config = Config(
            dataDir: dataDir, hubUrl: hubUrl, hubCertificatePem: nil, deviceName: deviceName, language: language)
        if let secrets {
            return AppCore(app: try CmlApp.withSecretStore(config: config, secrets: secrets))
        }
        return AppCore(app: try CmlApp(config: config))
    }

    /// Runs a synchronous core call off the main thread.
    public func read<T: Sendable>(_ call: @escaping @Sendable (CmlApp) throws -> T) async throws -> T {
        let app = self.app
        return try await Task.detached(priority: .userInitiated) { try call(app) }.value
    }

    /// Hears every change of the device store until the returned observation is cancelled.
    public func observe(_ onChange: @escaping @Sendable ([String]) -> Void) -> Cml.Observation {
        app.observe(listener: ChangeListener(onChange))
    }
}

/// The core's data listener as a closure.
final class ChangeListener: DataListener {
    let handler: @Sendable ([String]) -> Void

    init(_ handler: @escaping @Sendable ([String]) -> Void) {
        self.handler = handler
    }

    func onChange(change: DataChange) {
        handler(change.what)
    }
}

/// What a screen shows when a core call fails: the core's own sentence, in the person's
/// language, and the field it is about (for the screen to point at).
public struct Problem: Equatable, Sendable {
    public var text: String
    public var field: String?
    /// No signal: what the person did waits on the phone.
    public var offline: Bool

    public init(text: String, field: String? = nil, offline: Bool = false) {
        self.text = text
        self.field = field
        self.offline = offline
    }

    public init(_ error: Error) {
        if let refused = error as? Refused {
            self.init(text: refused.text)
            return
        }
        guard let error = error as? CmlError else {
            self.init(text: String(describing: error))
            return
        }
        switch error {
        case .Offline(let detail): self.init(text: detail, offline: true)
        case .NotSignedIn(let detail): self.init(text: detail)
        case .NotAllowed(let detail): self.init(text: detail)
        case .NotFound(let detail): self.init(text: detail)
        case .Conflict(_, let detail): self.init(text: detail)
        case .InvalidInput(let field, let detail): self.init(text: detail, field: field)
        case .TooManyAttempts(_, let detail): self.init(text: detail)
        case .Storage(let detail): self.init(text: detail)
        case .Hub(let detail): self.init(text: detail)
        case .Internal(let detail): self.init(text: detail)
        }
    }
}

/// The hub refused a change (the event was full, the shift taken): its outcome, in the core's
/// words, shows as the screen's problem.
public struct Refused: Error, Equatable {
    public var text: String
    public var code: String?
}

/// What a change's result says: the outcome once the hub has answered, or the change's summary
/// while it waits on the phone. A refusal is thrown, to show as a problem.
func outcome(_ change: ChangeView) throws -> String {
    if change.state == "refused" {
        throw Refused(text: change.outcome ?? change.summary, code: change.code)
    }
    return change.outcome ?? change.summary
}
