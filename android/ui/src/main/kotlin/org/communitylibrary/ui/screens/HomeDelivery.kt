package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.field
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
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str
import uniffi.cml_core.DeliveryForm
import uniffi.cml_core.PreferencesForm

/** The request as it is filled in, one step at a time. */
data class DeliveryRequest(
    val step: Int = 0,
    val address: String = "",
    val postcode: String = "",
    val access: String = "",
    val day: Int? = null,
    val time: String = "any",
    val frequency: String = "fortnightly",
    val formats: Set<String> = emptySet(),
    val likes: String = "",
    val avoid: String = "",
    val errorField: String? = null,
    val error: String? = null,
)

data class DeliveryState(
    /** Deliveries for me and for those I manage: status, next visit, last visit's bag. */
    val deliveries: List<Item> = emptyList(),
    val request: DeliveryRequest? = null,
    /** "Ask for home delivery", as the core allows it now (not while one is asked for or under way, and why). */
    val ask: Act? = null,
    /** Pauses, restarts and reactions made on this phone, waiting to be sent, in the core's words. */
    val waiting: List<String> = emptyList(),
    /** The days of the week ("1" Monday … "7" Sunday), the times of day, how often, formats: the core's words. */
    val days: List<Choice> = emptyList(),
    val times: List<Choice> = emptyList(),
    val frequencies: List<Choice> = emptyList(),
    val formats: List<Choice> = emptyList(),
    /** Books from the last visits the reader can react to: id = visit, key = barcode; details hold the reaction's words. */
    val delivered: List<Item> = emptyList(),
    /** The two reactions ("more_like_this", "not_for_me") with the core's words. */
    val reactions: List<Choice> = emptyList(),
    val result: String? = null,
    val error: String? = null,
)

sealed interface DeliveryAction {
    data object StartRequest : DeliveryAction
    data class Edit(val change: (DeliveryRequest) -> DeliveryRequest) : DeliveryAction
    data object Next : DeliveryAction
    data object Previous : DeliveryAction
    data object Send : DeliveryAction
    /** "pause", "resume" or "end". */
    data class SetState(val deliveryId: Long, val action: String) : DeliveryAction
    /** "More like this" or "not for me" on a delivered book (offline too). */
    data class React(val visitId: Long, val barcode: String, val reaction: String) : DeliveryAction
}

/** The steps of the request: where, when, how often, what to read, what to avoid. */
val deliverySteps = listOf(Str.DeliveryStepWhere, Str.DeliveryStepWhen, Str.DeliveryStepOften, Str.DeliveryStepRead, Str.DeliveryStepAvoid)

@Composable
fun HomeDeliveryScreen(state: DeliveryState, onAction: (DeliveryAction) -> Unit) {
    val r = state.request
    if (r != null) {
        ScreenColumn(str(Str.DeliveryRequest)) {
            Body(str(Str.DeliveryStepOf, r.step + 1, deliverySteps.size))
            SectionHeading(str(deliverySteps[r.step]))
            r.error?.let { Notice(it, isError = true) }
            fun edit(f: (DeliveryRequest) -> DeliveryRequest) = onAction(DeliveryAction.Edit(f))
            when (r.step) {
                0 -> {
                    Field(str(Str.DeliveryAddress), r.address, { v -> edit { it.copy(address = v) } }, r.error.takeIf { r.errorField == "address" })
                    Field(str(Str.DeliveryPostcode), r.postcode, { v -> edit { it.copy(postcode = v) } }, r.error.takeIf { r.errorField == "postcode" })
                    Field(str(Str.DeliveryAccess), r.access, { v -> edit { it.copy(access = v) } }, singleLine = false)
                }
                1 -> {
                    RadioRow(str(Str.Any), r.day == null) { edit { it.copy(day = null) } }
                    state.days.forEach { d -> RadioRow(d.label, r.day == d.code.toInt()) { edit { it.copy(day = d.code.toInt()) } } }
                    state.times.forEach { t -> RadioRow(t.label, r.time == t.code) { edit { it.copy(time = t.code) } } }
                }
                2 -> state.frequencies.forEach { f -> RadioRow(f.label, r.frequency == f.code) { edit { it.copy(frequency = f.code) } } }
                3 -> {
                    state.formats.forEach { f -> ToggleRow(f.label, f.code in r.formats) { on -> edit { it.copy(formats = if (on) it.formats + f.code else it.formats - f.code) } } }
                    Field(str(Str.DeliveryLikes), r.likes, { v -> edit { it.copy(likes = v) } }, singleLine = false)
                }
                else -> Field(str(Str.DeliveryAvoid), r.avoid, { v -> edit { it.copy(avoid = v) } }, singleLine = false)
            }
            if (r.step < deliverySteps.lastIndex) ActionButton(str(Str.Next), { onAction(DeliveryAction.Next) })
            else ActionButton(str(Str.DeliverySend), { onAction(DeliveryAction.Send) })
            if (r.step > 0) ActionButton(str(Str.Back), { onAction(DeliveryAction.Previous) }, primary = false)
        }
        return
    }
    ScreenColumn(str(Str.DeliveryHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.deliveries.isEmpty()) Body(str(Str.DeliveryNone))
        state.deliveries.forEach { d ->
            RowItem(d.sentence, d.lines) {
                Acts(d, primary = "resume") { a -> onAction(DeliveryAction.SetState(d.id, a.action)) }
            }
        }
        state.waiting.forEach { Body(it) }
        if (state.delivered.isNotEmpty()) SectionHeading(str(Str.DeliveryLastTime))
        state.delivered.forEach { b ->
            RowItem(b.sentence, b.lines) {
                if (CAN_REACT in b.flags) state.reactions.forEach { r ->
                    ActionButton(r.label, { onAction(DeliveryAction.React(b.id, b.key, r.code)) }, primary = false)
                }
            }
        }
        state.ask?.let { ActButton(it) { onAction(DeliveryAction.StartRequest) } }
    }
}

const val CAN_REACT = "can_react"

/** Home delivery, from the core's one record (offline): each delivery's actions, the request's choices. */
class HomeDeliveryViewModel(core: AppCore, private val forCard: String? = null) : CoreViewModel<DeliveryState, DeliveryAction>(DeliveryState(), core) {
    init {
        startObserving()
    }

    override fun load(): DeliveryState {
        val screen = core.app.homeDeliveryScreen()
        return state.value.copy(
        deliveries = screen.deliveries.map { d ->
            val next = d.nextVisit?.let { listOf(it.`when`, it.status) }.orEmpty()
            val last = d.pastVisits.firstOrNull()?.let { v -> listOf(v.`when`) + v.bag.map { it.title } }.orEmpty()
            Item(d.id, d.readerName, listOf(d.statusText, d.libraryName) + next + last, acts = d.actions.map { it.act() })
        },
        ask = screen.request.act(),
        waiting = screen.waiting,
        days = screen.days.map { Choice(it.code, it.text) },
        times = screen.times.map { Choice(it.code, it.text) },
        frequencies = screen.frequencies.map { Choice(it.code, it.text) },
        formats = screen.formats.map { Choice(it.code, it.text) },
        delivered = screen.deliveries.flatMap { d ->
            d.pastVisits.flatMap { v ->
                v.bag.map { b -> Item(v.id, b.title, listOfNotNull(v.`when`, b.reactionText), b.barcode, setOfNotNull(CAN_REACT.takeIf { b.canReact })) }
            }
        },
        reactions = core.app.codes("reaction").map { Choice(it.code, it.text) },
        )
    }

    override fun onAction(action: DeliveryAction) {
        when (action) {
            DeliveryAction.StartRequest -> setState { it.copy(request = DeliveryRequest(), result = null) }
            is DeliveryAction.Edit -> setState { s -> s.copy(request = s.request?.let(action.change)) }
            DeliveryAction.Next -> setState { s -> s.copy(request = s.request?.let { it.copy(step = minOf(it.step + 1, deliverySteps.lastIndex)) }) }
            DeliveryAction.Previous -> setState { s -> s.copy(request = s.request?.let { it.copy(step = maxOf(it.step - 1, 0)) }) }
            DeliveryAction.Send -> send()
            is DeliveryAction.React -> call {
                val c = core.app.reactToItem(action.visitId, action.barcode, action.reaction)
                setState { it.copy(result = c.outcome ?: c.summary, error = null) }
                refresh()
            }
            is DeliveryAction.SetState -> call {
                val c = core.app.setDeliveryState(action.deliveryId, action.action)
                setState { it.copy(result = c.outcome ?: c.summary, error = null) }
                refresh()
            }
        }
    }

    private fun send() {
        val r = state.value.request ?: return
        val form = DeliveryForm(
            forCard, r.address, r.postcode, r.access, r.day?.toUByte(), r.time, r.frequency,
            PreferencesForm(r.formats.toList(), split(r.likes), emptyList(), split(r.avoid), r.likes.isBlank(), false, ""),
        )
        call {
            val c = core.app.requestDelivery(form)
            setState { it.copy(request = null, result = c.outcome ?: c.summary, error = null) }
            refresh()
        }
    }

    private fun split(s: String) = s.split(',', '\n').map { it.trim() }.filter { it.isNotEmpty() }

    override fun onFailure(e: Throwable) = setState { s ->
        val r = s.request
        if (r != null) {
            // Back to the step with the field the core pointed at.
            val step = when (e.field()) { "address", "postcode", "access_notes" -> 0; "preferred_day", "time_of_day" -> 1; "frequency" -> 2; else -> r.step }
            s.copy(request = r.copy(step = step, errorField = e.field(), error = e.sentence()))
        } else s.copy(error = e.sentence())
    }
}

object HomeDeliverySamples {
    val status = DeliveryState(
        deliveries = listOf(
            Item(
                1, "Arthur Bennett", listOf("Active: every fortnight", "Brewood Library", "Next visit: Tuesday 15 December, afternoon", "Last time: Miss Marple"),
                acts = listOf(Act("pause", "Pause deliveries"), Act("end", "Stop home delivery")),
            ),
        ),
        ask = Act("request", "Ask for home delivery", allowed = false, whyNot = "Home delivery is already asked for or under way."),
        result = "Noted: Bleak House was not for you. The chooser will see it.",
        delivered = listOf(
            Item(7, "Miss Marple", listOf("Tuesday 1 December"), "3999900000201", setOf(CAN_REACT)),
            Item(7, "Bleak House", listOf("Tuesday 1 December", "You said: not for me."), "3999900000202"),
        ),
        reactions = listOf(Choice("more_like_this", "More like this"), Choice("not_for_me", "Not for me")),
    )
    val step1 = DeliveryState(request = DeliveryRequest(address = "12 Lynton Avenue, Stafford", postcode = "ST17", errorField = "postcode", error = "That postcode is not complete."))
    val step2 = DeliveryState(
        request = DeliveryRequest(step = 1, day = 2),
        days = listOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday").mapIndexed { i, d -> Choice("${i + 1}", d) },
        times = listOf(Choice("morning", "Morning"), Choice("afternoon", "Afternoon"), Choice("any", "Any time")),
    )
    val all = listOf(
        Sample("home-delivery", "status", listOf("Pause deliveries", "Next visit: Tuesday 15 December, afternoon", Str.DeliveryLastTime, "More like this", "Home delivery is already asked for or under way.")) { on -> HomeDeliveryScreen(status, on) },
        Sample("home-delivery", "request-where", listOf(Str.DeliveryStepWhere, "That postcode is not complete.")) { on -> HomeDeliveryScreen(step1, on) },
        Sample("home-delivery", "request-when", listOf(Str.DeliveryStepWhen, "Tuesday", "Afternoon")) { on -> HomeDeliveryScreen(step2, on) },
    )
}
