package org.communitylibrary.android

import android.content.Context
import org.communitylibrary.ui.core.AppSettings

/** The phone's own settings (simple mode) in SharedPreferences. */
class PrefsSettings(context: Context) : AppSettings {
    private val prefs = context.getSharedPreferences("settings", Context.MODE_PRIVATE)
    override var simpleMode: Boolean
        get() = prefs.getBoolean("simple_mode", false)
        set(value) = prefs.edit().putBoolean("simple_mode", value).apply()
}
