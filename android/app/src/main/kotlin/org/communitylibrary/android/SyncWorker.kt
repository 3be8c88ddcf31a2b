package org.communitylibrary.android

import android.content.Context
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import java.util.concurrent.TimeUnit
import kotlin.coroutines.cancellation.CancellationException
import org.communitylibrary.cml.SyncCancelToken

/** Runs the core's background sync within its budget when there is a connection, then raises its reminders. */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result {
        val app = (applicationContext as CmlApplication).core.app
        val cancel = SyncCancelToken()
        return try {
            val report = app.backgroundSync(BUDGET_SECONDS, cancel)
            Reminders.raise(applicationContext, app, report.reminders)
            Result.success()
        } catch (e: CancellationException) {
            // WorkManager stopped us (time up, network gone): the core stops at its next page and resumes next time.
            cancel.cancel()
            throw e
        } catch (e: Exception) {
            Result.retry()
        }
    }

    companion object {
        /** Android gives background work about ten minutes; the core stops well inside it and resumes next time. */
        private val BUDGET_SECONDS = 60u
        private val online = Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build()

        fun schedulePeriodic(context: Context) {
            val work = PeriodicWorkRequestBuilder<SyncWorker>(1, TimeUnit.HOURS).setConstraints(online).build()
            WorkManager.getInstance(context).enqueueUniquePeriodicWork("sync", ExistingPeriodicWorkPolicy.KEEP, work)
        }

        /** Soon after a change made offline: once, when there is a connection. */
        fun sendSoon(context: Context) {
            val work = OneTimeWorkRequestBuilder<SyncWorker>().setConstraints(online).setInitialDelay(5, TimeUnit.SECONDS).build()
            WorkManager.getInstance(context).enqueueUniqueWork("send-soon", ExistingWorkPolicy.KEEP, work)
        }
    }
}
