package org.communitylibrary.ui

import org.communitylibrary.ui.screens.ActingAction
import org.communitylibrary.ui.screens.ActingForViewModel
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
    fun theCarerSwitchesToArthurPausesHisDeliveryAndSaysNotForMe() {
        // Arthur's visit tomorrow: Priya chooses a book and delivers it, so there is a book to react to.
        val priya = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)
        val stop = priya.app.round(java.time.LocalDate.now().plusDays(1).toString()).first { it.readerName == "Arthur Bennett" }
        val barcode = priya.app.search(uniffi.cml_core.SearchQuery("the", "BRE", null, null, true, 0u, 20u)).hits.firstNotNullOf { h ->
            priya.app.record(h.id).copies.firstOrNull { it.available && it.libraryCode == "BRE" }?.barcode
        }
        kotlinx.coroutines.runBlocking {
            priya.app.chooseItems(stop.visitId, listOf(barcode))
            priya.app.recordVisit(stop.visitId, "delivered", null, listOf(barcode), emptyList())
        }

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
        val list = deliveries.await("Arthur's delivery") { s -> s.deliveries.any { d -> d.title == "Arthur Bennett" && d.acts.any { it.action == "pause" && it.allowed } } }
        val d = list.deliveries.first { it.title == "Arthur Bennett" }
        assertTrue(d.acts.first { it.action == "pause" }.label, d.acts.first { it.action == "pause" }.label == "Pause deliveries")
        // Susan asked for Arthur already: asking again is not offered, and the core says why.
        assertTrue(list.ask?.whyNot ?: "", list.ask?.allowed == false)
        deliveries.onAction(DeliveryAction.SetState(d.id, "pause"))
        deliveries.await("paused") { s -> s.deliveries.any { r -> r.id == d.id && r.acts.any { it.action == "resume" && it.allowed } } }

        // "Not for me" on a book from the last visit.
        val withBooks = deliveries.await("a book from the last visit") { s -> s.delivered.any { org.communitylibrary.ui.screens.CAN_REACT in it.flags } }
        val book = withBooks.delivered.first { org.communitylibrary.ui.screens.CAN_REACT in it.flags }
        deliveries.onAction(DeliveryAction.React(book.id, book.key, "not_for_me"))
        val reacted = deliveries.await("the reaction") { s -> s.delivered.any { it.key == book.key && it.details.size > book.details.size } }
        assertTrue(reacted.result!!, reacted.result!!.isNotBlank())
    }
}
