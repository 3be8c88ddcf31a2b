package org.communitylibrary.ui

import androidx.compose.runtime.collectAsState
import androidx.compose.runtime.getValue
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.junit4.createComposeRule
import androidx.compose.ui.test.onFirst
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import androidx.compose.ui.test.onAllNodesWithText
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.screens.SearchAction
import org.communitylibrary.ui.screens.SearchScreen
import org.communitylibrary.ui.screens.SearchViewModel
import org.communitylibrary.ui.screens.SignInScreen
import org.communitylibrary.ui.screens.SignInViewModel
import org.communitylibrary.ui.screens.TodayScreen
import org.communitylibrary.ui.screens.TodayViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test

/** Screens driven as a person would (typing, tapping), with their view models over the real library and hub. */
@OptIn(ExperimentalTestApi::class)
class ScreenUiTest {
    @get:Rule
    val rule = createComposeRule()
    private val hub = TestHub()
    private val en = XmlStrings.en

    @After
    fun stop() = hub.close()

    private fun field(label: Str) = rule.onAllNodes(hasSetTextAction() and hasText(en.text(label), substring = true)).onFirst()

    @Test
    fun signingInWithAWrongPinShowsTheCoresSentenceThenTheRightOneSignsIn() {
        val vm = SignInViewModel(hub.phone())
        rule.setContent { Phone { val s by vm.state.collectAsState(); SignInScreen(s, vm::onAction) } }
        field(Str.SignInCard).performTextInput(Demo.MEMBER)
        field(Str.SignInPin).performTextInput("0000")
        rule.onAllNodes(hasText(en.text(Str.SignInButton)) and androidx.compose.ui.test.hasClickAction()).onFirst().performSemanticsAction(SemanticsActions.OnClick)
        rule.waitUntil(20_000) { rule.onAllNodesWithText("do not match", substring = true).fetchSemanticsNodes().isNotEmpty() }

        field(Str.SignInPin).performTextReplacement(Demo.MEMBER_PIN)
        rule.onAllNodes(hasText(en.text(Str.SignInButton)) and androidx.compose.ui.test.hasClickAction()).onFirst().performSemanticsAction(SemanticsActions.OnClick)
        rule.waitUntil(20_000) { vm.state.value.signedInAs != null }
        assertEquals("Margaret Hughes", vm.state.value.signedInAs)
    }

    @Test
    fun typingInSearchShowsResultsOfflineAndTappingOneOpensIt() {
        val vm = SearchViewModel(hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN))
        hub.stop()
        var opened: Long? = null
        rule.setContent {
            Phone {
                val s by vm.state.collectAsState()
                SearchScreen(s) { a -> if (a is SearchAction.Open) opened = a.recordId else vm.onAction(a) }
            }
        }
        field(Str.SearchBox).performTextInput("chess")
        rule.waitUntil(20_000) { rule.onAllNodes(hasContentDescription("chess", substring = true, ignoreCase = true)).fetchSemanticsNodes().isNotEmpty() }
        rule.onAllNodes(hasContentDescription("chess", substring = true, ignoreCase = true)).onFirst().performSemanticsAction(SemanticsActions.OnClick)
        assertEquals(vm.state.value.hits.first { it.sentence.contains("chess", ignoreCase = true) }.id, opened)
    }

    @Test
    fun theBigButtonChecksInWithNoSignalAndSaysSo() {
        val vm = TodayViewModel(hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN))
        hub.stop()
        rule.setContent { Phone { val s by vm.state.collectAsState(); TodayScreen(s, vm::onAction) } }
        rule.waitUntil(20_000) { vm.state.value.button?.action == "check_in" }
        rule.onNodeWithText(vm.state.value.button!!.label).performSemanticsAction(SemanticsActions.OnClick)
        rule.waitUntil(20_000) { vm.state.value.result != null && vm.state.value.button?.action == "check_out" }
        // The result is on screen, and the button now checks out.
        rule.onNodeWithText(vm.state.value.result!!).assertExists()
        rule.onNodeWithText(vm.state.value.button!!.label).assertExists()
        assertTrue(vm.state.value.checkedIn!!, vm.state.value.checkedIn!!.isNotBlank())
    }
}
