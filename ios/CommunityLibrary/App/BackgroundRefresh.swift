import BackgroundTasks
import CMLKit
import Foundation

/// The system's app refresh (BGTaskScheduler): the core's background sync, within the budget
/// the system gives (about 30 seconds), stopped at its next page when the system says time is up.
enum BackgroundRefresh {
    /// Also in Info.plist's BGTaskSchedulerPermittedIdentifiers (project.yml).
    static let identifier = "org.communitylibrary.app.refresh"
    /// Seconds of work; the system allows about 30 in all.
    static let budget: UInt32 = 25

    /// Asks for the next refresh: in 15 minutes at the earliest (the system picks the moment,
    /// when there is a connection).
    static func schedule() {
        let request = BGAppRefreshTaskRequest(identifier: identifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: 15 * 60)
        try? BGTaskScheduler.shared.submit(request)
    }

    /// One refresh: sends waiting changes, pulls, and raises the reminders the core returns.
    static func run() async {
        schedule()
        let core = await AppModel.shared.core
        let cancel = SyncCancelToken()
        let report = await withTaskCancellationHandler {
            try? await core.app.backgroundSync(budgetSeconds: budget, cancel: cancel)
        } onCancel: {
            cancel.cancel()
        }
        if let report, !report.reminders.isEmpty {
            await Reminders.shared.raise(report.reminders)
        }
    }
}
