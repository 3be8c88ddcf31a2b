package org.communitylibrary.android

import android.content.Context
import android.content.res.Configuration
import java.util.Locale
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.Strings

/**
 * The catalogue through Android's resources (android/ui/src/main/res: values, values-pl, values-ur; merged into the app), in
 * the language the person chose in Settings (the core's), whatever the phone's own language.
 */
class AndroidStrings(context: Context, language: String? = null) : Strings {
    private val res = if (language == null) context.resources else context.createConfigurationContext(
        Configuration(context.resources.configuration).apply { setLocale(Locale.forLanguageTag(language)) },
    ).resources
    private val pkg = context.packageName
    private val ids = IntArray(Str.entries.size) { -1 }

    override fun text(key: Str): String {
        var id = ids[key.ordinal]
        if (id == -1) {
            // The names are Str.key; looked up once each.
            id = res.getIdentifier(key.key, "string", pkg)
            ids[key.ordinal] = id
        }
        return if (id == 0) key.key else res.getString(id)
    }
}
