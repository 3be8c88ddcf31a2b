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
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.JoinForm

data class JoinState(
    val name: String = "",
    val address: String = "",
    val postcode: String = "",
    val birth: String = "",
    val library: String = "",
    val email: String = "",
    val phone: String = "",
    val pin: String = "",
    val libraries: List<Choice> = emptyList(),
    val errorField: String? = null,
    val error: String? = null,
    /** The core's receipt: the new card number and what happens next, or that the form waits to be sent. */
    val receipt: String? = null,
    /** Set while a form made offline waits to be sent (the core's words). */
    val waiting: String? = null,
)

sealed interface JoinAction {
    data class Edit(val change: (JoinState) -> JoinState) : JoinAction
    data object Send : JoinAction
}

@Composable
fun JoinScreen(state: JoinState, onAction: (JoinAction) -> Unit) {
    ScreenColumn(str(Str.JoinHeading)) {
        state.receipt?.let { Notice(it); return@ScreenColumn }
        state.waiting?.let { Notice(it); return@ScreenColumn }
        Body(str(Str.JoinHelp))
        state.error?.takeIf { state.errorField == null }?.let { Notice(it, isError = true) }
        fun edit(c: (JoinState) -> JoinState) = onAction(JoinAction.Edit(c))
        fun err(name: String) = state.error.takeIf { state.errorField == name }
        Field(str(Str.JoinName), state.name, { v -> edit { it.copy(name = v) } }, err("name"))
        Field(str(Str.DeliveryAddress), state.address, { v -> edit { it.copy(address = v) } }, err("address"))
        Field(str(Str.DeliveryPostcode), state.postcode, { v -> edit { it.copy(postcode = v) } }, err("postcode"))
        Field(str(Str.JoinBirth), state.birth, { v -> edit { it.copy(birth = v) } }, err("date_of_birth"))
        Field(str(Str.JoinEmail), state.email, { v -> edit { it.copy(email = v) } }, err("email"))
        Field(str(Str.JoinPhone), state.phone, { v -> edit { it.copy(phone = v) } }, err("phone"))
        Field(str(Str.JoinPin), state.pin, { v -> edit { it.copy(pin = v) } }, err("pin"), secret = true, digits = true)
        SectionHeading(str(Str.JoinLibrary))
        state.error?.takeIf { state.errorField == "home_library" }?.let { Notice(it, isError = true) }
        state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { edit { it.copy(library = l.code) } } }
        ActionButton(str(Str.JoinSend), { onAction(JoinAction.Send) })
    }
}

/**
 * Joining, from the core's record (joinScreen): the form works offline; the core keeps it and sends it at the next
 * sync, and the receipt (with the card number) appears when the hub has answered.
 */
class JoinViewModel(core: AppCore) : CoreViewModel<JoinState, JoinAction>(JoinState(), core) {
    init {
        startObserving()
    }

    override fun load(): JoinState {
        val j = core.app.joinScreen()
        return state.value.copy(
            libraries = j.libraries.map { Choice(it.code, it.name) },
            receipt = j.receipt?.takeIf { !it.waiting }?.message ?: state.value.receipt,
            waiting = j.receipt?.takeIf { it.waiting }?.message,
            error = j.refused ?: state.value.error,
        )
    }

    override fun onAction(action: JoinAction) {
        when (action) {
            is JoinAction.Edit -> setState(action.change)
            JoinAction.Send -> {
                val s = state.value
                call {
                    val r = core.app.join(JoinForm(s.name, s.address, s.postcode, s.birth.trim(), s.library, s.email.ifBlank { null }, s.phone.ifBlank { null }, s.pin))
                    setState { it.copy(receipt = r.message.takeIf { !r.waiting }, waiting = r.message.takeIf { r.waiting }, error = null, errorField = null) }
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence(), errorField = e.field()) }
}

object JoinSamples {
    val form = JoinState(
        name = "Joan Price", postcode = "ST17", libraries = listOf(Choice("BAS", "Baswich Library"), Choice("BRE", "Brewood Library")),
        library = "BAS", errorField = "postcode", error = "That postcode is not complete.",
    )
    val done = JoinState(receipt = "Welcome! Your card number is 2100000123. Show it at Baswich Library with proof of address to start borrowing.")
    val waiting = JoinState(waiting = "Thank you, Joan. Your form will be sent when you are back online; your card number will show here.")
    val all = listOf(
        Sample("join", "form", listOf(Str.JoinName, "That postcode is not complete.", Str.JoinSend)) { on -> JoinScreen(form, on) },
        Sample("join", "done", listOf(done.receipt!!)) { on -> JoinScreen(done, on) },
        Sample("join", "waiting-offline", listOf(waiting.waiting!!)) { on -> JoinScreen(waiting, on) },
    )
}
