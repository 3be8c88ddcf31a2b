package org.communitylibrary.ui.screens

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
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
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str

data class CardState(val number: String = "", val name: String = "", val status: String = "", val symbology: String = "")

data class AccountState(
    val loans: List<Item> = emptyList(),
    val holds: List<Item> = emptyList(),
    val history: List<Item> = emptyList(),
    val historyOn: Boolean = false,
    val card: CardState? = null,
    val showCard: Boolean = false,
    val result: String? = null,
    val error: String? = null,
)

sealed interface AccountAction {
    data class Renew(val loanId: Long) : AccountAction
    data class CancelHold(val holdId: Long) : AccountAction
    data class ResumeHold(val holdId: Long) : AccountAction
    data class History(val on: Boolean) : AccountAction
    /** Shows the card full screen (the Android host also turns the brightness up). */
    data class ShowCard(val show: Boolean) : AccountAction
    data class OpenTitle(val recordId: Long) : AccountAction
}

const val CAN_RENEW = "can_renew"
const val CAN_CANCEL = "can_cancel"
const val CAN_RESUME = "can_resume"

@Composable
fun AccountScreen(state: AccountState, onAction: (AccountAction) -> Unit) {
    if (state.showCard && state.card != null) {
        ScreenColumn(str(Str.CardHeading)) {
            LibraryCard(state.card)
            ActionButton(str(Str.Close), { onAction(AccountAction.ShowCard(false)) })
        }
        return
    }
    ScreenColumn(str(Str.AccountHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        ActionButton(str(Str.CardShow), { onAction(AccountAction.ShowCard(true)) })
        SectionHeading(str(Str.AccountLoans))
        if (state.loans.isEmpty()) Body(str(Str.AccountNoLoans))
        state.loans.forEach { l ->
            RowItem(l.sentence, l.lines) {
                if (CAN_RENEW in l.flags) ActionButton(str(Str.AccountRenew), { onAction(AccountAction.Renew(l.id)) })
            }
        }
        SectionHeading(str(Str.AccountHolds))
        if (state.holds.isEmpty()) Body(str(Str.AccountNoHolds))
        state.holds.forEach { h ->
            RowItem(h.sentence, h.lines) {
                if (CAN_RESUME in h.flags) ActionButton(str(Str.AccountResume), { onAction(AccountAction.ResumeHold(h.id)) })
                if (CAN_CANCEL in h.flags) ActionButton(str(Str.AccountCancelHold), { onAction(AccountAction.CancelHold(h.id)) }, primary = false)
            }
        }
        SectionHeading(str(Str.AccountHistory))
        ToggleRow(str(Str.AccountHistoryOn), state.historyOn) { onAction(AccountAction.History(it)) }
        state.history.forEach { RowItem(it.sentence, it.lines, { onAction(AccountAction.OpenTitle(it.id)) }, str(Str.Open)) }
    }
}

/**
 * The library card: the number large enough to read out or type at the desk, dark on white whatever the theme (as a
 * scanner needs). The bars themselves need the core's bar widths (see android/README.md).
 */
@Composable
fun LibraryCard(card: CardState) {
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

class AccountViewModel(core: AppCore) : CoreViewModel<AccountState, AccountAction>(AccountState(), core) {
    init {
        startObserving()
    }

    override fun load(): AccountState {
        val app = core.app
        val me = app.whoami()
        val card = app.card()
        return state.value.copy(
            loans = app.loans().map { l ->
                Item(l.loanId, l.title, listOfNotNull(l.author, l.dueText, l.libraryName), l.barcode, if (l.canRenew) setOf(CAN_RENEW) else emptySet())
            },
            holds = app.holds().map { h ->
                Item(
                    h.holdId ?: 0, h.title, listOfNotNull(h.author, h.statusText, h.pickupName), "",
                    setOfNotNull(CAN_CANCEL.takeIf { h.canCancel && h.holdId != null }, CAN_RESUME.takeIf { h.canResume && h.holdId != null }),
                )
            },
            history = if (me?.historyEnabled == true) app.readingHistory().map { Item(it.recordId, it.title, listOf(it.text)) } else emptyList(),
            historyOn = me?.historyEnabled == true,
            card = CardState(card.number, card.name, card.statusText, card.symbology),
        )
    }

    override fun onAction(action: AccountAction) {
        when (action) {
            is AccountAction.Renew -> change { core.app.renew(action.loanId) }
            is AccountAction.CancelHold -> change { core.app.cancelHold(action.holdId) }
            is AccountAction.ResumeHold -> change { core.app.resumeHold(action.holdId) }
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
            Item(1, "The Chess Player", listOf("Stefan Zweig", "Due tomorrow", "Baswich Library"), flags = setOf(CAN_RENEW)),
            Item(2, "Wolf Hall", listOf("Hilary Mantel", "Overdue since Monday: renewed twice already", "Baswich Library")),
        ),
        holds = listOf(Item(3, "Jane Eyre", listOf("Charlotte Brontë", "Ready to collect until Friday", "Baswich Library"), flags = setOf(CAN_CANCEL))),
        card = CardState("2100000001", "Margaret Hughes", "Card valid. Home library: Baswich Library.", "code128"),
        result = "Renewed: now due Tuesday 26 January.",
    )
    val card = member.copy(showCard = true)
    val all = listOf(
        Sample("account", "loans-and-holds", listOf(Str.AccountLoans, "Due tomorrow", Str.AccountRenew)) { AccountScreen(member) {} },
        Sample("account", "card", listOf(Str.CardHeading, "2100000001", "Margaret Hughes")) { AccountScreen(card) {} },
    )
}
