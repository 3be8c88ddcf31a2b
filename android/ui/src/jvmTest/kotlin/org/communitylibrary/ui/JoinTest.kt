package org.communitylibrary.ui

import org.communitylibrary.ui.screens.JoinAction
import org.communitylibrary.ui.screens.JoinViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/**
 * Joining: a wrong field is pointed at, then the core's receipt says what happens next. (Joining with no signal is
 * refused by the core today: "needs from the core" in android/README.md.)
 */
class JoinTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun aBadDateIsPointedAtThenTheReceiptGivesTheNewCard() {
        val phone = hub.phone()
        kotlinx.coroutines.runBlocking { phone.app.sync(null) } // the libraries, as a phone has them after first opening
        val vm = JoinViewModel(phone)
        vm.await("the libraries") { it.libraries.isNotEmpty() }
        vm.onAction(JoinAction.Edit { it.copy(name = "Joan Price", address = "4 Mill Lane, Stafford", postcode = "ST17 4AB", birth = "4 April 1950", library = "BAS", pin = "4321") })
        vm.onAction(JoinAction.Send)
        val refused = vm.await("the refusal") { it.error != null }
        assertEquals("date_of_birth", refused.errorField)

        vm.onAction(JoinAction.Edit { it.copy(birth = "1950-04-04") })
        vm.onAction(JoinAction.Send)
        val done = vm.await("the receipt") { it.receipt != null || (it.error != null && it.errorField != "date_of_birth") }
        assertNull(done.error?.takeIf { done.receipt == null })
        assertTrue(done.receipt!!, done.receipt!!.contains(Regex("\\d{6,16}")))
    }
}
