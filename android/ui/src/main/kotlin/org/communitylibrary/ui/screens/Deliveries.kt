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
import org.communitylibrary.ui.design.str

const val CAN_ACCEPT = "can_accept"
const val CAN_SCHEDULE = "can_schedule"

/** The visit being scheduled: date (YYYY-MM-DD), time of day, the chooser's and deliverer's cards. */
data class ScheduleForm(val deliveryId: Long, val date: String = "", val time: String = "any", val chooser: String = "", val deliverer: String = "")

data class DeliveriesState(
    val requests: List<Item> = emptyList(),
    val concerns: List<Item> = emptyList(),
    val audit: List<Item> = emptyList(),
    val schedule: ScheduleForm? = null,
    val declineReason: String = "",
    val result: String? = null,
    val error: String? = null,
)

sealed interface DeliveriesAction {
    data class Accept(val deliveryId: Long) : DeliveriesAction
    data class ReasonChanged(val reason: String) : DeliveriesAction
    data class Decline(val deliveryId: Long) : DeliveriesAction
    data class StartSchedule(val deliveryId: Long) : DeliveriesAction
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
            Field(str(Str.DeliveriesChooser), f.chooser, { v -> edit { it.copy(chooser = v) } }, digits = true)
            Field(str(Str.DeliveriesDeliverer), f.deliverer, { v -> edit { it.copy(deliverer = v) } }, digits = true)
            ActionButton(str(Str.DeliveriesSchedule), { onAction(DeliveriesAction.Schedule) })
            ActionButton(str(Str.Back), { edit { it.copy(deliveryId = -1) } }, primary = false)
        }
        return
    }
    ScreenColumn(str(Str.DeliveriesHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.DeliveriesRequests))
        Field(str(Str.DeliveriesReason), state.declineReason, { onAction(DeliveriesAction.ReasonChanged(it)) })
        state.requests.forEach { d ->
            RowItem(d.sentence, d.lines) {
                if (CAN_ACCEPT in d.flags) {
                    ActionButton(str(Str.DeliveriesAccept), { onAction(DeliveriesAction.Accept(d.id)) })
                    ActionButton(str(Str.DeliveriesDecline), { onAction(DeliveriesAction.Decline(d.id)) }, primary = false)
                }
                if (CAN_SCHEDULE in d.flags) ActionButton(str(Str.DeliveriesSchedule), { onAction(DeliveriesAction.StartSchedule(d.id)) }, primary = false)
            }
        }
        SectionHeading(str(Str.DeliveriesConcerns))
        if (state.concerns.isEmpty()) Body(str(Str.DeliveriesNoConcerns))
        state.concerns.forEach { RowItem(it.sentence, it.lines) }
        SectionHeading(str(Str.DeliveriesAudit))
        state.audit.forEach { RowItem(it.sentence, it.lines) }
    }
}

/**
 * The coordinator's deliveries, from the hub (online). Needs from the core: whether a delivery can be accepted or
 * scheduled (flags); meanwhile by status code ("requested" to accept, "accepted"/"active" to schedule).
 */
class DeliveriesViewModel(core: AppCore) : CoreViewModel<DeliveriesState, DeliveriesAction>(DeliveriesState(), core) {
    init {
        onAction(DeliveriesAction.Refresh)
    }

    override fun onAction(action: DeliveriesAction) {
        when (action) {
            DeliveriesAction.Refresh -> call { reload() }
            is DeliveriesAction.Accept -> call {
                val d = core.app.acceptDelivery(action.deliveryId)
                setState { it.copy(result = "${d.readerName}: ${d.statusText}", error = null) }
                reload()
            }
            is DeliveriesAction.ReasonChanged -> setState { it.copy(declineReason = action.reason) }
            is DeliveriesAction.Decline -> call {
                val d = core.app.declineDelivery(action.deliveryId, state.value.declineReason)
                setState { it.copy(result = "${d.readerName}: ${d.statusText}", error = null) }
                reload()
            }
            is DeliveriesAction.StartSchedule -> setState { it.copy(schedule = ScheduleForm(action.deliveryId), result = null) }
            is DeliveriesAction.EditSchedule -> setState { s ->
                val next = s.schedule?.let(action.change)
                s.copy(schedule = next?.takeIf { it.deliveryId >= 0 })
            }
            DeliveriesAction.Schedule -> {
                val f = state.value.schedule ?: return
                call {
                    val d = core.app.scheduleVisits(f.deliveryId, f.date.trim(), f.time, f.chooser.trim(), f.deliverer.trim(), 0u)
                    setState { it.copy(schedule = null, result = listOfNotNull(d.readerName, d.nextVisit?.`when`).joinToString(": "), error = null) }
                    reload()
                }
            }
        }
    }

    private suspend fun reload() {
        val all = core.app.allDeliveries()
        val concerns = core.app.concerns()
        val audit = runCatching { core.app.auditLog(null) }.getOrDefault(emptyList())
        setState { s ->
            s.copy(
                requests = all.map { d ->
                    Item(
                        d.id, d.readerName, listOfNotNull(d.statusText, d.libraryName, "${d.address}, ${d.postcode}", d.nextVisit?.`when`),
                        flags = setOfNotNull(CAN_ACCEPT.takeIf { d.status == "requested" }, CAN_SCHEDULE.takeIf { d.status == "accepted" || d.status == "active" }),
                    )
                },
                concerns = concerns.map { Item(it.visitId, it.readerName, listOf(it.date, it.note, it.raisedBy)) },
                audit = audit.take(20).map { Item(0, it.actorName, listOf(it.via, it.readerCard)) },
            )
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object DeliveriesSamples {
    val list = DeliveriesState(
        requests = listOf(
            Item(1, "Joan Price", listOf("Asked for home delivery", "Baswich Library", "4 Mill Lane, Stafford, ST17 4AB"), flags = setOf(CAN_ACCEPT)),
            Item(2, "Arthur Bennett", listOf("Active: every fortnight", "Brewood Library", "Next visit: Tuesday"), flags = setOf(CAN_SCHEDULE)),
        ),
        concerns = listOf(Item(3, "Arthur Bennett", listOf("1 December", "Seemed confused and had not eaten.", "Priya Shah"))),
    )
    val schedule = DeliveriesState(schedule = ScheduleForm(2, "2026-12-15", "afternoon", "2100000004", "2100000004"))
    val all = listOf(
        Sample("deliveries", "requests", listOf(Str.DeliveriesAccept, "Joan Price", "Seemed confused and had not eaten.")) { on -> DeliveriesScreen(list, on) },
        Sample("deliveries", "schedule", listOf(Str.DeliveriesDate, Str.DeliveriesDeliverer)) { on -> DeliveriesScreen(schedule, on) },
    )
}
