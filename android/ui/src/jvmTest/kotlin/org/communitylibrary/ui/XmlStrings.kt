package org.communitylibrary.ui

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.Strings
import org.w3c.dom.Element

/**
 * The JVM build's reader of the same catalogues the Android app reads through R: res/values[-lang]/strings.xml,
 * with Android's escapes (\' \" \n) undone.
 */
class XmlStrings(val language: String) : Strings {
    val entries: Map<String, String> = read(language)

    override fun text(key: Str): String = entries[key.key] ?: error("strings.xml ($language) has no ${key.key}")

    companion object {
        val dir = File(System.getProperty("cml.strings.dir") ?: "src/main/res")

        fun read(language: String): Map<String, String> {
            val file = File(dir, if (language == "en") "values/strings.xml" else "values-$language/strings.xml")
            val doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file)
            val nodes = doc.getElementsByTagName("string")
            return (0 until nodes.length).associate { i ->
                val e = nodes.item(i) as Element
                e.getAttribute("name") to e.textContent.replace("\\'", "'").replace("\\\"", "\"").replace("\\n", "\n")
            }
        }

        val en by lazy { XmlStrings("en") }
        val pl by lazy { XmlStrings("pl") }
        val ur by lazy { XmlStrings("ur") }
    }
}
