package org.communitylibrary.android

import android.app.Application
import android.os.Build
import java.io.File
import org.communitylibrary.cml.CmlApp
import org.communitylibrary.cml.DataListener
import org.communitylibrary.cml.Observation
import org.communitylibrary.ui.core.AppCore
import uniffi.cml_core.Config
import uniffi.cml_core.DataChange

/** Holds the application's one core object, made once, with the session token in the Keystore. */
class CmlApplication : Application() {
    lateinit var core: AppCore
        private set
    lateinit var settings: PrefsSettings
        private set
    private var observation: Observation? = null

    override fun onCreate() {
        super.onCreate()
        settings = PrefsSettings(this)
        val config = Config(File(filesDir, "cml").path, BuildConfig.HUB_URL, null, Build.MODEL, null)
        core = AppCore(CmlApp.withSecretStore(config, KeystoreSecretStore(this)))
        Reminders.createChannels(this)
        SyncWorker.schedulePeriodic(this)
        // A change made offline is sent soon after the connection is back (WorkManager waits for the network).
        observation = core.app.observe(object : DataListener {
            override fun onChange(change: DataChange) {
                // Called on the core's own thread, never the main one.
                if (core.app.status().pendingChanges > 0u) SyncWorker.sendSoon(this@CmlApplication)
            }
        })
    }
}
