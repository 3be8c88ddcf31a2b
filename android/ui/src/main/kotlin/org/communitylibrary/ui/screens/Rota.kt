package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ChangeView

const val CAN_SIGN_UP = "can_sign_up"

data class RotaState(
    val mine: List<Item> = emptyList(),
    val open: List<Item> = emptyList(),
    val result: String? = null,
    val error: String? = null,
)

sealed interface RotaAction {
    data class SignUp(val shiftId: Long) : RotaAction
    /** Drops a shift (the core refuses with less than a day's notice, and says so). */
    data class Drop(val shiftId: Long) : RotaAction
}

@Composable
fun RotaScreen(state: RotaState, onAction: (RotaAction) -> Unit) {
    ScreenColumn(str(Str.RotaHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.RotaMine))
        state.mine.forEach { s -> RowItem(s.sentence, s.lines) { ActionButton(str(Str.RotaDrop), { onAction(RotaAction.Drop(s.id)) }, primary = false) } }
        SectionHeading(str(Str.RotaOpen))
        state.open.forEach { s ->
            RowItem(s.sentence, s.lines) {
                if (CAN_SIGN_UP in s.flags) ActionButton(str(Str.RotaSignUp), { onAction(RotaAction.SignUp(s.id)) })
            }
        }
    }
}

class RotaViewModel(core: AppCore) : CoreViewModel<RotaState, RotaAction>(RotaState(), core) {
    init {
        startObserving()
    }

    override fun load(): RotaState {
        val shifts = core.app.shifts(null).map { s ->
            s.mine to Item(s.id, s.title, listOf(s.`when`, s.libraryName, s.statusText), flags = setOfNotNull(CAN_SIGN_UP.takeIf { s.canSignUp }))
        }
        return state.value.copy(mine = shifts.filter { it.first }.map { it.second }, open = shifts.filter { !it.first }.map { it.second })
    }

    override fun onAction(action: RotaAction) {
        when (action) {
            is RotaAction.SignUp -> change { core.app.signUpShift(action.shiftId) }
            is RotaAction.Drop -> change { core.app.dropShift(action.shiftId) }
        }
    }

    private fun change(block: suspend () -> ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, error = null) }
        refresh()
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object RotaSamples {
    val week = RotaState(
        mine = listOf(Item(1, "Desk", listOf("Saturday 10:00 to 13:00", "Glascote Library", "You and 1 other"))),
        open = listOf(Item(2, "Coffee morning", listOf("Wednesday 9:30 to 12:00", "Baswich Library", "2 places free"), flags = setOf(CAN_SIGN_UP))),
    )
    val all = listOf(Sample("rota", "week", listOf(Str.RotaOpen, Str.RotaSignUp, "2 places free")) { RotaScreen(week) {} })
}
