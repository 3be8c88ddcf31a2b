package org.communitylibrary.ui.screens

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.background
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.unit.dp
import androidx.compose.ui.platform.LocalDensity
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str

data class CardState(
    val number: String = "",
    val name: String = "",
    val status: String = "",
    val symbology: String = "",
    /** The core's Code 128 bar and space widths in modules, a bar first, and the blank modules either side. */
    val bars: List<Int> = emptyList(),
    val quietZone: Int = 10,
)

/** A hold action that needs one more answer: the date to suspend until, or the new pickup library. */
data class HoldQuestion(val holdId: Long, val action: String, val until: String = "", val pickup: String? = null)

data class AccountState(
    val loans: List<Item> = emptyList(),
    /** The core's words about the loans and holds ("2 books, one overdue"), and when the data was brought up to date. */
    val loansText: String = "",
    val holds: List<Item> = emptyList(),
    val holdsText: String = "",
    val pickups: List<Choice> = emptyList(),
    val question: HoldQuestion? = null,
    val actingFor: String? = null,
    val age: String = "",
    val history: List<Item> = emptyList(),
    val historyOn: Boolean = false,
    val card: CardState? = null,
    val showCard: Boolean = false,
    val result: String? = null,
    val error: String? = null,
)

sealed interface AccountAction {
    /** One of the core's actions on a loan or hold (renew; cancel, suspend, resume, change_pickup). */
    data class Loan(val loanId: Long, val action: String) : AccountAction
    data class Hold(val holdId: Long, val action: String) : AccountAction
    data class Until(val date: String) : AccountAction
    data class Pickup(val code: String) : AccountAction
    data object Confirm : AccountAction
    data object Dismiss : AccountAction
    data class History(val on: Boolean) : AccountAction
    /** Shows the card full screen (the Android host also turns the brightness up). */
    data class ShowCard(val show: Boolean) : AccountAction
    data class OpenTitle(val recordId: Long) : AccountAction
}


@Composable
fun AccountScreen(state: AccountState, onAction: (AccountAction) -> Unit) {
    if (state.showCard && state.card != null) {
        ScreenColumn(str(Str.CardHeading)) {
            LibraryCard(state.card)
            ActionButton(str(Str.Close), { onAction(AccountAction.ShowCard(false)) })
        }
        return
    }
    val q = state.question
    if (q != null) {
        ScreenColumn(str(if (q.action == "suspend") Str.AccountSuspend else Str.AccountPickup)) {
            state.error?.let { Notice(it, isError = true) }
            if (q.action == "suspend") Field(str(Str.AccountUntil), q.until, { onAction(AccountAction.Until(it)) })
            else state.pickups.forEach { p -> RadioRow(p.label, q.pickup == p.code) { onAction(AccountAction.Pickup(p.code)) } }
            ActionButton(str(Str.Confirm), { onAction(AccountAction.Confirm) })
            ActionButton(str(Str.Back), { onAction(AccountAction.Dismiss) }, primary = false)
        }
        return
    }
    ScreenColumn(state.actingFor?.let { str(Str.AccountOf, it) } ?: str(Str.AccountHeading), sync = state.age.ifBlank { null }) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(Str.CardShow), { onAction(AccountAction.ShowCard(true)) })
        SectionHeading(str(Str.AccountLoans))
        Body(state.loansText.ifBlank { str(Str.AccountNoLoans) })
        state.loans.forEach { l -> RowItem(l.sentence, l.lines) { Acts(l, "renew") { onAction(AccountAction.Loan(l.id, it.action)) } } }
        SectionHeading(str(Str.AccountHolds))
        Body(state.holdsText.ifBlank { str(Str.AccountNoHolds) })
        state.holds.forEach { h -> RowItem(h.sentence, h.lines) { Acts(h) { onAction(AccountAction.Hold(h.id, it.action)) } } }
        SectionHeading(str(Str.AccountHistory))
        ToggleRow(str(Str.AccountHistoryOn), state.historyOn) { onAction(AccountAction.History(it)) }
        state.history.forEach { RowItem(it.sentence, it.lines, { onAction(AccountAction.OpenTitle(it.id)) }, str(Str.Open)) }
    }
}

/**
 * The library card: the core's Code 128 bars for the desk's scanner, and the number large enough to read out or type,
 * dark on white whatever the theme (as a scanner needs). The bars are drawn, not decided, here: their widths are the
 * core's.
 */
@Composable
fun LibraryCard(card: CardState) {
    if (card.bars.isNotEmpty()) {
        // The bars say nothing TalkBack can read: the number below says it.
        Canvas(Modifier.fillMaxWidth().height(120.dp).background(Color.White).clearAndSetSemantics {}) {
            val modules = card.bars.sum() + 2 * card.quietZone
            val module = size.width / modules
            var x = card.quietZone * module
            card.bars.forEachIndexed { i, width ->
                if (i % 2 == 0) drawRect(Color.Black, topLeft = Offset(x, 0f), size = Size(width * module, size.height))
                x += width * module
            }
        }
    }
    Text(
        card.number,
        fontFamily = FontFamily.Monospace,
        // Already large: kept at this size whatever the text scale, so the number never breaks across lines.
        fontSize = with(LocalDensity.current) { 32.dp.toSp() },
        color = Color.Black,
        modifier = Modifier.fillMaxWidth().background(Color.White).padding(24.dp)
            .semantics { contentDescription = card.number.toCharArray().joinToString(" ") },
    )
    Text(card.name, style = MaterialTheme.typography.titleLarge, color = MaterialTheme.colorScheme.onBackground)
    Body(card.status)
}

/** My account from the core's one record (accountScreen); each loan's and hold's actions are the core's. */
class AccountViewModel(core: AppCore) : CoreViewModel<AccountState, AccountAction>(AccountState(), core) {
    init {
        startObserving()
    }

    override fun load(): AccountState {
        val a = core.app.accountScreen()
        refreshAt(a.refreshAt)
        return state.value.copy(
            loans = a.loans.map { l -> Item(l.loanId, l.title, listOfNotNull(l.author, l.dueText, l.libraryName), l.barcode, acts = l.actions.map { it.act() }) },
            loansText = a.loansText,
            holds = a.holds.map { h -> Item(h.holdId ?: 0, h.title, listOfNotNull(h.author, h.statusText, h.pickupName), acts = if (h.holdId == null) emptyList() else h.actions.map { it.act() }) },
            holdsText = a.holdsText,
            history = a.history.map { Item(it.recordId, it.title, listOf(it.text)) },
            historyOn = a.historyEnabled,
            pickups = a.pickupChoices.map { Choice(it.code, it.name) },
            card = CardState(a.card.number, a.card.name, a.card.statusText, a.card.symbology, a.card.bars.map { it.toInt() }, a.card.quietZone.toInt()),
            actingFor = a.actingFor?.takeIf { !it.isSelf }?.name,
            age = a.dataAge.text,
        )
    }

    override fun onAction(action: AccountAction) {
        when (action) {
            is AccountAction.Loan -> if (action.action == "renew") change { core.app.renew(action.loanId) }
            is AccountAction.Hold -> when (action.action) {
                "cancel" -> change { core.app.cancelHold(action.holdId) }
                "resume" -> change { core.app.resumeHold(action.holdId) }
                "suspend", "change_pickup" -> setState { it.copy(question = HoldQuestion(action.holdId, action.action)) }
            }
            is AccountAction.Until -> setState { s -> s.copy(question = s.question?.copy(until = action.date)) }
            is AccountAction.Pickup -> setState { s -> s.copy(question = s.question?.copy(pickup = action.code)) }
            AccountAction.Confirm -> {
                val q = state.value.question ?: return
                change {
                    val c = if (q.action == "suspend") core.app.suspendHold(q.holdId, q.until.trim()) else core.app.changePickup(q.holdId, q.pickup.orEmpty())
                    setState { it.copy(question = null) }
                    c
                }
            }
            AccountAction.Dismiss -> setState { it.copy(question = null, error = null) }
            is AccountAction.History -> change { core.app.setReadingHistory(action.on) }
            is AccountAction.ShowCard -> setState { it.copy(showCard = action.show) }
            is AccountAction.OpenTitle -> Unit
        }
    }

    private fun change(block: suspend () -> uniffi.cml_core.ChangeView) = call {
        val c = block()
        setState { it.copy(result = c.outcome ?: c.summary, error = null) }
        refresh()
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object AccountSamples {
    val member = AccountState(
        loans = listOf(
            Item(1, "The Chess Player", listOf("Stefan Zweig", "Due tomorrow", "Baswich Library"), acts = listOf(Act("renew", "Renew"))),
            Item(2, "Wolf Hall", listOf("Hilary Mantel", "Overdue since Monday", "Baswich Library"), acts = listOf(Act("renew", "Renew", false, "Renewed twice already: please bring it back."))),
        ),
        loansText = "2 books. One is overdue.",
        holds = listOf(Item(3, "Jane Eyre", listOf("Charlotte Brontë", "Ready to collect until Friday", "Baswich Library"), acts = listOf(Act("cancel", "Cancel"), Act("change_pickup", "Collect somewhere else")))),
        holdsText = "1 reservation, ready to collect.",
        age = "Updated 2 minutes ago.",
        card = CardState(
            "2100000001", "Margaret Hughes", "Card valid. Home library: Baswich Library.", "code128",
            // The core's bars for 2100000001 (cml_core::barcode::code128).
            listOf(2, 1, 1, 2, 3, 2, 2, 1, 3, 2, 1, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 2, 1, 2, 2, 3, 2, 2, 1, 1, 2, 2, 3, 3, 1, 1, 1, 2),
        ),
        result = "Renewed: now due Tuesday 26 January.",
    )
    val card = member.copy(showCard = true)
    val all = listOf(
        Sample("account", "loans-and-holds", listOf(Str.AccountLoans, "Due tomorrow", "Renewed twice already: please bring it back.")) { on -> AccountScreen(member, on) },
        Sample("account", "suspend", listOf(Str.AccountUntil, Str.Confirm)) { on -> AccountScreen(member.copy(question = HoldQuestion(3, "suspend", "2027-01-15")), on) },
        Sample("account", "card", listOf(Str.CardHeading, "2100000001", "Margaret Hughes")) { on -> AccountScreen(card, on) },
    )
}
