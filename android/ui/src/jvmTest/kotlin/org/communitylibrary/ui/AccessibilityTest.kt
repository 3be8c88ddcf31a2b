package org.communitylibrary.ui

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.isEnabled
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextReplacement
import androidx.compose.ui.text.TextLayoutResult
import org.communitylibrary.ui.screens.Sample
import org.communitylibrary.ui.screens.allSamples
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Rule
import org.junit.Test
import org.junit.runner.RunWith
import org.junit.runners.Parameterized

/**
 * Every sample state of every screen, walked as TalkBack would: each control is labelled and at least 48 dp each
 * way, and the screen has a heading. Then at font scale 2.0 and in Urdu (right to left) its essential text is still
 * on the screen: found, scrolled to, inside the phone's width and not cut off.
 */
fun all(node: SemanticsNode): List<SemanticsNode> = listOf(node) + node.children.flatMap { all(it) }

/** What TalkBack would say for a node: its description and its text. */
fun labelOf(n: SemanticsNode): String {
    val c = n.config
    val desc = c.getOrNull(SemanticsProperties.ContentDescription).orEmpty().joinToString(" ")
    val text = c.getOrNull(SemanticsProperties.Text).orEmpty().joinToString(" ") { it.text }
    return "$desc $text".trim()
}

/** The walk: no heading, a control with no label, a control under 48 dp either way. */
fun walkProblems(root: SemanticsNode, density: Float): List<String> {
    val nodes = all(root)
    val problems = mutableListOf<String>()
    if (nodes.none { it.config.getOrNull(SemanticsProperties.Heading) != null }) problems += "no heading"
    for (n in nodes) {
        val c = n.config
        if (!c.contains(SemanticsActions.OnClick) && !c.contains(SemanticsActions.SetText)) continue
        val name = labelOf(n)
        if (name.isBlank()) problems += "a control with no label"
        val w = n.size.width / density
        val h = n.size.height / density
        if (w < 48f || h < 48f) problems += "'$name' is ${w.toInt()} x ${h.toInt()} dp, under 48 dp"
    }
    return problems
}

/** A text node whose words do not all show: lines ellipsized, clipped in height, or a word wider than its room. */
fun isCutOff(node: SemanticsNode): Boolean {
    val layouts = mutableListOf<TextLayoutResult>()
    node.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
    return layouts.any { t ->
        t.didOverflowHeight || (0 until t.lineCount).any { t.isLineEllipsized(it) } ||
            t.multiParagraph.width > t.layoutInput.constraints.maxWidth + 1
    }
}

@RunWith(Parameterized::class)
class AccessibilityTest(private val label: String, private val sample: Sample) {
    companion object {
        @JvmStatic
        @Parameterized.Parameters(name = "{0}")
        fun samples(): List<Array<Any>> = allSamples.map { arrayOf("${it.screen}/${it.name}", it) }
    }

    @get:Rule
    val rule = createComposeRule()

    @Test
    fun everyControlIsLabelledBigEnoughAndTheScreenHasAHeading() {
        rule.setContent { Phone { sample.content {} } }
        rule.waitForIdle()
        val problems = walkProblems(rule.onNodeWithTag("phone").fetchSemanticsNode(), rule.density.density)
        assertTrue("$label: $problems", problems.isEmpty())
    }

    /** Every enabled button, row, choice and field of the sample does something: it reaches the screen's callback. */
    @Test
    fun everyEnabledControlReachesItsCallback() {
        val heard = mutableListOf<Any>()
        rule.setContent { Phone { sample.content { heard += it } } }
        rule.waitForIdle()
        val clickable = rule.onAllNodes(hasClickAction() and isEnabled() and !hasSetTextAction())
        val clicks = clickable.fetchSemanticsNodes().size
        for (i in 0 until clicks) {
            val before = heard.size
            val node = clickable[i]
            val name = labelOf(node.fetchSemanticsNode())
            node.performSemanticsAction(SemanticsActions.OnClick)
            rule.waitForIdle()
            assertTrue("$label: '$name' did nothing", heard.size > before)
        }
        val fields = rule.onAllNodes(hasSetTextAction() and isEnabled())
        for (i in 0 until fields.fetchSemanticsNodes().size) {
            val before = heard.size
            fields[i].performTextReplacement("1")
            rule.waitForIdle()
            assertTrue("$label: a text field did nothing", heard.size > before)
        }
    }

    @Test
    fun essentialTextStaysOnScreenAtDoubleTextSize() = essentialTextStaysOnScreen(XmlStrings.en, 2f)

    /** Polish words run long: at double size they must still fit. */
    @Test
    fun essentialTextStaysOnScreenInPolishAtDoubleTextSize() = essentialTextStaysOnScreen(XmlStrings.pl, 2f)

    @Test
    fun essentialTextStaysOnScreenInUrduRightToLeft() {
        essentialTextStaysOnScreen(XmlStrings.ur, 1f)
        // Right to left: the heading starts at the right-hand edge.
        val heading = all(rule.onNodeWithTag("phone").fetchSemanticsNode())
            .first { it.config.getOrNull(SemanticsProperties.Heading) != null }
        val phone = rule.onNodeWithTag("phone").fetchSemanticsNode().boundsInRoot
        assertTrue("$label: the Urdu heading is not on the right", heading.boundsInRoot.right > phone.right - 40 * rule.density.density)
    }

    private fun essentialTextStaysOnScreen(strings: XmlStrings, fontScale: Float) {
        rule.setContent { Phone(strings, fontScale = fontScale) { sample.content {} } }
        rule.waitForIdle()
        for (item in sample.essential) {
            val want = strings.resolve(item)
            val root = rule.onNodeWithTag("phone").fetchSemanticsNode()
            val hit = all(root).firstOrNull { labelOf(it).contains(want) }
                ?: fail("$label (${strings.language}, ×$fontScale): '$want' is not on the screen") as Nothing
            scrollTo(hit)
            rule.waitForIdle()
            val again = all(rule.onNodeWithTag("phone").fetchSemanticsNode()).first { it.id == hit.id }
            val b: Rect = again.boundsInRoot
            val phone = root.boundsInRoot
            val slack = 1f
            assertTrue("$label: '$want' goes off the side ($b in $phone)", b.left >= phone.left - slack && b.right <= phone.right + slack)
            assertTrue("$label: '$want' is not in view after scrolling ($b in $phone)", b.top >= phone.top - slack && b.bottom <= phone.bottom + slack || b.height > phone.height)
            assertTrue("$label: '$want' is cut off", !isCutOff(again))
        }
    }

    /** Scrolls the node's scrolling ancestor so the node is in view (what TalkBack does when it reaches it). */
    private fun scrollTo(node: SemanticsNode) {
        var p = node.parent
        while (p != null && !p.config.contains(SemanticsActions.ScrollBy)) p = p.parent
        if (p == null) return
        val view = p.boundsInRoot
        val b = node.boundsInRoot
        val dy = when {
            b.top < view.top -> b.top - view.top
            b.bottom > view.bottom -> minOf(b.bottom - view.bottom, b.top - view.top)
            else -> 0f
        }
        if (dy != 0f) rule.runOnIdle { p.config[SemanticsActions.ScrollBy].action?.invoke(0f, dy) }
    }
}
