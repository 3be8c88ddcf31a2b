package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
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
    /** What the reservation came to, in the core's words ("Reserved: you are 1st in the queue"). */
    val result: String? = null,
    val busy: Boolean = false,
    val error: String? = null,
)

sealed interface TitleAction {
    /** Reserves for the person's usual pickup library (the core preselects it). */
    data object Reserve : TitleAction
}

@Composable
fun TitleScreen(state: TitleState, onAction: (TitleAction) -> Unit) {
    ScreenColumn(state.title.ifBlank { str(Str.TitleHeading) }) {
        state.details.forEach { Body(it) }
        state.summary?.let { Body(it) }
        Body(state.availability)
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(Str.TitleReserve), { onAction(TitleAction.Reserve) }, enabled = !state.busy)
        if (state.copies.isNotEmpty()) SectionHeading(str(Str.TitleCopies))
        state.copies.forEach { RowItem(it.sentence, it.lines) }
    }
}

class TitleViewModel(core: AppCore, private val recordId: Long) : CoreViewModel<TitleState, TitleAction>(TitleState(recordId), core) {
    init {
        startObserving()
    }

    override fun load(): TitleState {
        val r = core.app.record(recordId)
        val s = state.value
        return s.copy(
            title = r.title,
            details = listOfNotNull(r.responsibility ?: r.authors.joinToString(", ").ifBlank { null }, listOfNotNull(r.format, r.year, r.publisher).joinToString(", ")),
            summary = r.summary,
            availability = r.availability,
            copies = r.copies.map { c -> Item(0, c.libraryName, listOfNotNull(c.status, c.callNumber), key = c.barcode) },
        )
    }

    override fun onAction(action: TitleAction) {
        when (action) {
            TitleAction.Reserve -> {
                setState { it.copy(busy = true, error = null) }
                call {
                    val change = core.app.reserve(recordId, null)
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
    )
    val reserved = book.copy(result = "Reserved: you are 1st in the queue. We will tell you when it is ready at Baswich Library.")
    val all = listOf(
        Sample("title", "on-the-shelf", listOf("The Chess Player", Str.TitleReserve)) { TitleScreen(book) {} },
        Sample("title", "reserved", listOf(reserved.result!!)) { TitleScreen(reserved) {} },
    )
}
