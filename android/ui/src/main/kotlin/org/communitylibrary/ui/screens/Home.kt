package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class HomeState(
    val name: String = "",
    /** The core's sync line: "Up to date", "Offline: 2 changes will be sent when you are back online". */
    val sync: String = "",
    /** What became of changes made offline, in the core's words. */
    val outcomes: List<Item> = emptyList(),
    val holds: List<Item> = emptyList(),
    val loans: List<Item> = emptyList(),
    val bookings: List<Item> = emptyList(),
    val notices: List<Item> = emptyList(),
    val places: List<Destination> = emptyList(),
    val error: String? = null,
)

sealed interface HomeAction {
    data object Refresh : HomeAction
    data object OutcomesSeen : HomeAction
    /** Navigation: handled by the host. */
    data class Open(val destination: Destination, val id: Long? = null) : HomeAction
}

@Composable
fun HomeScreen(state: HomeState, onAction: (HomeAction) -> Unit) {
    ScreenColumn(if (state.name.isBlank()) str(Str.HomeHeading) else str(Str.HomeHello, state.name), sync = state.sync) {
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(Str.SyncNow), { onAction(HomeAction.Refresh) }, primary = false)
        if (state.outcomes.isNotEmpty()) {
            SectionHeading(str(Str.HomeOutcomes))
            state.outcomes.forEach { RowItem(it.sentence, it.lines) }
            ActionButton(str(Str.HomeOutcomesSeen), { onAction(HomeAction.OutcomesSeen) }, primary = false)
        }
        if (state.holds.isNotEmpty()) {
            SectionHeading(str(Str.HomeHolds))
            state.holds.forEach { RowItem(it.sentence, it.lines, { onAction(HomeAction.Open(Destination.Account)) }, str(Str.Open)) }
        }
        if (state.loans.isNotEmpty()) {
            SectionHeading(str(Str.HomeLoans))
            state.loans.forEach { RowItem(it.sentence, it.lines, { onAction(HomeAction.Open(Destination.Account)) }, str(Str.Open)) }
        }
        if (state.bookings.isNotEmpty()) {
            SectionHeading(str(Str.HomeBookings))
            state.bookings.forEach { RowItem(it.sentence, it.lines, { onAction(HomeAction.Open(Destination.Events, it.id)) }, str(Str.Open)) }
        }
        if (state.notices.isNotEmpty()) {
            SectionHeading(str(Str.HomeNews))
            state.notices.forEach { RowItem(it.sentence, it.lines) }
        }
        SectionHeading(str(Str.HomeEverything))
        state.places.forEach { d -> ActionButton(str(d.title), { onAction(HomeAction.Open(d)) }, primary = false) }
    }
}

/** Home over the existing calls (status, outcomes, holds, loans, bookings, notices) until the core's Home record lands. */
class HomeViewModel(core: AppCore) : CoreViewModel<HomeState, HomeAction>(HomeState(), core) {
    init {
        startObserving()
    }

    override fun load(): HomeState {
        val app = core.app
        val me = app.whoami()
        val status = app.status()
        if (me == null) return HomeState(sync = status.summary, places = listOf(Destination.Libraries, Destination.Join, Destination.Settings))
        return HomeState(
            name = me.name.substringBefore(' '),
            sync = status.summary,
            outcomes = app.unseenOutcomes().mapIndexed { i, c -> Item(i.toLong(), c.outcome ?: c.summary) },
            holds = app.holds().map { Item(it.recordId, it.title, listOf(it.statusText, it.pickupName)) },
            loans = app.loans().map { Item(it.loanId, it.title, listOf(it.dueText)) },
            bookings = app.myBookings().map { Item(it.eventId, it.eventTitle, listOf(it.`when`, it.libraryName, it.statusText)) },
            notices = app.notices().take(5).map { Item(it.id, it.text) },
            places = Destination.forRoles(me.roles),
        )
    }

    override fun onAction(action: HomeAction) {
        when (action) {
            HomeAction.Refresh -> call {
                core.app.sync(null)
                setState { it.copy(error = null) }
            }
            HomeAction.OutcomesSeen -> call { core.app.markOutcomesSeen() }
            is HomeAction.Open -> Unit
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object HomeSamples {
    val member = HomeState(
        name = "Margaret",
        sync = "Up to date. Last brought up to date 2 minutes ago.",
        outcomes = listOf(Item(1, "Your place at Chair Yoga is confirmed.")),
        holds = listOf(Item(1, "Jane Eyre", listOf("Ready to collect until Friday 8 January", "Baswich Library"))),
        loans = listOf(Item(2, "The Chess Player", listOf("Due tomorrow"))),
        bookings = listOf(Item(3, "Chair Yoga", listOf("Tuesday 10:00 to 11:00", "Baswich Library", "Confirmed"))),
        places = Destination.forRoles(listOf("member")),
    )
    val offline = member.copy(sync = "Offline: 2 changes will be sent when you are back online.", outcomes = emptyList())
    val volunteer = HomeState(name = "Priya", sync = "Up to date.", places = Destination.forRoles(listOf("member", "volunteer")))
    val all = listOf(
        Sample("home", "member", listOf(Str.HomeHolds, member.sync, "Jane Eyre")) { HomeScreen(member) {} },
        Sample("home", "offline", listOf(offline.sync, Str.HomeLoans)) { HomeScreen(offline) {} },
        Sample("home", "volunteer", listOf(Str.TodayHeading, Str.RoundHeading)) { HomeScreen(volunteer) {} },
    )
}
