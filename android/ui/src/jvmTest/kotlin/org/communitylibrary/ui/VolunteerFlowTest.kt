package org.communitylibrary.ui

import java.time.LocalDate
import java.time.ZoneId
import java.time.ZonedDateTime
import java.time.format.DateTimeFormatter
import kotlinx.coroutines.runBlocking
import org.communitylibrary.ui.screens.DeskAction
import org.communitylibrary.ui.screens.DeskViewModel
import org.communitylibrary.ui.screens.DoorAction
import org.communitylibrary.ui.screens.DoorListViewModel
import org.communitylibrary.ui.screens.RoundAction
import org.communitylibrary.ui.screens.RoundViewModel
import org.communitylibrary.ui.screens.TodayAction
import org.communitylibrary.ui.screens.TodayViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import uniffi.cml_core.EventForm
import uniffi.cml_core.SearchQuery

/** A volunteer's main flow: check in and record a visit with no signal, mark attendance at the door, the desk. */
class VolunteerFlowTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun checkInAndRecordAVisitOfflineThenBothAreSent() {
        val phone = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)
        hub.stop()

        val today = TodayViewModel(phone)
        today.await("Today") { it.button?.action == "check_in" }
        today.onAction(TodayAction.Press)
        val inNow = today.await("checked in offline") { it.checkedIn != null && it.button?.action == "check_out" && it.result != null }
        assertNull(inNow.error)
        // The sync line follows (the data listener): the check-in waits to be sent.
        today.await("the offline sync line") { it.sync.startsWith("Offline") }

        // The demo round is tomorrow's.
        val round = RoundViewModel(phone, LocalDate.now().plusDays(1).toString())
        val stops = round.await("the round") { it.stops.isNotEmpty() && it.outcomes.isNotEmpty() }
        val arthur = stops.stops.first { it.title == "Arthur Bennett" }
        round.onAction(RoundAction.OpenStop(arthur.id))
        val open = round.await("the stop") { it.open != null }
        assertTrue(open.open!!.address, open.open!!.address.isNotBlank())
        assertTrue(open.outcomes.map { it.code }.containsAll(listOf("delivered", "not_home", "welfare_concern")))
        round.onAction(RoundAction.NoteChanged("No answer."))
        // Nobody home: nothing handed over or collected.
        open.open!!.bag.forEach { round.onAction(RoundAction.Handed(it.key, false)) }
        open.open!!.dueBack.forEach { round.onAction(RoundAction.Collected(it.key, false)) }
        round.onAction(RoundAction.Record("not_home"))
        val recorded = round.await("the visit recorded") { it.open == null && it.result != null }
        assertNull(recorded.error)

        hub.restart()
        runBlocking { phone.app.sync(null) }
        val codes = phone.app.changes(10u).map { it.state to it.code }
        assertTrue(codes.toString(), codes.contains("done" to "not_home"))
        assertTrue(codes.toString(), codes.contains("done" to "checked_in"))
        today.onAction(TodayAction.Press)
        today.await("checked out") { it.checkedIn == null && it.button?.action == "check_in" }
    }

    @Test
    fun theHostMarksABookedMemberAsHereAndAddsAWalkIn() {
        // The door opens an hour before the start (the hub's clock): the coordinator puts on an event in half an hour
        // that the volunteer hosts, and the member books it.
        val coordinator = hub.signedIn(Demo.COORDINATOR, Demo.COORDINATOR_PIN)
        val london = ZoneId.of("Europe/London")
        val fmt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        val starts = ZonedDateTime.now(london).plusMinutes(30)
        val made = runBlocking {
            coordinator.app.createEvent(
                EventForm("GLA", "Door test", "A test of the door list.", "coffee_morning", null, null, starts.format(fmt),
                    starts.plusHours(1).format(fmt), 10, true, "", Demo.VOLUNTEER, null),
            )
        }.first()
        val member = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        runBlocking { member.app.bookEvent(made.id, 1) }
        val host = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)

        val door = DoorListViewModel(host)
        val list = door.await("the booking on the door list") { s -> s.events.any { e -> e.eventId == made.id && e.entries.any { it.title == "Margaret Hughes" } } }
        val booking = list.events.first { it.eventId == made.id }.entries.first { it.title == "Margaret Hughes" }
        door.onAction(DoorAction.Mark(made.id, booking.id, true))
        val marked = door.await("the attendance") { it.result != null || it.error != null }
        assertNull(marked.error)
        door.onAction(DoorAction.WalkIn(made.id))
        door.await("the walk-in") { s -> s.events.first { it.eventId == made.id }.walkIns == 1L }
        runBlocking { host.app.sync(null) }
        val roster = host.app.roster(made.id)
        assertEquals(1L, roster.attended)
        assertEquals(1L, roster.walkIns)
    }

    @Test
    fun theDeskLendsAndTakesBackACopyWithNoSignal() {
        val member = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val barcode = member.app.search(SearchQuery("the", "GLA", null, null, true, 0u, 20u)).hits.firstNotNullOf { hit ->
            member.app.record(hit.id).copies.firstOrNull { it.available && it.libraryCode == "GLA" }?.barcode
        }
        val deskPhone = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)
        val desk = DeskViewModel(deskPhone)
        desk.onAction(DeskAction.BarcodeChanged(barcode))
        desk.onAction(DeskAction.CardChanged(Demo.MEMBER))
        desk.onAction(DeskAction.CheckOut)
        val lent = desk.await("the loan") { it.result != null || it.error != null }
        assertNull(lent.error)
        runBlocking { member.app.sync(null) }
        assertEquals(barcode, member.app.loans().first().barcode)

        // The return is taken with no signal, and sent when the hub is back.
        hub.stop()
        desk.onAction(DeskAction.BarcodeChanged(barcode))
        desk.onAction(DeskAction.CheckIn)
        val back = desk.await("the return") { it.result != lent.result && (it.result != null || it.error != null) }
        assertNull(back.error)
        desk.await("the offline sync line") { it.sync.startsWith("Offline") }
        // The core's Desk screen: where Priya works the desk, and the return waiting to be sent.
        val shown = desk.await("the waiting return") { it.waiting != null }
        assertEquals(listOf("GLA"), shown.libraries.map { it.code })
        assertEquals("GLA", shown.library)
        assertEquals("1 desk change will be sent when you are back online.", shown.waiting)
        assertEquals(2, shown.recent.size)
        hub.restart()
        runBlocking { deskPhone.app.sync(null) }
        runBlocking { member.app.sync(null) }
        assertTrue(member.app.loans().isEmpty())
    }
}
