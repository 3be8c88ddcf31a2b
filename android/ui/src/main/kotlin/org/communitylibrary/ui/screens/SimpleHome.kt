package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.design.BigButton
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

/** One of simple mode's large actions: its words and where it leads (or the number to ring). */
data class SimpleButton(val label: String, val destination: Destination?, val phone: String? = null)

data class SimpleHomeState(val greeting: String = "", val sync: String = "", val buttons: List<SimpleButton> = emptyList())

sealed interface SimpleHomeAction {
    /** Navigation or a phone call: handled by the host. */
    data class Press(val button: SimpleButton) : SimpleHomeAction
}

/** At most four big buttons, one thing per screen, no gestures. */
@Composable
fun SimpleHomeScreen(state: SimpleHomeState, onAction: (SimpleHomeAction) -> Unit) {
    ScreenColumn(state.greeting.ifBlank { str(Str.HomeHeading) }, sync = state.sync.ifBlank { null }) {
        state.buttons.take(4).forEach { b -> BigButton(b.label, { onAction(SimpleHomeAction.Press(b)) }) }
    }
}

/** Simple mode from the core's Home record: its greeting, sync line and at most four large actions. */
class SimpleHomeViewModel(core: AppCore) : CoreViewModel<SimpleHomeState, SimpleHomeAction>(SimpleHomeState(), core) {
    init {
        startObserving()
    }

    override fun load(): SimpleHomeState {
        val h = core.app.homeScreen()
        refreshAt(h.refreshAt)
        return SimpleHomeState(
            h.greeting, h.status.summary,
            h.simpleActions.map { SimpleButton(it.label, Destination.of(it.target.screen), it.phone) },
        )
    }

    override fun onAction(action: SimpleHomeAction) = Unit
}

object SimpleHomeSamples {
    val reader = SimpleHomeState(
        "Good morning, Arthur", "Up to date.",
        listOf(
            SimpleButton("My next visit: Tuesday 15 December", Destination.HomeDelivery), SimpleButton("Ask for books", Destination.HomeDelivery),
            SimpleButton("My books", Destination.Account), SimpleButton("Call the library", Destination.Libraries, "01902 000000"),
        ),
    )
    val all = listOf(Sample("simple-home", "reader", listOf("My next visit: Tuesday 15 December", "Call the library")) { on -> SimpleHomeScreen(reader, on) })
}
