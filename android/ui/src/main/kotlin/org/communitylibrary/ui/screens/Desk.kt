package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.field
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ChangeView

data class DeskState(
    val sync: String = "",
    val barcode: String = "",
    val card: String = "",
    /** Where this volunteer works the desk (the core's list); [library] takes copies back. */
    val libraries: List<Choice> = emptyList(),
    val library: String? = null,
    /** Lend and Take back, as the core allows them now (why not, for someone who works no desk). */
    val lend: Act = Act("lend", "", allowed = true),
    val takeBack: Act = Act("take_back", "", allowed = true),
    /** The latest lending and returns on this phone, each with what became of it. */
    val recent: List<Item> = emptyList(),
    val waiting: String? = null,
    /** What the core said about the copy: lent, returned, "reserved: put it on the hold shelf at Brewood". */
    val result: String? = null,
    val error: String? = null,
    val errorField: String? = null,
)

sealed interface DeskAction {
    data class BarcodeChanged(val barcode: String) : DeskAction
    data class CardChanged(val card: String) : DeskAction
    data class Library(val code: String) : DeskAction
    data object CheckOut : DeskAction
    data object CheckIn : DeskAction
    /** The Android host opens the camera and types what it reads. */
    data object Scan : DeskAction
}

@Composable
fun DeskScreen(state: DeskState, onAction: (DeskAction) -> Unit) {
    ScreenColumn(str(Str.DeskHeading), sync = state.sync) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        Field(str(Str.DeskBarcode), state.barcode, { onAction(DeskAction.BarcodeChanged(it)) }, state.error.takeIf { state.errorField == "barcode" }, digits = true)
        ActionButton(str(Str.DeskScan), { onAction(DeskAction.Scan) }, primary = false)
        SectionHeading(str(Str.DeskReturn))
        if (state.libraries.size > 1) {
            state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { onAction(DeskAction.Library(l.code)) } }
        }
        ActionButton(str(Str.DeskCheckIn), { onAction(DeskAction.CheckIn) }, enabled = state.takeBack.allowed)
        SectionHeading(str(Str.DeskLend))
        Field(str(Str.DeskCard), state.card, { onAction(DeskAction.CardChanged(it)) }, state.error.takeIf { state.errorField == "card" }, digits = true)
        ActionButton(str(Str.DeskCheckOut), { onAction(DeskAction.CheckOut) }, enabled = state.lend.allowed)
        state.lend.whyNot?.let { Notice(it) }
        if (state.recent.isNotEmpty()) {
            SectionHeading(str(Str.DeskRecent))
            state.waiting?.let { Notice(it) }
            state.recent.forEach { RowItem(it.sentence, it.lines) }
        }
    }
}

class DeskViewModel(core: AppCore) : CoreViewModel<DeskState, DeskAction>(DeskState(), core) {
    init {
        startObserving()
    }

    override fun load(): DeskState {
        val r = core.app.deskScreen()
        val s = state.value
        return s.copy(
            sync = r.dataAge.text,
            libraries = r.libraries.map { Choice(it.code, it.name) },
            library = s.library?.takeIf { l -> r.libraries.any { it.code == l } } ?: r.library,
            lend = r.actions.first { it.action == "lend" }.act(),
            takeBack = r.actions.first { it.action == "take_back" }.act(),
            recent = r.recent.mapIndexed { i, c -> Item(i.toLong(), c.summary, listOfNotNull(c.outcome)) },
            waiting = r.waitingText,
        )
    }

    override fun onAction(action: DeskAction) {
        when (action) {
            is DeskAction.BarcodeChanged -> setState { it.copy(barcode = action.barcode) }
            is DeskAction.CardChanged -> setState { it.copy(card = action.card) }
            is DeskAction.Library -> setState { it.copy(library = action.code) }
            DeskAction.CheckOut -> change { core.app.deskCheckout(state.value.barcode.trim(), state.value.card.trim()) }
            DeskAction.CheckIn -> change { core.app.deskCheckin(state.value.barcode.trim(), state.value.library) }
            DeskAction.Scan -> Unit
        }
    }

    private fun change(block: suspend () -> ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, barcode = "", error = null, errorField = null) }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence(), errorField = e.field(), result = null) }
}

object DeskSamples {
    val returned = DeskState(
        sync = "Updated just now.", result = "Jane Eyre is back. Someone reserved it: put it on the hold shelf for Brewood Library.",
        libraries = listOf(Choice("GLA", "Glascote Library")), library = "GLA",
        recent = listOf(Item(1, "Take back 31234000123 at Glascote Library", listOf("Jane Eyre is back. Someone reserved it: put it on the hold shelf for Brewood Library."))),
    )
    val all = listOf(Sample("desk", "returned", listOf(returned.result!!, Str.DeskCheckIn, Str.DeskCheckOut)) { on -> DeskScreen(returned, on) })
}
