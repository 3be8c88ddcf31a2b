package org.communitylibrary.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.size
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.Density
import androidx.compose.ui.unit.dp
import org.communitylibrary.ui.design.CmlTheme
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.Strings

/** A phone-sized screen (411 × 891 dp, a common Android size) in a language, theme and text size. */
const val PHONE_W = 411
const val PHONE_H = 891

@Composable
fun Phone(strings: XmlStrings = XmlStrings.en, dark: Boolean = false, fontScale: Float = 1f, density: Float = 1f, content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalDensity provides Density(density, fontScale)) {
        CmlTheme(dark = dark, rtl = strings.language == "ur", strings = strings) {
            Box(Modifier.size(PHONE_W.dp, PHONE_H.dp).testTag("phone")) { content() }
        }
    }
}

/** An essential item of a sample as the person sees it: a catalogue key in this language, or the core's sentence. */
fun Strings.resolve(item: Any): String = when (item) {
    is Str -> text(item)
    else -> item.toString()
}
