//! Events and bookings. The hub decides the scarce thing, places: a booking is confirmed while
//! places are left and waitlisted after, first come first served; a cancellation promotes the
//! first on the waiting list that fits.

use chrono::{DateTime, Utc};
use cml_api::i18n::{Arg, Msg};
use cml_api::{collections, Booking, BookingStatus, ChangeResult, Event, Roster, RosterEntry};

use crate::db::{Conn, Row};
use crate::error::{HubError, HubResult};
use crate::{feed, params};

/// The most places one booking may take: the member and a companion or carer.
pub const MAX_PLACES: i64 = 2;

const EVENT_COLUMNS: &str = "e.id, e.library_code, e.title, e.description, e.category, e.starts_at, e.ends_at, \
                             e.capacity, e.booking_required, e.accessibility, e.cancelled, e.audience, e.room_id, \
                             r.name, e.series_id, e.cancel_reason";
const EVENT_FROM: &str = "events e LEFT JOIN rooms r ON r.id = e.room_id";

fn parse_time(s: &str) -> HubResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| HubError::Internal(format!("stored time {s}: {e}")))
}

pub(crate) fn status_text(s: BookingStatus) -> &'static str {
    match s {
        BookingStatus::Confirmed => "confirmed",
        BookingStatus::Waitlisted => "waitlisted",
        BookingStatus::Cancelled => "cancelled",
        BookingStatus::EventCancelled => "event_cancelled",
    }
}

fn status_from(s: &str) -> HubResult<BookingStatus> {
    Ok(match s {
        "confirmed" => BookingStatus::Confirmed,
        "waitlisted" => BookingStatus::Waitlisted,
        "cancelled" => BookingStatus::Cancelled,
        "event_cancelled" => BookingStatus::EventCancelled,
        other => return Err(HubError::Internal(format!("unknown booking status {other}"))),
    })
}

fn event_from_row(c: &mut dyn Conn, row: &Row) -> HubResult<Event> {
    let id = row.i64(0)?;
    let capacity = row.i64(7)?;
    // Two index ranges rather than one scan of every booking: the confirmed ones are few (at most
    // the capacity), and the waiting ones are counted from the index alone.
    let counts = c.query_one(
        "SELECT (SELECT CAST(COALESCE(SUM(places), 0) AS BIGINT) FROM bookings WHERE event_id = $1 AND status = 'confirmed'), \
                (SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE event_id = $1 AND status = 'waitlisted')",
        params![id],
    )?;
    Ok(Event {
        id,
        library: row.str(1)?,
        title: row.str(2)?,
        description: row.str(3)?,
        category: row.str(4)?,
        starts_at: parse_time(&row.str(5)?)?,
        ends_at: parse_time(&row.str(6)?)?,
        capacity,
        places_left: (capacity - counts.i64(0)?).max(0),
        waiting: counts.i64(1)?,
        booking_required: row.i64(8)? != 0,
        accessibility: row.str(9)?,
        cancelled: row.i64(10)? != 0,
        audience: row.str(11)?,
        room_id: row.opt_i64(12)?,
        room: row.opt_str(13)?,
        series_id: row.opt_i64(14)?,
        cancel_reason: row.opt_str(15)?,
    })
}

pub fn get(c: &mut dyn Conn, id: i64) -> HubResult<Option<Event>> {
    match c.query_opt(
        &format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.id = $1"),
        params![id],
    )? {
        Some(row) => Ok(Some(event_from_row(c, &row)?)),
        None => Ok(None),
    }
}

/// Events ending after `from`, soonest first.
pub fn list(c: &mut dyn Conn, from: DateTime<Utc>) -> HubResult<Vec<Event>> {
    let rows = c.query(
        &format!("SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE e.ends_at > $1 ORDER BY e.starts_at, e.id"),
        params![from.to_rfc3339()],
    )?;
    rows.iter().map(|r| event_from_row(c, r)).collect()
}

pub fn publish_event(c: &mut dyn Conn, id: i64) -> HubResult<()> {
    if let Some(event) = get(c, id)? {
        let body = serde_json::to_value(&event)?;
        feed::publish(c, collections::EVENTS, feed::PUBLIC, &id.to_string(), Some(&body))?;
        publish_roster(c, &event)?;
    }
    Ok(())
}

/// The host of an event, if it has one.
pub fn host_of(c: &mut dyn Conn, event_id: i64) -> HubResult<Option<i64>> {
    Ok(
        c.query_opt("SELECT host_id FROM events WHERE id = $1", params![event_id])?
            .map(|r| r.opt_i64(0))
            .transpose()?
            .flatten(),
    )
}

/// An event's door list: its confirmed bookings, by name, and the walk-ins.
pub fn roster(c: &mut dyn Conn, event: &Event) -> HubResult<Roster> {
    let rows = c.query(
        "SELECT b.id, a.name, b.places, b.attendance FROM bookings b JOIN accounts a ON a.id = b.account_id \
         WHERE b.event_id = $1 AND b.status = 'confirmed' ORDER BY a.name, b.id",
        params![event.id],
    )?;
    let entries = rows
        .iter()
        .map(|r| {
            Ok(RosterEntry {
                booking_id: r.i64(0)?,
                name: r.str(1)?,
                places: r.i64(2)?,
                attendance: r.opt_str(3)?,
            })
        })
        .collect::<HubResult<Vec<_>>>()?;
    let walk_ins = c
        .query_one("SELECT walk_ins FROM events WHERE id = $1", params![event.id])?
        .i64(0)?;
    Ok(Roster {
        event_id: event.id,
        title: event.title.clone(),
        library: event.library.clone(),
        starts_at: event.starts_at,
        ends_at: event.ends_at,
        cancelled: event.cancelled,
        entries,
        walk_ins,
    })
}

/// Sends the door list to the event's host, whose phone keeps it for checking people in offline.
fn publish_roster(c: &mut dyn Conn, event: &Event) -> HubResult<()> {
    if let Some(host) = host_of(c, event.id)? {
        let body = serde_json::to_value(roster(c, event)?)?;
        feed::publish(
            c,
            collections::ROSTERS,
            &format!("a:{host}"),
            &event.id.to_string(),
            Some(&body),
        )?;
    }
    Ok(())
}

fn booking_from_row(c: &mut dyn Conn, row: &Row) -> HubResult<(i64, Booking)> {
    // id, event_id, account_id, places, status, booked_at
    let id = row.i64(0)?;
    let event_id = row.i64(1)?;
    let status = status_from(&row.str(4)?)?;
    let waitlist_position = if status == BookingStatus::Waitlisted {
        Some(
            c.query_one(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE event_id = $1 AND status = 'waitlisted' AND id <= $2",
                params![event_id, id],
            )?
            .i64(0)?,
        )
    } else {
        None
    };
    Ok((
        row.i64(2)?,
        Booking {
            id,
            event_id,
            places: row.i64(3)?,
            status,
            waitlist_position,
            booked_at: parse_time(&row.str(5)?)?,
        },
    ))
}

const BOOKING_COLUMNS: &str = "id, event_id, account_id, places, status, booked_at";

fn load_booking(c: &mut dyn Conn, id: i64) -> HubResult<(i64, Booking)> {
    let row = c.query_one(
        &format!("SELECT {BOOKING_COLUMNS} FROM bookings WHERE id = $1"),
        params![id],
    )?;
    booking_from_row(c, &row)
}

/// Sends a booking to its member's feed and returns it.
pub(crate) fn publish_booking(c: &mut dyn Conn, id: i64) -> HubResult<Booking> {
    let (account, booking) = load_booking(c, id)?;
    let body = serde_json::to_value(&booking)?;
    feed::publish(
        c,
        collections::BOOKINGS,
        &format!("a:{account}"),
        &id.to_string(),
        Some(&body),
    )?;
    Ok(booking)
}

/// A member's bookings, newest first.
pub fn bookings_of(c: &mut dyn Conn, account: i64) -> HubResult<Vec<Booking>> {
    let rows = c.query(
        &format!("SELECT {BOOKING_COLUMNS} FROM bookings WHERE account_id = $1 ORDER BY id DESC"),
        params![account],
    )?;
    rows.iter().map(|r| booking_from_row(c, r).map(|(_, b)| b)).collect()
}

fn active_booking(c: &mut dyn Conn, account: i64, event_id: i64) -> HubResult<Option<i64>> {
    Ok(c.query_opt(
        "SELECT id FROM bookings WHERE account_id = $1 AND event_id = $2 AND status IN ('confirmed', 'waitlisted')",
        params![account, event_id],
    )?
    .map(|r| r.i64(0))
    .transpose()?)
}

/// Locks the event and finds it, or says why a change to it is refused (unknown; started; for a
/// booking, also cancelled).
fn open_event(
    c: &mut dyn Conn,
    key: &str,
    event_id: i64,
    now: DateTime<Utc>,
    booking: bool,
) -> HubResult<Result<Event, ChangeResult>> {
    c.lock("events", "id", event_id.into())?;
    let Some(event) = get(c, event_id)? else {
        return Ok(Err(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-event-not-found"),
        )));
    };
    let about = |id: &str| Msg::new(id).arg("title", &event.title);
    if booking && event.cancelled {
        return Ok(Err(ChangeResult::refused_msg(
            key,
            "event_cancelled",
            about("outcome-event-cancelled"),
        )));
    }
    if event.starts_at <= now {
        return Ok(Err(ChangeResult::refused_msg(
            key,
            "event_started",
            about("outcome-event-started"),
        )));
    }
    Ok(Ok(event))
}

/// Books places for a member, or puts them on the waiting list. A refusal changes nothing.
pub fn book(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    event_id: i64,
    places: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if !(1..=MAX_PLACES).contains(&places) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-places").arg("max", MAX_PLACES),
        ));
    }
    let event = match open_event(c, key, event_id, now, true)? {
        Ok(e) => e,
        Err(refusal) => return Ok(refusal),
    };
    let about = |id: &str| Msg::new(id).arg("title", &event.title);
    if !event.booking_required {
        return Ok(ChangeResult::refused_msg(key, "drop_in", about("outcome-drop-in")));
    }
    if active_booking(c, account, event_id)?.is_some() {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_booked",
            about("outcome-already-booked"),
        ));
    }
    let status = if event.places_left >= places {
        BookingStatus::Confirmed
    } else {
        BookingStatus::Waitlisted
    };
    let stamp = now.to_rfc3339();
    let id = c
        .query_one(
            "INSERT INTO bookings (event_id, account_id, places, status, booked_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
            params![event_id, account, places, status_text(status), stamp],
        )?
        .i64(0)?;
    let booking = publish_booking(c, id)?;
    publish_event(c, event_id)?;
    let (code, msg) = match booking.status {
        BookingStatus::Confirmed => ("confirmed", about("outcome-confirmed").arg("n", places)),
        _ => {
            let n = booking.waitlist_position.unwrap_or(1);
            (
                "waitlisted",
                about("outcome-waitlisted")
                    .arg("n", n)
                    .arg("position", Arg::Ordinal { ordinal: n }),
            )
        }
    };
    Ok(ChangeResult {
        booking: Some(booking),
        ..ChangeResult::applied_msg(key, code, msg)
    })
}

/// Cancels a member's booking and promotes the waiting list.
pub fn cancel(c: &mut dyn Conn, key: &str, account: i64, event_id: i64, now: DateTime<Utc>) -> HubResult<ChangeResult> {
    let event = match open_event(c, key, event_id, now, false)? {
        Ok(e) => e,
        Err(refusal) => return Ok(refusal),
    };
    let Some(id) = active_booking(c, account, event_id)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-booking").arg("title", &event.title),
        ));
    };
    c.exec(
        "UPDATE bookings SET status = 'cancelled', updated_at = $2 WHERE id = $1",
        params![id, now.to_rfc3339()],
    )?;
    let booking = publish_booking(c, id)?;
    promote(c, event_id, now)?;
    publish_event(c, event_id)?;
    Ok(ChangeResult {
        booking: Some(booking),
        ..ChangeResult::applied_msg(
            key,
            "cancelled",
            Msg::new("outcome-cancelled").arg("title", &event.title),
        )
    })
}

/// Confirms waiting bookings in order while they fit, and republishes every waiting booking
/// (their positions move).
pub(crate) fn promote(c: &mut dyn Conn, event_id: i64, now: DateTime<Utc>) -> HubResult<()> {
    let Some(event) = get(c, event_id)? else {
        return Ok(());
    };
    let mut left = event.places_left;
    let waiting = c.query(
        "SELECT id, places FROM bookings WHERE event_id = $1 AND status = 'waitlisted' ORDER BY id",
        params![event_id],
    )?;
    let mut promoting = true;
    for row in &waiting {
        let (id, places) = (row.i64(0)?, row.i64(1)?);
        // First come, first served: nobody jumps a queue head who does not fit yet.
        if promoting && places <= left {
            left -= places;
            c.exec(
                "UPDATE bookings SET status = 'confirmed', updated_at = $2 WHERE id = $1",
                params![id, now.to_rfc3339()],
            )?;
        } else {
            promoting = false;
        }
        publish_booking(c, id)?;
    }
    Ok(())
}
