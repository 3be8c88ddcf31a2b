package org.communitylibrary.ui

import org.communitylibrary.ui.screens.SignInAction
import org.communitylibrary.ui.screens.SignInViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** The Sign in view model against the real library and a real hub. */
class SignInTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun aWrongPinSaysSoAndTheRightOneSignsIn() {
        val phone = hub.phone()
        val vm = SignInViewModel(phone)
        vm.onAction(SignInAction.CardChanged(Demo.MEMBER))
        vm.onAction(SignInAction.PinChanged("0000"))
        vm.onAction(SignInAction.Submit)
        val refused = vm.await("the refusal") { !it.busy && it.error != null }
        assertTrue(refused.error!!, refused.error!!.contains("do not match"))
        assertNull(refused.signedInAs)

        vm.onAction(SignInAction.PinChanged(Demo.MEMBER_PIN))
        vm.onAction(SignInAction.Submit)
        val done = vm.await("signing in") { it.signedInAs != null }
        assertEquals("Margaret Hughes", done.signedInAs)
        assertEquals("Margaret Hughes", phone.app.whoami()?.name)
    }

    @Test
    fun aMalformedCardPointsAtTheCardField() {
        val vm = SignInViewModel(hub.phone())
        vm.onAction(SignInAction.CardChanged("12ab"))
        vm.onAction(SignInAction.PinChanged("1234"))
        vm.onAction(SignInAction.Submit)
        val s = vm.await("the card error") { it.cardError != null }
        assertTrue(s.cardError!!, s.cardError!!.contains("6 to 16 digits"))
        assertNull(s.pinError)
    }
}
