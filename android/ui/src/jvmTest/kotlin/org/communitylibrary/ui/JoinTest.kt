package org.communitylibrary.ui

import org.communitylibrary.ui.screens.JoinAction
import org.communitylibrary.ui.screens.JoinViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** Joining: a wrong field is pointed at; with no signal the form waits, and the card number comes after the sync. */
class JoinTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun aBadDateIsPointedAtThenTheFormWaitsOfflineAndTheCardComesAfter() {
        val phone = hub.phone()
        kotlinx.coroutines.runBlocking { phone.app.sync(null) } // the libraries, as a phone has them after first opening
        val vm = JoinViewModel(phone)
        vm.await("the libraries") { it.libraries.isNotEmpty() }
        vm.onAction(JoinAction.Edit { it.copy(name = "Joan Price", address = "4 Mill Lane, Stafford", postcode = "ST17 4AB", birth = "4 April 1950", library = "BAS", pin = "4321") })
        vm.onAction(JoinAction.Send)
        val refused = vm.await("the refusal") { it.error != null }
        assertEquals("date_of_birth", refused.errorField)

        hub.stop()
        vm.onAction(JoinAction.Edit { it.copy(birth = "1950-04-04") })
        vm.onAction(JoinAction.Send)
        val waiting = vm.await("the form kept") { it.waiting != null || (it.error != null && it.errorField != "date_of_birth") }
        assertNull(waiting.error?.takeIf { waiting.waiting == null })

        hub.restart()
        kotlinx.coroutines.runBlocking { phone.app.sync(null) }
        val done = vm.await("the card number") { it.receipt != null }
        assertTrue(done.receipt!!, done.receipt!!.contains(Regex("\\d{6,16}")))
    }
}
