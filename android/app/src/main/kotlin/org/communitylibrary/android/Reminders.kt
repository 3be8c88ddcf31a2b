package org.communitylibrary.android

import android.Manifest
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import androidx.core.app.NotificationCompat
import androidx.core.app.NotificationManagerCompat
import androidx.core.content.ContextCompat
import org.communitylibrary.cml.CmlApp
import org.communitylibrary.ui.design.Str
import uniffi.cml_core.ReminderView

/** The core's reminders as notifications: a channel per kind, each opening the screen it is about. */
object Reminders {
    /** The core's reminder kinds and the catalogue's name for each channel. */
    private val channels = mapOf(
        "hold_ready" to Str.ChannelHoldReady, "hold_last_day" to Str.ChannelHoldLastDay, "loan_due" to Str.ChannelLoanDue,
        "event_tomorrow" to Str.ChannelEventTomorrow, "visit_tomorrow" to Str.ChannelVisitTomorrow,
        "round_tomorrow" to Str.ChannelRoundTomorrow, "shift_tomorrow" to Str.ChannelShiftTomorrow,
    )

    const val EXTRA_SCREEN = "screen"
    const val EXTRA_ID = "id"
    const val EXTRA_REMINDER = "reminder"

    fun createChannels(context: Context) {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.O) return
        val strings = AndroidStrings(context)
        val manager = context.getSystemService(NotificationManager::class.java)
        channels.forEach { (kind, name) ->
            manager.createNotificationChannel(NotificationChannel(kind, strings.text(name), NotificationManager.IMPORTANCE_DEFAULT))
        }
    }

    fun raise(context: Context, app: CmlApp, reminders: List<ReminderView>) {
        if (reminders.isEmpty()) return
        val allowed = Build.VERSION.SDK_INT < 33 ||
            ContextCompat.checkSelfPermission(context, Manifest.permission.POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
        if (!allowed) return
        val nm = NotificationManagerCompat.from(context)
        for (r in reminders) {
            val open = Intent(context, MainActivity::class.java)
                .putExtra(EXTRA_SCREEN, r.target.screen).putExtra(EXTRA_ID, r.target.id ?: -1L).putExtra(EXTRA_REMINDER, r.id)
                .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
            val tap = PendingIntent.getActivity(context, r.id.hashCode(), open, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT)
            val n = NotificationCompat.Builder(context, if (r.kind in channels) r.kind else "hold_ready")
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(AndroidStrings(context).text(Str.AppName))
                .setContentText(r.text)
                .setStyle(NotificationCompat.BigTextStyle().bigText(r.text))
                .setContentIntent(tap)
                .setAutoCancel(true)
                .build()
            @Suppress("MissingPermission")
            nm.notify(r.id.hashCode(), n)
        }
        app.markRemindersRaised(reminders.map { it.id })
    }
}
