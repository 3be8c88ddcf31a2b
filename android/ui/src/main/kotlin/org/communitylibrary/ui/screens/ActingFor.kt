package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

/** A person the carer may act as (themself included), with the core's sentence of what they may do. */
data class Person(val card: String, val name: String, val isSelf: Boolean, val text: String, val rights: List<Choice>)

data class ActingState(
    val people: List<Person> = emptyList(),
    /** Whose things the app shows now (the core's `current`). */
    val current: String? = null,
    val error: String? = null,
)

sealed interface ActingAction {
    /** Switches the whole app to [card] (null: back to oneself). */
    data class Switch(val card: String?) : ActingAction
}

@Composable
fun ActingForScreen(state: ActingState, onAction: (ActingAction) -> Unit) {
    ScreenColumn(str(Str.ActingHeading)) {
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.ActingWho))
        state.people.forEach { p ->
            RadioRow(if (p.isSelf) str(Str.ActingMyself, p.name) else p.name, state.current == p.card) {
                onAction(ActingAction.Switch(if (p.isSelf) null else p.card))
            }
        }
        state.people.firstOrNull { it.card == state.current && !it.isSelf }?.let { Body(it.text) }
    }
}

/** From the core's one record (actingForScreen); switching is the core's (actFor): every screen then shows that person. */
class ActingForViewModel(core: AppCore) : CoreViewModel<ActingState, ActingAction>(ActingState(), core) {
    init {
        startObserving()
    }

    private fun map(s: uniffi.cml_core.ActingForScreen) = ActingState(
        s.people.map { p -> Person(p.card, p.name, p.isSelf, p.text, p.rights.map { Choice(it.code, it.text) }) },
        s.people.firstOrNull { it.current }?.card,
    )

    override fun load() = map(core.app.actingForScreen())

    override fun onAction(action: ActingAction) {
        when (action) {
            is ActingAction.Switch -> call {
                val s = core.app.actFor(action.card)
                setState { map(s) }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object ActingForSamples {
    val carer = ActingState(
        people = listOf(
            Person("2100000003", "Susan Bennett", true, "", emptyList()),
            Person("2100000002", "Arthur Bennett", false, "For Arthur Bennett you can: manage home deliveries, reserve books, see loans.", listOf(Choice("deliveries", "Manage home deliveries"))),
        ),
        current = "2100000002",
    )
    val all = listOf(Sample("acting-for", "carer", listOf(Str.ActingWho, "Arthur Bennett", "For Arthur Bennett you can: manage home deliveries, reserve books, see loans.")) { on -> ActingForScreen(carer, on) })
}
