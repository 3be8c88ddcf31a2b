package org.communitylibrary.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.size
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.runtime.Composable
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.platform.SystemFont
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
            if (strings.language == "ur") {
                // As Android does for Urdu: Noto Naskh Arabic first, so a word is never shaped across two fonts.
                MaterialTheme(MaterialTheme.colorScheme, MaterialTheme.shapes, MaterialTheme.typography.inFont(urduFont)) {
                    Box(Modifier.size(PHONE_W.dp, PHONE_H.dp).testTag("phone")) { content() }
                }
            } else {
                Box(Modifier.size(PHONE_W.dp, PHONE_H.dp).testTag("phone")) { content() }
            }
        }
    }
}

/** An essential item of a sample as the person sees it: a catalogue key in this language, or the core's sentence. */
fun Strings.resolve(item: Any): String = when (item) {
    is Str -> text(item)
    else -> item.toString()
}

@OptIn(androidx.compose.ui.text.ExperimentalTextApi::class)
private val urduFont = FontFamily(SystemFont("Noto Naskh Arabic"))

private fun Typography.inFont(f: FontFamily) = Typography(
    displayLarge.copy(fontFamily = f), displayMedium.copy(fontFamily = f), displaySmall.copy(fontFamily = f),
    headlineLarge.copy(fontFamily = f), headlineMedium.copy(fontFamily = f), headlineSmall.copy(fontFamily = f),
    titleLarge.copy(fontFamily = f), titleMedium.copy(fontFamily = f), titleSmall.copy(fontFamily = f),
    bodyLarge.copy(fontFamily = f), bodyMedium.copy(fontFamily = f), bodySmall.copy(fontFamily = f),
    labelLarge.copy(fontFamily = f), labelMedium.copy(fontFamily = f), labelSmall.copy(fontFamily = f),
)
