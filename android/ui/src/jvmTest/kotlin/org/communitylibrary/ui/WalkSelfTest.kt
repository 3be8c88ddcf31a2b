package org.communitylibrary.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.material3.Text
import androidx.compose.ui.Modifier
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.unit.dp
import org.communitylibrary.ui.design.Heading
import org.junit.Assert.assertEquals
import org.junit.Rule
import org.junit.Test

/** The accessibility walk itself fails on what it is meant to catch. */
class WalkSelfTest {
    @get:Rule
    val rule = createComposeRule()

    @Test
    fun theWalkCatchesAMissingHeadingAnUnlabelledControlAndASmallTarget() {
        rule.setContent {
            Phone {
                Column {
                    Text("Not a heading")
                    Box(Modifier.size(60.dp).clickable {})
                    Text("Tiny", Modifier.size(30.dp).clickable {})
                }
            }
        }
        val problems = walkProblems(rule.onNodeWithTag("phone").fetchSemanticsNode(), rule.density.density)
        assertEquals(listOf("no heading", "a control with no label", "'Tiny' is 30 x 30 dp, under 48 dp"), problems)
    }

    @Test
    fun theTextCheckCatchesCutOffWordsAtDoubleSize() {
        rule.setContent {
            Phone(fontScale = 2f) {
                Column {
                    Text("Fits fine", Modifier.testTag("fits"))
                    Text("Unbreakablewordthatistoolong", Modifier.width(120.dp).testTag("wide"), softWrap = false)
                    Text("One line only, and far too long for it", Modifier.width(120.dp).testTag("dots"), maxLines = 1, overflow = TextOverflow.Ellipsis)
                }
            }
        }
        assertEquals(false, isCutOff(rule.onNodeWithTag("fits").fetchSemanticsNode()))
        assertEquals(true, isCutOff(rule.onNodeWithTag("wide").fetchSemanticsNode()))
        assertEquals(true, isCutOff(rule.onNodeWithTag("dots").fetchSemanticsNode()))
    }

    @Test
    fun aLabelledScreenWithAHeadingPasses() {
        rule.setContent { Phone { Column { Heading("Title"); Text("Open", Modifier.size(48.dp).clickable {}) } } }
        assertEquals(emptyList<String>(), walkProblems(rule.onNodeWithTag("phone").fetchSemanticsNode(), rule.density.density))
    }
}
