//! Changes from devices: each change a person can make, the batch that carries them, and the hub's
//! answer to each.

use super::*;

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
    /// A coordinator closes a welfare concern raised at the door, saying what was done.
    CloseConcern {
        visit_id: i64,
        note: String,
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

impl ChangeResult {
    /// A change that took effect, worded once in English (every outcome is made with a message:
    /// see [`ChangeResult::applied_msg`]).
    fn applied(key: &str, code: &str, message: impl Into<String>) -> ChangeResult {
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
