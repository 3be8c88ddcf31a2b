package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.field
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.EventFilter
import uniffi.cml_core.EventForm

/** A new event as typed: times as "YYYY-MM-DDTHH:MM" in UK time, as the core reads them. */
data class NewEvent(val library: String = "", val title: String = "", val description: String = "", val category: String = "",
    val starts: String = "", val ends: String = "", val capacity: String = "12", val accessibility: String = "")

data class ProgrammeState(
    /** The programme, each event with the core's Change and Cancel (online only, and why not). */
    val events: List<Item> = emptyList(),
    /** Every room booking still to come, each with its Cancel (offline too). */
    val rooms: List<Item> = emptyList(),
    /** Every room, and when it is taken. */
    val roomList: List<Item> = emptyList(),
    /** "New event": the core says whether it can be made now (it needs the hub). */
    val create: Act = Act("create", "", allowed = true),
    val sync: String = "",
    val form: NewEvent = NewEvent(),
    val reason: String = "",
    val errorField: String? = null,
    val result: String? = null,
    val error: String? = null,
)

sealed interface ProgrammeAction {
    data class Edit(val change: (NewEvent) -> NewEvent) : ProgrammeAction
    data object Create : ProgrammeAction
    data class ReasonChanged(val reason: String) : ProgrammeAction
    data class CancelEvent(val eventId: Long) : ProgrammeAction
    data class CancelRoomBooking(val bookingId: Long) : ProgrammeAction
}

@Composable
fun EventsAndRoomsScreen(state: ProgrammeState, onAction: (ProgrammeAction) -> Unit) {
    ScreenColumn(str(Str.ProgrammeHeading), sync = state.sync) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.ProgrammeNew))
        val f = state.form
        fun edit(c: (NewEvent) -> NewEvent) = onAction(ProgrammeAction.Edit(c))
        fun err(name: String) = state.error.takeIf { state.errorField == name }
        Field(str(Str.ProgrammeTitle), f.title, { v -> edit { it.copy(title = v) } }, err("title"))
        Field(str(Str.SearchLibrary), f.library, { v -> edit { it.copy(library = v) } }, err("library"))
        Field(str(Str.ProgrammeCategory), f.category, { v -> edit { it.copy(category = v) } }, err("category"))
        Field(str(Str.ProgrammeStarts), f.starts, { v -> edit { it.copy(starts = v) } }, err("starts"))
        Field(str(Str.ProgrammeEnds), f.ends, { v -> edit { it.copy(ends = v) } }, err("ends"))
        Field(str(Str.ProgrammePlaces), f.capacity, { v -> edit { it.copy(capacity = v) } }, err("capacity"), digits = true)
        Field(str(Str.ProgrammeDescription), f.description, { v -> edit { it.copy(description = v) } }, singleLine = false)
        Field(str(Str.ProgrammeAccess), f.accessibility, { v -> edit { it.copy(accessibility = v) } }, singleLine = false)
        ActionButton(str(Str.ProgrammeCreate), { onAction(ProgrammeAction.Create) }, enabled = state.create.allowed)
        state.create.whyNot?.let { Notice(it) }
        SectionHeading(str(Str.EventsComing))
        Field(str(Str.ProgrammeReason), state.reason, { onAction(ProgrammeAction.ReasonChanged(it)) })
        state.events.forEach { e ->
            RowItem(e.sentence, e.lines) { e.acts.filter { it.action == "cancel" }.forEach { a -> ActButton(a, primary = false) { onAction(ProgrammeAction.CancelEvent(e.id)) } } }
        }
        SectionHeading(str(Str.ProgrammeRooms))
        state.rooms.forEach { r -> RowItem(r.sentence, r.lines) { r.acts.forEach { a -> ActButton(a, primary = false) { onAction(ProgrammeAction.CancelRoomBooking(r.id)) } } } }
        SectionHeading(str(Str.ProgrammeRoomList))
        state.roomList.forEach { r -> RowItem(r.sentence, r.lines) }
    }
}

class EventsAndRoomsViewModel(core: AppCore) : CoreViewModel<ProgrammeState, ProgrammeAction>(ProgrammeState(), core) {
    init {
        startObserving()
    }

    override fun load(): ProgrammeState {
        val r = core.app.eventsAndRoomsScreen(EventFilter(null, null, null, null))
        return state.value.copy(
            events = r.events.map { p ->
                val e = p.event
                Item(e.id, e.title, listOf(e.`when`, e.libraryName, e.availability), acts = p.actions.map { it.act() })
            },
            rooms = r.bookings.map { b -> Item(b.booking.id, b.sentence, acts = listOf(b.cancel.act())) },
            roomList = r.rooms.map { room -> Item(room.id, room.name, listOf(room.libraryName) + room.busy) },
            create = r.create.act(),
            sync = r.dataAge.text,
        )
    }

    override fun onAction(action: ProgrammeAction) {
        when (action) {
            is ProgrammeAction.Edit -> setState { it.copy(form = action.change(it.form)) }
            ProgrammeAction.Create -> {
                val f = state.value.form
                val capacity = f.capacity.trim().toLongOrNull() ?: -1
                call {
                    val made = core.app.createEvent(
                        EventForm(f.library.trim(), f.title, f.description, f.category.trim(), null, null, f.starts.trim(), f.ends.trim(), capacity, true, f.accessibility, null, null),
                    )
                    setState { it.copy(form = NewEvent(), result = made.firstOrNull()?.let { e -> "${e.title}: ${e.`when`}" }, error = null, errorField = null) }
                    refresh()
                }
            }
            is ProgrammeAction.ReasonChanged -> setState { it.copy(reason = action.reason) }
            is ProgrammeAction.CancelEvent -> call {
                val e = core.app.cancelEvent(action.eventId, state.value.reason)
                setState { it.copy(result = "${e.title}: ${e.availability}", error = null) }
                refresh()
            }
            is ProgrammeAction.CancelRoomBooking -> call {
                val c = core.app.cancelRoomBooking(action.bookingId)
                setState { it.copy(result = c.outcome ?: c.summary, error = null) }
                refresh()
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence(), errorField = e.field()) }
}

object EventsAndRoomsSamples {
    val programme = ProgrammeState(
        events = listOf(Item(1, "Chair Yoga", listOf("Tuesday 10:00", "Baswich Library", "6 places left"), acts = listOf(Act("edit", "Change"), Act("cancel", "Cancel event")))),
        rooms = listOf(Item(2, "MPFT Wellbeing Service: MPFT Wellbeing drop-in, Community room at Hednesford Library, Wednesday 14:00 to 16:00.", acts = listOf(Act("cancel", "Cancel")))),
        roomList = listOf(Item(3, "Community room", listOf("Hednesford Library", "Wednesday 14:00 to 16:00"))),
        sync = "Updated 5 minutes ago.",
        form = NewEvent(title = "Knit and natter", library = "HED", starts = "2026-12-09T10:00"),
    )
    val all = listOf(Sample("events-and-rooms", "programme", listOf(Str.ProgrammeCreate, "Chair Yoga", "MPFT Wellbeing drop-in")) { on -> EventsAndRoomsScreen(programme, on) })
}
