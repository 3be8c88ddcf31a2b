package org.communitylibrary.ui.core

/**
 * The phone's own settings that are not the core's (simple mode, which screen Home opens as). The Android app keeps
 * them in SharedPreferences; the JVM tests in memory.
 */
interface AppSettings {
    var simpleMode: Boolean
}

class MemorySettings(override var simpleMode: Boolean = false) : AppSettings
