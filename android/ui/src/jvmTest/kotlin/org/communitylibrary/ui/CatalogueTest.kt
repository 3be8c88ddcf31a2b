package org.communitylibrary.ui

import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.luminance
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.contrastPairs
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** The three catalogues agree with the keys the screens use, and the theme's colours pass WCAG AA. */
class CatalogueTest {
    private val placeholder = Regex("%(\\d+\\$)?[sd]")

    @Test
    fun everyLanguageHasEveryKeyAndNoOthers() {
        val keys = Str.entries.map { it.key }.toSet()
        for (lang in listOf(XmlStrings.en, XmlStrings.pl, XmlStrings.ur)) {
            assertEquals("keys of ${lang.language}", keys, lang.entries.keys)
            for ((k, v) in lang.entries) {
                assertTrue("${lang.language}/$k is empty", v.isNotBlank())
                assertEquals("${lang.language}/$k placeholders", placeholder.findAll(XmlStrings.en.entries[k]!!).count(), placeholder.findAll(v).count())
            }
        }
    }

    @Test
    fun urduAndPolishAreTranslatedNotCopied() {
        val same = Str.entries.filter { XmlStrings.ur.text(it) == XmlStrings.en.text(it) }
        assertTrue("Urdu still in English: $same", same.isEmpty())
    }

    private fun ratio(a: Color, b: Color): Double {
        val (hi, lo) = listOf(a.luminance() + 0.05, b.luminance() + 0.05).sortedDescending()
        return hi.toDouble() / lo
    }

    @Test
    fun textColoursHaveAaContrastInLightAndDark() {
        for ((fg, bg) in contrastPairs) assertTrue("$fg on $bg is ${ratio(fg, bg)}", ratio(fg, bg) >= 4.5)
    }
}
