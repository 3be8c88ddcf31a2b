package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.BigButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class TodayState(
    val sync: String = "",
    /** The core's words for the open session ("Checked in at Glascote Library since 9:58; not sent yet"), if any. */
    val checkedIn: String? = null,
    /** The big button: the core's action (check_in or check_out) and its words. */
    val button: Act? = null,
    val libraries: List<Choice> = emptyList(),
    val library: String? = null,
    val shifts: List<Item> = emptyList(),
    val hours: String = "",
    /** The check-in or check-out as the core words it: announced. */
    val result: String? = null,
    val error: String? = null,
    val busy: Boolean = false,
)

sealed interface TodayAction {
    data class Library(val code: String) : TodayAction
    /** The big button: checks in at the chosen library, or out. Works offline. */
    data object Press : TodayAction
}

@Composable
fun TodayScreen(state: TodayState, onAction: (TodayAction) -> Unit) {
    ScreenColumn(str(Str.TodayHeading), sync = state.sync.ifBlank { null }) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        state.checkedIn?.let { Body(it) }
        state.button?.let { b -> BigButton(b.label, { onAction(TodayAction.Press) }, enabled = b.allowed && !state.busy) }
        state.button?.whyNot?.let { Body(it) }
        if (state.button?.action == "check_in" && state.libraries.size > 1) {
            SectionHeading(str(Str.TodayWhere))
            state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { onAction(TodayAction.Library(l.code)) } }
        }
        SectionHeading(str(Str.TodayShifts))
        if (state.shifts.isEmpty()) Body(str(Str.TodayNoShifts))
        state.shifts.forEach { RowItem(it.sentence, it.lines) }
        SectionHeading(str(Str.TodayHours))
        Body(state.hours)
    }
}

/** Today from the core's one record (todayScreen): a check-in made offline shows as checked in. */
class TodayViewModel(core: AppCore) : CoreViewModel<TodayState, TodayAction>(TodayState(), core) {
    init {
        startObserving()
    }

    override fun load(): TodayState {
        val t = core.app.todayScreen()
        refreshAt(t.refreshAt)
        val s = state.value
        return s.copy(
            sync = core.app.status().summary,
            checkedIn = t.checkedIn?.text,
            button = t.button.act(),
            libraries = t.libraries.map { Choice(it.code, it.name) },
            library = s.library ?: t.checkInLibrary,
            shifts = t.shiftsToday.map { Item(it.id, it.title, listOf(it.`when`, it.libraryName, it.statusText)) },
            hours = t.hoursText,
        )
    }

    override fun onAction(action: TodayAction) {
        when (action) {
            is TodayAction.Library -> setState { it.copy(library = action.code) }
            TodayAction.Press -> {
                val s = state.value
                val b = s.button ?: return
                setState { it.copy(busy = true, error = null) }
                call {
                    val c = if (b.action == "check_out") core.app.checkOut(null) else core.app.checkIn(s.library, null, null)
                    setState { it.copy(busy = false, result = c.outcome ?: c.summary) }
                    refresh()
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(busy = false, error = e.sentence()) }
}

object TodaySamples {
    val before = TodayState(
        sync = "Up to date.", button = Act("check_in", "Check in at Glascote Library"),
        shifts = listOf(Item(1, "On the desk", listOf("Today 10am to 1pm", "Glascote Library", "You and 1 other"))),
        hours = "6.5 hours this month.",
    )
    val offline = before.copy(
        sync = "Offline: 1 change will be sent when you are back online.",
        checkedIn = "Checked in at Glascote Library since 9:58am. Not sent yet.",
        button = Act("check_out", "Check out"),
        result = "Checked in at Glascote Library at 9:58am. It will be sent when you are back online.",
    )
    val all = listOf(
        Sample("today", "before-check-in", listOf("Check in at Glascote Library", "On the desk")) { on -> TodayScreen(before, on) },
        Sample("today", "checked-in-offline", listOf("Check out", offline.result!!, offline.sync)) { on -> TodayScreen(offline, on) },
    )
}
