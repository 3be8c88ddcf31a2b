package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
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
import org.communitylibrary.ui.design.str
import uniffi.cml_core.AnswerForm

data class Question(val index: Int, val kind: String, val text: String, val choices: List<String>, val low: String?, val high: String?, val top: Int)

/** An answer being given: the choice's index, the scale's value, or the text. */
data class Answer(val choice: Int? = null, val scale: Int? = null, val text: String = "")

data class OpenConsultation(val id: Long, val title: String, val description: String, val questions: List<Question>, val canAnswer: Boolean, val whyNot: String?)

data class SayState(
    val consultations: List<Item> = emptyList(),
    val open: OpenConsultation? = null,
    val answers: Map<Int, Answer> = emptyMap(),
    /** The results: the core's summary then each question's lines. */
    val results: List<String> = emptyList(),
    val result: String? = null,
    val error: String? = null,
)

sealed interface SayAction {
    data class Open(val id: Long) : SayAction
    data object Back : SayAction
    data class Choose(val question: Int, val choice: Int) : SayAction
    data class Scale(val question: Int, val value: Int) : SayAction
    data class Text(val question: Int, val text: String) : SayAction
    data object Send : SayAction
    data class Results(val id: Long) : SayAction
}

@Composable
fun HaveYourSayScreen(state: SayState, onAction: (SayAction) -> Unit) {
    val c = state.open
    if (c != null) {
        ScreenColumn(c.title) {
            Body(c.description)
            state.error?.let { Notice(it, isError = true) }
            c.whyNot?.let { Notice(it) }
            c.questions.forEach { q ->
                SectionHeading(q.text)
                val a = state.answers[q.index] ?: Answer()
                when (q.kind) {
                    "choice" -> q.choices.forEachIndexed { i, label -> RadioRow(label, a.choice == i) { onAction(SayAction.Choose(q.index, i)) } }
                    "scale" -> (1..q.top).forEach { v ->
                        val label = when (v) { 1 -> listOfNotNull("1", q.low).joinToString(": "); q.top -> listOfNotNull("$v", q.high).joinToString(": "); else -> "$v" }
                        RadioRow(label, a.scale == v) { onAction(SayAction.Scale(q.index, v)) }
                    }
                    else -> Field(str(Str.SayYourAnswer), a.text, { onAction(SayAction.Text(q.index, it)) }, singleLine = false)
                }
            }
            if (c.canAnswer) ActionButton(str(Str.SaySend), { onAction(SayAction.Send) })
            ActionButton(str(Str.Back), { onAction(SayAction.Back) }, primary = false)
        }
        return
    }
    ScreenColumn(str(Str.SayHeading)) {
        state.result?.let { Notice(it) }
        state.error?.let { Notice(it, isError = true) }
        if (state.consultations.isEmpty()) Body(str(Str.SayNone))
        state.consultations.forEach { i ->
            RowItem(i.sentence, i.lines, { onAction(SayAction.Open(i.id)) }, str(Str.Open)) {
                ActionButton(str(Str.SayResults), { onAction(SayAction.Results(i.id)) }, primary = false)
            }
        }
        if (state.results.isNotEmpty()) {
            SectionHeading(str(Str.SayResults))
            state.results.forEach { Body(it) }
        }
    }
}

class HaveYourSayViewModel(core: AppCore) : CoreViewModel<SayState, SayAction>(SayState(), core) {
    init {
        startObserving()
    }

    override fun load(): SayState {
        val all = core.app.consultations()
        val s = state.value
        return s.copy(
            consultations = all.map { Item(it.id, it.title, listOfNotNull(it.libraryName, it.periodText, it.whyNot)) },
            open = s.open?.let { o -> all.firstOrNull { it.id == o.id }?.let(::opened) },
        )
    }

    private fun opened(c: uniffi.cml_core.ConsultationView) = OpenConsultation(
        c.id, c.title, c.description,
        c.questions.map { Question(it.index.toInt(), it.kind, it.text, it.choices, it.scaleLow, it.scaleHigh, it.scaleTop.toInt()) },
        c.canAnswer, c.whyNot,
    )

    override fun onAction(action: SayAction) {
        when (action) {
            is SayAction.Open -> call {
                val c = core.app.consultations().first { it.id == action.id }
                setState { it.copy(open = opened(c), answers = emptyMap(), error = null) }
            }
            SayAction.Back -> setState { it.copy(open = null) }
            is SayAction.Choose -> answer(action.question) { it.copy(choice = action.choice) }
            is SayAction.Scale -> answer(action.question) { it.copy(scale = action.value) }
            is SayAction.Text -> answer(action.question) { it.copy(text = action.text) }
            SayAction.Send -> {
                val s = state.value
                val c = s.open ?: return
                val forms = c.questions.map { q ->
                    val a = s.answers[q.index] ?: Answer()
                    AnswerForm(q.index.toUInt(), a.choice?.toUInt(), a.scale?.toLong(), a.text.ifBlank { null })
                }
                call {
                    val change = core.app.answerConsultation(c.id, forms)
                    setState { it.copy(open = null, result = change.outcome ?: change.summary, error = null) }
                    refresh()
                }
            }
            is SayAction.Results -> call {
                val r = core.app.consultationResults(action.id)
                val lines = listOf(r.summary) + r.questions.flatMap { q ->
                    listOf(q.text) + q.labels.zip(q.counts).map { (l, n) -> "$l: $n" } + q.texts.map { "“$it”" }
                }
                setState { it.copy(results = lines, error = null) }
            }
        }
    }

    private fun answer(q: Int, change: (Answer) -> Answer) = setState { it.copy(answers = it.answers + (q to change(it.answers[q] ?: Answer()))) }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object HaveYourSaySamples {
    val list = SayState(
        consultations = listOf(Item(1, "Our opening hours", listOf("Holmcroft Library", "Open until 31 January"))),
        result = "Thank you: your answers will be sent when you are back online.",
    )
    val answering = SayState(
        open = OpenConsultation(
            1, "Our opening hours", "Holmcroft is thinking about opening on Saturday afternoons.",
            listOf(
                Question(0, "choice", "Which afternoon suits you?", listOf("Saturday", "Sunday", "Neither"), null, null, 0),
                Question(1, "scale", "How much would you use it?", emptyList(), "Not at all", "A lot", 5),
                Question(2, "text", "Anything else?", emptyList(), null, null, 0),
            ),
            canAnswer = true, whyNot = null,
        ),
        answers = mapOf(0 to Answer(choice = 0)),
    )
    val all = listOf(
        Sample("have-your-say", "list", listOf(Str.SayHeading, "Our opening hours", list.result!!)) { on -> HaveYourSayScreen(list, on) },
        Sample("have-your-say", "answering", listOf("Which afternoon suits you?", "Saturday", Str.SaySend)) { on -> HaveYourSayScreen(answering, on) },
    )
}
