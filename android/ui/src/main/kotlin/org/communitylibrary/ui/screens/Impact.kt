package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class ImpactState(
    val libraries: List<Choice> = emptyList(),
    val library: String? = null,
    val from: String = "",
    val to: String = "",
    /** The report's figures: each a label the app knows and the core's number. */
    val figures: List<Item> = emptyList(),
    val error: String? = null,
)

sealed interface ImpactAction {
    data class Library(val code: String?) : ImpactAction
    data class From(val date: String) : ImpactAction
    data class To(val date: String) : ImpactAction
    data object Show : ImpactAction
    /** The Android host shares the report's CSV through the share sheet. */
    data object Share : ImpactAction
}

@Composable
fun ImpactScreen(state: ImpactState, onAction: (ImpactAction) -> Unit) {
    ScreenColumn(str(Str.ImpactHeading)) {
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.SearchLibrary))
        RadioRow(str(Str.ImpactAll), state.library == null) { onAction(ImpactAction.Library(null)) }
        state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { onAction(ImpactAction.Library(l.code)) } }
        Field(str(Str.ImpactFrom), state.from, { onAction(ImpactAction.From(it)) })
        Field(str(Str.ImpactTo), state.to, { onAction(ImpactAction.To(it)) })
        ActionButton(str(Str.ImpactShow), { onAction(ImpactAction.Show) })
        if (state.figures.isNotEmpty()) {
            SectionHeading(str(Str.ImpactFigures))
            state.figures.forEach { RowItem(it.sentence, it.lines) }
            ActionButton(str(Str.ImpactShare), { onAction(ImpactAction.Share) }, primary = false)
        }
    }
}

/**
 * The impact report from the hub. Needs from the core: the figures' labels in the person's language (the hub has them
 * for its CSV) and the CSV itself for the share sheet; meanwhile the app's catalogue labels the figures.
 */
class ImpactViewModel(core: AppCore, private val labels: (Str) -> String) : CoreViewModel<ImpactState, ImpactAction>(ImpactState(), core) {
    init {
        call { setState { s -> s.copy(libraries = core.app.libraries().map { Choice(it.code, it.name) }) } }
    }

    override fun onAction(action: ImpactAction) {
        when (action) {
            is ImpactAction.Library -> setState { it.copy(library = action.code) }
            is ImpactAction.From -> setState { it.copy(from = action.date) }
            is ImpactAction.To -> setState { it.copy(to = action.date) }
            ImpactAction.Show -> {
                val s = state.value
                call {
                    val r = core.app.impactReport(s.library, s.from.trim(), s.to.trim())
                    val figures = listOf(
                        Str.ImpactMembers to r.membersTotal.toString(), Str.ImpactNewMembers to r.membersNew.toString(),
                        Str.ImpactLoans to r.loans.toString(), Str.ImpactEvents to r.eventsHeld.toString(),
                        Str.ImpactVolunteerHours to r.volunteerHours.toString(), Str.ImpactVisits to r.deliveryVisits.toString(),
                        Str.ImpactReaders to r.readersServed.toString(), Str.ImpactResponses to r.consultationResponses.toString(),
                    ).mapIndexed { i, (k, v) -> Item(i.toLong(), "${labels(k)}: $v") }
                    setState { it.copy(figures = figures, error = null) }
                }
            }
            ImpactAction.Share -> Unit
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object ImpactSamples {
    val report = ImpactState(
        libraries = listOf(Choice("BAS", "Baswich Library"), Choice("HOL", "Holmcroft Library")), from = "2026-11-01", to = "2026-11-30",
        figures = listOf(Item(0, "Members: 412"), Item(1, "Loans: 1,208"), Item(2, "Volunteer hours: 326.5"), Item(3, "Home-delivery visits: 48")),
    )
    val all = listOf(Sample("impact", "report", listOf(Str.ImpactFigures, "Loans: 1,208", Str.ImpactShare)) { on -> ImpactScreen(report, on) })
}
