package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

const val BORROWED_BEFORE = "borrowed_before"

/** One reader's visit to choose for: the core's sentences about their preferences, its warnings, and the bag. */
data class ChooseVisit(val visitId: Long, val reader: String, val when_: String, val preferences: List<String>, val warnings: List<String>, val bag: List<Item>)

data class ChooseState(
    val visits: List<ChooseVisit> = emptyList(),
    val barcode: String = "",
    val result: String? = null,
    val error: String? = null,
)

sealed interface ChooseAction {
    data class BarcodeChanged(val barcode: String) : ChooseAction
    /** Puts the typed (or scanned) copy in the reader's bag for the visit. */
    data class AddToBag(val visitId: Long) : ChooseAction
}

@Composable
fun ChooseScreen(state: ChooseState, onAction: (ChooseAction) -> Unit) {
    ScreenColumn(str(Str.ChooseHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.visits.isEmpty()) Body(str(Str.ChooseNone))
        state.visits.forEach { v ->
            SectionHeading("${v.reader}: ${v.when_}")
            v.preferences.forEach { Body(it) }
            // The core's warnings (borrowed before) in words, never by colour alone.
            v.warnings.forEach { Notice(it) }
            v.bag.forEach { RowItem(it.sentence, it.lines) }
            Field(str(Str.ChooseBarcode), state.barcode, { onAction(ChooseAction.BarcodeChanged(it)) }, digits = true)
            ActionButton(str(Str.ChooseAdd), { onAction(ChooseAction.AddToBag(v.visitId)) })
        }
    }
}

/**
 * The chooser's visits: the round's stops that need choosing, each from the core's record (chooseScreen). Needs from
 * the core: history-aware suggestions.
 */
class ChooseViewModel(core: AppCore, private val date: String? = null) : CoreViewModel<ChooseState, ChooseAction>(ChooseState(), core) {
    init {
        startObserving()
    }

    override fun load(): ChooseState = state.value.copy(
        visits = core.app.roundScreen(date).stops.filter { it.choosing }.map { core.app.chooseScreen(it.visitId) }.map { c ->
            val s = c.stop
            ChooseVisit(
                s.visitId, s.readerName, s.date, c.preferencesText + c.reactions, c.warnings,
                s.bag.map { b -> Item(0, b.title, listOfNotNull(b.barcode), b.barcode, setOfNotNull(BORROWED_BEFORE.takeIf { b.borrowedBefore })) },
            )
        },
    )

    override fun onAction(action: ChooseAction) {
        when (action) {
            is ChooseAction.BarcodeChanged -> setState { it.copy(barcode = action.barcode) }
            is ChooseAction.AddToBag -> {
                val visit = state.value.visits.firstOrNull { it.visitId == action.visitId } ?: return
                val barcodes = visit.bag.map { it.key } + state.value.barcode.trim()
                call {
                    val c = core.app.chooseItems(action.visitId, barcodes)
                    setState { it.copy(barcode = "", result = c.outcome ?: c.summary, error = null) }
                    refresh()
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object ChooseSamples {
    val visit = ChooseState(
        visits = listOf(
            ChooseVisit(
                1, "Arthur Bennett", "Tuesday 15 December",
                listOf("Likes: crime, Agatha Christie. Large print.", "Avoid: horror.", "Liked last time: Miss Marple."),
                listOf("Arthur Bennett borrowed Miss Marple before, in March."),
                listOf(Item(0, "Miss Marple", listOf("3999900000101"), flags = setOf(BORROWED_BEFORE))),
            ),
        ),
    )
    val all = listOf(Sample("choose", "visit", listOf("Arthur Bennett: Tuesday 15 December", "Arthur Bennett borrowed Miss Marple before, in March.", Str.ChooseAdd)) { on -> ChooseScreen(visit, on) })
}
