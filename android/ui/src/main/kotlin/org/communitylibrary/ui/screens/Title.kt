package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class TitleState(
    val recordId: Long = 0,
    val title: String = "",
    val details: List<String> = emptyList(),
    val summary: String? = null,
    val availability: String = "",
    val copies: List<Item> = emptyList(),
    /** The person's relation to the title in the core's words ("On loan to you, due back Tuesday"), shown instead of Reserve when it cannot be. */
    val relation: String = "",
    val canReserve: Boolean = false,
    val pickups: List<Choice> = emptyList(),
    /** The pickup library: the core preselects the person's usual one. */
    val pickup: String? = null,
    val age: String = "",
    /** What the reservation came to, in the core's words ("Reserved: you are 1st in the queue"). */
    val result: String? = null,
    val busy: Boolean = false,
    val error: String? = null,
)

sealed interface TitleAction {
    data class Pickup(val code: String) : TitleAction
    /** Reserves for the chosen pickup library. */
    data object Reserve : TitleAction
}

@Composable
fun TitleScreen(state: TitleState, onAction: (TitleAction) -> Unit) {
    ScreenColumn(state.title.ifBlank { str(Str.TitleHeading) }, sync = state.age.ifBlank { null }) {
        state.details.forEach { Body(it) }
        state.summary?.let { Body(it) }
        Body(state.availability)
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.relation.isNotBlank()) Body(state.relation)
        if (state.canReserve) {
            if (state.pickups.size > 1) {
                SectionHeading(str(Str.TitlePickup))
                state.pickups.forEach { p -> RadioRow(p.label, state.pickup == p.code) { onAction(TitleAction.Pickup(p.code)) } }
            }
            ActionButton(str(Str.TitleReserve), { onAction(TitleAction.Reserve) }, enabled = !state.busy)
        }
        if (state.copies.isNotEmpty()) SectionHeading(str(Str.TitleCopies))
        state.copies.forEach { RowItem(it.sentence, it.lines) }
    }
}

class TitleViewModel(core: AppCore, private val recordId: Long) : CoreViewModel<TitleState, TitleAction>(TitleState(recordId), core) {
    init {
        startObserving()
    }

    override fun load(): TitleState {
        val t = core.app.titleScreen(recordId)
        refreshAt(t.refreshAt)
        val r = t.record
        val s = state.value
        return s.copy(
            relation = t.relationText,
            canReserve = t.canReserve,
            pickups = t.pickupChoices.map { Choice(it.code, it.name) },
            pickup = s.pickup ?: t.pickup,
            age = t.dataAge.text,
            title = r.title,
            details = listOfNotNull(r.responsibility ?: r.authors.joinToString(", ").ifBlank { null }, listOfNotNull(r.format, r.year, r.publisher).joinToString(", ")),
            summary = r.summary,
            availability = r.availability,
            copies = r.copies.map { c -> Item(0, c.libraryName, listOfNotNull(c.status, c.callNumber), key = c.barcode) },
        )
    }

    override fun onAction(action: TitleAction) {
        when (action) {
            is TitleAction.Pickup -> setState { it.copy(pickup = action.code) }
            TitleAction.Reserve -> {
                val pickup = state.value.pickup
                setState { it.copy(busy = true, error = null) }
                call {
                    val change = core.app.reserve(recordId, pickup)
                    setState { it.copy(busy = false, result = change.outcome ?: change.summary) }
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(busy = false, error = e.sentence()) }
}

object TitleSamples {
    val book = TitleState(
        1, "The Chess Player", listOf("Stefan Zweig", "Book, 2006, Pushkin Press"),
        "A chess champion meets a man who learned the game in solitary confinement.",
        "On the shelf at Baswich Library",
        listOf(Item(0, "Baswich Library", listOf("On the shelf", "F ZWE")), Item(0, "Glascote Library", listOf("On loan, due 12 January"))),
        canReserve = true, pickups = listOf(Choice("BAS", "Baswich Library"), Choice("GLA", "Glascote Library")), pickup = "BAS",
        age = "Updated 2 minutes ago.",
    )
    val reserved = book.copy(
        canReserve = false, relation = "You have reserved this: 1st in the queue, to collect at Baswich Library.",
        result = "Reserved: you are 1st in the queue. We will tell you when it is ready at Baswich Library.",
    )
    val all = listOf(
        Sample("title", "on-the-shelf", listOf("The Chess Player", Str.TitleReserve)) { on -> TitleScreen(book, on) },
        Sample("title", "reserved", listOf(reserved.result!!, reserved.relation)) { on -> TitleScreen(reserved, on) },
    )
}
