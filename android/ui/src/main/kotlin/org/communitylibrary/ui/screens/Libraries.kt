package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

/** One library: its name, today's hours and address, the week's hours and closures, and what is on this week. */
data class LibraryCard(val name: String, val lines: List<String>, val phone: String?, val thisWeek: List<Item>)

data class LibrariesState(val libraries: List<LibraryCard> = emptyList(), val age: String = "")

sealed interface LibrariesAction {
    /** The Android host dials the number. */
    data class Call(val phone: String) : LibrariesAction
    data class OpenEvent(val eventId: Long) : LibrariesAction
}

@Composable
fun LibrariesScreen(state: LibrariesState, onAction: (LibrariesAction) -> Unit) {
    ScreenColumn(str(Str.LibrariesHeading), sync = state.age.ifBlank { null }) {
        state.libraries.forEach { l ->
            SectionHeading(l.name)
            l.lines.forEach { Body(it) }
            l.phone?.let { p -> ActionButton(str(Str.LibrariesCall, l.name), { onAction(LibrariesAction.Call(p)) }, primary = false) }
            l.thisWeek.forEach { e -> RowItem(e.sentence, e.lines, { onAction(LibrariesAction.OpenEvent(e.id)) }, str(Str.Open)) }
        }
    }
}

/** Libraries from the core's one record (librariesScreen: the home library first, each with this week's events). */
class LibrariesViewModel(core: AppCore) : CoreViewModel<LibrariesState, LibrariesAction>(LibrariesState(), core) {
    init {
        startObserving()
    }

    override fun load(): LibrariesState {
        val screen = core.app.librariesScreen()
        refreshAt(screen.refreshAt)
        return LibrariesState(
            screen.libraries.map { p ->
                val l = p.library
                LibraryCard(
                    l.name,
                    listOf(l.today, "${l.address}, ${l.postcode}") + l.week.map { "${it.day}: ${it.hours}" } + l.closures.map { it.text },
                    l.phone,
                    p.thisWeek.map { Item(it.id, it.title, listOf(it.`when`, it.availability)) },
                )
            },
            screen.dataAge.text,
        )
    }

    override fun onAction(action: LibrariesAction) = Unit
}

object LibrariesSamples {
    val list = LibrariesState(
        listOf(
            LibraryCard(
                "Baswich Library", listOf("Open now until 5pm", "Lynton Avenue, Stafford, ST17 0EA", "Monday: 9am to 5pm", "Closed 24 to 26 December for Christmas"),
                "01785 000000", listOf(Item(1, "Chair Yoga", listOf("Tuesday 10am", "6 places left"))),
            ),
            LibraryCard("Brewood Library", listOf("Closed today; opens Tuesday at 10am", "Newport Street, Brewood, ST19 9DT"), null, emptyList()),
        ),
        "Updated 2 minutes ago.",
    )
    val all = listOf(Sample("libraries", "list", listOf("Baswich Library", "Open now until 5pm", "Chair Yoga")) { on -> LibrariesScreen(list, on) })
}
