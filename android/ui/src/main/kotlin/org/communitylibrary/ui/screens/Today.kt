package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.BigButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ChangeView

data class TodayState(
    val sync: String = "",
    val checkedIn: Boolean = false,
    val shifts: List<Item> = emptyList(),
    val sessions: List<Item> = emptyList(),
    val hours: List<String> = emptyList(),
    /** The check-in or check-out as the core words it ("Checked in at Glascote Library at 09:58; will be sent…"). */
    val result: String? = null,
    val error: String? = null,
    val busy: Boolean = false,
)

sealed interface TodayAction {
    /** Checks in at the home library, or for [shiftId]'s library. Works offline. */
    data class CheckIn(val shiftId: Long? = null) : TodayAction
    data object CheckOut : TodayAction
}

@Composable
fun TodayScreen(state: TodayState, onAction: (TodayAction) -> Unit) {
    ScreenColumn(str(Str.TodayHeading), sync = state.sync) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.checkedIn) {
            BigButton(str(Str.TodayCheckOut), { onAction(TodayAction.CheckOut) }, enabled = !state.busy)
        } else {
            BigButton(str(Str.TodayCheckIn), { onAction(TodayAction.CheckIn()) }, enabled = !state.busy)
        }
        SectionHeading(str(Str.TodayShifts))
        if (state.shifts.isEmpty()) Body(str(Str.TodayNoShifts))
        state.shifts.forEach { s ->
            RowItem(s.sentence, s.lines) {
                if (!state.checkedIn) ActionButton(str(Str.TodayCheckInShift), { onAction(TodayAction.CheckIn(s.id)) }, primary = false)
            }
        }
        SectionHeading(str(Str.TodayHours))
        state.hours.forEach { Body(it) }
        state.sessions.forEach { RowItem(it.sentence, it.lines) }
    }
}

/**
 * Needs from the core: a Today record (today's shifts, whether checked in, offline too). Meanwhile: my shifts, my
 * sessions and hours, and whether checked in from the hub's sessions or, offline, from this screen's last check-in.
 */
class TodayViewModel(core: AppCore) : CoreViewModel<TodayState, TodayAction>(TodayState(), core) {
    /** What the last check-in or check-out here said, until the hub's sessions show it (offline they cannot). */
    private var checkedInHere: Boolean? = null

    init {
        startObserving()
    }

    override fun load(): TodayState {
        val app = core.app
        val sessions = app.mySessions()
        return state.value.copy(
            sync = app.status().summary,
            checkedIn = checkedInHere ?: sessions.any { it.checkOut == null },
            shifts = app.shifts(null).filter { it.mine }.map { Item(it.id, it.title, listOf(it.`when`, it.libraryName, it.statusText)) },
            sessions = sessions.take(5).map { Item(0, it.text) },
            hours = app.myHours().map { "${it.month}: ${it.hours}" },
        )
    }

    override fun onAction(action: TodayAction) {
        when (action) {
            is TodayAction.CheckIn -> change(true) { core.app.checkIn(null, action.shiftId, null) }
            TodayAction.CheckOut -> change(false) { core.app.checkOut(null) }
        }
    }

    private fun change(checkedIn: Boolean, block: suspend () -> ChangeView) {
        setState { it.copy(busy = true, error = null) }
        call {
            val c = block()
            checkedInHere = checkedIn
            setState { it.copy(busy = false, checkedIn = checkedIn, result = c.outcome ?: c.summary) }
            refresh()
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(busy = false, error = e.sentence()) }
}

object TodaySamples {
    val before = TodayState(
        sync = "Up to date.",
        shifts = listOf(Item(1, "Desk", listOf("Today 10:00 to 13:00", "Glascote Library", "You and 1 other"))),
        hours = listOf("December: 6.5 hours"),
    )
    val offline = before.copy(
        sync = "Offline: 1 change will be sent when you are back online.", checkedIn = true,
        result = "Checked in at Glascote Library at 09:58. It will be sent when you are back online.",
    )
    val all = listOf(
        Sample("today", "before-check-in", listOf(Str.TodayCheckIn, "Desk")) { TodayScreen(before) {} },
        Sample("today", "checked-in-offline", listOf(Str.TodayCheckOut, offline.result!!, offline.sync)) { TodayScreen(offline) {} },
    )
}
