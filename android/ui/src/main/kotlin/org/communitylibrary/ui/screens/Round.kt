package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str

data class StopDetail(
    val visitId: Long,
    val reader: String,
    val address: String,
    val access: String,
    val bag: List<Item>,
    val dueBack: List<Item>,
    val pending: String? = null,
)

data class RoundState(
    val sync: String = "",
    /** The core's words for the day and how far the round has got ("1 visit: 0 recorded, 1 to go."). */
    val day: String = "",
    val summary: String = "",
    val stops: List<Item> = emptyList(),
    val open: StopDetail? = null,
    /** The outcomes a visit can end with, in the core's words. */
    val outcomes: List<Choice> = emptyList(),
    val note: String = "",
    /** Barcodes ticked as handed over and as collected (all ticked when the stop opens). */
    val handed: Set<String> = emptySet(),
    val collected: Set<String> = emptySet(),
    val result: String? = null,
    val error: String? = null,
)

sealed interface RoundAction {
    data class OpenStop(val visitId: Long) : RoundAction
    data object Back : RoundAction
    data class NoteChanged(val note: String) : RoundAction
    data class Handed(val barcode: String, val yes: Boolean) : RoundAction
    data class Collected(val barcode: String, val yes: Boolean) : RoundAction
    /** Records the visit (offline too), with the books ticked as handed over and collected. */
    data class Record(val outcome: String) : RoundAction
}

@Composable
fun RoundScreen(state: RoundState, onAction: (RoundAction) -> Unit) {
    val stop = state.open
    if (stop != null) {
        ScreenColumn(stop.reader, sync = state.sync) {
            state.error?.let { Notice(it, isError = true) }
            Body(stop.address)
            if (stop.access.isNotBlank()) Body(stop.access)
            stop.pending?.let { Notice(it) }
            SectionHeading(str(Str.RoundBag))
            stop.bag.forEach { b -> ToggleRow(b.sentence, b.key in state.handed) { onAction(RoundAction.Handed(b.key, it)) } }
            SectionHeading(str(Str.RoundDueBack))
            stop.dueBack.forEach { b -> ToggleRow(b.sentence, b.key in state.collected) { onAction(RoundAction.Collected(b.key, it)) } }
            SectionHeading(str(Str.RoundOutcome))
            Field(str(Str.RoundNote), state.note, { onAction(RoundAction.NoteChanged(it)) }, singleLine = false)
            state.outcomes.forEach { o -> ActionButton(o.label, { onAction(RoundAction.Record(o.code)) }, modifier = androidx.compose.ui.Modifier) }
            ActionButton(str(Str.Back), { onAction(RoundAction.Back) }, primary = false)
        }
        return
    }
    ScreenColumn(str(Str.RoundHeading), sync = state.sync) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.day.isNotBlank()) Body(state.day)
        if (state.summary.isNotBlank()) Body(state.summary)
        if (state.stops.isEmpty()) Body(str(Str.RoundNone))
        state.stops.forEach { s -> RowItem(s.sentence, s.lines, { onAction(RoundAction.OpenStop(s.id)) }, str(Str.Open)) }
    }
}

/**
 * The round from the core's one record (roundScreen): fully offline; the address goes when the core drops it after the
 * visit window. The outcome buttons are the core's.
 */
class RoundViewModel(core: AppCore, private val date: String? = null) : CoreViewModel<RoundState, RoundAction>(RoundState(), core) {
    private var stops: List<uniffi.cml_core.RoundStopView> = emptyList()

    init {
        startObserving()
    }

    override fun load(): RoundState {
        val r = core.app.roundScreen(date)
        refreshAt(r.refreshAt)
        stops = r.stops
        val times = r.times.associate { it.code to it.text }
        val s = state.value
        return s.copy(
            sync = listOf(core.app.status().summary, r.dataAge.text).filter { it.isNotBlank() }.joinToString(" "),
            day = r.dateText,
            summary = r.summary,
            stops = stops.map { Item(it.visitId, it.readerName, listOfNotNull(times[it.timeOfDay] ?: it.timeOfDay, it.postcode, it.pending)) },
            outcomes = r.outcomes.map { Choice(it.code, it.text) },
            open = s.open?.let { o -> stops.firstOrNull { it.visitId == o.visitId }?.let(::detail) },
        )
    }

    private fun detail(s: uniffi.cml_core.RoundStopView) = StopDetail(
        s.visitId, s.readerName, "${s.address}, ${s.postcode}", s.accessNotes,
        s.bag.map { Item(0, it.title, listOf(it.barcode), key = it.barcode) },
        s.dueBack.map { Item(0, it.title, listOf(it.due, it.barcode), key = it.barcode) },
        s.pending,
    )

    override fun onAction(action: RoundAction) {
        when (action) {
            is RoundAction.OpenStop -> setState { st ->
                val d = stops.firstOrNull { it.visitId == action.visitId }?.let(::detail)
                st.copy(open = d, note = "", handed = d?.bag?.map { it.key }?.toSet().orEmpty(), collected = d?.dueBack?.map { it.key }?.toSet().orEmpty())
            }
            is RoundAction.Handed -> setState { it.copy(handed = if (action.yes) it.handed + action.barcode else it.handed - action.barcode) }
            is RoundAction.Collected -> setState { it.copy(collected = if (action.yes) it.collected + action.barcode else it.collected - action.barcode) }
            RoundAction.Back -> setState { it.copy(open = null) }
            is RoundAction.NoteChanged -> setState { it.copy(note = action.note) }
            is RoundAction.Record -> {
                val stop = state.value.open ?: return
                val s = state.value
                val note = s.note.ifBlank { null }
                call {
                    // What was handed over and collected is what the volunteer ticked; the core decides what an
                    // outcome allows (a "not at home" with books handed over is refused, in its words).
                    val handed = stop.bag.map { it.key }.filter { it in s.handed }
                    val collected = stop.dueBack.map { it.key }.filter { it in s.collected }
                    val c = core.app.recordVisit(stop.visitId, action.outcome, note, handed, collected)
                    setState { it.copy(open = null, result = c.outcome ?: c.summary, error = null) }
                    refresh()
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object RoundSamples {
    private val outcomes = listOf(
        Choice("delivered", "Delivered"), Choice("not_home", "Not at home"), Choice("declined", "Declined"),
        Choice("unwell", "Unwell"), Choice("welfare_concern", "Welfare concern"),
    )
    val list = RoundState(
        sync = "Offline: 1 change will be sent when you are back online.",
        day = "Thursday 3 December", summary = "2 visits: 1 recorded, 1 to go.",
        stops = listOf(Item(1, "Arthur Bennett", listOf("Afternoon", "ST19 9DT")), Item(2, "Joan Price", listOf("Morning", "ST17 4AB", "Visit recorded; waiting to send"))),
        result = "Not at home: recorded. It will be sent when you are back online.",
    )
    val stop = RoundState(
        sync = "Up to date.", outcomes = outcomes, handed = setOf("3999900000201"),
        open = StopDetail(
            1, "Arthur Bennett", "3 Church Road, Brewood, ST19 9DT", "Ring twice; the door is round the side.",
            listOf(Item(0, "Miss Marple: the complete stories", listOf("Large print"), key = "3999900000201")),
            listOf(Item(0, "Dickens: Bleak House", listOf("Due back Tuesday"), key = "3999900000202")),
        ),
    )
    val all = listOf(
        Sample("round", "today", listOf(Str.RoundHeading, "Arthur Bennett", list.result!!, "2 visits: 1 recorded, 1 to go.")) { on -> RoundScreen(list, on) },
        Sample("round", "stop", listOf("Arthur Bennett", "Ring twice; the door is round the side.", "Welfare concern")) { on -> RoundScreen(stop, on) },
    )
}
