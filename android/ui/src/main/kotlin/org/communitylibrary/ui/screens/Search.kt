package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.RowItem
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str
import uniffi.cml_core.SearchQuery

/** A choice in a filter: the code the core takes and the words to show (from the core, or the catalogue). */
data class Choice(val code: String, val label: String)

data class SearchState(
    val text: String = "",
    val library: String? = null,
    val format: String? = null,
    val language: String? = null,
    val availableNow: Boolean = false,
    val showFilters: Boolean = false,
    val libraries: List<Choice> = emptyList(),
    val formats: List<Choice> = emptyList(),
    val hits: List<Item> = emptyList(),
    val searched: Boolean = false,
    val error: String? = null,
)

sealed interface SearchAction {
    data class TextChanged(val text: String) : SearchAction
    data class LibraryChosen(val code: String?) : SearchAction
    data class FormatChosen(val code: String?) : SearchAction
    data class LanguageChosen(val code: String?) : SearchAction
    data class AvailableNow(val on: Boolean) : SearchAction
    data object ToggleFilters : SearchAction
    /** Navigation: handled by the host (the Title screen, or the camera for an ISBN). */
    data class Open(val recordId: Long) : SearchAction
    data object ScanIsbn : SearchAction
    /** What the camera read from a barcode: searched at once (the core reads ISBN-10 and ISBN-13 alike). */
    data class Scanned(val code: String) : SearchAction
}

/** The languages a record can be in, as the catalogue codes them. */
val searchLanguages = listOf("eng" to Str.LangEnglish, "pol" to Str.LangPolish, "urd" to Str.LangUrdu)

@Composable
fun SearchScreen(state: SearchState, onAction: (SearchAction) -> Unit) {
    ScreenColumn(str(Str.SearchHeading)) {
        Field(str(Str.SearchBox), state.text, { onAction(SearchAction.TextChanged(it)) })
        ActionButton(str(Str.SearchScan), { onAction(SearchAction.ScanIsbn) }, primary = false)
        ActionButton(str(if (state.showFilters) Str.SearchHideFilters else Str.SearchFilters), { onAction(SearchAction.ToggleFilters) }, primary = false)
        if (state.showFilters) {
            ToggleRow(str(Str.SearchAvailableNow), state.availableNow) { onAction(SearchAction.AvailableNow(it)) }
            SectionHeading(str(Str.SearchLibrary))
            RadioRow(str(Str.Any), state.library == null) { onAction(SearchAction.LibraryChosen(null)) }
            state.libraries.forEach { c -> RadioRow(c.label, state.library == c.code) { onAction(SearchAction.LibraryChosen(c.code)) } }
            SectionHeading(str(Str.SearchFormat))
            RadioRow(str(Str.Any), state.format == null) { onAction(SearchAction.FormatChosen(null)) }
            state.formats.forEach { c -> RadioRow(c.label, state.format == c.code) { onAction(SearchAction.FormatChosen(c.code)) } }
            SectionHeading(str(Str.SearchLanguage))
            RadioRow(str(Str.Any), state.language == null) { onAction(SearchAction.LanguageChosen(null)) }
            searchLanguages.forEach { (code, label) -> RadioRow(str(label), state.language == code) { onAction(SearchAction.LanguageChosen(code)) } }
        }
        state.error?.let { Notice(it, isError = true) }
        if (state.searched && state.hits.isEmpty()) Body(str(Str.SearchNothing))
        if (state.hits.isNotEmpty()) SectionHeading(str(Str.SearchResults))
        state.hits.forEach { RowItem(it.sentence, it.lines, { onAction(SearchAction.Open(it.id)) }, str(Str.Open)) }
    }
}

/** Searches the catalogue on the phone as the person types (offline too); each filter change searches again. */
class SearchViewModel(core: AppCore) : CoreViewModel<SearchState, SearchAction>(SearchState(), core) {
    private var pending: Job? = null

    init {
        call {
            val libraries = core.app.libraries().map { Choice(it.code, it.name) }
            val formats = core.app.codes("format").map { Choice(it.code, it.text) }
            setState { it.copy(libraries = libraries, formats = formats) }
        }
    }

    override fun onAction(action: SearchAction) {
        when (action) {
            is SearchAction.TextChanged -> { setState { it.copy(text = action.text) }; search(typing = true) }
            is SearchAction.LibraryChosen -> { setState { it.copy(library = action.code) }; search() }
            is SearchAction.FormatChosen -> { setState { it.copy(format = action.code) }; search() }
            is SearchAction.LanguageChosen -> { setState { it.copy(language = action.code) }; search() }
            is SearchAction.AvailableNow -> { setState { it.copy(availableNow = action.on) }; search() }
            is SearchAction.Scanned -> { setState { it.copy(text = action.code.trim()) }; search() }
            SearchAction.ToggleFilters -> setState { it.copy(showFilters = !it.showFilters) }
            is SearchAction.Open, SearchAction.ScanIsbn -> Unit
        }
    }

    private fun search(typing: Boolean = false) {
        pending?.cancel()
        pending = viewModelScope.launch {
            if (typing) delay(150) // type-ahead: search when typing pauses
            val s = state.value
            if (s.text.isBlank()) {
                setState { it.copy(hits = emptyList(), searched = false, error = null) }
                return@launch
            }
            val page = withContext(core.io) {
                runCatching { core.app.search(SearchQuery(s.text, s.library, s.format, s.language, s.availableNow, 0u, 30u)) }
            }
            page.onSuccess { p ->
                val hits = p.hits.map { Item(it.id, it.title, listOf(it.summaryLine, it.availability)) }
                setState { it.copy(hits = hits, searched = true, error = null) }
            }.onFailure { e -> setState { it.copy(error = e.sentence()) } }
        }
    }
}

object SearchSamples {
    val results = SearchState(
        text = "chess", searched = true,
        hits = listOf(
            Item(1, "The Chess Player", listOf("Stefan Zweig, 2006, book", "On the shelf at Baswich Library")),
            Item(2, "Chess for Beginners", listOf("Large print, 2019", "All copies on loan; 1 waiting")),
        ),
    )
    val filters = SearchState(
        text = "garden", showFilters = true, availableNow = true, format = "large_print",
        libraries = listOf(Choice("BAS", "Baswich Library"), Choice("BRE", "Brewood Library")),
        formats = listOf(Choice("book", "Book"), Choice("large_print", "Large print"), Choice("audiobook", "Audiobook")),
    )
    val nothing = SearchState(text = "zzzz", searched = true)
    val all = listOf(
        Sample("search", "results", listOf(Str.SearchBox, "The Chess Player")) { on -> SearchScreen(results, on) },
        Sample("search", "filters", listOf(Str.SearchAvailableNow, "Large print")) { on -> SearchScreen(filters, on) },
        Sample("search", "nothing-found", listOf(Str.SearchNothing)) { on -> SearchScreen(nothing, on) },
    )
}
