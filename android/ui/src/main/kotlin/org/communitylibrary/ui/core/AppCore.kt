package org.communitylibrary.ui.core

import androidx.lifecycle.ViewModel
import androidx.lifecycle.viewModelScope
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.Job
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.communitylibrary.cml.CmlApp
import org.communitylibrary.cml.CmlException
import org.communitylibrary.cml.DataListener
import org.communitylibrary.cml.Observation
import uniffi.cml_core.DataChange

/**
 * The application's one core object, and the dispatcher every core call runs on (never the main thread).
 * The Android app makes one in its Application; the JVM tests make one per person.
 */
class AppCore(val app: CmlApp, val io: CoroutineDispatcher = Dispatchers.IO)

/** The sentence to show for a failed core call: the core words every error in the person's language. */
fun Throwable.sentence(): String = when (this) {
    is CmlException.Offline -> detail
    is CmlException.NotSignedIn -> detail
    is CmlException.NotAllowed -> detail
    is CmlException.NotFound -> detail
    is CmlException.Conflict -> detail
    is CmlException.InvalidInput -> detail
    is CmlException.TooManyAttempts -> detail
    is CmlException.Storage -> detail
    is CmlException.Hub -> detail
    is CmlException.Internal -> detail
    else -> message ?: toString()
}

/** The field a core refusal points at, if any ("card", "pin", "pickup"). */
fun Throwable.field(): String? = (this as? CmlException.InvalidInput)?.field

/**
 * What every screen's view model shares: one state value, actions in, core calls off the main thread, and a
 * reload whenever the device store changes (the core's data listener), so an open screen stays up to date.
 * A subclass maps core records to its state and its actions to core calls; it holds no rule of its own.
 */
abstract class CoreViewModel<S, A>(initial: S, protected val core: AppCore) : ViewModel() {
    private val mutable = MutableStateFlow(initial)
    val state: StateFlow<S> = mutable.asStateFlow()
    private var observation: Observation? = null

    abstract fun onAction(action: A)

    /** Reads the screen's records from the device store (runs on the core's dispatcher). */
    protected open fun load(): S? = null

    protected fun setState(change: (S) -> S) = mutable.update(change)

    /** Reloads now and whenever the device store changes. Call once from the subclass's init. */
    protected fun startObserving() {
        refresh()
        observation = core.app.observe(object : DataListener {
            override fun onChange(change: DataChange) {
                refresh()
            }
        })
    }

    /**
     * Reads the screen again off the main thread. [load] builds on the state it reads; if the person changed the state
     * meanwhile (typed a letter), the read is done again, so nothing they did is lost.
     */
    protected fun refresh(): Job = viewModelScope.launch {
        repeat(5) {
            val before = mutable.value
            val loaded = withContext(core.io) { runCatching { load() } }
            loaded.onFailure { e -> onFailure(e); return@launch }
            val s = loaded.getOrNull() ?: return@launch
            if (mutable.compareAndSet(before, s)) return@launch
        }
    }

    /** Runs [block] on the core's dispatcher; a failure goes to [onFailure] as a sentence. */
    protected fun call(block: suspend () -> Unit): Job = viewModelScope.launch {
        try {
            withContext(core.io) { block() }
        } catch (e: Exception) {
            onFailure(e)
        }
    }

    protected open fun onFailure(e: Throwable) {}

    private var timer: Job? = null

    /**
     * Reads the screen again at [epochSeconds]: the core's `refresh_at`, when its time-dependent words ("due
     * tomorrow", "updated 5 minutes ago") next change. Call from [load] with each record's value.
     */
    protected fun refreshAt(epochSeconds: Long?) {
        timer?.cancel()
        if (epochSeconds == null) return
        timer = viewModelScope.launch {
            delay(maxOf(epochSeconds * 1000 - System.currentTimeMillis(), 0L) + 500)
            refresh()
        }
    }

    override fun onCleared() {
        observation?.cancel()
        observation = null
    }
}
