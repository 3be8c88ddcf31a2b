package org.communitylibrary.ui

import java.io.File
import java.nio.file.Files
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.communitylibrary.cml.CmlApp
import org.communitylibrary.ui.core.AppCore
import org.communitylibrary.ui.core.CoreViewModel
import uniffi.cml_core.Config

/** The real hub (cml-hub with its demo data) on 127.0.0.1, in a throwaway folder; as tests/kotlin starts it. */
class TestHub {
    private val folder: File = Files.createTempDirectory("cml-android-hub").toFile()
    private lateinit var process: Process
    lateinit var url: String
        private set

    init {
        launch("127.0.0.1:0")
    }

    private fun launch(listen: String) {
        val bin = System.getenv("CML_HUB_BIN") ?: error("CML_HUB_BIN is not set")
        val pb = ProcessBuilder(bin, "serve", "--demo", "--listen", listen, "--database", "sqlite:$folder/hub.db")
        pb.environment()["CML_HUB_PIN_HASH_KIB"] = "256"
        pb.environment()["CML_LOG"] = "warn"
        pb.redirectError(ProcessBuilder.Redirect.DISCARD)
        process = pb.start()
        // The demo prints "Demo hub at http://127.0.0.1:PORT" once it listens.
        val first = process.inputStream.bufferedReader().readLine() ?: error("the hub did not start")
        url = first.substring(first.indexOf("http://"))
    }

    /** Stops the hub: the phone is offline from now on. */
    fun stop() {
        process.destroy()
        process.waitFor(15, TimeUnit.SECONDS)
    }

    /** Starts the hub again on the same address and database: back online. */
    fun restart() {
        if (process.isAlive) stop()
        launch(url.removePrefix("http://"))
    }

    /** A fresh phone (its own device store) pointed at this hub, as the app's one core object. */
    fun phone(language: String? = null): AppCore =
        AppCore(CmlApp(Config(Files.createTempDirectory("cml-android-device").toString(), url, null, "android jvm test", language)))

    /** A phone with [card] signed in and synced. */
    fun signedIn(card: String, pin: String, language: String? = null): AppCore = phone(language).also {
        runBlocking {
            it.app.login(card, pin)
            it.app.sync(null)
        }
    }

    fun close() {
        if (process.isAlive) stop()
        folder.deleteRecursively()
    }
}

/** The demo people (server/src/demo.rs). */
object Demo {
    const val MEMBER = "2100000001"; const val MEMBER_PIN = "1234"
    const val READER = "2100000002"; const val READER_PIN = "2468"
    const val CARER = "2100000003"; const val CARER_PIN = "1357"
    const val VOLUNTEER = "2100000004"; const val VOLUNTEER_PIN = "8642"
    const val COORDINATOR = "2100000005"; const val COORDINATOR_PIN = "9753"
}

/** Waits (at most 30 s) until the view model's state satisfies [ready], and returns it. */
fun <S> CoreViewModel<S, *>.await(what: String = "state", ready: (S) -> Boolean): S = runBlocking {
    try {
        withTimeout(30_000) { state.first(ready) }
    } catch (e: Exception) {
        throw AssertionError("timed out waiting for $what; last state: ${state.value.toString().take(3000)}", e)
    }
}
