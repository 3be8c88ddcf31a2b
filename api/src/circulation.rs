//! Circulation and membership: reservations (holds), loans, reading history, joining.

use super::*;

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
