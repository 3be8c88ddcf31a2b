package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class RotaState(
    val mine: List<Item> = emptyList(),
    val open: List<Item> = emptyList(),
    val age: String = "",
    val result: String? = null,
    val error: String? = null,
)

sealed interface RotaAction {
    /** The core's "sign_up" or "drop" on a shift (a drop within a day is not allowed, with the reason shown). */
    data class Shift(val shiftId: Long, val action: String) : RotaAction
}

@Composable
fun RotaScreen(state: RotaState, onAction: (RotaAction) -> Unit) {
    ScreenColumn(str(Str.RotaHeading), sync = state.age.ifBlank { null }) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.RotaMine))
        if (state.mine.isEmpty()) Body(str(Str.TodayNoShifts))
        state.mine.forEach { s -> RowItem(s.sentence, s.lines) { Acts(s) { onAction(RotaAction.Shift(s.id, it.action)) } } }
        SectionHeading(str(Str.RotaOpen))
        state.open.forEach { s -> RowItem(s.sentence, s.lines) { Acts(s, primary = "sign_up") { onAction(RotaAction.Shift(s.id, it.action)) } } }
    }
}

/** The rota from the core's one record (rotaScreen): my shifts and open ones, each with the core's actions. */
class RotaViewModel(core: AppCore) : CoreViewModel<RotaState, RotaAction>(RotaState(), core) {
    init {
        startObserving()
    }

    override fun load(): RotaState {
        val r = core.app.rotaScreen(null)
        refreshAt(r.refreshAt)
        fun item(s: uniffi.cml_core.ShiftView) = Item(s.id, s.title, listOfNotNull(s.`when`, s.libraryName, s.statusText, s.dropUntil), acts = s.actions.map { it.act() })
        return state.value.copy(mine = r.myShifts.map(::item), open = r.openShifts.map(::item), age = r.dataAge.text)
    }

    override fun onAction(action: RotaAction) {
        when (action) {
            is RotaAction.Shift -> when (action.action) {
                "sign_up" -> change { core.app.signUpShift(action.shiftId) }
                "drop" -> change { core.app.dropShift(action.shiftId) }
            }
        }
    }

    private fun change(block: suspend () -> uniffi.cml_core.ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, error = null) }
        refresh()
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object RotaSamples {
    val week = RotaState(
        mine = listOf(
            Item(1, "On the desk", listOf("Saturday 10am to 1pm", "Glascote Library", "You and 1 other", "You can drop it until Friday 10am."), acts = listOf(Act("drop", "I cannot do this"))),
            Item(3, "Opening up", listOf("Tomorrow 9am", "Glascote Library"), acts = listOf(Act("drop", "I cannot do this", false, "It starts within a day: please ring the library instead."))),
        ),
        open = listOf(Item(2, "Coffee morning", listOf("Wednesday 9:30am to 12 noon", "Baswich Library", "2 places free"), acts = listOf(Act("sign_up", "Sign up")))),
    )
    val all = listOf(Sample("rota", "week", listOf(Str.RotaOpen, "Sign up", "It starts within a day: please ring the library instead.")) { on -> RotaScreen(week, on) })
}
