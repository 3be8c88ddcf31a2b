//! Rooms that partner services (the trust's wellbeing service, say) book at a library, in hours or
//! out of hours, never twice at once: a booking is checked under the room's lock against the
//! events held there and the other bookings.

use chrono::{DateTime, Duration, Utc};
use cml_api::i18n::{Arg, Msg};
use cml_api::{collections, ChangeResult, NewRoom, Room, RoomBooking, Slot};

use crate::db::{Conn, Row};
use crate::error::{HubError, HubResult};
use crate::i18n::say;
use crate::programme::room_clash;
use crate::{feed, params};

/// The longest one booking may be.
pub const MAX_HOURS: i64 = 12;
/// How far ahead a room can be booked.
pub const MAX_DAYS_AHEAD: i64 = 366;

fn instant(s: &str) -> HubResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| HubError::Internal(format!("stored time {s}: {e}")))
}

pub fn add(c: &mut dyn Conn, room: &NewRoom) -> HubResult<Room> {
    let name = room.name.trim();
    if name.is_empty() || name.chars().count() > 60 {
        return Err(HubError::invalid("name", say("hub-room-name")));
    }
    if !(1..=500).contains(&room.capacity) {
        return Err(HubError::invalid("capacity", say("hub-room-capacity")));
    }
    crate::libraries::require(c, "library", &room.library)?;
    if c.query_opt(
        "SELECT id FROM rooms WHERE library_code = $1 AND name = $2",
        params![room.library.clone(), name],
    )?
    .is_some()
    {
        return Err(HubError::Conflict(crate::i18n::say_msg(
            Msg::new("hub-room-exists")
                .arg("library", &room.library)
                .arg("name", name),
        )));
    }
    let id = c
        .query_one(
            "INSERT INTO rooms (library_code, name, capacity) VALUES ($1, $2, $3) RETURNING id",
            params![room.library.clone(), name, room.capacity],
        )?
        .i64(0)?;
    Ok(list(c, None, Utc::now())?
        .into_iter()
        .find(|r| r.id == id)
        .expect("the room just added"))
}

/// Every room (at one library, if given) with the times it is taken from now on.
pub fn list(c: &mut dyn Conn, library: Option<&str>, now: DateTime<Utc>) -> HubResult<Vec<Room>> {
    let rows = c.query(
        "SELECT id, library_code, name, capacity FROM rooms WHERE ($1 = '' OR library_code = $1) ORDER BY library_code, name",
        params![library.unwrap_or("")],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let id = r.i64(0)?;
        let busy = c.query(
            "SELECT starts_at, ends_at FROM events WHERE room_id = $1 AND cancelled = 0 AND ends_at > $2 \
             UNION ALL SELECT starts_at, ends_at FROM room_bookings WHERE room_id = $1 AND cancelled = 0 AND ends_at > $2 \
             ORDER BY 1",
            params![id, now.to_rfc3339()],
        )?;
        out.push(Room {
            id,
            library: r.str(1)?,
            name: r.str(2)?,
            capacity: r.i64(3)?,
            busy: busy
                .iter()
                .map(|b| {
                    Ok(Slot {
                        starts_at: instant(&b.str(0)?)?,
                        ends_at: instant(&b.str(1)?)?,
                    })
                })
                .collect::<HubResult<_>>()?,
        });
    }
    Ok(out)
}

const COLUMNS: &str =
    "b.id, b.room_id, r.name, r.library_code, a.name, b.purpose, b.starts_at, b.ends_at, b.cancelled, \
                       b.account_id";
const FROM: &str = "room_bookings b JOIN rooms r ON r.id = b.room_id JOIN accounts a ON a.id = b.account_id";

fn from_row(r: &Row) -> HubResult<(i64, RoomBooking)> {
    Ok((
        r.i64(9)?,
        RoomBooking {
            id: r.i64(0)?,
            room_id: r.i64(1)?,
            room: r.str(2)?,
            library: r.str(3)?,
            organisation: r.str(4)?,
            purpose: r.str(5)?,
            starts_at: instant(&r.str(6)?)?,
            ends_at: instant(&r.str(7)?)?,
            cancelled: r.i64(8)? != 0,
        },
    ))
}

/// Sends a booking to the partner who made it and to the coordinators, who see every booking
/// on their Events and rooms screen (offline too).
pub fn publish(c: &mut dyn Conn, id: i64) -> HubResult<RoomBooking> {
    let row = c.query_one(&format!("SELECT {COLUMNS} FROM {FROM} WHERE b.id = $1"), params![id])?;
    let (account, booking) = from_row(&row)?;
    let body = serde_json::to_value(&booking)?;
    for scope in [format!("a:{account}"), crate::deliveries::COORDINATORS.to_owned()] {
        feed::publish(c, collections::ROOM_BOOKINGS, &scope, &id.to_string(), Some(&body))?;
    }
    Ok(booking)
}

/// Sends every booking still to come to the coordinators (a hub upgraded to the schema that
/// brought their copy has them there at once).
pub fn publish_for_coordinators(c: &mut dyn Conn, now: DateTime<Utc>) -> HubResult<()> {
    let ids = c.query(
        "SELECT id FROM room_bookings WHERE ends_at > $1 ORDER BY id",
        params![now.to_rfc3339()],
    )?;
    for r in ids {
        publish(c, r.i64(0)?)?;
    }
    Ok(())
}

/// A partner's own bookings still to come, soonest first.
pub fn bookings_of(c: &mut dyn Conn, account: i64, now: DateTime<Utc>) -> HubResult<Vec<RoomBooking>> {
    let rows = c.query(
        &format!("SELECT {COLUMNS} FROM {FROM} WHERE b.account_id = $1 AND b.ends_at > $2 ORDER BY b.starts_at"),
        params![account, now.to_rfc3339()],
    )?;
    rows.iter().map(|r| from_row(r).map(|(_, b)| b)).collect()
}

#[allow(clippy::too_many_arguments)]
pub fn book(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    room_id: i64,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    purpose: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let purpose = purpose.trim();
    let refuse = |id: &str| Ok(ChangeResult::refused_msg(key, "invalid_input", Msg::new(id)));
    if purpose.is_empty() || purpose.chars().count() > 200 {
        return refuse("outcome-room-purpose");
    }
    if ends <= starts {
        return refuse("outcome-end-before-start");
    }
    if ends - starts > Duration::hours(MAX_HOURS) {
        return refuse("outcome-room-too-long");
    }
    if starts <= now {
        return refuse("outcome-start-past");
    }
    if starts > now + Duration::days(MAX_DAYS_AHEAD) {
        return refuse("outcome-room-a-year");
    }
    if c.query_opt("SELECT id FROM rooms WHERE id = $1", params![room_id])?
        .is_none()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-room"),
        ));
    }
    if let Some(clash) = room_clash(c, room_id, starts, ends, None, None)? {
        return Ok(ChangeResult::refused_msg(key, "room_taken", clash));
    }
    let id = c
        .query_one(
            "INSERT INTO room_bookings (room_id, account_id, purpose, starts_at, ends_at, booked_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![
                room_id,
                account,
                purpose,
                starts.to_rfc3339(),
                ends.to_rfc3339(),
                now.to_rfc3339()
            ],
        )?
        .i64(0)?;
    let booking = publish(c, id)?;
    let msg = Msg::new("outcome-room-booked")
        .arg("room", &booking.room)
        .arg("library", &booking.library)
        .arg("when", Arg::Span { starts, ends });
    Ok(ChangeResult {
        room_booking: Some(booking),
        ..ChangeResult::applied_msg(key, "room_booked", msg)
    })
}

pub fn cancel(c: &mut dyn Conn, key: &str, account: i64, coordinator: bool, id: i64) -> HubResult<ChangeResult> {
    let Some(row) = c.query_opt(&format!("SELECT {COLUMNS} FROM {FROM} WHERE b.id = $1"), params![id])? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-room-booking"),
        ));
    };
    let (owner, booking) = from_row(&row)?;
    if (owner != account && !coordinator) || booking.cancelled {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-room-booking"),
        ));
    }
    c.exec("UPDATE room_bookings SET cancelled = 1 WHERE id = $1", params![id])?;
    let booking = publish(c, id)?;
    Ok(ChangeResult {
        room_booking: Some(booking),
        ..ChangeResult::applied_msg(key, "room_cancelled", Msg::new("outcome-room-cancelled"))
    })
}
