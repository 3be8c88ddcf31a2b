package org.communitylibrary.ui

import androidx.compose.foundation.layout.Column
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import java.io.File
import java.util.concurrent.TimeUnit
import org.communitylibrary.ui.screens.CardState
import org.communitylibrary.ui.screens.LibraryCard
import org.jetbrains.skia.EncodedImageFormat
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** The card as the Account screen draws it, from the real library's bars, is read by a real barcode scanner (zbar). */
class CardBarcodeTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun theDrawnCardScansBackToItsNumber() {
        val card = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN).app.accountScreen().card
        assertTrue(card.bars.isNotEmpty())
        val state = CardState(card.number, card.name, card.statusText, card.symbology, card.bars.map { it.toInt() }, card.quietZone.toInt())
        val scene = ImageComposeScene(822, 600, Density(2f)) {
            Phone(XmlStrings.en, dark = true, fontScale = 1f, density = 2f) { Column { LibraryCard(state) } }
        }
        scene.render(0)
        val png = scene.render(16_000_000).encodeToData(EncodedImageFormat.PNG)?.bytes ?: error("PNG encoding failed")
        scene.close()
        val file = File.createTempFile("card", ".png").apply { writeBytes(png); deleteOnExit() }
        // Only what it read: zbar also says things about D-Bus on stderr.
        val zbar = ProcessBuilder("zbarimg", "--quiet", "--raw", file.path).redirectError(ProcessBuilder.Redirect.DISCARD).start()
        assertTrue("zbarimg did not finish", zbar.waitFor(30, TimeUnit.SECONDS))
        val read = zbar.inputStream.bufferedReader().readText().trim()
        assertEquals("zbarimg: $read", 0, zbar.exitValue())
        assertEquals(Demo.MEMBER, read)
    }
}
