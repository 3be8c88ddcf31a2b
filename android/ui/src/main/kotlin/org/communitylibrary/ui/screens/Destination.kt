package org.communitylibrary.ui.screens

import org.communitylibrary.ui.design.Str

/**
 * Every screen of the app, with its heading. The core's `ScreenTarget.screen` (reminders, Home items) names one of
 * these by [route]; the Android navigation host uses the same routes.
 */
enum class Destination(val route: String, val title: Str) {
    SignIn("sign_in", Str.SignInHeading),
    Home("home", Str.HomeHeading),
    Search("search", Str.SearchHeading),
    Title("title", Str.TitleHeading),
    Account("account", Str.AccountHeading),
    Events("events", Str.EventsHeading),
    Libraries("libraries", Str.LibrariesHeading),
    Join("join", Str.JoinHeading),
    HomeDelivery("home_delivery", Str.DeliveryHeading),
    ActingFor("acting_for", Str.ActingHeading),
    Today("today", Str.TodayHeading),
    Rota("rota", Str.RotaHeading),
    Round("round", Str.RoundHeading),
    Choose("choose", Str.ChooseHeading),
    DoorList("door_list", Str.DoorHeading),
    Desk("desk", Str.DeskHeading),
    Deliveries("deliveries", Str.DeliveriesHeading),
    EventsAndRooms("events_and_rooms", Str.ProgrammeHeading),
    Impact("impact", Str.ImpactHeading),
    HaveYourSay("have_your_say", Str.SayHeading),
    PublishConsultation("publish_consultation", Str.PublishHeading),
    ReadingLists("reading_lists", Str.ListsHeading),
    Settings("settings", Str.SettingsHeading),
    ;

    companion object {
        fun of(route: String): Destination? = entries.firstOrNull { it.route == route }

        /** The parts of the app for each of the core's role names (AccountView.roles). */
        fun forRoles(roles: List<String>): List<Destination> {
            val out = mutableListOf(Search, Account, Events, Libraries, ReadingLists, HaveYourSay, HomeDelivery)
            if ("carer" in roles) out += ActingFor
            if ("volunteer" in roles) out += listOf(Today, Rota, Round, Choose, DoorList, Desk)
            if ("coordinator" in roles || "admin" in roles) out += listOf(Deliveries, EventsAndRooms, Impact, PublishConsultation)
            return out + Settings
        }
    }
}

/** One row of a list, already worded: what is seen ([title], [details]) and the one sentence TalkBack reads. */
data class Item(
    val id: Long,
    val title: String,
    val details: List<String> = emptyList(),
    /** Extra code or key the screen's actions need (a barcode, a card number). */
    val key: String = "",
    val flags: Set<String> = emptySet(),
    /** What can be done with it, as the core says (ActionView): allowed or not, and why not. */
    val acts: List<Act> = emptyList(),
) {
    val sentence: String get() = (listOf(title) + details).filter { it.isNotBlank() }.joinToString(". ")
    val lines: List<String> get() = listOf(title) + details.filter { it.isNotBlank() }
}

/** One of the core's actions on a row (ActionView): its code, its words, whether it is allowed now and why not. */
data class Act(val action: String, val label: String, val allowed: Boolean = true, val whyNot: String? = null)

fun uniffi.cml_core.ActionView.act() = Act(action, label, allowed, whyNot)

/**
 * A row's actions: each allowed one a button; one not allowed is shown disabled with the core's reason beside it,
 * never hidden.
 */
@androidx.compose.runtime.Composable
fun Acts(item: Item, primary: String? = null, onAct: (Act) -> Unit) {
    item.acts.forEach { a -> ActButton(a, primary = a.action == primary) { onAct(a) } }
}

/** One of the core's actions as a button: disabled, with the core's reason beside it, when not allowed now. */
@androidx.compose.runtime.Composable
fun ActButton(a: Act, primary: Boolean = true, onClick: () -> Unit) {
    org.communitylibrary.ui.design.ActionButton(a.label, onClick, enabled = a.allowed, primary = primary)
    if (!a.allowed && a.whyNot != null) org.communitylibrary.ui.design.Body(a.whyNot)
}
