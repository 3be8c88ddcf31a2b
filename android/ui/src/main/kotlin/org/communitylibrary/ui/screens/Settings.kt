package org.communitylibrary.ui.screens

import androidx.compose.runtime.Composable
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.AppSettings
import org.communitylibrary.ui.core.CoreViewModel
import org.communitylibrary.ui.core.sentence
import org.communitylibrary.ui.design.ActionButton
import org.communitylibrary.ui.design.Body
import org.communitylibrary.ui.design.Notice
import org.communitylibrary.ui.design.RadioRow
import org.communitylibrary.ui.design.ScreenColumn
import org.communitylibrary.ui.design.SectionHeading
import org.communitylibrary.ui.design.Str
import org.communitylibrary.ui.design.ToggleRow
import org.communitylibrary.ui.design.str

/** The languages, each named in itself (the same in every catalogue). */
val languages = listOf(Choice("en", "English"), Choice("pl", "Polski"), Choice("ur", "اردو"))

data class SettingsState(
    val language: String = "en",
    val simpleMode: Boolean = false,
    val libraries: List<Choice> = emptyList(),
    /** Libraries whose catalogue is kept on the phone for offline search. */
    val offline: Set<String> = emptySet(),
    val signedIn: Boolean = true,
    val error: String? = null,
)

sealed interface SettingsAction {
    data class Language(val code: String) : SettingsAction
    data class SimpleMode(val on: Boolean) : SettingsAction
    data class KeepOffline(val code: String, val keep: Boolean) : SettingsAction
    /** Signs out: the core removes the person's data from the phone. */
    data object SignOut : SettingsAction
    /** The Android host opens the system's notification settings (a channel per kind). */
    data object Notifications : SettingsAction
}

@Composable
fun SettingsScreen(state: SettingsState, onAction: (SettingsAction) -> Unit) {
    ScreenColumn(str(Str.SettingsHeading)) {
        state.error?.let { Notice(it, isError = true) }
        SectionHeading(str(Str.SettingsLanguage))
        languages.forEach { l -> RadioRow(l.label, state.language == l.code) { onAction(SettingsAction.Language(l.code)) } }
        SectionHeading(str(Str.SettingsSimple))
        Body(str(Str.SettingsSimpleHelp))
        ToggleRow(str(Str.SettingsSimpleOn), state.simpleMode) { onAction(SettingsAction.SimpleMode(it)) }
        SectionHeading(str(Str.SettingsTextSize))
        Body(str(Str.SettingsTextSizeHelp))
        SectionHeading(str(Str.SettingsNotifications))
        ActionButton(str(Str.SettingsNotificationsOpen), { onAction(SettingsAction.Notifications) }, primary = false)
        SectionHeading(str(Str.SettingsOffline))
        state.libraries.forEach { l -> ToggleRow(l.label, l.code in state.offline) { onAction(SettingsAction.KeepOffline(l.code, it)) } }
        if (state.signedIn) {
            SectionHeading(str(Str.SettingsSignOut))
            Body(str(Str.SettingsSignOutHelp))
            ActionButton(str(Str.SettingsSignOut), { onAction(SettingsAction.SignOut) })
        }
    }
}

class SettingsViewModel(core: AppCore, private val settings: AppSettings) : CoreViewModel<SettingsState, SettingsAction>(SettingsState(), core) {
    init {
        startObserving()
    }

    override fun load() = state.value.copy(
        language = core.app.language(),
        simpleMode = settings.simpleMode,
        libraries = core.app.libraries().map { Choice(it.code, it.name) },
        offline = core.app.myLibraries().toSet(),
        signedIn = core.app.whoami() != null,
    )

    override fun onAction(action: SettingsAction) {
        when (action) {
            is SettingsAction.Language -> call { core.app.setLanguage(action.code) }
            is SettingsAction.SimpleMode -> { settings.simpleMode = action.on; setState { it.copy(simpleMode = action.on) } }
            is SettingsAction.KeepOffline -> call {
                val now = core.app.myLibraries().toMutableSet()
                if (action.keep) now += action.code else now -= action.code
                core.app.setMyLibraries(now.toList())
                refresh()
            }
            SettingsAction.SignOut -> call { core.app.logout(); refresh() }
            SettingsAction.Notifications -> Unit
        }
    }

    override fun onFailure(e: Throwable) = setState { it.copy(error = e.sentence()) }
}

object SettingsSamples {
    val english = SettingsState(
        libraries = listOf(Choice("BAS", "Baswich Library"), Choice("BRE", "Brewood Library")), offline = setOf("BAS"),
    )
    val all = listOf(Sample("settings", "english", listOf(Str.SettingsLanguage, "Polski", Str.SettingsSimpleOn)) { on -> SettingsScreen(english, on) })
}
