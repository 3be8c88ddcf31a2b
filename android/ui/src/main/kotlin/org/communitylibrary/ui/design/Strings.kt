package org.communitylibrary.ui.design

import androidx.compose.runtime.Composable
import androidx.compose.runtime.staticCompositionLocalOf

/**
 * The app's own words (headings, labels, buttons). Their text lives in one catalogue per language,
 * android/ui/src/main/res/values{,-pl,-ur}/strings.xml, read by Android's resources in the app and by
 * the XML reader of the JVM build. Sentences about the person's data come from the core, already worded.
 */
fun interface Strings {
    /** The catalogue text for [key] (its name in strings.xml is [Str.key]). */
    fun text(key: Str): String
}

val LocalStrings = staticCompositionLocalOf<Strings> { Strings { it.key } }

/** The text of [key], with `%1$s`-style arguments filled in. */
@Composable
fun str(key: Str, vararg args: Any): String {
    val raw = LocalStrings.current.text(key)
    return if (args.isEmpty()) raw else String.format(raw, *args)
}
