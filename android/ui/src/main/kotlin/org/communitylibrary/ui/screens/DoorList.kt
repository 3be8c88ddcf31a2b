package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ChangeView

data class DoorEvent(val eventId: Long, val title: String, val summary: String, val walkIns: Long, val entries: List<Item>)

data class DoorState(
    val events: List<DoorEvent> = emptyList(),
    val result: String? = null,
    val error: String? = null,
)

sealed interface DoorAction {
    data class Mark(val eventId: Long, val bookingId: Long, val attended: Boolean) : DoorAction
    data class WalkIn(val eventId: Long) : DoorAction
}

@Composable
fun DoorListScreen(state: DoorState, onAction: (DoorAction) -> Unit) {
    ScreenColumn(str(Str.DoorHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.events.isEmpty()) Body(str(Str.DoorNone))
        state.events.forEach { e ->
            SectionHeading(e.title)
            Body(e.summary)
            e.entries.forEach { b ->
                RowItem(b.sentence, b.lines) {
                    ActionButton(str(Str.DoorHere), { onAction(DoorAction.Mark(e.eventId, b.id, true)) })
                    ActionButton(str(Str.DoorNoShow), { onAction(DoorAction.Mark(e.eventId, b.id, false)) }, primary = false)
                }
            }
            ActionButton(str(Str.DoorWalkIn), { onAction(DoorAction.WalkIn(e.eventId)) }, primary = false)
        }
    }
}

class DoorListViewModel(core: AppCore) : CoreViewModel<DoorState, DoorAction>(DoorState(), core) {
    init {
        startObserving()
    }

    override fun load() = state.value.copy(
        events = core.app.hostedEvents().map { r ->
            DoorEvent(
                r.eventId, r.title, listOf(r.`when`, r.libraryName, r.summary).joinToString(". "), r.walkIns,
                r.entries.map { e -> Item(e.bookingId, e.name, listOfNotNull(str(e.places), e.attendance)) },
            )
        },
    )

    private fun str(places: Long) = if (places > 1) "+${places - 1}" else null

    override fun onAction(action: DoorAction) {
        when (action) {
            is DoorAction.Mark -> change { core.app.markAttendance(action.eventId, action.bookingId, action.attended) }
            is DoorAction.WalkIn -> {
                val now = state.value.events.firstOrNull { it.eventId == action.eventId }?.walkIns ?: 0
                change { core.app.setWalkIns(action.eventId, now + 1) }
            }
        }
    }

    private fun change(block: suspend () -> ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, error = null) }
        refresh()
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object DoorListSamples {
    val event = DoorState(
        events = listOf(
            DoorEvent(
                1, "Chair Yoga", "Tuesday 10:00. Baswich Library. 8 booked, 3 here, 1 walk-in", 1,
                listOf(Item(1, "Margaret Hughes", listOf("+1", "Here")), Item(2, "Joan Price")),
            ),
        ),
        result = "Margaret Hughes: marked as here.",
    )
    val all = listOf(Sample("door-list", "event", listOf("Chair Yoga", "Margaret Hughes", Str.DoorWalkIn)) { on -> DoorListScreen(event, on) })
}
