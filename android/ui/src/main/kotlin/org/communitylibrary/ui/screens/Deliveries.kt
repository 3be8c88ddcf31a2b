package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

/** The visit being scheduled: date (YYYY-MM-DD), time of day, the chooser's and deliverer's cards. */
data class ScheduleForm(val deliveryId: Long, val date: String = "", val time: String = "any", val chooser: String = "", val deliverer: String = "")

data class DeliveriesState(
    /** "1 request to decide. 1 welfare concern to act on." */
    val summary: String = "",
    /** Readers' addresses stay on the hub: the core's sentence saying so. */
    val privacyNote: String = "",
    /** Requests, deliveries to plan, visits to come, paused: each row with the core's actions. */
    val requests: List<Item> = emptyList(),
    val concerns: List<Item> = emptyList(),
    val audit: List<Item> = emptyList(),
    /** Who can choose and who can deliver (code = card, label = "Priya Shah, Brewood Library"). */
    val choosers: List<Choice> = emptyList(),
    val deliverers: List<Choice> = emptyList(),
    val times: List<Choice> = emptyList(),
    val schedule: ScheduleForm? = null,
    val declineReason: String = "",
    /** What was done about a concern, for "close". */
    val closingNote: String = "",
    val result: String? = null,
    val error: String? = null,
)

sealed interface DeliveriesAction {
    /** One of a delivery's actions: "accept", "decline", "schedule", "pause", "resume", "end". */
    data class Act(val deliveryId: Long, val action: String) : DeliveriesAction
    data class ReasonChanged(val reason: String) : DeliveriesAction
    data class NoteChanged(val note: String) : DeliveriesAction
    data class CloseConcern(val visitId: Long) : DeliveriesAction
    data class EditSchedule(val change: (ScheduleForm) -> ScheduleForm) : DeliveriesAction
    data object Schedule : DeliveriesAction
    data object Refresh : DeliveriesAction
}

@Composable
fun DeliveriesScreen(state: DeliveriesState, onAction: (DeliveriesAction) -> Unit) {
    val f = state.schedule
    if (f != null) {
        ScreenColumn(str(Str.DeliveriesSchedule)) {
            state.error?.let { Notice(it, isError = true) }
            fun edit(c: (ScheduleForm) -> ScheduleForm) = onAction(DeliveriesAction.EditSchedule(c))
            Field(str(Str.DeliveriesDate), f.date, { v -> edit { it.copy(date = v) } })
            state.times.forEach { t -> RadioRow(t.label, f.time == t.code) { edit { it.copy(time = t.code) } } }
            SectionHeading(str(Str.DeliveriesChooser))
            state.choosers.forEach { v -> RadioRow(v.label, f.chooser == v.code) { edit { it.copy(chooser = v.code) } } }
            SectionHeading(str(Str.DeliveriesDeliverer))
            state.deliverers.forEach { v -> RadioRow(v.label, f.deliverer == v.code) { edit { it.copy(deliverer = v.code) } } }
            ActionButton(str(Str.DeliveriesSchedule), { onAction(DeliveriesAction.Schedule) })
            ActionButton(str(Str.Back), { edit { it.copy(deliveryId = -1) } }, primary = false)
        }
        return
    }
    ScreenColumn(str(Str.DeliveriesHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.summary.isNotEmpty()) Body(state.summary)
        SectionHeading(str(Str.DeliveriesRequests))
        if (state.privacyNote.isNotEmpty()) Body(state.privacyNote)
        if (state.requests.any { r -> r.acts.any { it.action == "decline" } }) {
            Field(str(Str.DeliveriesReason), state.declineReason, { onAction(DeliveriesAction.ReasonChanged(it)) })
        }
        state.requests.forEach { d ->
            RowItem(d.sentence, d.lines) {
                Acts(d, primary = "accept") { a -> onAction(DeliveriesAction.Act(d.id, a.action)) }
            }
        }
        SectionHeading(str(Str.DeliveriesConcerns))
        if (state.concerns.isEmpty()) Body(str(Str.DeliveriesNoConcerns))
        if (state.concerns.any { c -> c.acts.any { it.allowed } }) {
            Field(str(Str.DeliveriesClosingNote), state.closingNote, { onAction(DeliveriesAction.NoteChanged(it)) }, singleLine = false)
        }
        state.concerns.forEach { c ->
            RowItem(c.sentence, c.lines) {
                Acts(c) { onAction(DeliveriesAction.CloseConcern(c.id)) }
            }
        }
        if (state.audit.isNotEmpty()) SectionHeading(str(Str.DeliveriesAudit))
        state.audit.forEach { RowItem(it.sentence, it.lines) }
    }
}

/**
 * The coordinator's deliveries, from the core's one record (offline: readers' addresses stay on the hub). The audit
 * log is read from the hub when it answers.
 */
class DeliveriesViewModel(core: AppCore) : CoreViewModel<DeliveriesState, DeliveriesAction>(DeliveriesState(), core) {
    init {
        startObserving()
        call { audit() }
    }

    override fun load(): DeliveriesState {
        val s = core.app.deliveriesScreen()
        val row = { d: uniffi.cml_core.DeliveryView ->
            Item(d.id, d.readerName, listOf(d.statusText, d.libraryName, d.postcode), acts = d.actions.map { it.act() })
        }
        return state.value.copy(
            summary = s.summary,
            privacyNote = s.privacyNote,
            requests = (s.requests + s.toSchedule + s.scheduled + s.paused).map(row),
            concerns = s.concerns.map { c -> Item(c.visitId, c.readerName, listOfNotNull(c.text, c.closedText), acts = c.actions.map { it.act() }) },
            choosers = s.choosers.map { Choice(it.card, "${it.name}, ${it.libraries}") },
            deliverers = s.deliverers.map { Choice(it.card, "${it.name}, ${it.libraries}") },
            times = s.times.map { Choice(it.code, it.text) },
        )
    }

    override fun onAction(action: DeliveriesAction) {
        when (action) {
            DeliveriesAction.Refresh -> { refresh(); call { audit() } }
            is DeliveriesAction.Act -> when (action.action) {
                "accept" -> decided { core.app.acceptDelivery(action.deliveryId) }
                "decline" -> decided { core.app.declineDelivery(action.deliveryId, state.value.declineReason) }
                "schedule" -> setState { it.copy(schedule = ScheduleForm(action.deliveryId), result = null) }
                else -> call {
                    val c = core.app.setDeliveryState(action.deliveryId, action.action)
                    setState { it.copy(result = c.outcome ?: c.summary, error = null) }
                    refresh()
                }
            }
            is DeliveriesAction.ReasonChanged -> setState { it.copy(declineReason = action.reason) }
            is DeliveriesAction.NoteChanged -> setState { it.copy(closingNote = action.note) }
            is DeliveriesAction.CloseConcern -> call {
                val c = core.app.closeConcern(action.visitId, state.value.closingNote)
                setState { it.copy(closingNote = "", result = c.outcome ?: c.summary, error = null) }
                refresh()
            }
            is DeliveriesAction.EditSchedule -> setState { s ->
                val next = s.schedule?.let(action.change)
                s.copy(schedule = next?.takeIf { it.deliveryId >= 0 })
            }
            DeliveriesAction.Schedule -> {
                val f = state.value.schedule ?: return
                call {
                    val d = core.app.scheduleVisits(f.deliveryId, f.date.trim(), f.time, f.chooser, f.deliverer, 0u)
                    setState { it.copy(schedule = null, result = listOfNotNull(d.readerName, d.nextVisit?.`when`).joinToString(": "), error = null) }
                    refresh()
                }
            }
        }
    }

    private fun decided(decide: suspend () -> uniffi.cml_core.DeliveryView) = call {
        val d = decide()
        setState { it.copy(result = "${d.readerName}: ${d.statusText}", error = null) }
        refresh()
    }

    private suspend fun audit() {
        val audit = runCatching { core.app.auditLog(null) }.getOrDefault(emptyList())
        setState { it.copy(audit = audit.take(20).map { a -> Item(0, a.actorName, listOf(a.via, a.readerCard)) }) }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object DeliveriesSamples {
    val list = DeliveriesState(
        summary = "1 request to decide. 1 welfare concern to act on.",
        privacyNote = "Readers' addresses are not kept on this phone. Open a delivery when you are online to see one.",
        requests = listOf(
            Item(1, "Joan Price", listOf("Asked for: the library will be in touch", "Baswich Library", "ST17"), acts = listOf(Act("accept", "Accept"), Act("decline", "Decline"), Act("end", "Stop home delivery"))),
            Item(2, "Arthur Bennett", listOf("Next visit Tuesday 15 December: In the morning", "Brewood Library", "ST19"), acts = listOf(Act("schedule", "Plan visits"), Act("pause", "Pause deliveries"), Act("end", "Stop home delivery"))),
        ),
        concerns = listOf(Item(3, "Arthur Bennett", listOf("Raised by Priya Shah on Tuesday 1 December: Seemed confused and had not eaten."), acts = listOf(Act("close", "Close, with a note")))),
    )
    val schedule = DeliveriesState(
        schedule = ScheduleForm(2, "2026-12-15", "afternoon", "2100000004", "2100000004"),
        choosers = listOf(Choice("2100000004", "Priya Shah, Brewood Library")),
        deliverers = listOf(Choice("2100000004", "Priya Shah, Brewood Library")),
        times = listOf(Choice("morning", "In the morning"), Choice("afternoon", "In the afternoon")),
    )
    val all = listOf(
        Sample("deliveries", "requests", listOf("Accept", "Joan Price", "Seemed confused and had not eaten.", "Close, with a note")) { on -> DeliveriesScreen(list, on) },
        Sample("deliveries", "schedule", listOf(Str.DeliveriesDate, Str.DeliveriesDeliverer, "Priya Shah, Brewood Library")) { on -> DeliveriesScreen(schedule, on) },
    )
}
