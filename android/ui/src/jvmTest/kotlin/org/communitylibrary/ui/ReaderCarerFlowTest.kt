package org.communitylibrary.ui

import org.communitylibrary.ui.screens.ActingAction
import org.communitylibrary.ui.screens.ActingForViewModel
import org.communitylibrary.ui.screens.CAN_PAUSE
import org.communitylibrary.ui.screens.CAN_RESUME_DELIVERY
import org.communitylibrary.ui.screens.DeliveryAction
import org.communitylibrary.ui.screens.HomeDeliveryViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

/** A housebound reader and their carer: the request step by step, the carer switching person, pausing a delivery. */
class ReaderCarerFlowTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun aWrongFieldTakesTheRequestBackToItsStep() {
        val vm = HomeDeliveryViewModel(hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN))
        vm.await("the codes") { it.times.isNotEmpty() }
        vm.onAction(DeliveryAction.StartRequest)
        vm.onAction(DeliveryAction.Edit { it.copy(address = "", postcode = "ST17 0EA") })
        repeat(4) { vm.onAction(DeliveryAction.Next) }
        assertEquals(4, vm.state.value.request!!.step)
        vm.onAction(DeliveryAction.Send)
        val s = vm.await("the refusal") { it.request?.error != null }
        assertEquals(0, s.request!!.step)
        assertEquals("address", s.request!!.errorField)
    }

    @Test
    fun theCarerSwitchesToArthurAndPausesHisDelivery() {
        val carer = hub.signedIn(Demo.CARER, Demo.CARER_PIN)
        val acting = ActingForViewModel(carer)
        val people = acting.await("the people Susan acts for") { s -> s.people.any { it.name == "Arthur Bennett" } }
        val arthur = people.people.first { it.name == "Arthur Bennett" }
        assertTrue(arthur.rights.map { it.code }.contains("deliveries"))
        acting.onAction(ActingAction.Switch(arthur.card))
        acting.await("switched") { it.current == arthur.card }
        // Every screen now shows Arthur: Home greets as acting for him.
        val home = org.communitylibrary.ui.screens.HomeViewModel(carer)
        home.await("Home acting for Arthur") { it.greeting.contains("Arthur Bennett") }

        val deliveries = HomeDeliveryViewModel(carer)
        val list = deliveries.await("Arthur's delivery") { s -> s.deliveries.any { it.title == "Arthur Bennett" && CAN_PAUSE in it.flags } }
        val d = list.deliveries.first { it.title == "Arthur Bennett" }
        deliveries.onAction(DeliveryAction.SetState(d.id, "pause"))
        deliveries.await("paused") { s -> s.deliveries.any { it.id == d.id && CAN_RESUME_DELIVERY in it.flags } }
    }
}
