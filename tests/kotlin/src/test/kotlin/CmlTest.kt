import java.io.File
import java.time.LocalDate
import java.nio.file.Files
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.communitylibrary.cml.CmlApp
import org.communitylibrary.cml.CmlException
import org.communitylibrary.cml.DataListener
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import uniffi.cml_core.AnswerForm
import uniffi.cml_core.Config
import uniffi.cml_core.DeliveryForm
import uniffi.cml_core.PreferencesForm
import uniffi.cml_core.DataChange
import uniffi.cml_core.EventFilter
import uniffi.cml_core.SearchQuery

/** The generated Kotlin against a real hub (the cml-hub program with demo data) on 127.0.0.1. */
class CmlTest {
    private lateinit var hub: Process
    private lateinit var url: String
    private val folder: File = Files.createTempDirectory("cml-kotlin").toFile()

    @BeforeEach
    fun startHub() = launchHub("127.0.0.1:0")

    /** Stops the hub and starts it again on the same address and database. */
    private fun restartHub() {
        hub.destroy()
        hub.waitFor(15, TimeUnit.SECONDS)
        launchHub(url.removePrefix("http://"))
    }

    private fun launchHub(listen: String) {
        val bin = System.getenv("CML_HUB_BIN") ?: "../../target/debug/cml-hub"
        val pb = ProcessBuilder(bin, "serve", "--demo", "--listen", listen, "--database", "sqlite:${folder}/hub.db")
        pb.environment()["CML_HUB_PIN_HASH_KIB"] = "256"
        pb.environment()["CML_LOG"] = "warn"
        pb.redirectError(ProcessBuilder.Redirect.DISCARD)
        hub = pb.start()
        // The demo prints "Demo hub at http://127.0.0.1:PORT" once it listens.
        val first = hub.inputStream.bufferedReader().readLine() ?: fail("the hub did not start")
        url = first.substring(first.indexOf("http://"))
    }

    @AfterEach
    fun stopHub() {
        if (hub.isAlive) {
            hub.destroy()
            hub.waitFor(15, TimeUnit.SECONDS)
        }
        folder.deleteRecursively()
    }

    private fun app(): CmlApp =
        CmlApp(Config(Files.createTempDirectory("cml-device").toString(), url, null, "kotlin test"))

    private val allEvents = EventFilter(null, null, null, null)

    @Test
    fun signInSyncSearchOfflineAndBook() = runBlocking {
        val app = app()
        val me = app.login("2100000001", "1234")
        assertEquals("Margaret Hughes", me.name)
        val report = app.sync(null)
        assertEquals(8UL, report.collections.first().changes)

        val event = app.events(allEvents).first { it.canBook }
        val change = app.bookEvent(event.id, 2L)
        assertEquals("done", change.state)
        assertEquals("confirmed", change.code)

        hub.destroy()
        hub.waitFor(15, TimeUnit.SECONDS)
        val page = app.search(SearchQuery("chess", null, null, null, false, 0u, 20u))
        assertFalse(page.hits.isEmpty())
        assertEquals("confirmed", app.myBookings().first().status)
        try {
            app.sync(null)
            fail("a sync with the hub stopped must fail")
        } catch (e: CmlException.Offline) {
            assertTrue(e.detail.contains("offline"))
        }
    }

    @Test
    fun anErrorFromRustArrivesTypedWithItsFields() = runBlocking {
        val app = app()
        try {
            app.login("12ab", "1234")
            fail("a malformed card must be refused")
        } catch (e: CmlException.InvalidInput) {
            assertEquals("card", e.field)
            assertTrue(e.detail.contains("6 to 16 digits"))
        }
        try {
            app.login("2100000001", "0000")
            fail("a wrong PIN must be refused")
        } catch (e: CmlException.NotSignedIn) {
            assertTrue(e.detail.contains("do not match"))
        }
    }

    @Test
    fun aCancelledListenerStopsHearing() = runBlocking {
        val app = app()
        app.login("2100000001", "1234")
        app.sync(null)
        val heard = CopyOnWriteArrayList<DataChange>()
        val observation = app.observe(object : DataListener {
            override fun onChange(change: DataChange) {
                heard.add(change)
            }
        })
        val event = app.events(allEvents).first { it.canBook }
        app.bookEvent(event.id, 1L)
        delay(200)
        val count = heard.size
        assertTrue(count > 0)
        observation.cancel()
        app.cancelBooking(event.id)
        app.sync(null)
        delay(200)
        assertEquals(count, heard.size)
    }

    @Test
    fun reserveCollectAtTheDeskAndRenew() = runBlocking {
        val member = app()
        member.login("2100000001", "1234")
        member.sync(null)
        // A copy on the shelf at Glascote, where the demo volunteer is on the desk.
        val (recordId, barcode) = member.search(SearchQuery("the", "GLA", null, null, true, 0u, 20u)).hits
            .firstNotNullOf { hit ->
                member.record(hit.id).copies.firstOrNull { it.available && it.libraryCode == "GLA" }?.let { hit.id to it.barcode }
            }
        try {
            member.reserve(recordId, "NOPE")
            fail("an unknown pickup library must be refused")
        } catch (e: CmlException.InvalidInput) {
            assertEquals("pickup", e.field)
        }
        val placed = member.reserve(recordId, null)
        assertEquals("reserved", placed.code)
        val hold = member.holds().first()
        assertEquals(1L, hold.queuePosition)
        assertEquals("code128", member.card().symbology)

        val desk = app()
        desk.login("2100000004", "8642")
        assertEquals("checked_out", desk.deskCheckout(barcode, "2100000001").code)
        member.sync(null)
        assertTrue(member.holds().isEmpty())
        val loan = member.loans().first()
        assertEquals(21L, loan.daysLeft)
        assertEquals("renewed", member.renew(loan.loanId).code)
    }

    @Test
    fun requestADeliveryRecordAVisitOfflineCheckInAndReadTheImpactReport() = runBlocking {
        val member = app()
        member.login("2100000001", "1234")
        member.sync(null)
        val form = DeliveryForm(null, "12 Lynton Avenue, Stafford", "ST17 0EA", "Ring twice.", 3u.toUByte(), "afternoon",
            "monthly", PreferencesForm(listOf("large_print"), listOf("romance"), listOf(), listOf(), true, false, ""))
        try {
            member.requestDelivery(form.copy(frequency = "hourly"))
            fail("an unknown frequency must be refused")
        } catch (e: CmlException.InvalidInput) {
            assertEquals("frequency", e.field)
        }
        assertEquals("delivery_requested", member.requestDelivery(form).code)
        assertEquals("requested", member.deliveries().first().status)

        val volunteer = app()
        volunteer.login("2100000004", "8642")
        volunteer.sync(null)
        val stop = volunteer.round(LocalDate.now().plusDays(1).toString()).first()
        assertEquals("Arthur Bennett", stop.readerName)
        hub.destroy()
        hub.waitFor(15, TimeUnit.SECONDS)
        assertEquals("waiting", volunteer.recordVisit(stop.visitId, "not_home", "No answer.", listOf(), listOf()).state)
        assertEquals("waiting", volunteer.checkIn("GLA", null, null).state)
        restartHub()
        volunteer.sync(null)
        val codes = volunteer.changes(10u).map { it.state to it.code }
        assertTrue(codes.contains("done" to "not_home"), codes.toString())
        assertTrue(codes.contains("done" to "checked_in"), codes.toString())
        assertEquals("checked_out", volunteer.checkOut(null).code)

        val coordinator = app()
        coordinator.login("2100000005", "9753")
        val today = LocalDate.now().toString()
        val report = coordinator.impactReport("GLA", today, today)
        assertEquals("GLA", report.library)
        assertEquals(1L, report.activeVolunteers)
        try {
            member.impactReport("GLA", today, today)
            fail("a member may not read the impact report")
        } catch (e: CmlException.NotAllowed) {
            assertTrue(e.detail.isNotEmpty())
        }
    }

    @Test
    fun homeInOneCallACarerActsForAMemberAndAConsultationIsAnsweredOffline() = runBlocking {
        val susan = app()
        susan.login("2100000003", "1357")
        susan.sync(null)
        val home = susan.homeScreen()
        assertEquals("Susan Bennett", home.person?.name)
        assertTrue(home.status.summary.startsWith("Up to date"), home.status.summary)
        assertEquals(listOf("Susan Bennett", "Arthur Bennett"), susan.actingForScreen().people.map { it.name })
        assertEquals("Arthur Bennett", susan.actFor("2100000002").actingFor?.name)
        val his = susan.homeScreen()
        assertEquals("Acting for Arthur Bennett", his.greeting)
        val visit = his.items.first { it.kind == "next_visit" }
        assertTrue(visit.text.startsWith("Next home delivery for Arthur Bennett:"), visit.text)
        assertTrue(susan.deliveries().all { it.readerCard == "2100000002" })
        susan.actFor(null)
        assertEquals(null, susan.homeScreen().actingFor)

        val member = app()
        member.login("2100000001", "1234")
        member.sync(null)
        val hours = member.consultations().first { it.libraryCode == "HOL" }
        assertTrue(hours.canAnswer)
        hub.destroy()
        hub.waitFor(15, TimeUnit.SECONDS)
        val answers = listOf(
            AnswerForm(0u, 3u, null, null),
            AnswerForm(1u, null, 4L, null),
            AnswerForm(2u, null, null, "Later on Thursdays, please."),
        )
        assertEquals("waiting", member.answerConsultation(hours.id, answers).state)
        assertTrue(member.consultations().first { it.id == hours.id }.answerWaiting)
        assertTrue(member.homeScreen().status.summary.startsWith("Offline"))
        restartHub()
        member.sync(null)
        assertTrue(member.consultations().first { it.id == hours.id }.answered)
    }

    @Test
    fun theLanguageSwitchesAtOnceAndHomeReadsInPolishAndUrdu() = runBlocking {
        val app = app()
        assertEquals("en", app.language())
        app.login("2100000001", "1234")
        app.sync(null)
        val event = app.events(allEvents).first { it.canBook }
        app.bookEvent(event.id, 1L)
        val english = app.homeScreen()
        assertTrue(english.greeting.endsWith(", Margaret"), english.greeting)

        // Polish, with no sync: the greeting, the sync line and every item.
        assertEquals("pl", app.setLanguage("pl"))
        val polish = app.homeScreen()
        assertTrue(
            polish.greeting in setOf("Witaj, Margaret", "Dzień dobry, Margaret", "Dobry wieczór, Margaret"),
            polish.greeting,
        )
        assertTrue(polish.status.summary.startsWith("Wszystko aktualne"), polish.status.summary)
        val next = polish.items.first { it.kind == "next_event" }
        assertTrue(next.text.startsWith("Twoje następne wydarzenie: „"), next.text)
        assertEquals(english.items.size, polish.items.size)
        english.items.zip(polish.items).forEach { (en, pl) -> assertNotEquals(en.text, pl.text) }

        // Urdu: right to left, in its own script.
        assertEquals("ur", app.setLanguage("ur"))
        assertTrue(app.languageIsRtl())
        val urdu = app.homeScreen()
        val plain = urdu.greeting.replace("\u2068", "").replace("\u2069", "")
        assertTrue(plain in setOf("سلام، Margaret", "صبح بخیر، Margaret", "شام بخیر، Margaret"), urdu.greeting)
        assertTrue(urdu.status.summary.contains("تازہ"), urdu.status.summary)
        assertTrue(urdu.items.first { it.kind == "next_event" }.text.startsWith("آپ کی اگلی تقریب:"))
    }
}
