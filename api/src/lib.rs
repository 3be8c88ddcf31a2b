//! The hub's wire format. The hub (`cml-hub`) serialises these types and the device core (`cml-
//! core`)
//! deserialises them, so the JSON the two exchange cannot drift apart.
//!
//! Paths are versioned under `/v1`. Every error body is an [`ApiError`].

pub mod catalogue;
pub mod changes;
pub mod circulation;
pub mod consultations;
pub mod deliveries;
pub mod events;
pub mod i18n;
pub mod isbn;
pub mod london;
pub mod reading_lists;
pub mod volunteers;

pub use consultations::{
    Answer, Answered, Consultation, ConsultationDraft, ConsultationResults, OptionCount, Question, QuestionResult,
};
pub use reading_lists::{ListEntry, ReadingList, ReadingListDraft};
// The wire types by domain, all at the crate root as before.
pub use catalogue::*;
pub use changes::*;
pub use circulation::*;
pub use deliveries::*;
pub use events::*;
pub use volunteers::*;

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
    /// Every home delivery for the coordinators, without the reader's address and access notes
    /// (the postcode's first half only: the address is read from the hub, and each read is
    /// written to the audit log), scope `r:coordinator`.
    pub const DELIVERY_QUEUE: &str = "delivery_queue";
    /// Each volunteer with their roles per library (scope `r:coordinator`).
    pub const VOLUNTEER_ROLES: &str = "volunteer_roles";
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
        DELIVERY_QUEUE,
        VOLUNTEER_ROLES,
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
        DELIVERY_QUEUE,
        VOLUNTEER_ROLES,
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
    /// The libraries where this volunteer works the desk (branch volunteer), by code; the desk
    /// lends and takes back there only (coordinators anywhere). Sent by sign-in and `GET /v1/me`.
    #[serde(default)]
    pub desk_libraries: Vec<String>,
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

/// A postcode's first half ("ST19 9AA" gives "ST19"), enough to plan a round by area.
pub fn postcode_district(postcode: &str) -> String {
    let p = postcode.trim().to_uppercase();
    match p.split_whitespace().next() {
        Some(first) if p.contains(' ') => first.to_owned(),
        _ if p.chars().count() > 3 => p.chars().take(p.chars().count() - 3).collect(),
        _ => p,
    }
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
