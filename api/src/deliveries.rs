//! The home reading service: requests, visits, bags, rounds, proxies (carers), welfare concerns,
//! the audit log.

use super::*;

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
    /// Set once a coordinator has closed it, with what was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<ConcernClosed>,
}

/// How a welfare concern was closed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ConcernClosed {
    pub at: DateTime<Utc>,
    /// The coordinator's name.
    pub by: String,
    /// What was done: "Rang her daughter; all well."
    pub note: String,
}

/// A volunteer and the roles they hold at each library (the coordinators' `volunteer_roles`
/// collection, to choose who chooses and who delivers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct VolunteerRoles {
    pub card: String,
    pub name: String,
    pub roles: Vec<crate::VolunteerRole>,
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
