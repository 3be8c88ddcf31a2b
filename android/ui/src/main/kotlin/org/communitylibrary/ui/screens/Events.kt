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
import uniffi.cml_core.ChangeView
import uniffi.cml_core.EventFilter

const val CAN_BOOK = "can_book"
const val BOOKED = "booked"

data class EventsState(
    val events: List<Item> = emptyList(),
    val bookings: List<Item> = emptyList(),
    /** What the booking came to ("Your place is confirmed", "You are 2nd on the waiting list"): announced. */
    val result: String? = null,
    val error: String? = null,
)

sealed interface EventsAction {
    data class Book(val eventId: Long, val places: Long) : EventsAction
    data class Cancel(val eventId: Long) : EventsAction
    /** The Android host writes the core's `eventIcs` to the calendar app. */
    data class AddToCalendar(val eventId: Long) : EventsAction
}

@Composable
fun EventsScreen(state: EventsState, onAction: (EventsAction) -> Unit) {
    ScreenColumn(str(Str.EventsHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.bookings.isNotEmpty()) SectionHeading(str(Str.EventsMine))
        state.bookings.forEach { b ->
            RowItem(b.sentence, b.lines) {
                ActionButton(str(Str.EventsCancel), { onAction(EventsAction.Cancel(b.id)) }, primary = false)
                ActionButton(str(Str.EventsCalendar), { onAction(EventsAction.AddToCalendar(b.id)) }, primary = false)
            }
        }
        SectionHeading(str(Str.EventsComing))
        state.events.forEach { e ->
            RowItem(e.sentence, e.lines) {
                if (CAN_BOOK in e.flags) {
                    ActionButton(str(Str.EventsBook), { onAction(EventsAction.Book(e.id, 1)) })
                    ActionButton(str(Str.EventsBookTwo), { onAction(EventsAction.Book(e.id, 2)) }, primary = false)
                }
            }
        }
    }
}

class EventsViewModel(core: AppCore) : CoreViewModel<EventsState, EventsAction>(EventsState(), core) {
    init {
        startObserving()
    }

    override fun load(): EventsState = state.value.copy(
        events = core.app.events(EventFilter(null, null, null, null)).map { e ->
            Item(
                e.id, e.title,
                listOfNotNull(e.`when`, e.libraryName, e.availability, e.description, e.accessibility.ifBlank { null }, e.myBooking),
                flags = setOfNotNull(CAN_BOOK.takeIf { e.canBook }, BOOKED.takeIf { e.myBooking != null }),
            )
        },
        bookings = core.app.myBookings().map { b -> Item(b.eventId, b.eventTitle, listOf(b.`when`, b.libraryName, b.statusText)) },
    )

    override fun onAction(action: EventsAction) {
        when (action) {
            is EventsAction.Book -> change { core.app.bookEvent(action.eventId, action.places) }
            is EventsAction.Cancel -> change { core.app.cancelBooking(action.eventId) }
            is EventsAction.AddToCalendar -> Unit
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
    val week = EventsState(
        events = listOf(
            Item(1, "Chair Yoga", listOf("Tuesday 10:00 to 11:00", "Baswich Library", "6 places left", "Gentle seated yoga.", "Step-free; chairs with arms."), flags = setOf(CAN_BOOK)),
            Item(2, "Memory Café", listOf("Thursday 14:00", "Brewood Library", "Full: waiting list", "Songs and tea."), flags = setOf(CAN_BOOK)),
        ),
        bookings = listOf(Item(3, "Reading Group", listOf("Friday 18:00", "Glascote Library", "Confirmed, 2 places"))),
    )
    val booked = week.copy(result = "Your place at Chair Yoga is confirmed.")
    val all = listOf(
        Sample("events", "this-week", listOf(Str.EventsBook, "6 places left", "Full: waiting list")) { EventsScreen(week) {} },
        Sample("events", "booked", listOf(booked.result!!, Str.EventsCancel)) { EventsScreen(booked) {} },
    )
}
