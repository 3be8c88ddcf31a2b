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

/** One thing Home shows: the core's whole sentence, where it leads, and whether it needs doing soon. */
data class HomeLine(val text: String, val destination: Destination?, val id: Long?, val urgent: Boolean)

data class HomeState(
    /** The core's greeting: "Good morning, Margaret", "Acting for Arthur Bennett". */
    val greeting: String = "",
    /** The core's sync line: "Up to date", "Offline: 2 changes will be sent when you are back online". */
    val sync: String = "",
    /** When the data was last brought up to date, in the core's words. */
    val age: String = "",
    /** What matters next, in the core's order; urgent ones first and marked by words, not colour. */
    val items: List<HomeLine> = emptyList(),
    val places: List<Destination> = emptyList(),
    val error: String? = null,
)

sealed interface HomeAction {
    data object Refresh : HomeAction
    /** Navigation: handled by the host. */
    data class Open(val destination: Destination, val id: Long? = null) : HomeAction
}

@Composable
fun HomeScreen(state: HomeState, onAction: (HomeAction) -> Unit) {
    ScreenColumn(state.greeting.ifBlank { str(Str.HomeHeading) }, sync = listOf(state.sync, state.age).filter { it.isNotBlank() }.joinToString(" ").ifBlank { null }) {
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(Str.SyncNow), { onAction(HomeAction.Refresh) }, primary = false)
        if (state.items.isNotEmpty()) SectionHeading(str(Str.HomeNext))
        state.items.forEach { line ->
            val seen = if (line.urgent) listOf(str(Str.HomeUrgent), line.text) else listOf(line.text)
            val spoken = seen.joinToString(" ")
            val d = line.destination
            if (d != null) RowItem(spoken, seen, { onAction(HomeAction.Open(d, line.id)) }, str(Str.Open)) else RowItem(spoken, seen)
        }
        SectionHeading(str(Str.HomeEverything))
        state.places.forEach { d -> ActionButton(str(d.title), { onAction(HomeAction.Open(d)) }, primary = false) }
    }
}

/** Home from the core's one record (homeScreen): greeting, sync line, items in order, the parts of the app for the roles. */
class HomeViewModel(core: AppCore) : CoreViewModel<HomeState, HomeAction>(HomeState(), core) {
    init {
        startObserving()
    }

    override fun load(): HomeState {
        val h = core.app.homeScreen()
        refreshAt(h.refreshAt)
        return state.value.copy(
            greeting = h.greeting,
            sync = h.status.summary,
            age = h.dataAge.text,
            items = h.items.map { HomeLine(it.text, Destination.of(it.target.screen), it.target.id, it.urgent) },
            places = if (h.person == null) listOf(Destination.SignIn, Destination.Libraries, Destination.Join, Destination.Settings) else Destination.forRoles(h.roles),
        )
    }

    override fun onAction(action: HomeAction) {
        when (action) {
            HomeAction.Refresh -> call {
                core.app.sync(null)
                setState { it.copy(error = null) }
            }
            is HomeAction.Open -> Unit
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object HomeSamples {
    val member = HomeState(
        greeting = "Good morning, Margaret",
        sync = "Up to date.", age = "Updated 2 minutes ago.",
        items = listOf(
            HomeLine("The Chess Player is overdue: it was due back on Monday 30 November.", Destination.Account, null, true),
            HomeLine("Jane Eyre is ready to collect at Baswich Library. Last day: Friday 8 January.", Destination.Account, null, false),
            HomeLine("Your place at Chair Yoga is confirmed: Tuesday 8 December, 10am.", Destination.Events, 3, false),
        ),
        places = Destination.forRoles(listOf("member")),
    )
    val offline = member.copy(sync = "Offline: 2 changes will be sent when you are back online.", age = "Updated yesterday at 6pm.")
    val volunteer = HomeState(
        greeting = "Good afternoon, Priya", sync = "Up to date.",
        items = listOf(HomeLine("Your round tomorrow: 2 visits, the first at 10am.", Destination.Round, null, false)),
        places = Destination.forRoles(listOf("member", "volunteer")),
    )
    val all = listOf(
        Sample("home", "member", listOf(Str.HomeNext, Str.HomeUrgent, "Jane Eyre is ready to collect at Baswich Library. Last day: Friday 8 January.")) { on -> HomeScreen(member, on) },
        Sample("home", "offline", listOf(offline.sync, Str.SyncNow)) { on -> HomeScreen(offline, on) },
        Sample("home", "volunteer", listOf(Str.TodayHeading, Str.RoundHeading, "Your round tomorrow: 2 visits, the first at 10am.")) { on -> HomeScreen(volunteer, on) },
    )
}
