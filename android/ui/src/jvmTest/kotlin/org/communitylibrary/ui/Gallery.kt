package org.communitylibrary.ui

import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import java.io.File
import org.communitylibrary.ui.screens.allSamples
import org.jetbrains.skia.EncodedImageFormat

/**
 * Renders every screen's sample states to PNG: light, dark, 200% text and Urdu (right to left), each at phone size
 * (411 × 891 dp at 2 px per dp). These are desktop renders (Compose Multiplatform on the JVM, drawn by Skia), not
 * device screenshots. Run by scripts/android-gallery: `Gallery OUT [LIGHT_ONLY_DIR]`.
 */
object Gallery {
    private const val SCALE = 2f

    private class Variant(val name: String, val strings: XmlStrings, val dark: Boolean, val fontScale: Float)

    private val variants = listOf(
        Variant("light", XmlStrings.en, false, 1f),
        Variant("dark", XmlStrings.en, true, 1f),
        Variant("text-200", XmlStrings.en, false, 2f),
        Variant("urdu", XmlStrings.ur, false, 1f),
    )

    /** The reviewers' page: what these are (desktop renders) and every light English render. */
    private fun writeIndex(dir: File) {
        val rows = allSamples.joinToString("\n") { s ->
            val f = "${s.screen}--${s.name}.png"
            "| ${s.screen} | ${s.name} | [![${s.screen}: ${s.name}]($f)]($f) |"
        }
        File(dir, "README.md").writeText(
            """
            |# Android screens: desktop renders
            |
            |**These are desktop renders, not device screenshots.** Each is the real screen composable from `android/ui`,
            |drawn for one of its sample states by Compose Multiplatform on the JVM (Skia, `ImageComposeScene`) at a phone
            |size of 411 × 891 dp, 2 px per dp, light theme, English. Fonts and small details differ from a phone (Android
            |draws with Roboto; these use the machine's Noto and DejaVu fonts).
            |
            |Made by `scripts/android-gallery --docs`, which also renders the dark, 200 % text and Urdu (right to left)
            |sets to `android/ui/target/gallery/` (not checked in). The sample states live beside each screen (`XxxSamples`
            |in `android/ui/src/main/kotlin/org/communitylibrary/ui/screens/`); the same states drive the accessibility
            |walk and the 200 % text and Urdu checks of `scripts/android-test`.
            |
            || Screen | Sample | Render |
            || --- | --- | --- |
            |
            """.trimMargin() + rows + "\n",
        )
    }

    @JvmStatic
    fun main(args: Array<String>) {
        val out = File(args.getOrElse(0) { "target/gallery" }).apply { mkdirs() }
        val lightOnly = args.getOrNull(1)?.let { File(it).apply { mkdirs() } }
        var count = 0
        for (sample in allSamples) {
            for (v in variants) {
                val scene = ImageComposeScene((PHONE_W * SCALE).toInt(), (PHONE_H * SCALE).toInt(), Density(SCALE)) {
                    Phone(v.strings, dark = v.dark, fontScale = v.fontScale, density = SCALE) { sample.content {} }
                }
                // Two frames: the first lays out, the second draws what the first settled on.
                scene.render(0)
                val png = scene.render(16_000_000).encodeToData(EncodedImageFormat.PNG)?.bytes ?: error("PNG encoding failed")
                scene.close()
                val name = "${sample.screen}--${sample.name}--${v.name}.png"
                File(out, name).writeBytes(png)
                if (v.name == "light" && lightOnly != null) File(lightOnly, "${sample.screen}--${sample.name}.png").writeBytes(png)
                count++
            }
        }
        lightOnly?.let { writeIndex(it) }
        println("Gallery: $count PNG files in $out" + (lightOnly?.let { " (light English set also in $it)" } ?: ""))
    }
}
