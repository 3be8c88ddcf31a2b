//! The programme as coordinators run it: creating events (one, or a weekly series), editing and
//! cancelling them (cancelling tells everyone booked, through their feed), booking a whole series,
//! and door check-in by the event's host.

use chrono::{DateTime, Duration, Utc};
use cml_api::i18n::Msg;
use cml_api::{BookingStatus, ChangeResult, Event, EventDraft, Roster};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::events::{self, publish_booking, publish_event};
use crate::i18n::{say, say_msg};
use crate::{feed, params};

/// The most places an event can have.
pub const MAX_CAPACITY: i64 = 500;
/// The most further weekly sessions one series can be made with at once.
pub const MAX_REPEATS: u32 = 52;

fn text(field: &str, value: &str, max: usize, what: &str) -> HubResult<String> {
    let v = value.trim();
    if v.chars().count() > max {
        return Err(HubError::invalid(
            field,
            say_msg(
                Msg::new("hub-text-too-long")
                    .arg("what", Msg::new(what))
                    .arg("max", max as i64),
            ),
        ));
    }
    if v.chars().any(|c| c.is_control() && c != '\n') {
        return Err(HubError::invalid(
            field,
            say_msg(Msg::new("hub-text-control").arg("what", Msg::new(what))),
        ));
    }
    Ok(v.to_owned())
}

/// A checked draft: its host's account id, if any.
struct Checked {
    draft: EventDraft,
    host: Option<i64>,
}

fn check(c: &mut dyn Conn, d: &EventDraft, now: DateTime<Utc>, existing: Option<&Event>) -> HubResult<Checked> {
    crate::libraries::require(c, "library", &d.library)?;
    let title = text("title", &d.title, 120, "field-title")?;
    if title.is_empty() {
        return Err(HubError::invalid("title", say("hub-event-title")));
    }
    let description = text("description", &d.description, 2000, "field-description")?;
    let category = d.category.trim().to_lowercase();
    if category.is_empty() || category.len() > 40 || !category.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
        return Err(HubError::invalid("category", say("hub-event-category")));
    }
    let audience = text(
        "audience",
        d.audience.as_deref().unwrap_or("Everyone"),
        100,
        "The audience",
    )?;
    let accessibility = text("accessibility", &d.accessibility, 500, "field-accessibility")?;
    if d.ends_at <= d.starts_at {
        return Err(HubError::invalid("ends_at", say("hub-end-before-start")));
    }
    if d.ends_at - d.starts_at > Duration::hours(24) {
        return Err(HubError::invalid("ends_at", say("hub-event-length")));
    }
    let moved = existing.is_none_or(|e| e.starts_at != d.starts_at);
    if moved && d.starts_at <= now {
        return Err(HubError::invalid("starts_at", say("hub-start-past")));
    }
    if !(0..=MAX_CAPACITY).contains(&d.capacity) {
        return Err(HubError::invalid(
            "capacity",
            say_msg(Msg::new("hub-event-capacity").arg("max", MAX_CAPACITY)),
        ));
    }
    if d.booking_required && d.capacity == 0 {
        return Err(HubError::invalid("capacity", say("hub-event-places")));
    }
    if let Some(room) = d.room_id {
        let Some(row) = c.query_opt("SELECT library_code FROM rooms WHERE id = $1", params![room])? else {
            return Err(HubError::invalid(
                "room_id",
                say_msg(Msg::new("hub-no-room").arg("id", room)),
            ));
        };
        if row.str(0)? != d.library {
            return Err(HubError::invalid("room_id", say("hub-room-elsewhere")));
        }
    }
    let host = match d.host_card.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
        None => None,
        Some(card) => {
            let card =
                cml_api::normalise_card(card).ok_or_else(|| HubError::invalid("host_card", say("hub-card-format")))?;
            let Some(row) = c.query_opt("SELECT id, roles FROM accounts WHERE card = $1", params![card.clone()])?
            else {
                return Err(HubError::invalid(
                    "host_card",
                    say_msg(Msg::new("hub-no-one-card").arg("card", card)),
                ));
            };
            let roles = crate::auth::roles_from_text(&row.str(1)?);
            if !roles
                .iter()
                .any(|r| matches!(r, cml_api::Role::Volunteer | cml_api::Role::Coordinator))
            {
                return Err(HubError::invalid("host_card", say("hub-host-role")));
            }
            Some(row.i64(0)?)
        }
    };
    if d.repeat_weekly.is_some_and(|n| n > MAX_REPEATS) {
        return Err(HubError::invalid(
            "repeat_weekly",
            say_msg(Msg::new("hub-series-repeats").arg("max", MAX_REPEATS as i64)),
        ));
    }
    Ok(Checked {
        draft: EventDraft {
            title,
            description,
            category,
            audience: Some(if audience.is_empty() {
                "Everyone".into()
            } else {
                audience
            }),
            accessibility,
            ..d.clone()
        },
        host,
    })
}

/// A room is free for [start, end) unless an event or a room booking there overlaps it.
pub fn room_clash(
    c: &mut dyn Conn,
    room_id: i64,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    except_event: Option<i64>,
    except_booking: Option<i64>,
) -> HubResult<Option<Msg>> {
    c.lock("rooms", "id", room_id.into())?;
    let (s, e) = (starts.to_rfc3339(), ends.to_rfc3339());
    if let Some(row) = c.query_opt(
        "SELECT title, starts_at FROM events WHERE room_id = $1 AND cancelled = 0 AND starts_at < $3 AND ends_at > $2 \
         AND id <> $4 LIMIT 1",
        params![room_id, s.clone(), e.clone(), except_event.unwrap_or(-1)],
    )? {
        return Ok(Some(Msg::new("outcome-room-taken-by").arg("title", row.str(0)?)));
    }
    if c.query_opt(
        "SELECT id FROM room_bookings WHERE room_id = $1 AND cancelled = 0 AND starts_at < $3 AND ends_at > $2 \
         AND id <> $4 LIMIT 1",
        params![room_id, s, e, except_booking.unwrap_or(-1)],
    )?
    .is_some()
    {
        return Ok(Some(Msg::new("outcome-room-taken-partner")));
    }
    Ok(None)
}

fn insert(c: &mut dyn Conn, d: &EventDraft, host: Option<i64>, series: Option<i64>, shift: Duration) -> HubResult<i64> {
    let id = c
        .query_one(
            "INSERT INTO events (library_code, title, description, category, starts_at, ends_at, capacity, \
             booking_required, accessibility, audience, room_id, host_id, series_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
            params![
                d.library.clone(),
                d.title.clone(),
                d.description.clone(),
                d.category.clone(),
                (d.starts_at + shift).to_rfc3339(),
                (d.ends_at + shift).to_rfc3339(),
                d.capacity,
                d.booking_required,
                d.accessibility.clone(),
                d.audience.clone(),
                d.room_id,
                host,
                series
            ],
        )?
        .i64(0)?;
    Ok(id)
}

/// Creates an event, or with `repeat_weekly` a series of weekly sessions (a week apart in UK
/// time, so a session keeps its clock time across a change of the clocks). All or nothing.
pub fn create(c: &mut dyn Conn, draft: &EventDraft, now: DateTime<Utc>) -> HubResult<Vec<Event>> {
    let Checked { draft: d, host } = check(c, draft, now, None)?;
    let repeats = d.repeat_weekly.unwrap_or(0) as i64;
    let local_start = cml_api::london::to_local(d.starts_at);
    let length = d.ends_at - d.starts_at;
    let mut ids = Vec::new();
    let mut series = None;
    for week in 0..=repeats {
        let starts = cml_api::london::from_local(local_start + Duration::days(7 * week));
        let session = EventDraft {
            starts_at: starts,
            ends_at: starts + length,
            ..d.clone()
        };
        if let Some(room) = d.room_id {
            if let Some(clash) = room_clash(c, room, session.starts_at, session.ends_at, None, None)? {
                return Err(HubError::Conflict(say_msg(
                    Msg::new("hub-series-clash")
                        .arg("date", cml_api::london::today(starts))
                        .arg("clash", clash),
                )));
            }
        }
        let id = insert(c, &session, host, series, Duration::zero())?;
        if repeats > 0 && series.is_none() {
            series = Some(id);
            c.exec("UPDATE events SET series_id = $1 WHERE id = $1", params![id])?;
        }
        ids.push(id);
    }
    let mut out = Vec::new();
    for id in ids {
        publish_event(c, id)?;
        out.extend(events::get(c, id)?);
    }
    Ok(out)
}

/// Edits an event. Members booked see the new details at their next sync (their phones say what
/// moved); places already confirmed are never taken away.
pub fn update(c: &mut dyn Conn, id: i64, draft: &EventDraft, now: DateTime<Utc>) -> HubResult<Event> {
    c.lock("events", "id", id.into())?;
    let Some(existing) = events::get(c, id)? else {
        return Err(HubError::NotFound(say_msg(Msg::new("hub-no-event").arg("id", id))));
    };
    if existing.cancelled {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-event-cancelled").arg("title", &existing.title),
        )));
    }
    if existing.ends_at <= now {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-event-over").arg("title", &existing.title),
        )));
    }
    let Checked { draft: d, host } = check(c, draft, now, Some(&existing))?;
    let confirmed = existing.capacity - existing.places_left;
    if d.capacity < confirmed {
        return Err(HubError::invalid(
            "capacity",
            say_msg(Msg::new("hub-capacity-below-booked").arg("n", confirmed)),
        ));
    }
    if let Some(room) = d.room_id {
        if let Some(clash) = room_clash(c, room, d.starts_at, d.ends_at, Some(id), None)? {
            return Err(HubError::Conflict(say_msg(clash)));
        }
    }
    let old_host = events::host_of(c, id)?;
    c.exec(
        "UPDATE events SET library_code = $2, title = $3, description = $4, category = $5, starts_at = $6, \
         ends_at = $7, capacity = $8, booking_required = $9, accessibility = $10, audience = $11, room_id = $12, \
         host_id = $13 WHERE id = $1",
        params![
            id,
            d.library.clone(),
            d.title.clone(),
            d.description.clone(),
            d.category.clone(),
            d.starts_at.to_rfc3339(),
            d.ends_at.to_rfc3339(),
            d.capacity,
            d.booking_required,
            d.accessibility.clone(),
            d.audience.clone(),
            d.room_id,
            host
        ],
    )?;
    if let Some(old) = old_host.filter(|o| Some(*o) != host) {
        feed::publish(
            c,
            cml_api::collections::ROSTERS,
            &format!("a:{old}"),
            &id.to_string(),
            None,
        )?;
    }
    // More places: the waiting list moves up.
    events::promote(c, id, now)?;
    publish_event(c, id)?;
    events::get(c, id)?.ok_or_else(|| HubError::Internal("an edited event went missing".into()))
}

/// Cancels an event: every booking becomes "cancelled by the library", and each member's phone
/// hears it, with the reason, at its next sync.
pub fn cancel(c: &mut dyn Conn, id: i64, reason: &str, now: DateTime<Utc>) -> HubResult<Event> {
    let reason = text("reason", reason, 300, "field-reason")?;
    if reason.is_empty() {
        return Err(HubError::invalid("reason", say("hub-cancel-reason")));
    }
    c.lock("events", "id", id.into())?;
    let Some(event) = events::get(c, id)? else {
        return Err(HubError::NotFound(say_msg(Msg::new("hub-no-event").arg("id", id))));
    };
    if event.cancelled {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-event-cancelled-already").arg("title", &event.title),
        )));
    }
    if event.starts_at <= now {
        return Err(HubError::Conflict(format!("{} has already started.", event.title)));
    }
    c.exec(
        "UPDATE events SET cancelled = 1, cancel_reason = $2 WHERE id = $1",
        params![id, reason],
    )?;
    let booked = c.query(
        "SELECT id FROM bookings WHERE event_id = $1 AND status IN ('confirmed', 'waitlisted') ORDER BY id",
        params![id],
    )?;
    c.exec(
        "UPDATE bookings SET status = $2, updated_at = $3 WHERE event_id = $1 AND status IN ('confirmed', 'waitlisted')",
        params![id, events::status_text(BookingStatus::EventCancelled), now.to_rfc3339()],
    )?;
    for row in booked {
        publish_booking(c, row.i64(0)?)?;
    }
    publish_event(c, id)?;
    events::get(c, id)?.ok_or_else(|| HubError::Internal("a cancelled event went missing".into()))
}

/// Books every session of a series that has not started; each is confirmed or waitlisted on its
/// own. Refused only if no session could be booked.
pub fn book_series(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    series_id: i64,
    places: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let sessions = c.query(
        "SELECT id FROM events WHERE series_id = $1 AND cancelled = 0 AND starts_at > $2 ORDER BY starts_at",
        params![series_id, now.to_rfc3339()],
    )?;
    if sessions.is_empty() {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-series-over"),
        ));
    }
    let mut bookings = Vec::new();
    let mut first_refusal = None;
    for row in sessions {
        let result = events::book(c, key, account, row.i64(0)?, places, now)?;
        match result.booking {
            Some(b) => bookings.push(b),
            None => {
                if result.code != "already_booked" && first_refusal.is_none() {
                    first_refusal = Some(result);
                }
            }
        }
    }
    if bookings.is_empty() {
        return Ok(first_refusal.unwrap_or_else(|| {
            ChangeResult::refused_msg(key, "already_booked", Msg::new("outcome-series-booked-already"))
        }));
    }
    let title = events::get(c, bookings[0].event_id)?
        .map(|e| e.title)
        .unwrap_or_default();
    let confirmed = bookings.iter().filter(|b| b.status == BookingStatus::Confirmed).count();
    let waiting = bookings.len() - confirmed;
    let msg = match waiting {
        0 => Msg::new("outcome-series-booked"),
        w => Msg::new("outcome-series-partly").arg("waiting", w as i64),
    }
    .arg("n", confirmed as i64)
    .arg("title", title);
    Ok(ChangeResult {
        bookings,
        ..ChangeResult::applied_msg(key, if waiting == 0 { "confirmed" } else { "partly_waitlisted" }, msg)
    })
}

/// Whether `account` may check people in at this event: its host, or a coordinator or admin.
fn may_check_in(c: &mut dyn Conn, account: i64, coordinator: bool, event_id: i64) -> HubResult<bool> {
    Ok(coordinator || events::host_of(c, event_id)? == Some(account))
}

/// Check-in opens an hour before the start.
fn check_in_open(event: &Event, now: DateTime<Utc>) -> bool {
    now >= event.starts_at - Duration::hours(1)
}

pub fn set_attendance(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    coordinator: bool,
    booking_id: i64,
    attended: bool,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let Some(row) = c.query_opt(
        "SELECT event_id, status FROM bookings WHERE id = $1",
        params![booking_id],
    )?
    else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-booking"),
        ));
    };
    let event_id = row.i64(0)?;
    if !may_check_in(c, account, coordinator, event_id)? {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-only-hosts"),
        ));
    }
    c.lock("events", "id", event_id.into())?;
    let event = events::get(c, event_id)?.ok_or_else(|| HubError::Internal("no event".into()))?;
    if !check_in_open(&event, now) {
        return Ok(ChangeResult::refused_msg(
            key,
            "too_early",
            Msg::new("outcome-door-too-early").arg("title", &event.title),
        ));
    }
    if row.str(1)? != "confirmed" {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_booked",
            Msg::new("outcome-no-place-held"),
        ));
    }
    let mark = if attended { "attended" } else { "no_show" };
    c.exec(
        "UPDATE bookings SET attendance = $2 WHERE id = $1",
        params![booking_id, mark],
    )?;
    publish_event(c, event_id)?;
    Ok(ChangeResult::applied_msg(
        key,
        mark,
        Msg::new(if attended {
            "outcome-attended"
        } else {
            "outcome-not-come"
        }),
    ))
}

pub fn set_walk_ins(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    coordinator: bool,
    event_id: i64,
    count: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if !(0..=MAX_CAPACITY).contains(&count) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-walk-ins-range").arg("max", MAX_CAPACITY),
        ));
    }
    let Some(event) = events::get(c, event_id)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-event-not-found"),
        ));
    };
    if !may_check_in(c, account, coordinator, event_id)? {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_allowed",
            Msg::new("outcome-only-hosts-count"),
        ));
    }
    if !check_in_open(&event, now) {
        return Ok(ChangeResult::refused_msg(
            key,
            "too_early",
            Msg::new("outcome-door-too-early").arg("title", &event.title),
        ));
    }
    c.exec(
        "UPDATE events SET walk_ins = $2 WHERE id = $1",
        params![event_id, count],
    )?;
    publish_event(c, event_id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "walk_ins",
        Msg::new("outcome-walk-ins").arg("n", count).arg("title", &event.title),
    ))
}

/// The door list of an event, for its host or a coordinator.
pub fn roster_for(c: &mut dyn Conn, account: i64, coordinator: bool, event_id: i64) -> HubResult<Roster> {
    let Some(event) = events::get(c, event_id)? else {
        return Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-event").arg("id", event_id),
        )));
    };
    if !may_check_in(c, account, coordinator, event_id)? {
        return Err(HubError::forbidden());
    }
    events::roster(c, &event)
}
