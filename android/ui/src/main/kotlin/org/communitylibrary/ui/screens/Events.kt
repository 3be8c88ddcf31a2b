package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ChangeView
import uniffi.cml_core.EventFilter

/** Marks an event the person has a booking for (the core's `my_booking` words are in its details). */
const val BOOKED = "booked"

data class EventsState(
    val events: List<Item> = emptyList(),
    val empty: String? = null,
    /** The filters the core offers: libraries and categories (codes with their words). */
    val libraries: List<Choice> = emptyList(),
    val categories: List<Choice> = emptyList(),
    val library: String? = null,
    val category: String? = null,
    val showFilters: Boolean = false,
    val age: String = "",
    /** What the booking came to ("Your place is confirmed", "You are 2nd on the waiting list"): announced. */
    val result: String? = null,
    val error: String? = null,
)

sealed interface EventsAction {
    data object ToggleFilters : EventsAction
    data class Library(val code: String?) : EventsAction
    data class Category(val code: String?) : EventsAction
    /** The core's "book" or "join_waiting_list", for one place or for the person and a companion. */
    data class Book(val eventId: Long, val places: Long) : EventsAction
    data class Cancel(val eventId: Long) : EventsAction
    /** The Android host writes the core's `eventIcs` to the calendar app. */
    data class AddToCalendar(val eventId: Long) : EventsAction
}

@Composable
fun EventsScreen(state: EventsState, onAction: (EventsAction) -> Unit) {
    ScreenColumn(str(Str.EventsHeading), sync = state.age.ifBlank { null }) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(if (state.showFilters) Str.SearchHideFilters else Str.SearchFilters), { onAction(EventsAction.ToggleFilters) }, primary = false)
        if (state.showFilters) {
            SectionHeading(str(Str.SearchLibrary))
            RadioRow(str(Str.Any), state.library == null) { onAction(EventsAction.Library(null)) }
            state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { onAction(EventsAction.Library(l.code)) } }
            SectionHeading(str(Str.EventsCategory))
            RadioRow(str(Str.Any), state.category == null) { onAction(EventsAction.Category(null)) }
            state.categories.forEach { c -> RadioRow(c.label, state.category == c.code) { onAction(EventsAction.Category(c.code)) } }
        }
        state.empty?.let { Body(it) }
        state.events.forEach { e ->
            RowItem(e.sentence, e.lines) {
                Acts(e, primary = "book") { a ->
                    when (a.action) {
                        "book", "join_waiting_list" -> onAction(EventsAction.Book(e.id, 1))
                        "cancel" -> onAction(EventsAction.Cancel(e.id))
                        "add_to_calendar" -> onAction(EventsAction.AddToCalendar(e.id))
                    }
                }
                if (e.acts.any { (it.action == "book" || it.action == "join_waiting_list") && it.allowed }) {
                    ActionButton(str(Str.EventsBookTwo), { onAction(EventsAction.Book(e.id, 2)) }, primary = false)
                }
            }
        }
    }
}

/** Events from the core's one record (eventsScreen: this week and next); each event's actions are the core's. */
class EventsViewModel(core: AppCore) : CoreViewModel<EventsState, EventsAction>(EventsState(), core) {
    init {
        startObserving()
    }

    override fun load(): EventsState {
        val s = state.value
        val screen = core.app.eventsScreen(EventFilter(s.library, s.category, null, null))
        refreshAt(screen.refreshAt)
        return s.copy(
            libraries = screen.libraries.map { Choice(it.code, it.name) },
            categories = screen.categories.map { Choice(it.code, it.text) },
            events = screen.events.map { e ->
                Item(
                    e.id, e.title,
                    listOfNotNull(e.myBooking, e.`when`, e.libraryName, e.availability, e.description, e.accessibility.ifBlank { null }),
                    flags = setOfNotNull(BOOKED.takeIf { e.myBooking != null }),
                    acts = e.actions.map { it.act() },
                )
            },
            empty = screen.emptyText,
            age = screen.dataAge.text,
        )
    }

    override fun onAction(action: EventsAction) {
        when (action) {
            is EventsAction.Book -> change { core.app.bookEvent(action.eventId, action.places) }
            is EventsAction.Cancel -> change { core.app.cancelBooking(action.eventId) }
            is EventsAction.AddToCalendar -> Unit
            EventsAction.ToggleFilters -> setState { it.copy(showFilters = !it.showFilters) }
            is EventsAction.Library -> { setState { it.copy(library = action.code) }; refresh() }
            is EventsAction.Category -> { setState { it.copy(category = action.code) }; refresh() }
        }
    }

    private fun change(block: suspend () -> ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, error = null) }
        refresh()
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object EventsSamples {
    private val calendar = Act("add_to_calendar", "Add to calendar")
    val week = EventsState(
        events = listOf(
            Item(3, "Reading Group", listOf("You have 2 places.", "Friday 18:00", "Glascote Library"), flags = setOf(BOOKED), acts = listOf(Act("cancel", "Cancel booking"), calendar)),
            Item(1, "Chair Yoga", listOf("Tuesday 10:00 to 11:00", "Baswich Library", "6 places left", "Gentle seated yoga.", "Step-free; chairs with arms."), acts = listOf(Act("book", "Book a place"), calendar)),
            Item(2, "Memory Café", listOf("Thursday 14:00", "Brewood Library", "Full: waiting list", "Songs and tea."), acts = listOf(Act("join_waiting_list", "Join the waiting list"), calendar)),
        ),
        age = "Updated 2 minutes ago.",
    )
    val booked = week.copy(result = "Your place at Chair Yoga is confirmed.")
    val filtered = week.copy(
        showFilters = true, library = "BAS", category = "yoga",
        libraries = listOf(Choice("BAS", "Baswich Library"), Choice("BRE", "Brewood Library")),
        categories = listOf(Choice("yoga", "Yoga"), Choice("reading_group", "Reading group")),
        events = week.events.filter { it.title == "Chair Yoga" },
    )
    val all = listOf(
        Sample("events", "this-week", listOf("Book a place", "6 places left", "Join the waiting list")) { on -> EventsScreen(week, on) },
        Sample("events", "booked", listOf(booked.result!!, "Cancel booking")) { on -> EventsScreen(booked, on) },
        Sample("events", "filters", listOf(Str.EventsCategory, "Yoga", "Chair Yoga")) { on -> EventsScreen(filtered, on) },
    )
}
