package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str

data class ImpactState(
    /** "all" first, then each library, with the core's words. */
    val libraries: List<Choice> = emptyList(),
    /** This month, last month, this year (from 1 April), each with its dates. */
    val periods: List<Choice> = emptyList(),
    val library: String = "all",
    val period: String = "this_month",
    /** "Holmcroft Library, Tuesday 1 December to Sunday 6 December". */
    val title: String = "",
    /** "Figures counted at 7:04pm on Sunday 6 December." or how to get them. */
    val counted: String = "",
    /** Each figure as the core words it: "Loans: 1208". */
    val figures: List<Item> = emptyList(),
    val sync: String = "",
    val error: String? = null,
)

sealed interface ImpactAction {
    data class Library(val code: String) : ImpactAction
    data class Period(val code: String) : ImpactAction
    /** The figures as CSV, through the share sheet: the view model hands the host the core's file. */
    data object Share : ImpactAction
}

@Composable
fun ImpactScreen(state: ImpactState, onAction: (ImpactAction) -> Unit) {
    ScreenColumn(str(Str.ImpactHeading), sync = state.sync) {
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.SearchLibrary))
        state.libraries.forEach { l -> RadioRow(l.label, state.library == l.code) { onAction(ImpactAction.Library(l.code)) } }
        SectionHeading(str(Str.ImpactPeriod))
        state.periods.forEach { p -> RadioRow(p.label, state.period == p.code) { onAction(ImpactAction.Period(p.code)) } }
        SectionHeading(state.title.ifEmpty { str(Str.ImpactFigures) })
        Notice(state.counted)
        state.figures.forEach { RowItem(it.sentence, it.lines) }
        if (state.figures.isNotEmpty()) {
            ActionButton(str(Str.ImpactShare), { onAction(ImpactAction.Share) }, primary = false)
        }
    }
}

/**
 * The Impact screen from the core's record: the figures a coordinator's phone keeps at each sync, offline. [share] gets
 * the CSV's file name and text (on the core's dispatcher: the host moves to the main thread to show the share sheet).
 */
class ImpactViewModel(core: AppCore, private val share: (String, String) -> Unit = { _, _ -> }) :
    CoreViewModel<ImpactState, ImpactAction>(ImpactState(), core) {
    init {
        startObserving()
    }

    override fun load(): ImpactState {
        val s = state.value
        val r = core.app.impactScreen(s.library, s.period)
        return s.copy(
            libraries = r.libraries.map { Choice(it.code, it.text) },
            periods = r.periods.map { Choice(it.code, it.text) },
            library = r.library,
            period = r.period,
            title = r.title,
            counted = r.counted,
            figures = r.figures.mapIndexed { i, f -> Item(i.toLong(), f.sentence) },
            sync = r.dataAge.text,
            error = null,
        )
    }

    override fun onAction(action: ImpactAction) {
        when (action) {
            is ImpactAction.Library -> { setState { it.copy(library = action.code) }; refresh() }
            is ImpactAction.Period -> { setState { it.copy(period = action.code) }; refresh() }
            ImpactAction.Share -> call { csv().let { (name, text) -> share(name, text) } }
        }
    }

    /** The figures as CSV in the person's language, and its file name, for the share sheet (call off the main thread). */
    fun csv(): Pair<String, String> {
        val s = state.value
        val name = core.app.impactScreen(s.library, s.period).csvFileName
        return name to core.app.impactCsv(s.library, s.period)
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object ImpactSamples {
    val report = ImpactState(
        libraries = listOf(Choice("all", "All libraries"), Choice("BAS", "Baswich Library"), Choice("HOL", "Holmcroft Library")),
        periods = listOf(
            Choice("this_month", "This month: Tuesday 1 December to Sunday 6 December"),
            Choice("last_month", "Last month: Sunday 1 November to Monday 30 November"),
            Choice("year", "This year (from 1 April): Wednesday 1 April to Sunday 6 December"),
        ),
        library = "HOL", period = "last_month",
        title = "Holmcroft Library, Sunday 1 November to Monday 30 November",
        counted = "Figures counted at 7:04pm on Sunday 6 December.",
        figures = listOf(Item(0, "Members: 412"), Item(1, "Loans: 1208"), Item(2, "Volunteer hours: 326 hours 30 minutes"), Item(3, "Home delivery visits: 48")),
        sync = "Updated 5 minutes ago.",
    )
    val all = listOf(Sample("impact", "report", listOf(report.title, "Loans: 1208", Str.ImpactShare)) { on -> ImpactScreen(report, on) })
}
