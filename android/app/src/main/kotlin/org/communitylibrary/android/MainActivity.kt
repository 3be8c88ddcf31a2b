package org.communitylibrary.android

import android.Manifest
import android.content.Intent
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.lifecycle.lifecycleScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.communitylibrary.cml.DataListener
import org.communitylibrary.cml.Observation
import org.communitylibrary.ui.design.CmlTheme
import uniffi.cml_core.DataChange

/** The one Activity: the theme in the person's language and direction, and the navigation host. */
class MainActivity : ComponentActivity() {
    private val app get() = application as CmlApplication
    private var openFromNotification by mutableStateOf<Pair<String, Long?>?>(null)
    private val askNotifications = registerForActivityResult(ActivityResultContracts.RequestPermission()) {}

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        enableEdgeToEdge()
        handle(intent)
        val core = app.core
        // The language the person chose (the core's) and whether anyone is signed in, read off the main thread, and
        // again when the language changes.
        fun read() = lifecycleScope.launch {
            val (lang, rtl, signedIn) = withContext(core.io) { Triple(core.app.language(), core.app.languageIsRtl(), core.app.whoami() != null) }
            look = Look(lang, rtl, signedIn)
        }
        read()
        languageWatch = core.app.observe(object : DataListener {
            override fun onChange(change: DataChange) {
                if ("language" in change.what) read()
            }
        })
        setContent {
            val now = look ?: return@setContent
            val strings = remember(now.language) { AndroidStrings(this, now.language) }
            CmlTheme(dark = isSystemInDarkTheme(), rtl = now.rtl, strings = strings) {
                AppNavHost(core, app.settings, strings, platform, now.signedIn, openFromNotification) { openFromNotification = null }
            }
        }
    }

    private class Look(val language: String, val rtl: Boolean, val signedIn: Boolean)

    private var look by mutableStateOf<Look?>(null)
    private var languageWatch: Observation? = null

    override fun onDestroy() {
        languageWatch?.cancel()
        super.onDestroy()
    }

    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        handle(intent)
    }

    /** A tapped reminder opens the screen it is about (the core's ScreenTarget). */
    private fun handle(intent: Intent?) {
        val screen = intent?.getStringExtra(Reminders.EXTRA_SCREEN) ?: return
        val id = intent.getLongExtra(Reminders.EXTRA_ID, -1L).takeIf { it >= 0 }
        intent.getStringExtra(Reminders.EXTRA_REMINDER)?.let { id -> lifecycleScope.launch(app.core.io) { app.core.app.markReminderSeen(id) } }
        openFromNotification = screen to id
    }

    /** What only the phone can do, for the navigation host. */
    private val platform = object : Platform {
        override fun dial(number: String) = startActivity(Intent(Intent.ACTION_DIAL, android.net.Uri.parse("tel:$number")))

        override fun addToCalendar(ics: String) = startActivity(Share.calendar(this@MainActivity, ics))

        override fun scanIsbn(onCode: (String) -> Unit) = IsbnScanner.scan(this@MainActivity, onCode)

        override fun shareFile(name: String, mimeType: String, text: String) = runOnUiThread {
            startActivity(Intent.createChooser(Share.file(this@MainActivity, name, mimeType, text), null))
        }

        override fun fullBrightness(on: Boolean) {
            window.attributes = window.attributes.apply {
                screenBrightness = if (on) WindowManager.LayoutParams.BRIGHTNESS_OVERRIDE_FULL else WindowManager.LayoutParams.BRIGHTNESS_OVERRIDE_NONE
            }
        }

        override fun notificationSettings() {
            if (Build.VERSION.SDK_INT >= 33) askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
            startActivity(Intent(Settings.ACTION_APP_NOTIFICATION_SETTINGS).putExtra(Settings.EXTRA_APP_PACKAGE, packageName))
        }
    }
}

/** The platform's part of an action (a call, a calendar entry, the share sheet, the screen's brightness). */
interface Platform {
    fun dial(number: String)
    fun addToCalendar(ics: String)
    /** A file the core made (the impact report's CSV), through the share sheet; callable from any thread. */
    fun shareFile(name: String, mimeType: String, text: String)
    /** The camera reads a book's barcode; [onCode] gets what it read. */
    fun scanIsbn(onCode: (String) -> Unit)
    fun fullBrightness(on: Boolean)
    fun notificationSettings()
}
