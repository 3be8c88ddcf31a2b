//! The hub's wire format. The hub (`cml-hub`) serialises these types and the device core (`cml-core`)
//! deserialises them, so the JSON the two exchange cannot drift apart.
//!
//! Paths are versioned under `/v1`. Every error body is an [`ApiError`].

pub mod consultations;
pub mod i18n;
pub mod isbn;
pub mod london;
pub mod reading_lists;

pub use consultations::{
    Answer, Answered, Consultation, ConsultationDraft, ConsultationResults, OptionCount, Question, QuestionResult,
};
pub use reading_lists::{ListEntry, ReadingList, ReadingListDraft};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The API version prefix of every endpoint but `/health` and `/openapi.json`.
pub const API_PREFIX: &str = "/v1";

/// The header that carries a change's idempotency key.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";

/// Names of the collections in the hub's change feed.
pub mod collections {
    /// The libraries, their hours and closures. Everyone sees every library.
    pub const LIBRARIES: &str = "libraries";
    /// Events, with the places left. Everyone sees every event.
    pub const EVENTS: &str = "events";
    /// A member's own bookings (scope `a:ID`).
    pub const BOOKINGS: &str = "bookings";
    /// The catalogue: one entry per record, with its copies and their status.
    pub const CATALOGUE: &str = "catalogue";
    /// A member's reservations (scope `a:ID`), with their place in the queue.
    pub const HOLDS: &str = "holds";
    /// A member's loans not yet returned (scope `a:ID`); a returned loan is a tombstone.
    pub const LOANS: &str = "loans";
    /// A member's reading history, when they keep one (scope `a:ID`).
    pub const HISTORY: &str = "history";
    /// The door list of each event a volunteer hosts (scope `a:ID` of the host).
    pub const ROSTERS: &str = "rosters";
    /// A partner service's room bookings (scope `a:ID`).
    pub const ROOM_BOOKINGS: &str = "room_bookings";
    /// Home delivery: a reader's request, its state and next visit (scope `a:ID` of the reader and
    /// of each carer the reader lets manage deliveries).
    pub const DELIVERIES: &str = "deliveries";
    /// A volunteer's visits from the day before to the day after each, with the reader's address
    /// (scope `a:ID` of the chooser and the deliverer).
    pub const ROUNDS: &str = "rounds";
    /// Who acts for whom (scope `a:ID` of the member and of the carer).
    pub const PROXIES: &str = "proxies";
    /// Welfare concerns raised at the door (scope `r:coordinator`).
    pub const CONCERNS: &str = "concerns";
    /// Every library's volunteer rota (scope `r:volunteer`).
    pub const SHIFTS: &str = "shifts";
    /// A volunteer's own check-ins and check-outs (scope `a:ID`).
    pub const SESSIONS: &str = "sessions";
    /// Consultations libraries run ("Have your say"), for everyone (scope `*`).
    pub const CONSULTATIONS: &str = "consultations";
    /// Which consultations the member has answered (scope `a:ID`; not the answers).
    pub const ANSWERS: &str = "answers";
    /// Reading lists libraries publish (scope `*`).
    pub const READING_LISTS: &str = "reading_lists";
    /// Every collection a device pulls, in the order it pulls them.
    pub const ALL: &[&str] = &[
        LIBRARIES,
        EVENTS,
        BOOKINGS,
        HOLDS,
        LOANS,
        HISTORY,
        ROSTERS,
        ROOM_BOOKINGS,
        DELIVERIES,
        ROUNDS,
        PROXIES,
        CONCERNS,
        SHIFTS,
        SESSIONS,
        CONSULTATIONS,
        ANSWERS,
        READING_LISTS,
        CATALOGUE,
    ];
    /// The collections that hold one person's own data.
    pub const PERSONAL: &[&str] = &[
        BOOKINGS,
        HOLDS,
        LOANS,
        HISTORY,
        ROSTERS,
        ROOM_BOOKINGS,
        DELIVERIES,
        ROUNDS,
        PROXIES,
        CONCERNS,
        SHIFTS,
        SESSIONS,
        CONSULTATIONS,
        ANSWERS,
        READING_LISTS,
    ];
}

/// What a person may do. A person can hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Carer,
    Volunteer,
    Coordinator,
    Admin,
    /// A partner service (the trust's wellbeing service, say) that books rooms.
    Partner,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Member,
        Role::Carer,
        Role::Volunteer,
        Role::Coordinator,
        Role::Admin,
        Role::Partner,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Carer => "carer",
            Role::Volunteer => "volunteer",
            Role::Coordinator => "coordinator",
            Role::Admin => "admin",
            Role::Partner => "partner",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// Sign-in with a library card number and PIN.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct LoginRequest {
    /// The library card number: 6 to 16 digits (spaces and dashes between them are ignored).
    #[cfg_attr(feature = "openapi", schema(pattern = "^[ -]*([0-9][ -]*){6,16}$"))]
    pub card: String,
    /// The PIN, 4 to 8 digits.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4,8}$"))]
    pub pin: String,
    /// A name for this device, shown when the member reviews where they are signed in.
    #[serde(default)]
    pub device: Option<String>,
}

/// A successful sign-in: a bearer token for `Authorization: Bearer …` and who it belongs to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct LoginResponse {
    pub token: String,
    pub account: Account,
}

/// The signed-in person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Account {
    pub id: i64,
    pub card: String,
    pub name: String,
    pub roles: Vec<Role>,
    /// The code of the member's home library.
    pub home_library: Option<String>,
    /// A card a new member made by joining in the app, not yet confirmed at the library.
    #[serde(default)]
    pub provisional: bool,
    /// Where the member's reservations go unless they choose otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_pickup: Option<String>,
    /// Whether returned loans are kept in the member's reading history (off until they turn it on).
    #[serde(default)]
    pub history_enabled: bool,
    /// How the card's barcode is drawn: "code128" (what the libraries' scanners read).
    #[serde(default = "default_symbology")]
    pub card_symbology: String,
}

fn default_symbology() -> String {
    CARD_SYMBOLOGY.to_owned()
}

/// The barcode symbology of library cards.
pub const CARD_SYMBOLOGY: &str = "code128";

/// A volunteer can drop a shift up to this many hours before it starts (the hub refuses later
/// drops; the phone says so at once, offline too).
pub const SHIFT_DROP_NOTICE_HOURS: i64 = 24;

/// What kind of failure an [`ApiError`] is; a client acts on this, not on the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A field of the request is missing or wrong; `field` names it.
    InvalidInput,
    /// No valid token, or the card number and PIN do not match.
    Unauthenticated,
    /// Signed in, but this person may not do this.
    Forbidden,
    NotFound,
    /// The request meets a state that does not allow it; the message says why.
    Conflict,
    /// Too many failed sign-ins; `retry_after_seconds` says when to try again.
    TooManyAttempts,
    /// An idempotency key was used again with a different request.
    IdempotencyMismatch,
    /// The hub could not reach its database.
    Unavailable,
    Internal,
}

/// Every error the hub returns has this body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ApiError {
    pub code: ErrorCode,
    /// A sentence fit to show a person.
    pub message: String,
    /// For `invalid_input`: the request field that is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
}

/// One period a library is open on one day of the week, in UK local time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct OpeningPeriod {
    /// 1 = Monday … 7 = Sunday.
    pub weekday: u8,
    /// "HH:MM", 24-hour.
    pub opens: String,
    /// "HH:MM", 24-hour, after `opens`.
    pub closes: String,
}

/// Days a library is closed, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub reason: String,
}

/// A community library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Library {
    /// A short stable code, such as "BAS".
    pub code: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub latitude: f64,
    pub longitude: f64,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The regular weekly hours.
    pub hours: Vec<OpeningPeriod>,
    /// Closures that have not ended yet.
    pub closures: Vec<Closure>,
}

/// One entry of the change feed: the current state of one thing, or its deletion.
///
/// The body is kept as raw JSON text: the hub passes stored bodies through without parsing them,
/// and the device parses each straight into its own type (and can store the text as it came).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FeedItem {
    /// The item's key; for the catalogue, the record's id.
    pub key: String,
    pub deleted: bool,
    /// The thing itself (a [`Library`] for the `libraries` collection, a [`CatalogueRecord`] for
    /// `catalogue`, …); absent when deleted.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Box<serde_json::value::RawValue>>,
}

impl PartialEq for FeedItem {
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
            && self.deleted == other.deleted
            && self.body.as_ref().map(|b| b.get()) == other.body.as_ref().map(|b| b.get())
    }
}

impl FeedItem {
    /// The body read as `T`.
    pub fn parse<T: serde::de::DeserializeOwned>(&self) -> Option<Result<T, serde_json::Error>> {
        self.body.as_ref().map(|b| serde_json::from_str(b.get()))
    }
}

/// A page of one collection's change feed, after a cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FeedPage {
    pub collection: String,
    pub items: Vec<FeedItem>,
    /// Pass this back as `after` for the next page; store it once the page is applied.
    pub cursor: i64,
    /// True when more changes follow this page.
    pub more: bool,
    /// How many changes in all were after the requested cursor (for progress bars); only when
    /// asked for with `count=true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// An ISBN as catalogued: normalised to ISBN-13 when valid, kept and marked when not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Isbn {
    /// The 13 digits, when the ISBN is valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isbn13: Option<String>,
    /// For display: hyphenated ISBN-13 when valid, else as catalogued.
    pub display: String,
    pub valid: bool,
    /// "(pbk.)", "(large print)", …
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
}

/// Where a copy is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    OnShelf,
    OnLoan,
    InTransit,
    /// Waiting on the hold shelf for the member who reserved it.
    HoldShelf,
    Missing,
    /// Reference only: can be read in the library, not borrowed or reserved.
    Reference,
}

/// A copy of a title at a library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Item {
    pub barcode: String,
    pub library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_number: Option<String>,
    /// The library system's item type ("BK", "LP", "AB", …).
    pub loan_type: String,
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

/// A catalogue record with its copies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CatalogueRecord {
    pub id: i64,
    /// The library system's control number (MARC 001).
    pub control_number: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// "by Charlotte Brontë ; edited by …" (MARC 245 $c).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsibility: Option<String>,
    /// Main and added entries: "Brontë, Charlotte".
    #[serde(default)]
    pub authors: Vec<String>,
    #[serde(default)]
    pub subjects: Vec<String>,
    #[serde(default)]
    pub series: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub physical: Option<String>,
    /// MARC language code ("eng", "fre", …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub isbns: Vec<Isbn>,
    /// "book", "large_print", "audiobook", "ebook", "eaudiobook", "dvd", "video", "music",
    /// "score", "map", "serial", "computer", "other".
    pub format: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default)]
    pub items: Vec<Item>,
}

/// One page of hub search results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SearchResults {
    pub total: i64,
    pub records: Vec<CatalogueRecord>,
}

/// A wellbeing event or activity at a library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Event {
    pub id: i64,
    pub library: String,
    pub title: String,
    /// Plain words: what happens, who it is for.
    pub description: String,
    /// "yoga", "coffee_morning", "job_club", "reminiscence", "mindfulness", "craft", …
    pub category: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Places in all (0 for a drop-in without booking).
    pub capacity: i64,
    /// Places not yet taken by confirmed bookings.
    pub places_left: i64,
    /// How many people are on the waiting list.
    pub waiting: i64,
    pub booking_required: bool,
    pub accessibility: String,
    pub cancelled: bool,
    /// Who it is for: "Everyone", "Adults", "Carers and the people they care for", …
    #[serde(default = "everyone")]
    pub audience: String,
    /// The room, when the library has more than one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<i64>,
    /// Sessions of one series (weekly yoga) share this: the id of the first session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series_id: Option<i64>,
    /// Why the library cancelled it, when it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_reason: Option<String>,
}

fn everyone() -> String {
    "Everyone".to_owned()
}

/// A coordinator's new or edited event (`POST /v1/events`, `PUT /v1/events/{id}`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EventDraft {
    pub library: String,
    pub title: String,
    pub description: String,
    pub category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_id: Option<i64>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Places in all; 0 for a drop-in.
    pub capacity: i64,
    pub booking_required: bool,
    #[serde(default)]
    pub accessibility: String,
    /// The card number of the volunteer who hosts it (sees the door list).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_card: Option<String>,
    /// When creating: this many more sessions, a week apart, as one series (up to 52).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat_weekly: Option<u32>,
}

/// `POST /v1/events/{id}/cancel`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CancelEvent {
    /// Told to everyone booked: "The leader is unwell".
    pub reason: String,
}

/// One booking on an event's door list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RosterEntry {
    pub booking_id: i64,
    /// The member's name as the host greets them.
    pub name: String,
    pub places: i64,
    /// "attended", "no_show", or absent while not yet marked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<String>,
}

/// An event's door list for its host: confirmed bookings, and the walk-ins counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Roster {
    pub event_id: i64,
    pub title: String,
    pub library: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
    pub entries: Vec<RosterEntry>,
    pub walk_ins: i64,
}

/// A room at a library that partner services can book, with when it is taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Room {
    pub id: i64,
    pub library: String,
    pub name: String,
    pub capacity: i64,
    /// Upcoming times it is taken (by events or bookings), soonest first.
    pub busy: Vec<Slot>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Slot {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// `POST /v1/rooms` (coordinators).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewRoom {
    pub library: String,
    pub name: String,
    pub capacity: i64,
}

/// A partner service's booking of a room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RoomBooking {
    pub id: i64,
    pub room_id: i64,
    pub room: String,
    pub library: String,
    /// The partner service's name.
    pub organisation: String,
    pub purpose: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub cancelled: bool,
}

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BookingStatus {
    Confirmed,
    Waitlisted,
    Cancelled,
    /// The event was cancelled by the library.
    EventCancelled,
}

/// A member's booking of places at an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Booking {
    pub id: i64,
    pub event_id: i64,
    /// 1, or 2 with a companion or carer.
    pub places: i64,
    pub status: BookingStatus,
    /// 1 for the first on the waiting list; absent unless waitlisted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waitlist_position: Option<i64>,
    pub booked_at: DateTime<Utc>,
}

/// A change a device makes for its user. Each is sent with a client-made idempotency key and
/// applied at most once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Change {
    /// Book places at an event for the member (and a companion or carer).
    BookEvent {
        event_id: i64,
        places: i64,
    },
    /// Cancel the member's booking of an event.
    CancelBooking {
        event_id: i64,
    },
    /// Reserve a title (any copy) for pickup at a library.
    PlaceHold {
        record_id: i64,
        pickup: String,
        /// A carer reserving for the member they act for (with the "reserve" right).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        for_card: Option<String>,
    },
    /// Cancel one of the member's reservations.
    CancelHold {
        hold_id: i64,
    },
    /// Pause a reservation until a date (it keeps its place in the queue).
    SuspendHold {
        hold_id: i64,
        until: NaiveDate,
    },
    /// Un-pause a reservation now.
    ResumeHold {
        hold_id: i64,
    },
    /// Collect one reservation (or, without `hold_id`, every one not yet ready) at another library.
    ChangePickup {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        hold_id: Option<i64>,
        pickup: String,
    },
    /// Where the member's reservations go unless they say otherwise.
    SetDefaultPickup {
        library: String,
    },
    /// Renew a loan.
    Renew {
        loan_id: i64,
    },
    /// Keep (or stop keeping) a reading history of returned loans.
    SetReadingHistory {
        enabled: bool,
    },
    /// Delete the whole reading history.
    DeleteReadingHistory,
    /// Desk (volunteers): lend a copy to a member.
    Checkout {
        barcode: String,
        card: String,
    },
    /// Desk (volunteers): take a copy back at a library; it goes to the next reservation.
    Checkin {
        barcode: String,
        library: String,
    },
    /// Book places at every session of a series that has not started.
    BookSeries {
        series_id: i64,
        places: i64,
    },
    /// The event's host (or a coordinator) marks a booking attended or a no-show.
    SetAttendance {
        booking_id: i64,
        attended: bool,
    },
    /// The event's host (or a coordinator) records how many came without booking.
    SetWalkIns {
        event_id: i64,
        count: i64,
    },
    /// A partner service (or a coordinator) books a room.
    BookRoom {
        room_id: i64,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        purpose: String,
    },
    CancelRoomBooking {
        booking_id: i64,
    },
    /// Ask for the home reading service, for oneself or (with `reader_card`) for the member one
    /// cares for.
    RequestDelivery {
        request: DeliveryRequest,
    },
    /// "pause", "resume" or "end" a delivery (the reader, their carer, or a coordinator).
    SetDeliveryState {
        delivery_id: i64,
        action: String,
    },
    /// Let another member act for you, with these rights: "deliveries", "reserve", "loans".
    GrantProxy {
        carer_card: String,
        rights: Vec<String>,
    },
    RevokeProxy {
        carer_card: String,
    },
    /// The chooser puts titles in the reader's bag for a visit.
    ChooseItems {
        visit_id: i64,
        barcodes: Vec<String>,
    },
    /// The deliverer records a visit at the door: its outcome, what was handed over (lent to the
    /// reader) and what was collected (returned).
    RecordVisit {
        visit_id: i64,
        /// "delivered", "not_home", "declined", "unwell", "welfare_concern".
        outcome: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        #[serde(default)]
        handed: Vec<String>,
        #[serde(default)]
        collected: Vec<String>,
    },
    /// The reader (or their carer) says what they thought of a title delivered to them.
    ReactToItem {
        visit_id: i64,
        barcode: String,
        /// "more_like_this" or "not_for_me".
        reaction: String,
    },
    /// Sign up for a shift on the rota.
    SignUpShift {
        shift_id: i64,
    },
    /// Drop a shift (with at least a day's notice).
    DropShift {
        shift_id: i64,
    },
    /// Arrive at a library: `session` is a key the phone makes; `at` is the phone's time.
    CheckIn {
        session: String,
        library: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        shift_id: Option<i64>,
        at: DateTime<FixedOffset>,
    },
    /// Leave.
    CheckOut {
        session: String,
        at: DateTime<FixedOffset>,
    },
    /// Fix a forgotten check-out, with a reason the coordinator sees.
    FixCheckOut {
        session: String,
        at: DateTime<FixedOffset>,
        reason: String,
    },
    /// Answers a consultation, once.
    AnswerConsultation {
        consultation_id: i64,
        answers: Vec<Answer>,
    },
}

/// What a housebound reader would like to read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReadingPreferences {
    /// "standard_print", "large_print", "audiobook_cd", "e_audio".
    #[serde(default)]
    pub formats: Vec<String>,
    #[serde(default)]
    pub genres: Vec<String>,
    #[serde(default)]
    pub favourite_authors: Vec<String>,
    /// Authors or topics to avoid.
    #[serde(default)]
    pub avoid: Vec<String>,
    #[serde(default)]
    pub surprise_me: bool,
    /// Whether titles borrowed before may come again.
    #[serde(default)]
    pub allow_repeats: bool,
    #[serde(default)]
    pub notes: String,
}

/// A request for the home reading service.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DeliveryRequest {
    /// The reader's card when a carer asks for them; absent when asking for oneself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reader_card: Option<String>,
    pub address: String,
    pub postcode: String,
    /// "Key safe by the back door. Ring twice. Dog in the house."
    #[serde(default)]
    pub access_notes: String,
    /// 1 = Monday … 7 = Sunday.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_day: Option<u8>,
    /// "morning", "afternoon" or "any".
    pub time_of_day: String,
    /// "weekly", "fortnightly" or "monthly".
    pub frequency: String,
    #[serde(default)]
    pub preferences: ReadingPreferences,
}

/// A title chosen for a reader's bag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BagItem {
    pub barcode: String,
    pub title: String,
    /// The reader has borrowed this title before.
    pub borrowed_before: bool,
    /// What the reader (or their carer) said of it once delivered: "more_like_this" or
    /// "not_for_me".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reaction: Option<String>,
}

/// What a reader said of a title delivered to them, for the chooser.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Reaction {
    pub title: String,
    /// "more_like_this" or "not_for_me".
    pub reaction: String,
    /// The day of the visit that brought it.
    pub date: NaiveDate,
}

/// The reactions a reader can give to a delivered title.
pub const REACTIONS: [&str; 2] = ["more_like_this", "not_for_me"];

/// A visit to a reader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Visit {
    pub id: i64,
    pub delivery_id: i64,
    pub date: NaiveDate,
    pub time_of_day: String,
    /// "scheduled", or the outcome recorded: "delivered", "not_home", "declined", "unwell",
    /// "welfare_concern".
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chooser: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deliverer: Option<String>,
    #[serde(default)]
    pub bag: Vec<BagItem>,
}

/// A reader's home delivery as the reader, their carer and coordinators see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Delivery {
    pub id: i64,
    pub reader_card: String,
    pub reader_name: String,
    /// The library that serves the reader.
    pub library: String,
    pub address: String,
    pub postcode: String,
    pub access_notes: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_day: Option<u8>,
    pub time_of_day: String,
    pub frequency: String,
    pub preferences: ReadingPreferences,
    /// "requested", "accepted", "declined", "active", "paused", "ended".
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_visit: Option<Visit>,
    /// Earlier visits, latest first (coordinators' view; empty in the reader's feed).
    #[serde(default)]
    pub past_visits: Vec<Visit>,
}

/// A copy a reader has that is due back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DueBack {
    pub barcode: String,
    pub title: String,
    pub due: NaiveDate,
}

/// One stop of a volunteer's round: only on their phone from the day before to the day after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RoundStop {
    pub visit_id: i64,
    pub delivery_id: i64,
    pub date: NaiveDate,
    pub time_of_day: String,
    pub status: String,
    pub reader_name: String,
    pub reader_card: String,
    pub address: String,
    pub postcode: String,
    pub access_notes: String,
    pub preferences: ReadingPreferences,
    pub bag: Vec<BagItem>,
    pub due_back: Vec<DueBack>,
    /// This volunteer delivers the bag.
    pub delivering: bool,
    /// This volunteer chooses the books.
    pub choosing: bool,
    /// What the reader said of titles delivered before, latest first.
    #[serde(default)]
    pub reactions: Vec<Reaction>,
}

/// Someone acting for a member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Proxy {
    pub id: i64,
    pub member_card: String,
    pub member_name: String,
    pub carer_card: String,
    pub carer_name: String,
    pub rights: Vec<String>,
    pub revoked: bool,
}

/// A welfare concern raised at the door, for coordinators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WelfareConcern {
    pub visit_id: i64,
    pub reader_name: String,
    pub reader_card: String,
    pub date: NaiveDate,
    pub note: String,
    pub raised_by: String,
}

/// A coordinator's plan for a visit (`POST /v1/deliveries/{id}/visits`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VisitPlan {
    pub date: NaiveDate,
    pub time_of_day: String,
    pub chooser_card: String,
    pub deliverer_card: String,
    /// Also make this many further visits at the delivery's frequency, with the same volunteers.
    #[serde(default)]
    pub repeat: u32,
}

/// `POST /v1/deliveries/{id}/decline`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Decline {
    pub reason: String,
}

/// One read of a reader's address or notes (`GET /v1/audit`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor_card: String,
    pub actor_name: String,
    pub reader_card: String,
    /// How it was read: "round" (a volunteer's phone), "delivery" (the reader or carer),
    /// "coordinator".
    pub via: String,
}

/// A volunteer shift on a library's rota.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Shift {
    pub id: i64,
    pub library: String,
    /// "opening_up", "desk", "coffee_morning", "delivery_round", "other".
    pub kind: String,
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// How many volunteers it needs (1 for a one-person shift).
    pub places: i64,
    /// Who has signed up, by account id and name.
    pub volunteer_ids: Vec<i64>,
    pub volunteers: Vec<String>,
}

/// `POST /v1/shifts` (coordinators).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ShiftDraft {
    pub library: String,
    pub kind: String,
    #[serde(default)]
    pub title: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub places: i64,
    /// This many more, a week apart.
    #[serde(default)]
    pub repeat_weekly: u32,
}

/// A volunteer's time at a library, from check-in to check-out, as tapped on the phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VolunteerSession {
    pub id: i64,
    /// The key the phone made when checking in.
    pub session: String,
    pub library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift_id: Option<i64>,
    /// The phone's time, with its offset from UTC.
    pub check_in: DateTime<FixedOffset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_out: Option<DateTime<FixedOffset>>,
    /// Hours counted (none while open or flagged).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<f64>,
    /// "check_out_before_check_in", "over_12_hours": kept, not counted, for a coordinator to see.
    #[serde(default)]
    pub flags: Vec<String>,
    /// Why the volunteer fixed the check-out afterwards.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_reason: Option<String>,
}

/// Hours per volunteer (and per library) for coordinators (`GET /v1/hours`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct HoursLine {
    pub library: String,
    pub volunteer_card: String,
    pub volunteer_name: String,
    pub hours: f64,
    pub sessions: i64,
    /// Sessions flagged for a coordinator to look at.
    pub flagged: i64,
}

/// Attendance at one category of event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CategoryAttendance {
    pub category: String,
    pub events: i64,
    pub booked_places: i64,
    pub attended: i64,
    pub no_shows: i64,
    pub walk_ins: i64,
}

/// A library's (or every library's) impact for a period, every figure from recorded data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ImpactReport {
    /// A library code, or "all".
    pub library: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    pub members_total: i64,
    pub members_new: i64,
    pub loans: i64,
    pub reservations: i64,
    pub events_held: i64,
    pub attendance: Vec<CategoryAttendance>,
    pub volunteer_hours: f64,
    pub active_volunteers: i64,
    pub delivery_visits: i64,
    pub readers_served: i64,
    pub room_bookings: i64,
    pub room_hours: f64,
    /// Consultations ("Have your say") running at some point of the period.
    #[serde(default)]
    pub consultations: i64,
    /// Answers given to them in the period.
    #[serde(default)]
    pub consultation_responses: i64,
}

/// A volunteer role at a library (`POST /v1/volunteers/{card}/roles`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VolunteerRole {
    pub library: String,
    /// "branch_volunteer", "event_host", "chooser", "deliverer", "steering_group".
    pub role: String,
}

/// One change as sent: its key, when the person made it (the phone's clock) and what it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ChangeEnvelope {
    /// The idempotency key: unique per change, made on the device; 8 to 100 letters, digits, '-'
    /// or '_'.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9_-]{8,100}$"))]
    pub key: String,
    pub made_at: DateTime<Utc>,
    pub change: Change,
}

/// `POST /v1/changes`: changes applied in order, each in its own transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ChangeBatch {
    pub changes: Vec<ChangeEnvelope>,
}

/// Whether a change took effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeStatus {
    /// It took effect (a booking may still be waitlisted: see `code`).
    Applied,
    /// The hub refused it; `message` says why. Nothing changed.
    Refused,
}

/// The hub's answer to one change; the same answer every time the same key is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ChangeResult {
    pub key: String,
    pub status: ChangeStatus,
    /// A short code for programs: "confirmed", "waitlisted", "cancelled", "event_full",
    /// "already_booked", "not_found", "event_cancelled", "event_started", "invalid_input",
    /// "not_allowed", "idempotency_mismatch".
    pub code: String,
    /// A sentence fit to show the person, in the language the request asked for.
    pub message: String,
    /// The same as a message id with its arguments, so that the device can word it in the
    /// language the person reads at the time (the ids are in `api/i18n/*.ftl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub msg: Option<crate::i18n::Msg>,
    /// The booking the change made or changed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking: Option<Booking>,
    /// The reservation the change made or changed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold: Option<Hold>,
    /// The member's loan the change made or changed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan: Option<Loan>,
    /// Bookings a series booking made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bookings: Vec<Booking>,
    /// The room booking the change made or changed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub room_booking: Option<RoomBooking>,
}

/// Where a reservation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HoldStatus {
    /// In the queue for the next copy (perhaps paused: see `suspended_until`).
    Waiting,
    /// A copy is on its way to the pickup library.
    InTransit,
    /// A copy is on the hold shelf at the pickup library until `ready_until`.
    Ready,
    /// The member collected it (it became a loan).
    Collected,
    Cancelled,
    /// Not collected by its shelf date; the copy went to the next in the queue.
    Expired,
}

/// A member's reservation of a title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Hold {
    pub id: i64,
    pub record_id: i64,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The pickup library's code.
    pub pickup: String,
    pub status: HoldStatus,
    /// 1 for the next to get a copy; absent unless waiting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub queue_position: Option<i64>,
    /// How many reservations are waiting for this title.
    pub queue_length: i64,
    /// Paused until this day (UK date); it keeps its place in the queue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspended_until: Option<NaiveDate>,
    /// On the hold shelf until the end of this day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_until: Option<NaiveDate>,
    pub placed_at: DateTime<Utc>,
}

/// A copy lent to a member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Loan {
    pub id: i64,
    pub record_id: i64,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub barcode: String,
    /// The library that lent it.
    pub library: String,
    pub issued_at: DateTime<Utc>,
    /// Due back by the end of this day (UK date).
    pub due: NaiveDate,
    pub renewals: i64,
    pub max_renewals: i64,
    /// When it came back; absent while on loan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub returned_at: Option<DateTime<Utc>>,
}

/// One title in a member's reading history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct HistoryEntry {
    pub id: i64,
    pub record_id: i64,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    pub borrowed_on: NaiveDate,
    pub returned_on: NaiveDate,
}

/// `POST /v1/join`: a new member registers and gets a provisional card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct JoinRequest {
    pub name: String,
    /// The home address, lines separated by commas or new lines.
    pub address: String,
    pub postcode: String,
    pub date_of_birth: NaiveDate,
    /// The code of the library the member will mostly use.
    pub home_library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// The PIN they choose, 4 to 8 digits.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9]{4,8}$"))]
    pub pin: String,
    /// A key the phone makes for this form (16 to 64 letters, digits, `-` or `_`), so that sending
    /// it again after a lost answer gives the same card rather than a second one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[A-Za-z0-9_-]{16,64}$"))]
    pub key: Option<String>,
}

/// A new member's provisional card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct JoinResponse {
    pub card: String,
    pub provisional: bool,
    /// What happens next, in plain words.
    pub message: String,
}

/// A member waiting for a coordinator to confirm their card (`GET /v1/members/pending`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PendingMember {
    pub card: String,
    pub name: String,
    pub address: String,
    pub postcode: String,
    pub date_of_birth: NaiveDate,
    pub home_library: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    pub joined_at: DateTime<Utc>,
}

impl ChangeResult {
    /// A change that took effect.
    pub fn applied(key: &str, code: &str, message: impl Into<String>) -> ChangeResult {
        ChangeResult {
            key: key.to_owned(),
            status: ChangeStatus::Applied,
            code: code.to_owned(),
            message: message.into(),
            msg: None,
            booking: None,
            hold: None,
            loan: None,
            bookings: Vec::new(),
            room_booking: None,
        }
    }

    /// A change the hub refused; nothing changed.
    pub fn refused(key: &str, code: &str, message: impl Into<String>) -> ChangeResult {
        ChangeResult {
            status: ChangeStatus::Refused,
            ..ChangeResult::applied(key, code, message)
        }
    }

    /// Applied, with its outcome as a message (worded in English here; see [`ChangeResult::reword`]).
    pub fn applied_msg(key: &str, code: &str, msg: i18n::Msg) -> ChangeResult {
        ChangeResult {
            msg: Some(msg.clone()),
            ..ChangeResult::applied(key, code, i18n::common().words(i18n::Lang::En).msg(&msg))
        }
    }

    /// Refused, with the reason as a message.
    pub fn refused_msg(key: &str, code: &str, msg: i18n::Msg) -> ChangeResult {
        ChangeResult {
            status: ChangeStatus::Refused,
            ..ChangeResult::applied_msg(key, code, msg)
        }
    }

    /// Words the outcome in `lang` (the language the request asked for), when it has a message.
    pub fn reword(&mut self, lang: i18n::Lang) {
        if let Some(m) = &self.msg {
            self.message = i18n::common().words(lang).msg(m);
        }
    }
}

/// The answer to a [`ChangeBatch`], in the same order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ChangeResults {
    pub results: Vec<ChangeResult>,
}

/// The most changes one batch may carry.
pub const MAX_BATCH: usize = 100;

/// `GET /health`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
    /// "sqlite" or "postgres".
    pub database: String,
    pub schema_version: i64,
    pub time: DateTime<Utc>,
}

/// A demo account, as `cml-hub serve --demo` prints and `cml-hub demo-accounts --json` lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DemoAccount {
    pub role: String,
    pub name: String,
    pub card: String,
    pub pin: String,
}

/// Normalises a card number as typed (spaces and dashes dropped). Returns `None` when what is left
/// is not 6 to 16 digits.
pub fn normalise_card(card: &str) -> Option<String> {
    let digits: String = card.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let ok = (6..=16).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_digit());
    ok.then_some(digits)
}

/// "1st", "2nd", "3rd", "11th", …: waiting-list positions in words.
pub fn ordinal(n: i64) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "3 hours", "1 h 30 min", "45 minutes": hours in words.
pub fn hours_words(h: f64) -> String {
    let minutes = (h * 60.0).round() as i64;
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} minutes"),
        (1, 0) => "1 hour".into(),
        (h, 0) => format!("{h} hours"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// A PIN is 4 to 8 digits.
pub fn valid_pin(pin: &str) -> bool {
    (4..=8).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_are_normalised_and_checked() {
        assert_eq!(normalise_card("2000 1234 5678").as_deref(), Some("200012345678"));
        assert_eq!(normalise_card("12-34-56").as_deref(), Some("123456"));
        assert_eq!(normalise_card("12345"), None);
        assert_eq!(normalise_card("12345a"), None);
        assert!(valid_pin("1234"));
        assert!(!valid_pin("123"));
        assert!(!valid_pin("12a4"));
    }

    #[test]
    fn errors_serialise_in_snake_case() {
        let e = ApiError {
            code: ErrorCode::TooManyAttempts,
            message: "wait".into(),
            field: None,
            retry_after_seconds: Some(30),
        };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"code":"too_many_attempts","message":"wait","retry_after_seconds":30}"#
        );
    }
}
