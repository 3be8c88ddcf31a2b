package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.field
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Field
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.str
import uniffi.cml_core.ConsultationForm
import uniffi.cml_core.QuestionForm

/** One question as typed: for a choice, the choices one a line. */
data class DraftQuestion(val kind: String = "choice", val text: String = "", val choices: String = "")

data class PublishState(
    val library: String = "",
    val title: String = "",
    val description: String = "",
    val opens: String = "",
    val closes: String = "",
    val questions: List<DraftQuestion> = listOf(DraftQuestion()),
    val errorField: String? = null,
    val result: String? = null,
    val error: String? = null,
)

sealed interface PublishAction {
    data class Edit(val change: (PublishState) -> PublishState) : PublishAction
    data class EditQuestion(val index: Int, val change: (DraftQuestion) -> DraftQuestion) : PublishAction
    data object AddQuestion : PublishAction
    data object Publish : PublishAction
}

val questionKinds = listOf("choice" to Str.PublishChoice, "scale" to Str.PublishScale, "text" to Str.PublishText)

@Composable
fun PublishConsultationScreen(state: PublishState, onAction: (PublishAction) -> Unit) {
    ScreenColumn(str(Str.PublishHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        fun edit(c: (PublishState) -> PublishState) = onAction(PublishAction.Edit(c))
        fun err(name: String) = state.error.takeIf { state.errorField == name }
        Field(str(Str.SearchLibrary), state.library, { v -> edit { it.copy(library = v) } }, err("library"))
        Field(str(Str.ProgrammeTitle), state.title, { v -> edit { it.copy(title = v) } }, err("title"))
        Field(str(Str.ProgrammeDescription), state.description, { v -> edit { it.copy(description = v) } }, singleLine = false)
        Field(str(Str.PublishOpens), state.opens, { v -> edit { it.copy(opens = v) } }, err("opens_on"))
        Field(str(Str.PublishCloses), state.closes, { v -> edit { it.copy(closes = v) } }, err("closes_on"))
        state.questions.forEachIndexed { i, q ->
            SectionHeading(str(Str.PublishQuestion, i + 1))
            fun editQ(c: (DraftQuestion) -> DraftQuestion) = onAction(PublishAction.EditQuestion(i, c))
            questionKinds.forEach { (code, label) -> RadioRow(str(label), q.kind == code) { editQ { it.copy(kind = code) } } }
            Field(str(Str.PublishQuestionText), q.text, { v -> editQ { it.copy(text = v) } })
            if (q.kind == "choice") Field(str(Str.PublishChoices), q.choices, { v -> editQ { it.copy(choices = v) } }, singleLine = false)
        }
        ActionButton(str(Str.PublishAdd), { onAction(PublishAction.AddQuestion) }, primary = false)
        ActionButton(str(Str.PublishButton), { onAction(PublishAction.Publish) })
    }
}

class PublishConsultationViewModel(core: AppCore) : CoreViewModel<PublishState, PublishAction>(PublishState(), core) {
    override fun onAction(action: PublishAction) {
        when (action) {
            is PublishAction.Edit -> setState(action.change)
            is PublishAction.EditQuestion -> setState { s -> s.copy(questions = s.questions.mapIndexed { i, q -> if (i == action.index) action.change(q) else q }) }
            PublishAction.AddQuestion -> setState { it.copy(questions = it.questions + DraftQuestion()) }
            PublishAction.Publish -> {
                val s = state.value
                val form = ConsultationForm(
                    s.library.trim(), s.title, s.description, s.opens.trim(), s.closes.trim(),
                    s.questions.map { q -> QuestionForm(q.kind, q.text, q.choices.lines().map { it.trim() }.filter { it.isNotEmpty() }, null, null) },
                )
                call {
                    val c = core.app.publishConsultation(form)
                    setState { PublishState(result = "${c.title}: ${c.periodText}") }
                }
            }
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence(), errorField = e.field()) }
}

object PublishConsultationSamples {
    val draft = PublishState(
        library = "HOL", title = "Our opening hours", opens = "2026-12-01", closes = "2027-01-31",
        questions = listOf(DraftQuestion("choice", "Which afternoon suits you?", "Saturday\nSunday\nNeither")),
    )
    val all = listOf(Sample("publish-consultation", "draft", listOf(Str.PublishButton, Str.PublishChoices)) { on -> PublishConsultationScreen(draft, on) })
}
