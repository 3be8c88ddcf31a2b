//! What the screens show, ready to display: each screen gets one of these from one call.

use cml_api::Account;

/// A code a person sees and its display text in their language ("not_home": "Not at home").
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CodeText {
    pub code: String,
    pub text: String,
}

/// The signed-in person.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AccountView {
    pub id: i64,
    pub card: String,
    pub name: String,
    /// "member", "carer", "volunteer", "coordinator", "admin".
    pub roles: Vec<String>,
    /// The code of the home library.
    pub home_library: Option<String>,
    /// Joined in the app; not yet confirmed at the library (cannot borrow or reserve yet).
    pub provisional: bool,
    /// Where reservations go unless the member chooses otherwise.
    pub default_pickup: Option<String>,
    /// Whether returned loans are kept in the reading history.
    pub history_enabled: bool,
}

impl From<&Account> for AccountView {
    fn from(a: &Account) -> Self {
        AccountView {
            id: a.id,
            card: a.card.clone(),
            name: a.name.clone(),
            roles: a.roles.iter().map(|r| r.as_str().to_owned()).collect(),
            home_library: a.home_library.clone(),
            provisional: a.provisional,
            default_pickup: a.default_pickup.clone().or_else(|| a.home_library.clone()),
            history_enabled: a.history_enabled,
        }
    }
}

/// One day of a library's regular week.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DayHours {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// "Monday".
    pub day: String,
    /// "9:30am to 1pm, 2pm to 5pm", or "Closed".
    pub hours: String,
}

/// A coming closure.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ClosureView {
    /// "YYYY-MM-DD".
    pub from: String,
    /// "YYYY-MM-DD", the last day closed.
    pub to: String,
    pub reason: String,
    /// "Closed Friday 25 December: Christmas Day".
    pub text: String,
}

/// The Libraries screen's entry for one library.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LibraryView {
    pub code: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    /// Open at this moment.
    pub open_now: bool,
    /// "Open today 9:30am to 1pm", "Closed today", or "Closed today: Christmas Day".
    pub today: String,
    /// Monday to Sunday.
    pub week: Vec<DayHours>,
    /// Closures that have not ended, soonest first.
    pub closures: Vec<ClosureView>,
}

/// How far a sync has got, for a progress bar.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncProgress {
    pub collection: String,
    /// Changes applied so far in this collection.
    pub done: u64,
    /// Changes to apply in this collection in all.
    pub total: u64,
}

/// What one sync did.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncReport {
    /// Changes pulled from the hub, per collection, in the order pulled.
    pub collections: Vec<CollectionReport>,
    /// All changes pulled.
    pub changes: u64,
    /// When it finished, seconds since 1970 (UTC).
    pub finished_at: i64,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CollectionReport {
    pub collection: String,
    pub changes: u64,
}

/// The sync state in plain words, for the Home screen's status line.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncStatus {
    pub signed_in: bool,
    /// The signed-in person's name.
    pub name: Option<String>,
    pub hub_url: String,
    /// The last sync that finished, seconds since 1970 (UTC).
    pub last_sync: Option<i64>,
    /// Whether the hub answered the last time it was tried; None before the first try.
    pub online: Option<bool>,
    /// Changes made on this device that the hub has not confirmed yet.
    pub pending_changes: u64,
    /// "Up to date", "Offline: 2 changes will be sent when you are back online", ….
    pub summary: String,
    /// Changes made for another hub than this device now uses, kept until they are sent there
    /// (the device goes back to it) or discarded (`discard_held_changes`).
    pub held_changes: u64,
    /// The hub those changes are for.
    pub held_for_hub: Option<String>,
    /// The person was signed out because the device was pointed at another hub.
    pub signed_out_for_another_hub: bool,
}

/// Which events to list; every field is optional.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventFilter {
    /// A library code.
    pub library: Option<String>,
    /// A category, such as "yoga".
    pub category: Option<String>,
    /// The first day, "YYYY-MM-DD" (UK date).
    pub from_date: Option<String>,
    /// The last day, "YYYY-MM-DD".
    pub to_date: Option<String>,
}

/// One event on the Events screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventView {
    pub id: i64,
    pub library_code: String,
    pub library_name: String,
    pub title: String,
    pub description: String,
    pub category: String,
    /// "Tuesday 1 December, 10am to 11am" (UK time).
    pub when: String,
    /// Seconds since 1970 (UTC).
    pub starts_at: i64,
    pub ends_at: i64,
    pub places_left: i64,
    /// "5 places left", "Full: you can join the waiting list", "Drop in: no booking needed",
    /// "Cancelled".
    pub availability: String,
    pub accessibility: String,
    pub booking_required: bool,
    pub cancelled: bool,
    /// "You are booked (2 places)", "You are 2nd on the waiting list", "Booking for 1 place
    /// waiting to be sent"; none when the member has no booking.
    pub my_booking: Option<String>,
    /// Whether to show the Book button.
    pub can_book: bool,
    /// Who it is for.
    pub audience: String,
    pub room: Option<String>,
    /// Set when it is one session of a series (book one session, or all with `book_series`).
    pub series_id: Option<i64>,
    /// Why the library cancelled it.
    pub cancel_reason: Option<String>,
    /// The library's address, for a calendar entry: "Baswich Library, Lichfield Road, Stafford ST17 0AA".
    pub address: String,
    /// "book" (or "join_waiting_list" when full), "cancel", "add_to_calendar": each allowed
    /// now or not, and why not.
    pub actions: Vec<ActionView>,
}

/// One of the member's bookings.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BookingView {
    /// None while the booking is still waiting to be sent.
    pub booking_id: Option<i64>,
    pub event_id: i64,
    pub event_title: String,
    pub when: String,
    pub library_name: String,
    pub places: i64,
    /// "waiting_to_send", "confirmed", "waitlisted", "cancelled", "event_cancelled".
    pub status: String,
    /// "Booked (2 places)", "2nd on the waiting list", "Waiting to be sent".
    pub status_text: String,
    pub waitlist_position: Option<i64>,
}

/// A change made on this device, and what became of it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChangeView {
    /// The idempotency key.
    pub key: String,
    /// "Book 1 place at Chair yoga (Tuesday 1 December, 10am to 11am)".
    pub summary: String,
    /// "waiting" (not yet confirmed by the hub), "done", or "refused".
    pub state: String,
    /// The hub's code: "confirmed", "waitlisted", "cancelled", "event_full", …
    pub code: Option<String>,
    /// The outcome in words: "Your place at Chair yoga is confirmed."
    pub outcome: Option<String>,
    /// When the person made the change, seconds since 1970.
    pub made_at: i64,
    /// Tries to send it so far.
    pub attempts: u32,
    /// Why the last try failed, if it did.
    pub last_error: Option<String>,
}

/// What changed in the device store, and which screens show it: a screen on the list (or, with
/// an id, the screen of that item) reads its record again.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DataChange {
    /// The collections changed: "session", "libraries", "events", "bookings", "outbox",
    /// "status", "catalogue", "holds", "loans", …
    pub what: Vec<String>,
    /// Why: "sync" (pulled from the hub), "change" (made on this phone, offline too), "outcome"
    /// (the hub answered a change), "session" (signed in or out, or switched person),
    /// "settings" (language, libraries kept).
    pub cause: String,
    /// The screens to read again ("home", "account", "title", "events", "today", …); `id` set
    /// when only one item's screen is concerned (a Title screen's record id).
    pub screens: Vec<ScreenTarget>,
}

/// When a screen's data was last brought up to date from the hub.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DataAge {
    /// The last sync that finished, seconds since 1970 (UTC); none before the first.
    pub synced_at: Option<i64>,
    /// "Updated 5 minutes ago.", "Not updated yet." (with "Offline." first when the hub did not
    /// answer the last time it was tried).
    pub text: String,
    pub offline: bool,
}

/// A catalogue search as the member typed it.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchQuery {
    /// Words (the last may be half-typed) or an ISBN with or without hyphens.
    pub text: String,
    /// Only records with a copy at this library (its code).
    pub library: Option<String>,
    /// Only this format: "book", "large_print", "audiobook", "ebook", "dvd", …
    pub format: Option<String>,
    /// Only this language (MARC code, "eng").
    pub language: Option<String>,
    /// Only records with a copy on the shelf now (at `library`, or at the member's libraries).
    pub available_now: bool,
    pub offset: u32,
    /// Page size (default 20, at most 100).
    pub limit: u32,
}

/// One search result, ready to show.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchHit {
    pub id: i64,
    pub title: String,
    /// The first author, "Brontë, Charlotte".
    pub author: Option<String>,
    pub year: Option<String>,
    /// "Large print", "Audiobook", …
    pub format: String,
    /// "Book · 2005 · Penguin"
    pub summary_line: String,
    /// "On the shelf at Baswich Library", "All 3 copies are on loan", "No copies at your libraries".
    pub availability: String,
    pub available_now: bool,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchPage {
    pub hits: Vec<SearchHit>,
    /// More results follow (ask with a larger offset).
    pub has_more: bool,
}

/// A copy on the Title screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CopyView {
    pub barcode: String,
    pub library_code: String,
    pub library_name: String,
    /// "On the shelf", "On loan, due back 12 December", "Reference only", …
    pub status: String,
    pub available: bool,
    pub call_number: Option<String>,
    pub location: Option<String>,
}

/// The Title screen: the full record and where its copies are.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RecordView {
    pub id: i64,
    pub title: String,
    pub subtitle: Option<String>,
    pub responsibility: Option<String>,
    pub authors: Vec<String>,
    pub format: String,
    pub year: Option<String>,
    pub publisher: Option<String>,
    pub edition: Option<String>,
    pub physical: Option<String>,
    pub language: Option<String>,
    /// For display: hyphenated ISBN-13s, "(invalid)" marked.
    pub isbns: Vec<String>,
    pub summary: Option<String>,
    pub subjects: Vec<String>,
    pub series: Vec<String>,
    pub audience: Option<String>,
    pub copies: Vec<CopyView>,
    /// "On the shelf at Baswich Library and Brewood Library".
    pub availability: String,
}

/// One reservation on the Reservations screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HoldView {
    /// Absent while the reservation waits to be sent.
    pub hold_id: Option<i64>,
    pub record_id: i64,
    pub title: String,
    pub author: Option<String>,
    /// The pickup library's code and name.
    pub pickup: String,
    pub pickup_name: String,
    /// "waiting_to_send", "waiting", "suspended", "in_transit", "ready".
    pub status: String,
    /// "2nd of 3 in the queue", "Ready to collect at Brewood until Friday 8 January", …
    pub status_text: String,
    pub queue_position: Option<i64>,
    pub queue_length: i64,
    /// "YYYY-MM-DD": the last day it waits on the hold shelf.
    pub ready_until: Option<String>,
    /// "YYYY-MM-DD": paused until this day.
    pub suspended_until: Option<String>,
    pub can_cancel: bool,
    pub can_suspend: bool,
    pub can_resume: bool,
    /// What the member can do with it now ("cancel", "suspend" or "resume", "change_pickup"),
    /// each allowed or not, and why not in plain words.
    pub actions: Vec<ActionView>,
}

/// Something a person may do with an item, now or not, and why not.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActionView {
    /// "renew", "cancel", "suspend", "resume", "change_pickup", "drop", "book", "join_waiting_list", ….
    pub action: String,
    /// The button's words: "Renew".
    pub label: String,
    pub allowed: bool,
    /// Why not, when not: "You have renewed it 3 times, the most allowed. Please bring it back."
    pub why_not: Option<String>,
}

/// One loan on the Loans screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LoanView {
    pub loan_id: i64,
    pub record_id: i64,
    pub title: String,
    pub author: Option<String>,
    pub barcode: String,
    pub library_name: String,
    /// "YYYY-MM-DD".
    pub due_date: String,
    /// "Due back Friday 8 January (in 12 days)", "Overdue: it was due back …".
    pub due_text: String,
    pub overdue: bool,
    /// Days until due (negative when overdue).
    pub days_left: i64,
    pub renewals: i64,
    pub renewals_left: i64,
    /// Worth offering the Renew button (the hub still decides, for example if someone is waiting).
    pub can_renew: bool,
    pub renewal_pending: bool,
    /// "renew", allowed or not, and why not.
    pub actions: Vec<ActionView>,
}

/// One title in the reading history.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HistoryView {
    pub id: i64,
    pub record_id: i64,
    pub title: String,
    pub author: Option<String>,
    pub borrowed_on: String,
    pub returned_on: String,
    pub text: String,
}

/// The digital library card, for the app to draw.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CardView {
    pub number: String,
    pub name: String,
    /// The barcode symbology: "code128".
    pub symbology: String,
    /// What the barcode encodes.
    pub barcode_content: String,
    /// The barcode's bar and space widths in modules, a bar first (Code 128, the check symbol
    /// and stop included): the app draws them, dark on light at full brightness, with
    /// `quiet_zone` blank modules either side.
    pub bars: Vec<u8>,
    pub quiet_zone: u8,
    pub provisional: bool,
    pub home_library_name: Option<String>,
    pub status_text: String,
}

/// The Join form.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JoinForm {
    pub name: String,
    pub address: String,
    pub postcode: String,
    /// "YYYY-MM-DD".
    pub date_of_birth: String,
    /// The code of the library they will mostly use.
    pub home_library: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The PIN they choose, 4 to 8 digits.
    pub pin: String,
}

/// A new member's provisional card.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JoinReceipt {
    /// The new card number; empty while the form waits to be sent.
    pub card: String,
    pub provisional: bool,
    pub message: String,
    /// The form is kept on this phone and sent when the hub answers.
    pub waiting: bool,
}

/// A member whose card waits to be confirmed (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PendingMemberView {
    pub card: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub date_of_birth: String,
    pub home_library: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// "YYYY-MM-DD".
    pub joined_on: String,
}

/// Something that happened to the person's bookings or reservations, learnt at a sync ("A place
/// came free at Chair yoga", "Jane Eyre is ready to collect").
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NoticeView {
    pub id: i64,
    /// "promoted", "event_cancelled", "event_moved", "hold_ready", "hold_expired".
    pub kind: String,
    pub text: String,
    /// Seconds since 1970 (UTC), when the device learnt it.
    pub made_at: i64,
    pub seen: bool,
}

/// A coordinator's new or edited event. Times are UK local time, "YYYY-MM-DD HH:MM".
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventForm {
    pub library: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub audience: Option<String>,
    pub room_id: Option<i64>,
    pub starts: String,
    pub ends: String,
    /// Places in all; 0 for a drop-in.
    pub capacity: i64,
    pub booking_required: bool,
    pub accessibility: String,
    /// The card number of the volunteer who hosts it.
    pub host_card: Option<String>,
    /// When creating: this many more sessions, a week apart, as one series.
    pub repeat_weekly: Option<u32>,
}

/// One booking on a door list.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RosterEntryView {
    pub booking_id: i64,
    pub name: String,
    pub places: i64,
    /// "attended", "no_show", or none while not marked.
    pub attendance: Option<String>,
    /// The mark is on this phone, waiting to be sent.
    pub pending: bool,
}

/// The Door check-in screen for an event the volunteer hosts (works offline).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RosterView {
    pub event_id: i64,
    pub title: String,
    pub when: String,
    pub library_name: String,
    pub cancelled: bool,
    pub entries: Vec<RosterEntryView>,
    pub walk_ins: i64,
    /// Places booked, places marked attended, places marked not come.
    pub booked: i64,
    pub attended: i64,
    pub no_shows: i64,
    /// "12 of 15 booked places here, and 3 walk-ins".
    pub summary: String,
    /// Check-in opens an hour before the start.
    pub check_in_open: bool,
}

/// A room partner services can book.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoomView {
    pub id: i64,
    pub library_code: String,
    pub library_name: String,
    pub name: String,
    pub capacity: i64,
    /// When it is taken, in plain words, soonest first.
    pub busy: Vec<String>,
}

/// A room booking.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoomBookingView {
    pub id: i64,
    pub room_id: i64,
    pub room: String,
    pub library_name: String,
    pub purpose: String,
    pub when: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: bool,
}

/// A housebound reader's reading preferences, as a form and as shown.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PreferencesForm {
    /// "standard_print", "large_print", "audiobook_cd", "e_audio".
    pub formats: Vec<String>,
    pub genres: Vec<String>,
    pub favourite_authors: Vec<String>,
    /// Authors or topics to avoid.
    pub avoid: Vec<String>,
    pub surprise_me: bool,
    /// Titles borrowed before may come again.
    pub allow_repeats: bool,
    pub notes: String,
}

/// The Home delivery request form (for oneself, or with `reader_card` for the member one cares for).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeliveryForm {
    pub reader_card: Option<String>,
    pub address: String,
    pub postcode: String,
    /// "Key safe by the back door. Ring twice. Dog in the house."
    pub access_notes: String,
    /// 1 = Monday … 7 = Sunday.
    pub preferred_day: Option<u8>,
    /// "morning", "afternoon" or "any".
    pub time_of_day: String,
    /// "weekly", "fortnightly" or "monthly".
    pub frequency: String,
    pub preferences: PreferencesForm,
}

/// One title in a reader's bag.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BagItemView {
    pub barcode: String,
    pub title: String,
    /// The reader has borrowed it before (the chooser is warned unless repeats are welcome).
    pub borrowed_before: bool,
    /// What the reader said of it: "more_like_this", "not_for_me"; and in words.
    pub reaction: Option<String>,
    pub reaction_text: Option<String>,
    /// Delivered: the reader (or carer) can say "more like this" or "not for me".
    pub can_react: bool,
}

/// A visit, as the reader, carer or coordinator sees it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VisitView {
    pub id: i64,
    /// "YYYY-MM-DD".
    pub date: String,
    /// "Tuesday 8 December, in the morning".
    pub when: String,
    pub status: String,
    pub chooser: Option<String>,
    pub deliverer: Option<String>,
    pub bag: Vec<BagItemView>,
}

/// A home delivery: the reader's own, one a carer manages, or (coordinators) any.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeliveryView {
    pub id: i64,
    pub reader_name: String,
    pub reader_card: String,
    pub library_name: String,
    /// "requested", "accepted", "declined", "active", "paused", "ended".
    pub status: String,
    /// "Asked for: the library will be in touch", "Next visit Tuesday 8 December, in the morning".
    pub status_text: String,
    pub address: String,
    pub postcode: String,
    pub access_notes: String,
    pub preferred_day: Option<u8>,
    pub time_of_day: String,
    pub frequency: String,
    pub preferences: PreferencesForm,
    pub decline_reason: Option<String>,
    pub next_visit: Option<VisitView>,
    pub past_visits: Vec<VisitView>,
    /// What can be done now, each with why not: the reader and carer get "pause" or "resume",
    /// and "end" (each the `action` of `set_delivery_state`); coordinators also "accept",
    /// "decline" and "schedule" (these need the hub: not allowed offline, and say so).
    pub actions: Vec<ActionView>,
}

/// A copy the reader has that goes back.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DueBackView {
    pub barcode: String,
    pub title: String,
    /// "YYYY-MM-DD".
    pub due: String,
}

/// One stop of the volunteer's round (on the phone only from the day before to the day after).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoundStopView {
    pub visit_id: i64,
    /// "YYYY-MM-DD".
    pub date: String,
    pub time_of_day: String,
    /// "scheduled", or the outcome recorded.
    pub status: String,
    pub reader_name: String,
    pub reader_card: String,
    pub address: String,
    pub postcode: String,
    pub access_notes: String,
    pub preferences: PreferencesForm,
    pub bag: Vec<BagItemView>,
    pub due_back: Vec<DueBackView>,
    pub delivering: bool,
    pub choosing: bool,
    /// What this phone recorded that waits to be sent ("Delivered: waiting to be sent").
    pub pending: Option<String>,
    /// What the reader said of titles delivered before: "More like this: Jane Eyre (Tuesday 1
    /// December)", latest first.
    pub reactions: Vec<String>,
}

/// Someone who acts for a member.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProxyView {
    pub id: i64,
    pub member_card: String,
    pub member_name: String,
    pub carer_card: String,
    pub carer_name: String,
    /// "deliveries", "reserve", "loans".
    pub rights: Vec<String>,
    /// True when the signed-in person is the carer (they act for the member).
    pub i_act_for_them: bool,
}

/// A welfare concern raised at the door (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConcernView {
    pub visit_id: i64,
    pub reader_name: String,
    pub reader_card: String,
    pub date: String,
    pub note: String,
    pub raised_by: String,
    /// Not closed yet (and no closing waiting to be sent).
    pub open: bool,
    /// "Raised by Sam Patel on Thursday 3 December: Did not answer; curtains closed."
    pub text: String,
    /// "Closed by Priya Shah on Friday 4 December: Rang her daughter; all well." / "Your
    /// closing note is waiting to be sent."
    pub closed_text: Option<String>,
    /// "close" (`close_concern`), with why not.
    pub actions: Vec<ActionView>,
}

/// One read of a reader's details (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AuditView {
    /// Seconds since 1970 (UTC).
    pub at: i64,
    pub actor_card: String,
    pub actor_name: String,
    pub reader_card: String,
    pub via: String,
}

/// A volunteer role at a library.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VolunteerRoleView {
    pub library: String,
    /// "branch_volunteer", "event_host", "chooser", "deliverer", "steering_group".
    pub role: String,
}

/// A shift on a library's rota.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ShiftView {
    pub id: i64,
    pub library_code: String,
    pub library_name: String,
    /// "opening_up", "desk", "coffee_morning", "delivery_round", "other".
    pub kind: String,
    pub title: String,
    /// "Tuesday 1 December, 9am to 1pm".
    pub when: String,
    pub starts_at: i64,
    pub places: i64,
    pub volunteers: Vec<String>,
    /// "1 of 2 places taken", "Taken by Priya Shah".
    pub status_text: String,
    pub mine: bool,
    pub can_sign_up: bool,
    pub ends_at: i64,
    /// For the person's own shifts: the last moment they can drop it, in words ("You can drop
    /// it until Monday 7 December, 9am.") and as seconds since 1970.
    pub drop_until: Option<String>,
    pub drop_until_at: Option<i64>,
    /// "sign_up" or "drop", allowed now or not, and why not.
    pub actions: Vec<ActionView>,
}

/// One check-in (and check-out) of the volunteer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SessionView {
    /// The key the phone made at check-in (for fixing the check-out).
    pub session: String,
    pub library_name: String,
    /// As tapped, with the phone's offset: "2026-10-25T00:30:00+01:00".
    pub check_in: String,
    pub check_out: Option<String>,
    /// Hours counted (none while open or flagged).
    pub hours: Option<f64>,
    pub flags: Vec<String>,
    pub fixed_reason: Option<String>,
    /// "3 hours", "Still checked in", "Check-out before check-in: a coordinator will check it".
    pub text: String,
}

/// A volunteer's hours in one month.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MonthHours {
    /// "2026-11".
    pub month: String,
    pub hours: f64,
    pub sessions: i64,
}

/// Hours per library and volunteer (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HoursLineView {
    pub library: String,
    pub volunteer_card: String,
    pub volunteer_name: String,
    pub hours: f64,
    pub sessions: i64,
    pub flagged: i64,
}

/// Attendance at one category of event, in the impact report.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CategoryView {
    pub category: String,
    pub events: i64,
    pub booked_places: i64,
    pub attended: i64,
    pub no_shows: i64,
    pub walk_ins: i64,
}

/// A library's impact for a period (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImpactView {
    /// A library code, or "all".
    pub library: String,
    pub from: String,
    pub to: String,
    /// Seconds since 1970 (UTC).
    pub generated_at: i64,
    pub members_total: i64,
    pub members_new: i64,
    pub loans: i64,
    pub reservations: i64,
    pub events_held: i64,
    pub attendance: Vec<CategoryView>,
    pub volunteer_hours: f64,
    pub active_volunteers: i64,
    pub delivery_visits: i64,
    pub readers_served: i64,
    pub room_bookings: i64,
    pub room_hours: f64,
    pub consultations: i64,
    pub consultation_responses: i64,
}

/// Where a notification, a notice or a reminder leads: a screen and, for some, the item on it
/// ("account" with a hold or loan id, "event", "delivery", "round", "rota").
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScreenTarget {
    pub screen: String,
    pub id: Option<i64>,
}

/// A reminder for the app to raise as a notification.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderView {
    /// Stable: the same reminder keeps it, so the app raises it once.
    pub id: String,
    /// "hold_ready", "hold_last_day", "loan_due", "event_tomorrow", "visit_tomorrow",
    /// "round_tomorrow", "shift_tomorrow": a notification channel each.
    pub kind: String,
    pub text: String,
    pub target: ScreenTarget,
    /// When it became due, seconds since 1970 (UTC).
    pub at: i64,
    /// A notification was shown for it.
    pub raised: bool,
    /// The person opened it.
    pub seen: bool,
}

/// What a background sync did within its budget.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackgroundSyncReport {
    /// "done" (everything sent and pulled), "budget" (time ran out: the next run resumes),
    /// "cancelled", "busy" (another sync of this store was running), "offline", "signed_out".
    pub stopped: String,
    pub changes_sent: u64,
    pub items_pulled: u64,
    /// The reminders to raise now (not raised before).
    pub reminders: Vec<ReminderView>,
}

/// One question of a consultation, as the Have your say screen shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuestionView {
    /// Its place in the consultation, from 0 (answers name it).
    pub index: u32,
    /// "choice", "scale" or "text".
    pub kind: String,
    pub text: String,
    pub choices: Vec<String>,
    pub scale_low: Option<String>,
    pub scale_high: Option<String>,
    /// A scale runs from 1 to this (0 for other kinds).
    pub scale_top: i64,
}

/// A consultation a library runs, with whether the person can answer it now and why not.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsultationView {
    pub id: i64,
    pub library_code: String,
    pub library_name: String,
    pub title: String,
    pub description: String,
    /// "YYYY-MM-DD".
    pub opens_on: String,
    pub closes_on: String,
    /// "Open until Friday 18 December", "Opens on …", "Closed".
    pub period_text: String,
    pub open: bool,
    pub answered: bool,
    /// Answered on this phone, waiting to be sent.
    pub answer_waiting: bool,
    pub can_answer: bool,
    pub why_not: Option<String>,
    pub questions: Vec<QuestionView>,
}

/// One answer as the screen collects it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AnswerForm {
    pub question: u32,
    pub choice: Option<u32>,
    pub scale: Option<i64>,
    pub text: Option<String>,
}

/// A question as a coordinator writes it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuestionForm {
    pub kind: String,
    pub text: String,
    pub choices: Vec<String>,
    pub scale_low: Option<String>,
    pub scale_high: Option<String>,
}

/// A consultation as a coordinator writes it; dates "YYYY-MM-DD".
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsultationForm {
    pub library: String,
    pub title: String,
    pub description: String,
    pub opens_on: String,
    pub closes_on: String,
    pub questions: Vec<QuestionForm>,
}

/// One question's results: counts per option or scale point (`labels[i]` has `counts[i]`), or the
/// free-text answers.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuestionResultView {
    pub kind: String,
    pub text: String,
    pub labels: Vec<String>,
    pub counts: Vec<i64>,
    pub texts: Vec<String>,
    pub answered: i64,
}

/// A consultation's results: never who gave which answer.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsultationResultsView {
    pub id: i64,
    pub title: String,
    pub responses: i64,
    /// "12 people answered."
    pub summary: String,
    pub questions: Vec<QuestionResultView>,
}

/// One title on a reading list.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReadingListEntryView {
    /// Opens the Title screen (`record`).
    pub record_id: i64,
    pub title: String,
    pub author: Option<String>,
    /// "On the shelf at Baswich Library", "All 2 copies are on loan", ….
    pub availability: String,
    pub available_now: bool,
    /// The record is in this phone's catalogue (false when the member keeps only some libraries').
    pub on_phone: bool,
}

/// A reading list a library publishes.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReadingListView {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// The library that publishes it; none for every library.
    pub library_name: Option<String>,
    /// "12 titles".
    pub summary: String,
    pub entries: Vec<ReadingListEntryView>,
}
