package org.communitylibrary.ui.design

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.LayoutDirection

// Every text/background pair below is at least 4.5:1 (WCAG AA for body text); the pairs are listed in
// android/README.md with their ratios.
private val Light = lightColorScheme(
    primary = Color(0xFF00574B), onPrimary = Color.White,
    primaryContainer = Color(0xFFCDEDE7), onPrimaryContainer = Color(0xFF00201B),
    secondary = Color(0xFF4A4458), onSecondary = Color.White,
    secondaryContainer = Color(0xFFE8DEF8), onSecondaryContainer = Color(0xFF1D192B),
    background = Color.White, onBackground = Color(0xFF1B1B1B),
    surface = Color.White, onSurface = Color(0xFF1B1B1B),
    surfaceVariant = Color(0xFFEDEFEE), onSurfaceVariant = Color(0xFF3A3F3E),
    outline = Color(0xFF5F6463),
    error = Color(0xFFB3261E), onError = Color.White,
    errorContainer = Color(0xFFF9DEDC), onErrorContainer = Color(0xFF410E0B),
)

private val Dark = darkColorScheme(
    primary = Color(0xFF8AD5C8), onPrimary = Color(0xFF00201B),
    primaryContainer = Color(0xFF00433A), onPrimaryContainer = Color(0xFFCDEDE7),
    secondary = Color(0xFFCCC2DC), onSecondary = Color(0xFF1D192B),
    secondaryContainer = Color(0xFF4A4458), onSecondaryContainer = Color(0xFFE8DEF8),
    background = Color(0xFF121413), onBackground = Color(0xFFE6E6E6),
    surface = Color(0xFF121413), onSurface = Color(0xFFE6E6E6),
    surfaceVariant = Color(0xFF2B302F), onSurfaceVariant = Color(0xFFD0D5D3),
    outline = Color(0xFFA3A9A7),
    error = Color(0xFFF2B8B5), onError = Color(0xFF601410),
    errorContainer = Color(0xFF8C1D18), onErrorContainer = Color(0xFFF9DEDC),
)

/** Colour pairs the contrast test checks (foreground, background), light then dark. */
val contrastPairs: List<Pair<Color, Color>> = listOf(Light, Dark).flatMap { c ->
    listOf(
        c.onPrimary to c.primary, c.onPrimaryContainer to c.primaryContainer,
        c.onSecondaryContainer to c.secondaryContainer, c.onBackground to c.background,
        c.onSurface to c.surface, c.onSurfaceVariant to c.surfaceVariant, c.primary to c.background,
        c.error to c.background, c.onErrorContainer to c.errorContainer, c.onError to c.error,
    )
}

/**
 * The app's look: light or dark, and right to left when the language is (Urdu). The Android app passes the
 * system's dark setting and `CmlApp.languageIsRtl()`; the JVM tests and gallery pass each in turn.
 */
@Composable
fun CmlTheme(dark: Boolean = false, rtl: Boolean = false, strings: Strings = LocalStrings.current, content: @Composable () -> Unit) {
    CompositionLocalProvider(
        LocalLayoutDirection provides if (rtl) LayoutDirection.Rtl else LayoutDirection.Ltr,
        LocalStrings provides strings,
    ) {
        MaterialTheme(colorScheme = if (dark) Dark else Light, content = content)
    }
}
