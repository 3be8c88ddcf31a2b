//! Events on the device: the programme and the member's bookings, pulled from the hub, and the
//! Events and bookings screens built from them, offline.

use chrono::{DateTime, NaiveDate, Utc};
use cml_api::{london, Booking, BookingStatus, Change, Event, FeedItem};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::i18n::{num, Arg, Words};
use crate::views::{ActionView, BookingView, EventFilter, EventView};

pub fn apply_event(tx: &rusqlite::Transaction<'_>, item: &FeedItem) -> CoreResult<()> {
    match (item.parse::<Event>(), item.deleted) {
        (Some(parsed), false) => {
            let event =
                parsed.map_err(|e| CoreError::Hub(format!("the hub sent an event that cannot be read: {e}")))?;
            if let Some(old) = load_event(tx, event.id)? {
                crate::notices::event_changed(tx, &old, &event)?;
            }
            save_event(tx, &event)?;
        }
        _ => {
            tx.execute(
                "DELETE FROM events WHERE id = ?1",
                [item.key.parse::<i64>().unwrap_or(-1)],
            )?;
        }
    }
    Ok(())
}

pub fn save_event(tx: &Connection, event: &Event) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO events (id, starts_at, library, body) VALUES (?1, ?2, ?3, ?4) \
         ON CONFLICT (id) DO UPDATE SET starts_at = excluded.starts_at, library = excluded.library, body = excluded.body",
        params![event.id, event.starts_at.to_rfc3339(), event.library, serde_json::to_string(event)?],
    )?;
    Ok(())
}

pub fn apply_booking(tx: &rusqlite::Transaction<'_>, item: &FeedItem) -> CoreResult<()> {
    match (item.parse::<Booking>(), item.deleted) {
        (Some(parsed), false) => {
            let booking =
                parsed.map_err(|e| CoreError::Hub(format!("the hub sent a booking that cannot be read: {e}")))?;
            if let Some(old) = load_booking(tx, booking.id)? {
                crate::notices::booking_changed(tx, &old, &booking)?;
            }
            save_booking(tx, &booking)?;
        }
        _ => {
            tx.execute(
                "DELETE FROM bookings WHERE id = ?1",
                [item.key.parse::<i64>().unwrap_or(-1)],
            )?;
        }
    }
    Ok(())
}

pub fn save_booking(tx: &Connection, booking: &Booking) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO bookings (id, event_id, body) VALUES (?1, ?2, ?3) \
         ON CONFLICT (id) DO UPDATE SET event_id = excluded.event_id, body = excluded.body",
        params![booking.id, booking.event_id, serde_json::to_string(booking)?],
    )?;
    Ok(())
}

pub fn load_booking(c: &Connection, id: i64) -> CoreResult<Option<Booking>> {
    let body: Option<String> = c
        .query_row("SELECT body FROM bookings WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    body.map(|b| Ok(serde_json::from_str(&b)?)).transpose()
}

pub fn load_event(c: &Connection, id: i64) -> CoreResult<Option<Event>> {
    let body: Option<String> = c
        .query_row("SELECT body FROM events WHERE id = ?1", [id], |r| r.get(0))
        .optional()?;
    Ok(match body {
        Some(b) => Some(serde_json::from_str(&b)?),
        None => None,
    })
}

/// The member's bookings that still hold or wait for a place, by event.
pub fn active_bookings(c: &Connection) -> CoreResult<Vec<Booking>> {
    let mut stmt = c.prepare("SELECT body FROM bookings ORDER BY id DESC")?;
    let bodies = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for b in bodies {
        let booking: Booking = serde_json::from_str(&b)?;
        out.push(booking);
    }
    Ok(out)
}

/// Changes waiting in the outbox for the hub, oldest first.
pub fn waiting_changes(c: &Connection, account: i64) -> CoreResult<Vec<Change>> {
    Ok(waiting_keyed(c, account)?
        .into_iter()
        .map(|(_, change)| change)
        .collect())
}

/// Changes waiting in the outbox for the hub, oldest first, each with its key (to read its
/// summary with `outbox::change`).
pub fn waiting_keyed(c: &Connection, account: i64) -> CoreResult<Vec<(String, Change)>> {
    let mut stmt = c.prepare(&format!(
        "SELECT key, change FROM outbox WHERE account_id = ?1 AND state = 'waiting' AND hub_url IS {} ORDER BY id",
        crate::store::THIS_HUB
    ))?;
    let rows = stmt
        .query_map([account], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    rows.into_iter()
        .map(|(key, change)| Ok((key, serde_json::from_str(&change)?)))
        .collect()
}

pub use cml_api::ordinal;

/// An event's time as a message argument, worded when read.
pub fn span(event: &Event) -> Arg {
    Arg::Span {
        starts: event.starts_at,
        ends: event.ends_at,
    }
}

/// What the member's booking of an event is, in words, if they have one (a booking at the hub, or
/// a change still waiting to be sent).
fn my_booking_text(w: &Words<'_>, booking: Option<&Booking>, waiting: Option<&Change>) -> Option<String> {
    if let Some(change) = waiting {
        return Some(match change {
            Change::BookEvent { places: n, .. } => w.a("booking-waiting-to-send", &[("n", num(*n))]),
            Change::CancelBooking { .. } => w.t("cancellation-waiting-to-send"),
            _ => return None,
        });
    }
    let b = booking?;
    Some(match b.status {
        BookingStatus::Confirmed => w.a("booking-you-are-booked", &[("n", num(b.places))]),
        BookingStatus::Waitlisted => {
            let n = b.waitlist_position.unwrap_or(1);
            w.a(
                "booking-you-are-waiting",
                &[("position", w.ordinal(n).into()), ("n", num(n))],
            )
        }
        BookingStatus::Cancelled | BookingStatus::EventCancelled => return None,
    })
}

fn is_active(b: &Booking) -> bool {
    matches!(b.status, BookingStatus::Confirmed | BookingStatus::Waitlisted)
}

fn event_change(change: &Change) -> Option<i64> {
    match change {
        Change::BookEvent { event_id, .. } | Change::CancelBooking { event_id } => Some(*event_id),
        _ => None,
    }
}

pub fn view(
    w: &Words<'_>,
    event: &Event,
    library: (&str, &str),
    booking: Option<&Booking>,
    waiting: Option<&Change>,
    now: DateTime<Utc>,
) -> EventView {
    let (library_name, address) = library;
    let availability = if event.cancelled {
        w.t("event-cancelled")
    } else if !event.booking_required {
        w.t("event-drop-in")
    } else if event.places_left == 0 {
        if event.waiting == 0 {
            w.t("event-full")
        } else {
            w.a("event-full-waiting", &[("n", num(event.waiting))])
        }
    } else {
        w.a("event-places-left", &[("n", num(event.places_left))])
    };
    let mine = my_booking_text(w, booking, waiting);
    let booked = match waiting {
        Some(Change::BookEvent { .. }) => true,
        Some(Change::CancelBooking { .. }) => false,
        _ => booking.is_some_and(is_active),
    };
    let can_book = event.booking_required && !event.cancelled && event.starts_at > now && !booked;
    let actions = event_actions(w, event, booked, waiting.is_some(), now);
    EventView {
        id: event.id,
        library_code: event.library.clone(),
        library_name: library_name.to_owned(),
        title: event.title.clone(),
        description: event.description.clone(),
        category: event.category.clone(),
        when: w.when(event.starts_at, event.ends_at),
        starts_at: event.starts_at.timestamp(),
        ends_at: event.ends_at.timestamp(),
        places_left: event.places_left,
        availability,
        accessibility: event.accessibility.clone(),
        booking_required: event.booking_required,
        cancelled: event.cancelled,
        my_booking: mine,
        can_book,
        audience: event.audience.clone(),
        room: event.room.clone(),
        series_id: event.series_id,
        cancel_reason: event.cancel_reason.clone(),
        address: address.to_owned(),
        actions,
    }
}

/// Book (or join the waiting list), Cancel and Add to calendar, each with why not.
fn event_actions(w: &Words<'_>, event: &Event, booked: bool, pending: bool, now: DateTime<Utc>) -> Vec<ActionView> {
    let over = event.starts_at <= now;
    let book = if event.places_left == 0 && event.booking_required {
        "join_waiting_list"
    } else {
        "book"
    };
    let book_why = if event.cancelled {
        Some(w.t("why-event-cancelled"))
    } else if !event.booking_required {
        Some(w.t("why-drop-in"))
    } else if over {
        Some(w.t("why-event-started"))
    } else if booked {
        Some(w.t("why-booked-already"))
    } else {
        None
    };
    let cancel_why = if !booked {
        Some(w.t("why-not-booked"))
    } else if over {
        Some(w.t("why-event-started"))
    } else if pending {
        Some(w.t("why-change-waiting"))
    } else {
        None
    };
    let calendar_why = if event.cancelled {
        Some(w.t("why-event-cancelled"))
    } else if event.ends_at <= now {
        Some(w.t("why-event-over"))
    } else {
        None
    };
    vec![
        crate::circulation::action(w, book, book_why),
        crate::circulation::action(w, "cancel", cancel_why),
        crate::circulation::action(w, "add_to_calendar", calendar_why),
    ]
}

/// Each library's name and address for the screens: code, name, "name, address postcode".
pub fn library_places(c: &Connection) -> CoreResult<Vec<(String, String, String)>> {
    let mut stmt = c.prepare(
        "SELECT code, json_extract(body, '$.name'), json_extract(body, '$.address'), json_extract(body, '$.postcode') \
         FROM libraries ORDER BY json_extract(body, '$.name')",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let name: String = r.get(1)?;
            let address: Option<String> = r.get(2)?;
            let postcode: Option<String> = r.get(3)?;
            let full = [Some(name.clone()), address, postcode]
                .into_iter()
                .flatten()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            Ok((r.get::<_, String>(0)?, name, full))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

fn parse_day(w: &Words<'_>, field: &str, text: &Option<String>) -> CoreResult<Option<NaiveDate>> {
    match text {
        None => Ok(None),
        Some(t) => NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| CoreError::invalid(field, w.t("error-date-format"))),
    }
}

/// The Events screen: events not yet ended that match the filter, soonest first.
pub fn list(
    c: &Connection,
    w: &Words<'_>,
    account: Option<i64>,
    filter: &EventFilter,
    now: DateTime<Utc>,
) -> CoreResult<Vec<EventView>> {
    let from = parse_day(w, "from_date", &filter.from_date)?;
    let to = parse_day(w, "to_date", &filter.to_date)?;
    if let (Some(f), Some(t)) = (from, to) {
        if t < f {
            return Err(CoreError::invalid("to_date", w.t("error-end-before-start")));
        }
    }
    let names = library_names(c)?;
    if let Some(code) = &filter.library {
        if !names.iter().any(|(k, _)| k == code) {
            return Err(CoreError::NotFound(
                w.a("error-no-library", &[("code", code.clone().into())]),
            ));
        }
    }
    let places = library_places(c)?;
    let bookings = active_bookings(c)?;
    let waiting = match account {
        Some(a) => waiting_changes(c, a)?,
        None => vec![],
    };
    let mut stmt = c.prepare("SELECT body FROM events ORDER BY starts_at, id")?;
    let bodies = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for body in bodies {
        let event: Event = serde_json::from_str(&body)?;
        let day = london::to_local(event.starts_at).date();
        if event.ends_at <= now
            || filter.library.as_ref().is_some_and(|l| *l != event.library)
            || filter.category.as_ref().is_some_and(|k| *k != event.category)
            || from.is_some_and(|f| day < f)
            || to.is_some_and(|t| day > t)
        {
            continue;
        }
        let (name, address) = places
            .iter()
            .find(|(k, _, _)| *k == event.library)
            .map(|(_, n, a)| (n.as_str(), a.as_str()))
            .unwrap_or(("", ""));
        let booking = bookings.iter().find(|b| b.event_id == event.id && is_active(b));
        let pending = waiting.iter().rev().find(|ch| event_change(ch) == Some(event.id));
        out.push(view(w, &event, (name, address), booking, pending, now));
    }
    Ok(out)
}

/// A library's name from the list `library_names` gives, or its code when the device does not
/// know it.
pub fn name_of(names: &[(String, String)], code: &str) -> String {
    names
        .iter()
        .find(|(k, _)| k == code)
        .map(|(_, n)| n.clone())
        .unwrap_or_else(|| code.to_owned())
}

pub fn library_names(c: &Connection) -> CoreResult<Vec<(String, String)>> {
    let mut stmt = c.prepare("SELECT code, json_extract(body, '$.name') FROM libraries")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// The member's bookings (newest first), with changes still waiting to be sent first of all.
pub fn my_bookings(c: &Connection, w: &Words<'_>, account: i64) -> CoreResult<Vec<BookingView>> {
    let names = library_names(c)?;
    let describe = |event_id: i64| -> CoreResult<(String, String, String)> {
        Ok(match load_event(c, event_id)? {
            Some(e) => {
                let library = names
                    .iter()
                    .find(|(k, _)| *k == e.library)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_default();
                (e.title.clone(), w.when(e.starts_at, e.ends_at), library)
            }
            None => (w.t("an-event"), String::new(), String::new()),
        })
    };
    let mut out = Vec::new();
    for change in waiting_changes(c, account)? {
        if let Change::BookEvent { event_id, places: n } = change {
            let (title, when, library) = describe(event_id)?;
            out.push(BookingView {
                booking_id: None,
                event_id,
                event_title: title,
                when,
                library_name: library,
                places: n,
                status: "waiting_to_send".into(),
                status_text: w.t("booking-waiting"),
                waitlist_position: None,
            });
        }
    }
    for b in active_bookings(c)? {
        let (title, when, library) = describe(b.event_id)?;
        let (status, text) = match b.status {
            BookingStatus::Confirmed => ("confirmed", w.a("booking-booked", &[("n", num(b.places))])),
            BookingStatus::Waitlisted => (
                "waitlisted",
                w.a(
                    "booking-position",
                    &[
                        ("position", w.ordinal(b.waitlist_position.unwrap_or(1)).into()),
                        ("n", num(b.waitlist_position.unwrap_or(1))),
                    ],
                ),
            ),
            BookingStatus::Cancelled => ("cancelled", w.t("booking-cancelled")),
            BookingStatus::EventCancelled => ("event_cancelled", w.t("booking-event-cancelled")),
        };
        out.push(BookingView {
            booking_id: Some(b.id),
            event_id: b.event_id,
            event_title: title,
            when,
            library_name: library,
            places: b.places,
            status: status.into(),
            status_text: text,
            waitlist_position: b.waitlist_position,
        });
    }
    Ok(out)
}

/// The Events screen: this week and next (or the filter's days), with what the person can do
/// with each event, and the categories and libraries for the filters.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventsScreen {
    pub events: Vec<EventView>,
    /// The filter as applied (its days filled in when none were given).
    pub filter: EventFilter,
    /// The categories on the programme, with their display text ("job_club": "Job club").
    pub categories: Vec<crate::views::CodeText>,
    pub libraries: Vec<crate::circulation::LibraryChoice>,
    /// "No events match. Try another library or category." when empty.
    pub empty_text: Option<String>,
    pub data_age: crate::views::DataAge,
    pub refresh_at: Option<i64>,
}

/// How many days the Events screen shows when no days are given: this week and next.
pub const EVENTS_DAYS: i64 = 14;

impl crate::Core {
    /// The Events screen, from the device store.
    pub fn events_screen(&self, filter: &EventFilter) -> CoreResult<EventsScreen> {
        let now = self.now();
        let w = self.words();
        let mut filter = filter.clone();
        let first = london::to_local(now).date();
        if filter.from_date.is_none() && filter.to_date.is_none() {
            filter.from_date = Some(first.to_string());
            filter.to_date = Some((first + chrono::Duration::days(EVENTS_DAYS - 1)).to_string());
        }
        let account = self.store.session()?.map(|(_, a)| a.id);
        let (events, categories, libraries) = self.store.read(|c| {
            let events = list(c, &w, account, &filter, now)?;
            let mut stmt = c.prepare("SELECT DISTINCT json_extract(body, '$.category') FROM events")?;
            let mut codes = stmt
                .query_map([], |r| r.get::<_, Option<String>>(0))?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            codes.sort_unstable();
            let categories = codes
                .into_iter()
                .map(|code| crate::views::CodeText {
                    text: w.code("category", &code),
                    code,
                })
                .collect();
            Ok((events, categories, crate::circulation::choices(c)?))
        })?;
        let (data_age, mut refresh) = self.data_age_and_refresh(now)?;
        for t in events.iter().flat_map(|e| {
            [e.starts_at, e.ends_at]
                .into_iter()
                .filter_map(|t| DateTime::from_timestamp(t, 0))
        }) {
            crate::home::sooner(&mut refresh, t, now);
        }
        Ok(EventsScreen {
            empty_text: events.is_empty().then(|| w.t("events-none")),
            events,
            filter,
            categories,
            libraries,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}
