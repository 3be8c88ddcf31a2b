package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

/** A person the carer may act for, with the rights the member granted (the core's codes and words). */
data class Person(val card: String, val name: String, val rights: List<Choice>)

data class ActingState(
    val me: String = "",
    val people: List<Person> = emptyList(),
    /** Whose things are shown: null is the carer themself. */
    val actingFor: String? = null,
    val loans: List<Item> = emptyList(),
    val error: String? = null,
)

sealed interface ActingAction {
    data class Switch(val card: String?) : ActingAction
}

@Composable
fun ActingForScreen(state: ActingState, onAction: (ActingAction) -> Unit) {
    ScreenColumn(str(Str.ActingHeading)) {
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.ActingWho))
        RadioRow(str(Str.ActingMyself, state.me), state.actingFor == null) { onAction(ActingAction.Switch(null)) }
        state.people.forEach { p -> RadioRow(p.name, state.actingFor == p.card) { onAction(ActingAction.Switch(p.card)) } }
        val p = state.people.firstOrNull { it.card == state.actingFor }
        if (p != null) {
            SectionHeading(str(Str.ActingAllowed, p.name))
            p.rights.forEach { Body(it.label) }
            state.loans.forEach { RowItem(it.sentence, it.lines) }
        }
    }
}

class ActingForViewModel(core: AppCore) : CoreViewModel<ActingState, ActingAction>(ActingState(), core) {
    init {
        startObserving()
    }

    override fun load(): ActingState = state.value.copy(
        me = core.app.whoami()?.name.orEmpty(),
        people = core.app.proxies().filter { it.iActForThem }.map { p ->
            Person(p.memberCard, p.memberName, p.rights.map { Choice(it, core.app.codeText("right", it)) })
        },
    )

    override fun onAction(action: ActingAction) {
        when (action) {
            is ActingAction.Switch -> {
                setState { it.copy(actingFor = action.card, loans = emptyList(), error = null) }
                val card = action.card ?: return
                val person = state.value.people.firstOrNull { it.card == card } ?: return
                // Only granted actions show: the loans only with the "loans" right.
                if (person.rights.none { it.code == "loans" }) return
                call {
                    val loans = core.app.loansOfMember(card).map { Item(it.loanId, it.title, listOf(it.dueText)) }
                    setState { it.copy(loans = loans) }
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object ActingForSamples {
    val carer = ActingState(
        me = "Susan Bennett",
        people = listOf(Person("2100000002", "Arthur Bennett", listOf(Choice("deliveries", "Manage home deliveries"), Choice("loans", "See and renew loans")))),
        actingFor = "2100000002",
        loans = listOf(Item(1, "Miss Marple", listOf("Due back Tuesday"))),
    )
    val all = listOf(Sample("acting-for", "carer", listOf(Str.ActingWho, "Arthur Bennett", "Manage home deliveries")) { ActingForScreen(carer) {} })
}
