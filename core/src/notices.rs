//! Notices: what happened to the person's bookings and reservations that they did not do
//! themselves (a place came free, the library cancelled or moved an event, a reservation is ready
//! or was not collected in time). They are worked out when a sync brings a new state that differs
//! from the one the device had, so a first sync on a new phone raises none.

use chrono::{DateTime, Utc};
use cml_api::{Booking, BookingStatus, Event, Hold, HoldStatus};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::CoreResult;
use crate::events::span;
use crate::i18n::{self, Lang, Msg, Words};
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

/// Keeps a notice as its message (worded when read), with its English words beside it.
fn add(tx: &Connection, kind: &str, msg: Msg) -> CoreResult<()> {
    if let Some(account) = account(tx)? {
        let english = i18n::words(Lang::En).msg(&msg);
        tx.execute(
            "INSERT INTO notices (account_id, kind, text, msg, made_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                account,
                kind,
                english,
                serde_json::to_string(&msg)?,
                Utc::now().to_rfc3339()
            ],
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
    let msg = |id: &str| Msg::new(id).arg("title", &event.title).arg("when", span(&event));
    match (old.status, new.status) {
        (BookingStatus::Waitlisted, BookingStatus::Confirmed) => add(tx, "promoted", msg("notice-promoted")),
        (_, BookingStatus::EventCancelled) => add(
            tx,
            "event_cancelled",
            match &event.cancel_reason {
                Some(r) => msg("notice-event-cancelled-why").arg("reason", r),
                None => msg("notice-event-cancelled"),
            },
        ),
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
        Msg::new("notice-event-moved")
            .arg("title", &new.title)
            .arg("when", span(new))
            .arg("place", place),
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
            let msg = match new.ready_until {
                Some(d) => Msg::new("notice-hold-ready-until").arg("until", d),
                None => Msg::new("notice-hold-ready"),
            };
            add(tx, "hold_ready", msg.arg("title", &new.title).arg("place", place))
        }
        HoldStatus::Expired => add(
            tx,
            "hold_expired",
            Msg::new("notice-hold-expired").arg("title", &new.title),
        ),
        _ => Ok(()),
    }
}

/// The person's notices, newest first, in the language `w` reads now. A notice kept before
/// messages were stored (an older app) shows the English words it was kept with.
pub fn list(c: &Connection, w: &Words<'static>, account: i64, limit: u32) -> CoreResult<Vec<NoticeView>> {
    let mut stmt = c.prepare(
        "SELECT id, kind, text, made_at, seen, msg FROM notices WHERE account_id = ?1 ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt
        .query_map(params![account, limit], |r| {
            let made_at: String = r.get(3)?;
            let text: String = r.get(2)?;
            let msg: Option<String> = r.get(5)?;
            let text = msg
                .and_then(|m| serde_json::from_str::<Msg>(&m).ok())
                .and_then(|m| i18n::stored(w, &m))
                .unwrap_or(text);
            Ok(NoticeView {
                id: r.get(0)?,
                kind: r.get(1)?,
                text,
                made_at: DateTime::parse_from_rfc3339(&made_at)
                    .map(|d| d.timestamp())
                    .unwrap_or(0),
                seen: r.get::<_, i64>(4)? != 0,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}
