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

data class SimpleHomeState(val name: String = "", val sync: String = "", val buttons: List<SimpleButton> = emptyList())

sealed interface SimpleHomeAction {
    /** Navigation or a phone call: handled by the host. */
    data class Press(val button: SimpleButton) : SimpleHomeAction
}

/** At most four big buttons, one thing per screen, no gestures. */
@Composable
fun SimpleHomeScreen(state: SimpleHomeState, onAction: (SimpleHomeAction) -> Unit) {
    ScreenColumn(if (state.name.isBlank()) str(Str.HomeHeading) else str(Str.HomeHello, state.name), sync = state.sync) {
        state.buttons.take(4).forEach { b -> BigButton(b.label, { onAction(SimpleHomeAction.Press(b)) }) }
    }
}

/**
 * Needs from the core: simple mode's actions (the core's Home record has `simple_actions`; not yet in the snapshot).
 * Meanwhile: the next booking's words from the core, then the fixed three.
 */
class SimpleHomeViewModel(core: AppCore, private val labels: (Str) -> String) : CoreViewModel<SimpleHomeState, SimpleHomeAction>(SimpleHomeState(), core) {
    init {
        startObserving()
    }

    override fun load(): SimpleHomeState {
        val app = core.app
        val me = app.whoami()
        val next = app.myBookings().firstOrNull()?.let { SimpleButton("${it.eventTitle}: ${it.`when`}", Destination.Events) }
        val phone = app.libraries().firstOrNull { it.code == me?.homeLibrary }?.phone
        return SimpleHomeState(
            me?.name?.substringBefore(' ').orEmpty(), app.status().summary,
            listOfNotNull(
                next,
                SimpleButton(labels(Str.SimpleAsk), Destination.HomeDelivery),
                SimpleButton(labels(Str.SimpleMyBooks), Destination.Account),
                phone?.let { SimpleButton(labels(Str.SimpleCall), Destination.Libraries, it) },
            ),
        )
    }

    override fun onAction(action: SimpleHomeAction) = Unit
}

object SimpleHomeSamples {
    val reader = SimpleHomeState(
        "Arthur", "Up to date.",
        listOf(
            SimpleButton("My next visit: Tuesday 15 December", Destination.HomeDelivery), SimpleButton("Ask for books", Destination.HomeDelivery),
            SimpleButton("My books", Destination.Account), SimpleButton("Call the library", Destination.Libraries, "01902 000000"),
        ),
    )
    val all = listOf(Sample("simple-home", "reader", listOf("My next visit: Tuesday 15 December", "Call the library")) { SimpleHomeScreen(reader) {} })
}
