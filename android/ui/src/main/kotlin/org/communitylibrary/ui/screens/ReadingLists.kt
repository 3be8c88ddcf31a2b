package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class ReadingList(val title: String, val description: String, val entries: List<Item>)

data class ReadingListsState(val lists: List<ReadingList> = emptyList())

sealed interface ReadingListsAction {
    /** Navigation: the Title screen. */
    data class OpenTitle(val recordId: Long) : ReadingListsAction
}

@Composable
fun ReadingListsScreen(state: ReadingListsState, onAction: (ReadingListsAction) -> Unit) {
    ScreenColumn(str(Str.ListsHeading)) {
        if (state.lists.isEmpty()) Body(str(Str.ListsNone))
        state.lists.forEach { list ->
            SectionHeading(list.title)
            Body(list.description)
            list.entries.forEach { RowItem(it.sentence, it.lines, { onAction(ReadingListsAction.OpenTitle(it.id)) }, str(Str.Open)) }
        }
    }
}

class ReadingListsViewModel(core: AppCore) : CoreViewModel<ReadingListsState, ReadingListsAction>(ReadingListsState(), core) {
    init {
        startObserving()
    }

    override fun load() = ReadingListsState(
        core.app.readingLists().map { l ->
            ReadingList(l.title, listOfNotNull(l.description, l.summary).joinToString(" "), l.entries.map { Item(it.recordId, it.title, listOfNotNull(it.author, it.availability)) })
        },
    )

    override fun onAction(action: ReadingListsAction) = Unit
}

object ReadingListsSamples {
    val lists = ReadingListsState(
        listOf(
            ReadingList(
                "Reading Well: dementia", "Books on prescription, chosen by health experts. 12 titles.",
                listOf(Item(1, "Contented Dementia", listOf("Oliver James", "On the shelf at Baswich Library"))),
            ),
        ),
    )
    val all = listOf(Sample("reading-lists", "lists", listOf("Reading Well: dementia", "Contented Dementia")) { on -> ReadingListsScreen(lists, on) })
}
