package org.communitylibrary.ui

import java.time.LocalDate
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.screens.CAN_ACCEPT
import org.communitylibrary.ui.screens.CAN_SCHEDULE
import org.communitylibrary.ui.screens.DeliveriesAction
import org.communitylibrary.ui.screens.DeliveriesViewModel
import org.communitylibrary.ui.screens.DeliveryAction
import org.communitylibrary.ui.screens.HomeDeliveryViewModel
import org.communitylibrary.ui.screens.ImpactAction
import org.communitylibrary.ui.screens.ImpactViewModel
import org.communitylibrary.ui.screens.PublishAction
import org.communitylibrary.ui.screens.PublishConsultationViewModel
import org.communitylibrary.ui.screens.SayAction
import org.communitylibrary.ui.screens.HaveYourSayViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** A coordinator's main flow: accept a delivery and schedule its visits, read the impact report, publish a consultation. */
class CoordinatorFlowTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun aMembersRequestIsAcceptedAndItsVisitsScheduled() {
        val member = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val ask = HomeDeliveryViewModel(member)
        ask.await("the codes") { it.frequencies.isNotEmpty() }
        ask.onAction(DeliveryAction.StartRequest)
        ask.onAction(DeliveryAction.Edit { it.copy(address = "12 Lynton Avenue, Stafford", postcode = "ST17 0EA", access = "Ring twice.") })
        repeat(4) { ask.onAction(DeliveryAction.Next) }
        ask.onAction(DeliveryAction.Send)
        ask.await("the request") { it.request == null && it.result != null }

        val tom = hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN)
        val coordinator = DeliveriesViewModel(tom)
        val list = coordinator.await("the request") { s -> s.requests.any { it.title == "Margaret Hughes" && CAN_ACCEPT in it.flags } }
        val request = list.requests.first { it.title == "Margaret Hughes" && CAN_ACCEPT in it.flags }
        coordinator.onAction(DeliveriesAction.Accept(request.id))
        coordinator.await("accepted") { s -> s.requests.any { it.id == request.id && CAN_SCHEDULE in it.flags } }

        coordinator.onAction(DeliveriesAction.StartSchedule(request.id))
        val date = LocalDate.now().plusDays(7).toString()
        coordinator.onAction(DeliveriesAction.EditSchedule { it.copy(date = date, time = "afternoon", chooser = Demo.VOLUNTEER, deliverer = Demo.VOLUNTEER) })
        coordinator.onAction(DeliveriesAction.Schedule)
        val done = coordinator.await("scheduled") { it.schedule == null && (it.result != null || it.error != null) }
        assertNull(done.error)
        assertTrue(done.result!!, done.result!!.startsWith("Margaret Hughes: "))
        // The first visit is on the hub, a week from today.
        val next = kotlinx.coroutines.runBlocking { tom.app.allDeliveries() }.first { it.id == request.id }.nextVisit
        assertEquals(date, next?.date)
    }

    @Test
    fun theImpactReportShowsItsFigures() {
        val vm = ImpactViewModel(hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN)) { XmlStrings.en.text(it) }
        vm.await("libraries") { it.libraries.isNotEmpty() }
        val today = LocalDate.now().toString()
        vm.onAction(ImpactAction.Library("GLA"))
        vm.onAction(ImpactAction.From(today))
        vm.onAction(ImpactAction.To(today))
        vm.onAction(ImpactAction.Show)
        val s = vm.await("the figures") { it.figures.isNotEmpty() || it.error != null }
        assertNull(s.error)
        assertTrue(s.figures.map { it.title }.toString(), s.figures.any { it.title.startsWith(XmlStrings.en.text(Str.ImpactMembers) + ": ") })
    }

    @Test
    fun aPublishedConsultationIsAnsweredByAMember() {
        val vm = PublishConsultationViewModel(hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN))
        val opens = LocalDate.now().toString()
        val closes = LocalDate.now().plusDays(30).toString()
        vm.onAction(PublishAction.Edit { it.copy(library = "HED", title = "Saturday opening", description = "Should we open on Saturdays?", opens = opens, closes = closes) })
        vm.onAction(PublishAction.EditQuestion(0) { it.copy(kind = "choice", text = "Would you come?", choices = "Yes\nNo") })
        vm.onAction(PublishAction.Publish)
        val published = vm.await("published") { it.result != null || it.error != null }
        assertNull(published.error)

        val member = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val say = HaveYourSayViewModel(member)
        val list = say.await("the consultation") { s -> s.consultations.any { it.title == "Saturday opening" } }
        val id = list.consultations.first { it.title == "Saturday opening" }.id
        say.onAction(SayAction.Open(id))
        say.await("the questions") { it.open?.questions?.size == 1 }
        say.onAction(SayAction.Choose(0, 0))
        say.onAction(SayAction.Send)
        val sent = say.await("the answer") { it.open == null && (it.result != null || it.error != null) }
        assertNull(sent.error)
        kotlinx.coroutines.runBlocking { member.app.sync(null) }
        assertTrue(sent.result!!, member.app.consultations().first { it.id == id }.answered)
    }
}
