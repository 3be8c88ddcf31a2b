import CMLKit
import Foundation

/// The phone's own preferences (simple mode, notifications per kind) in UserDefaults.
final class UserDefaultsPreferences: AppPreferences, @unchecked Sendable {
    private let defaults = UserDefaults.standard

    var simpleMode: Bool {
        get { defaults.bool(forKey: "simpleMode") }
        set { defaults.set(newValue, forKey: "simpleMode") }
    }

    func notificationsOn(_ kind: String) -> Bool { !defaults.bool(forKey: "notificationsOff.\(kind)") }

    func setNotifications(_ kind: String, on: Bool) { defaults.set(!on, forKey: "notificationsOff.\(kind)") }
}
