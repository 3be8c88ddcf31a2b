package org.communitylibrary.ui

import kotlinx.coroutines.runBlocking
import org.communitylibrary.ui.screens.AccountAction
import org.communitylibrary.ui.screens.AccountViewModel
import org.communitylibrary.ui.screens.BOOKED
import org.communitylibrary.ui.screens.EventsAction
import org.communitylibrary.ui.screens.EventsViewModel
import org.communitylibrary.ui.screens.HomeViewModel
import org.communitylibrary.ui.screens.SearchAction
import org.communitylibrary.ui.screens.SearchViewModel
import org.communitylibrary.ui.screens.TitleAction
import org.communitylibrary.ui.screens.TitleViewModel
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import uniffi.cml_core.SearchQuery

/** A member's main flow through the view models: search offline, reserve, book an event, renew a loan. */
class MemberFlowTest {
    private val hub = TestHub()

    @After
    fun stop() = hub.close()

    @Test
    fun searchOfflineThenReserveFromTheTitleScreen() {
        val phone = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        hub.stop()
        val search = SearchViewModel(phone)
        search.onAction(SearchAction.TextChanged("chess"))
        val found = search.await("results offline") { it.hits.isNotEmpty() }
        assertTrue(found.hits.first().sentence, found.hits.any { it.title.contains("Chess", ignoreCase = true) })
        // Type-ahead: a narrower word replaces the results.
        search.onAction(SearchAction.TextChanged("zzzqqq"))
        search.await("no results") { it.searched && it.hits.isEmpty() && it.text == "zzzqqq" }

        // The filter: only what is on the shelf now, which can be reserved.
        search.onAction(SearchAction.AvailableNow(true))
        search.onAction(SearchAction.TextChanged("the"))
        val onShelf = search.await("results on the shelf") { it.text == "the" && it.availableNow && it.hits.isNotEmpty() }

        hub.restart()
        val title = TitleViewModel(phone, onShelf.hits.first().id)
        val shown = title.await("the record") { it.title.isNotBlank() }
        assertEquals(onShelf.hits.first().title, shown.title)
        title.onAction(TitleAction.Reserve)
        assertTrue(shown.canReserve)
        val reserved = title.await("the reservation") { it.result != null || it.error != null }
        assertEquals(null, reserved.error)
        // The Title screen now says so instead of offering Reserve.
        val after = title.await("the relation") { !it.canReserve }
        assertTrue(after.relation, after.relation.isNotBlank())
        val account = AccountViewModel(phone)
        account.await("the hold in My account") { s -> s.holds.any { it.title == shown.title } }
    }

    @Test
    fun aScannedIsbnFindsItsTitleWithNoSignal() {
        val phone = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        hub.stop()
        val search = SearchViewModel(phone)
        // The camera reads the EAN-13 on the back of the book; the core finds it by ISBN.
        search.onAction(SearchAction.Scanned("9780007193110"))
        val found = search.await("the scanned title") { it.searched }
        assertEquals(listOf("Gardening with children"), found.hits.map { it.title })
        assertEquals("9780007193110", found.text)
        search.onAction(SearchAction.TextChanged(""))
        search.await("the box emptied") { !it.searched && it.hits.isEmpty() }
        // The same book's older ISBN-10 finds it too.
        search.onAction(SearchAction.Scanned("0-00-719311-4"))
        val ten = search.await("the ISBN-10") { it.searched }
        assertEquals(listOf("Gardening with children"), ten.hits.map { it.title })
    }

    @Test
    fun bookAnEventThenSeeItOnHomeAndCancel() {
        val phone = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val events = EventsViewModel(phone)
        fun bookable(i: org.communitylibrary.ui.screens.Item) = i.acts.any { it.action == "book" && it.allowed }
        val list = events.await("events") { s -> s.events.any(::bookable) }
        val event = list.events.first(::bookable)
        events.onAction(EventsAction.Book(event.id, 2))
        val booked = events.await("the booking") { s -> s.result != null && s.events.any { it.id == event.id && BOOKED in it.flags } }
        assertTrue(booked.result!!, booked.result!!.contains(event.title))
        // Once the hub has confirmed it, the core offers to cancel it.
        events.await("cancel offered") { s -> s.events.first { it.id == event.id }.acts.any { it.action == "cancel" && it.allowed } }
        val home = HomeViewModel(phone)
        home.await("the booking on Home") { s -> s.items.any { it.text.contains(event.title) } }

        // The filters: one library only.
        val library = events.state.value.libraries.first { it.label == event.details.first { d -> d.endsWith("Library") } }
        events.onAction(EventsAction.Library(library.code))
        val one = events.await("one library's events") { s -> s.library == library.code && s.events.isNotEmpty() && s.events.all { e -> library.label in e.details } }
        assertTrue(one.events.any { it.id == event.id })
        events.onAction(EventsAction.Library(null))

        events.onAction(EventsAction.Cancel(event.id))
        events.await("the cancellation") { s -> s.events.first { it.id == event.id }.acts.none { it.action == "cancel" && it.allowed } }
    }

    @Test
    fun anOpenScreenFollowsAChangeMadeElsewhere() {
        // The data listener: My account is open when a reservation is made from another screen.
        val phone = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val account = AccountViewModel(phone)
        account.await("My account") { it.card != null }
        assertTrue(account.state.value.holds.isEmpty())
        val hit = phone.app.search(SearchQuery("the", null, null, null, true, 0u, 5u)).hits.first()
        runBlocking { phone.app.reserve(hit.id, null) }
        account.await("the new hold, without asking") { s -> s.holds.any { it.title == hit.title } }
    }

    @Test
    fun aLoanIsRenewedFromMyAccount() {
        // A loan to renew: the desk volunteer lends Margaret a copy on the shelf at Glascote.
        val phone = hub.signedIn(Demo.MEMBER, Demo.MEMBER_PIN)
        val barcode = runBlocking {
            phone.app.search(SearchQuery("the", "GLA", null, null, true, 0u, 20u)).hits.firstNotNullOf { hit ->
                phone.app.record(hit.id).copies.firstOrNull { it.available && it.libraryCode == "GLA" }?.barcode
            }
        }
        val desk = hub.signedIn(Demo.VOLUNTEER, Demo.VOLUNTEER_PIN)
        runBlocking { desk.app.deskCheckout(barcode, Demo.MEMBER) }
        runBlocking { phone.app.sync(null) }

        val account = AccountViewModel(phone)
        fun renewable(i: org.communitylibrary.ui.screens.Item) = i.acts.any { it.action == "renew" && it.allowed }
        val before = account.await("the loan") { s -> s.loans.any(::renewable) }
        val loan = before.loans.first(::renewable)
        account.onAction(AccountAction.Loan(loan.id, "renew"))
        val after = account.await("the renewal") { it.result != null || it.error != null }
        assertEquals(null, after.error)
        assertTrue(after.result!!, after.result!!.contains(loan.title) && after.result!!.contains("renewed"))
    }
}
