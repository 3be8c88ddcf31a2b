import CMLKit
import Foundation
import UserNotifications

/// The core's reminders as local notifications: one thread (and category) per kind, each shown
/// once; tapping one opens the screen it is about.
final class Reminders: NSObject, UNUserNotificationCenterDelegate, @unchecked Sendable {
    static let shared = Reminders()

    private var center: UNUserNotificationCenter { .current() }

    /// Asked in context: after signing in, when reminders start to matter.
    func askPermission() async {
        _ = try? await center.requestAuthorization(options: [.alert, .sound, .badge])
    }

    /// Shows each reminder the person has not turned off, then tells the core they were raised.
    func raise(_ reminders: [ReminderView]) async {
        let (core, preferences) = await MainActor.run { (AppModel.shared.core, AppModel.shared.preferences) }
        var raised: [String] = []
        for r in reminders where preferences.notificationsOn(r.kind) {
            let content = UNMutableNotificationContent()
            content.body = r.text
            content.threadIdentifier = r.kind
            content.categoryIdentifier = r.kind
            content.sound = .default
            content.userInfo = ["reminder": r.id, "screen": r.target.screen, "id": r.target.id ?? -1]
            do {
                try await center.add(UNNotificationRequest(identifier: r.id, content: content, trigger: nil))
                raised.append(r.id)
            } catch {
                continue
            }
        }
        if !raised.isEmpty {
            try? await core.read { try $0.markRemindersRaised(ids: raised) }
        }
    }

    /// Reminders due while the app is open are shown too.
    func userNotificationCenter(
        _ center: UNUserNotificationCenter, willPresent notification: UNNotification
    ) async -> UNNotificationPresentationOptions {
        [.banner, .list, .sound]
    }

    /// Tapping a notification opens its screen and tells the core it was seen.
    func userNotificationCenter(_ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse) async {
        let info = response.notification.request.content.userInfo
        guard let screen = info["screen"] as? String else { return }
        let id = (info["id"] as? Int64).flatMap { $0 < 0 ? nil : $0 }
        let reminder = info["reminder"] as? String
        await MainActor.run {
            let app = AppModel.shared
            app.open(ScreenTarget(screen: screen, id: id))
            if let reminder { try? app.core.app.markReminderSeen(id: reminder) }
        }
    }
}
