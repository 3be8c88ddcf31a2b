//! Notices: what happened to the person's bookings and reservations that they did not do
//! themselves (a place came free, the library cancelled or moved an event, a reservation is ready
//! or was not collected in time). They are worked out when a sync brings a new state that differs
//! from the one the device had, so a first sync on a new phone raises none.

use chrono::{DateTime, Utc};
use cml_api::london::{long_date, when};
use cml_api::{Booking, BookingStatus, Event, Hold, HoldStatus};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::CoreResult;
use crate::views::NoticeView;

fn account(tx: &Connection) -> CoreResult<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT json_extract(account, '$.id') FROM session WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

fn add(tx: &Connection, kind: &str, text: &str) -> CoreResult<()> {
    if let Some(account) = account(tx)? {
        tx.execute(
            "INSERT INTO notices (account_id, kind, text, made_at) VALUES (?1, ?2, ?3, ?4)",
            params![account, kind, text, Utc::now().to_rfc3339()],
        )?;
    }
    Ok(())
}

fn library_name(tx: &Connection, code: &str) -> CoreResult<String> {
    Ok(tx
        .query_row(
            "SELECT json_extract(body, '$.name') FROM libraries WHERE code = ?1",
            [code],
            |r| r.get::<_, String>(0),
        )
        .optional()?
        .unwrap_or_else(|| code.to_owned()))
}

/// A booking came back from the hub in a new state.
pub fn booking_changed(tx: &Connection, old: &Booking, new: &Booking) -> CoreResult<()> {
    if old.status == new.status {
        return Ok(());
    }
    let Some(event) = crate::events::load_event(tx, new.event_id)? else {
        return Ok(());
    };
    let at = when(event.starts_at, event.ends_at);
    match (old.status, new.status) {
        (BookingStatus::Waitlisted, BookingStatus::Confirmed) => add(
            tx,
            "promoted",
            &format!(
                "Good news: a place came free at {} ({at}). You are booked.",
                event.title
            ),
        ),
        (_, BookingStatus::EventCancelled) => {
            let why = event.cancel_reason.map(|r| format!(" {r}")).unwrap_or_default();
            add(
                tx,
                "event_cancelled",
                &format!("The library has cancelled {} ({at}).{why}", event.title),
            )
        }
        _ => Ok(()),
    }
}

/// An event came from the hub; if the member is booked and it moved, they are told.
pub fn event_changed(tx: &Connection, old: &Event, new: &Event) -> CoreResult<()> {
    if old.starts_at == new.starts_at && old.ends_at == new.ends_at && old.library == new.library {
        return Ok(());
    }
    let booked = crate::events::active_bookings(tx)?
        .iter()
        .any(|b| b.event_id == new.id && matches!(b.status, BookingStatus::Confirmed | BookingStatus::Waitlisted));
    if !booked || new.cancelled {
        return Ok(());
    }
    let place = library_name(tx, &new.library)?;
    add(
        tx,
        "event_moved",
        &format!(
            "{} has moved: it is now {} at {place}.",
            new.title,
            when(new.starts_at, new.ends_at)
        ),
    )
}

/// A reservation came from the hub in a new state.
pub fn hold_changed(tx: &Connection, old: &Hold, new: &Hold) -> CoreResult<()> {
    if old.status == new.status {
        return Ok(());
    }
    match new.status {
        HoldStatus::Ready => {
            let place = library_name(tx, &new.pickup)?;
            let until = new
                .ready_until
                .map(|d| format!(" until {}", long_date(d)))
                .unwrap_or_default();
            add(
                tx,
                "hold_ready",
                &format!("{} is ready for you to collect at {place}{until}.", new.title),
            )
        }
        HoldStatus::Expired => add(
            tx,
            "hold_expired",
            &format!(
                "{} was not collected in time, so it has gone to the next person waiting.",
                new.title
            ),
        ),
        _ => Ok(()),
    }
}

pub fn list(c: &Connection, account: i64, limit: u32) -> CoreResult<Vec<NoticeView>> {
    let mut stmt =
        c.prepare("SELECT id, kind, text, made_at, seen FROM notices WHERE account_id = ?1 ORDER BY id DESC LIMIT ?2")?;
    let rows = stmt
        .query_map(params![account, limit], |r| {
            let made_at: String = r.get(3)?;
            Ok(NoticeView {
                id: r.get(0)?,
                kind: r.get(1)?,
                text: r.get(2)?,
                made_at: DateTime::parse_from_rfc3339(&made_at)
                    .map(|d| d.timestamp())
                    .unwrap_or(0),
                seen: r.get::<_, i64>(4)? != 0,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}
