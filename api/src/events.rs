//! The programme: events, door lists (rosters), rooms and their bookings, members' bookings.

use super::*;

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
