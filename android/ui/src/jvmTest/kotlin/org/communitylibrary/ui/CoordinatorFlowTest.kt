package org.communitylibrary.ui

import java.time.LocalDate
import org.communitylibrary.ui.screens.DeliveriesAction
import org.communitylibrary.ui.screens.DeliveriesViewModel
import org.communitylibrary.ui.screens.DeliveryAction
import org.communitylibrary.ui.screens.EventsAndRoomsViewModel
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
        kotlinx.coroutines.runBlocking { tom.app.sync(null) }
        val coordinator = DeliveriesViewModel(tom)
        fun acts(s: org.communitylibrary.ui.screens.DeliveriesState, title: String) = s.requests.filter { it.title == title }.flatMap { r -> r.acts.map { r.id to it } }
        val list = coordinator.await("the request") { s -> acts(s, "Margaret Hughes").any { it.second.action == "accept" && it.second.allowed } }
        val request = list.requests.first { r -> r.title == "Margaret Hughes" && r.acts.any { it.action == "accept" } }
        // No address on the coordinator's phone: the postcode's first half, and the core's note saying why.
        assertTrue(request.details.toString(), request.details.contains("ST17") && request.details.none { "Lynton" in it })
        assertTrue(list.privacyNote, list.privacyNote.startsWith("Readers' addresses are not kept on this phone"))
        assertEquals(listOf("accept", "decline", "end"), request.acts.map { it.action })
        coordinator.onAction(DeliveriesAction.Act(request.id, "accept"))
        val accepted = coordinator.await("accepted") { s -> acts(s, "Margaret Hughes").any { it.first == request.id && it.second.action == "schedule" } }
        assertTrue(accepted.choosers.toString(), accepted.choosers.any { it.code == Demo.VOLUNTEER && it.label.startsWith("Priya Shah, ") })

        coordinator.onAction(DeliveriesAction.Act(request.id, "schedule"))
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
    fun aWelfareConcernIsSeenAndClosedWithTheHubStopped() {
        val priya = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)
        val tomorrow = LocalDate.now().plusDays(1).toString()
        kotlinx.coroutines.runBlocking {
            val visit = priya.app.roundScreen(tomorrow).stops.first().visitId
            priya.app.recordVisit(visit, "welfare_concern", "No answer; curtains closed at noon.", emptyList(), emptyList())
        }
        val tom = hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN)
        kotlinx.coroutines.runBlocking { tom.app.sync(null) }
        hub.stop()

        val vm = DeliveriesViewModel(tom)
        val open = vm.await("the concern, offline") { s -> s.concerns.any { c -> c.acts.any { it.action == "close" && it.allowed } } }
        val concern = open.concerns.first()
        assertTrue(concern.sentence, concern.sentence.contains("Raised by Priya Shah") && concern.sentence.contains("curtains closed"))
        assertTrue(open.summary, open.summary.contains("1 welfare concern to act on."))
        vm.onAction(DeliveriesAction.NoteChanged("Rang Susan: Arthur was at the doctor's."))
        vm.onAction(DeliveriesAction.CloseConcern(concern.id))
        val waiting = vm.await("closing waits") { s -> s.closingNote.isEmpty() && s.concerns.any { c -> c.details.contains("Your closing note is waiting to be sent.") } }
        assertNull(waiting.error)
        assertEquals("", waiting.closingNote)

        hub.restart()
        kotlinx.coroutines.runBlocking { tom.app.sync(null) }
        val closed = vm.await("closed on the hub") { s -> s.concerns.any { c -> c.details.any { it.startsWith("Closed by Tom Wright") } } }
        assertTrue(closed.concerns.first().acts.none { it.allowed })
    }

    @Test
    fun eventsAndRoomsShowTheProgrammeRoomsAndTheCoresActions() {
        val vm = EventsAndRoomsViewModel(hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN))
        val s = vm.await("the programme and the rooms") { it.events.isNotEmpty() && it.roomList.isNotEmpty() }
        assertTrue(s.create.allowed)
        val first = s.events.first()
        assertEquals(listOf("edit", "cancel"), first.acts.map { it.action })
        assertTrue(first.acts.all { it.allowed })
        assertTrue(s.roomList.first().lines.size >= 2)
    }

    @Test
    fun theImpactScreenShowsTheKeptFiguresAndSharesThemAsCsv() {
        val shared = java.util.concurrent.atomic.AtomicReference<Pair<String, String>?>(null)
        val vm = ImpactViewModel(hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN)) { name, csv -> shared.set(name to csv) }
        val s = vm.await("the figures kept at sign-in's sync") { it.figures.isNotEmpty() || it.error != null }
        assertNull(s.error)
        assertEquals("all", s.library)
        assertTrue(s.title, s.title.startsWith("All libraries, "))
        assertTrue(s.figures.map { it.title }.toString(), s.figures.any { it.title.startsWith("Members: ") })
        assertEquals(listOf("this_month", "last_month", "year"), s.periods.map { it.code })
        vm.onAction(ImpactAction.Library("GLA"))
        vm.onAction(ImpactAction.Period("last_month"))
        val glascote = vm.await("Glascote last month") { it.title.startsWith("Glascote Library, ") && it.period == "last_month" }
        assertTrue(glascote.counted, glascote.counted.startsWith("Figures counted at "))
        vm.onAction(ImpactAction.Share)
        val deadline = System.currentTimeMillis() + 10_000
        while (shared.get() == null && System.currentTimeMillis() < deadline) Thread.sleep(20)
        val (name, csv) = shared.get() ?: error("nothing was shared")
        assertTrue(name, name.startsWith("impact-GLA-") && name.endsWith(".csv"))
        assertEquals("figure,category,value,label", csv.lines().first())
        assertTrue(csv, csv.lines().any { it.startsWith("library,,GLA,") })
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
