package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class LibrariesState(val libraries: List<Item> = emptyList())

sealed interface LibrariesAction {
    /** The Android host dials the number. */
    data class Call(val phone: String) : LibrariesAction
}

@Composable
fun LibrariesScreen(state: LibrariesState, onAction: (LibrariesAction) -> Unit) {
    ScreenColumn(str(Str.LibrariesHeading)) {
        state.libraries.forEach { l ->
            RowItem(l.sentence, l.lines) {
                if (l.key.isNotBlank()) ActionButton(str(Str.LibrariesCall, l.title), { onAction(LibrariesAction.Call(l.key)) }, primary = false)
            }
        }
    }
}

class LibrariesViewModel(core: AppCore) : CoreViewModel<LibrariesState, LibrariesAction>(LibrariesState(), core) {
    init {
        startObserving()
    }

    override fun load() = LibrariesState(
        core.app.libraries().map { l ->
            Item(
                0, l.name,
                listOf(l.today, "${l.address}, ${l.postcode}") + l.week.map { "${it.day}: ${it.hours}" } + l.closures.map { it.text },
                key = l.phone.orEmpty(),
            )
        },
    )

    override fun onAction(action: LibrariesAction) = Unit
}

object LibrariesSamples {
    val list = LibrariesState(
        listOf(
            Item(0, "Baswich Library", listOf("Open now until 17:00", "Lynton Avenue, Stafford, ST17 0EA", "Monday: 9:00 to 17:00", "Closed 24 to 26 December for Christmas"), key = "01785 000000"),
            Item(0, "Brewood Library", listOf("Closed today; opens Tuesday at 10:00", "Newport Street, Brewood, ST19 9DT")),
        ),
    )
    val all = listOf(Sample("libraries", "list", listOf("Baswich Library", "Open now until 17:00")) { LibrariesScreen(list) {} })
}
