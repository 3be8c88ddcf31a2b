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
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class SignInState(
    val card: String = "",
    val pin: String = "",
    val busy: Boolean = false,
    /** The core's sentence when it points at the card number or the PIN. */
    val cardError: String? = null,
    val pinError: String? = null,
    /** Any other refusal (offline, too many attempts), in the core's words. */
    val error: String? = null,
    /** Set once signed in: the person's name. */
    val signedInAs: String? = null,
)

sealed interface SignInAction {
    data class CardChanged(val card: String) : SignInAction
    data class PinChanged(val pin: String) : SignInAction
    data object Submit : SignInAction
    /** Navigation: handled by the host. */
    data object OpenJoin : SignInAction
}

@Composable
fun SignInScreen(state: SignInState, onAction: (SignInAction) -> Unit) {
    ScreenColumn(str(Str.SignInHeading)) {
        Body(str(Str.SignInHelp))
        Field(str(Str.SignInCard), state.card, { onAction(SignInAction.CardChanged(it)) }, state.cardError, digits = true)
        Field(str(Str.SignInPin), state.pin, { onAction(SignInAction.PinChanged(it)) }, state.pinError, secret = true, digits = true)
        state.error?.let { Notice(it, isError = true) }
        ActionButton(if (state.busy) str(Str.Working) else str(Str.SignInButton), { onAction(SignInAction.Submit) }, enabled = !state.busy)
        ActionButton(str(Str.JoinLink), { onAction(SignInAction.OpenJoin) }, primary = false)
    }
}

/** Signs in with the core, then brings the person's data onto the phone (a failed sync leaves them signed in). */
class SignInViewModel(core: AppCore) : CoreViewModel<SignInState, SignInAction>(SignInState(), core) {
    override fun onAction(action: SignInAction) {
        when (action) {
            is SignInAction.CardChanged -> setState { it.copy(card = action.card, cardError = null) }
            is SignInAction.PinChanged -> setState { it.copy(pin = action.pin, pinError = null) }
            SignInAction.Submit -> submit()
            SignInAction.OpenJoin -> Unit
        }
    }

    private fun submit() {
        val now = state.value
        setState { it.copy(busy = true, cardError = null, pinError = null, error = null) }
        call {
            val me = core.app.login(now.card.trim(), now.pin)
            runCatching { core.app.sync(null) }
            setState { it.copy(busy = false, signedInAs = me.name) }
        }
    }

    override fun onFailure(e: Throwable) = setState {
        when (e.field()) {
            "card" -> it.copy(busy = false, cardError = e.sentence())
            "pin" -> it.copy(busy = false, pinError = e.sentence())
            else -> it.copy(busy = false, error = e.sentence())
        }
    }
}

object SignInSamples {
    val empty = SignInState()
    val wrongPin = SignInState(card = "2100000001", pin = "0000", error = "The card number and PIN do not match.")
    val badCard = SignInState(card = "12ab", cardError = "A card number is 6 to 16 digits.")
    val all = listOf(
        Sample("sign-in", "empty", listOf(Str.SignInHeading, Str.SignInCard, Str.SignInButton)) { on -> SignInScreen(empty, on) },
        Sample("sign-in", "wrong-pin", listOf(Str.SignInHeading, wrongPin.error!!)) { on -> SignInScreen(wrongPin, on) },
        Sample("sign-in", "bad-card", listOf(Str.SignInCard, badCard.cardError!!)) { on -> SignInScreen(badCard, on) },
    )
}
