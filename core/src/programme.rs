//! The programme beyond booking: coordinators create, edit and cancel events (online), members
//! book a whole series, hosts check people in at the door (offline, through the outbox), partner
//! services book rooms, and everyone reads their notices.

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use cml_api::london::from_local;
use cml_api::{collections, Change, Event, EventDraft, RoomBooking, Roster};
use reqwest::Method;
use rusqlite::Connection;

use crate::circulation::{load, load_all};
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of, waiting_changes};
use crate::i18n::{num, Arg, Msg, Words};
use crate::views::{
    ChangeView, EventForm, EventView, NoticeView, RoomBookingView, RoomView, RosterEntryView, RosterView,
};
use crate::Core;

/// "YYYY-MM-DD HH:MM" in UK time, as typed.
pub fn parse_local(w: &Words<'_>, field: &str, text: &str) -> CoreResult<DateTime<Utc>> {
    let t = text.trim().replace('T', " ");
    NaiveDateTime::parse_from_str(&t, "%Y-%m-%d %H:%M")
        .map(from_local)
        .map_err(|_| CoreError::invalid(field, w.t("error-date-time-format")))
}

fn draft(w: &Words<'_>, form: &EventForm) -> CoreResult<EventDraft> {
    let starts_at = parse_local(w, "starts", &form.starts)?;
    let ends_at = parse_local(w, "ends", &form.ends)?;
    if ends_at <= starts_at {
        return Err(CoreError::invalid("ends", w.t("outcome-end-before-start")));
    }
    Ok(EventDraft {
        library: form.library.trim().to_uppercase(),
        title: form.title.clone(),
        description: form.description.clone(),
        category: form.category.clone(),
        audience: form.audience.clone(),
        room_id: form.room_id,
        starts_at,
        ends_at,
        capacity: form.capacity,
        booking_required: form.booking_required,
        accessibility: form.accessibility.clone(),
        host_card: form.host_card.clone(),
        repeat_weekly: form.repeat_weekly,
    })
}

/// The door list with the marks still waiting in the outbox laid over it.
fn roster_view(
    c: &Connection,
    w: &Words<'_>,
    account: i64,
    roster: &Roster,
    now: DateTime<Utc>,
) -> CoreResult<RosterView> {
    let names = library_names(c)?;
    let waiting = waiting_changes(c, account)?;
    let mut walk_ins = roster.walk_ins;
    let mut entries: Vec<RosterEntryView> = roster
        .entries
        .iter()
        .map(|e| RosterEntryView {
            booking_id: e.booking_id,
            name: e.name.clone(),
            places: e.places,
            attendance: e.attendance.clone(),
            pending: false,
        })
        .collect();
    for change in &waiting {
        match change {
            Change::SetAttendance { booking_id, attended } => {
                if let Some(e) = entries.iter_mut().find(|e| e.booking_id == *booking_id) {
                    e.attendance = Some(if *attended { "attended" } else { "no_show" }.into());
                    e.pending = true;
                }
            }
            Change::SetWalkIns { event_id, count } if *event_id == roster.event_id => walk_ins = *count,
            _ => {}
        }
    }
    let booked: i64 = entries.iter().map(|e| e.places).sum();
    let sum = |mark: &str| -> i64 {
        entries
            .iter()
            .filter(|e| e.attendance.as_deref() == Some(mark))
            .map(|e| e.places)
            .sum()
    };
    let (attended, no_shows) = (sum("attended"), sum("no_show"));
    let summary = w.a(
        "roster-summary",
        &[
            ("attended", num(attended)),
            ("booked", num(booked)),
            ("missing", num(no_shows)),
            ("walk_ins", num(walk_ins)),
        ],
    );
    Ok(RosterView {
        event_id: roster.event_id,
        title: roster.title.clone(),
        when: w.when(roster.starts_at, roster.ends_at),
        library_name: name_of(&names, &roster.library),
        cancelled: roster.cancelled,
        entries,
        walk_ins,
        booked,
        attended,
        no_shows,
        summary,
        check_in_open: now >= roster.starts_at - Duration::hours(1),
    })
}

/// A room and, in words, when it is taken from `now` on.
fn room_view(w: &Words<'_>, names: &[(String, String)], r: cml_api::Room, now: DateTime<Utc>) -> RoomView {
    RoomView {
        id: r.id,
        library_name: name_of(names, &r.library),
        library_code: r.library,
        name: r.name,
        capacity: r.capacity,
        busy: r
            .busy
            .iter()
            .filter(|s| s.ends_at > now)
            .map(|s| w.when(s.starts_at, s.ends_at))
            .collect(),
    }
}

fn room_booking_view(w: &Words<'_>, names: &[(String, String)], b: &RoomBooking) -> RoomBookingView {
    RoomBookingView {
        id: b.id,
        room_id: b.room_id,
        room: b.room.clone(),
        library_name: name_of(names, &b.library),
        purpose: b.purpose.clone(),
        when: w.when(b.starts_at, b.ends_at),
        starts_at: b.starts_at.timestamp(),
        ends_at: b.ends_at.timestamp(),
        cancelled: b.cancelled,
    }
}

/// The hub names the wire fields; the form names its own.
fn form_field(e: CoreError) -> CoreError {
    match e {
        CoreError::InvalidInput { field, message } => {
            let field = match field.as_str() {
                "starts_at" => "starts".to_owned(),
                "ends_at" => "ends".to_owned(),
                _ => field,
            };
            CoreError::InvalidInput { field, message }
        }
        other => other,
    }
}

impl Core {
    /// Keeps events the hub sent back (after a coordinator's change) and returns their views.
    fn keep_events(&self, events: &[Event]) -> CoreResult<Vec<EventView>> {
        let account = self.account_id()?;
        let views = self.store.write(|tx| {
            for e in events {
                crate::events::save_event(tx, e)?;
            }
            let places = crate::events::library_places(tx)?;
            let bookings = crate::events::active_bookings(tx)?;
            let waiting = match account {
                Some(a) => waiting_changes(tx, a)?,
                None => vec![],
            };
            Ok(events
                .iter()
                .map(|e| {
                    let booking = bookings.iter().find(|b| b.event_id == e.id);
                    let pending = waiting.iter().find(|ch| {
                        matches!(ch, Change::BookEvent { event_id, .. } | Change::CancelBooking { event_id } if *event_id == e.id)
                    });
                    let (name, address) = places
                        .iter()
                        .find(|(k, _, _)| *k == e.library)
                        .map(|(_, n, a)| (n.clone(), a.clone()))
                        .unwrap_or_else(|| (e.library.clone(), String::new()));
                    crate::events::view(&self.words(), e, (&name, &address), booking, pending, self.now())
                })
                .collect())
        })?;
        self.notify(&["events"]);
        Ok(views)
    }

    /// Adds an event, or a weekly series (coordinators; needs the hub). Returns every session.
    pub async fn create_event(&self, form: &EventForm) -> CoreResult<Vec<EventView>> {
        let token = self.token()?;
        let body = draft(&self.words(), form)?;
        if body.starts_at <= Utc::now() {
            return Err(CoreError::invalid("starts", self.words().t("outcome-start-past")));
        }
        let result = self
            .hub
            .call::<_, Vec<Event>>(Method::POST, "v1/events", Some(&token), Some(&body))
            .await;
        self.note_reachability(&result);
        self.keep_events(&result.map_err(form_field)?)
    }

    /// Changes an event (coordinators; needs the hub). Members booked hear of a move at their
    /// next sync.
    pub async fn update_event(&self, event_id: i64, form: &EventForm) -> CoreResult<EventView> {
        let token = self.token()?;
        let body = EventDraft {
            repeat_weekly: None,
            ..draft(&self.words(), form)?
        };
        let path = format!("v1/events/{event_id}");
        let result = self
            .hub
            .call::<_, Event>(Method::PUT, &path, Some(&token), Some(&body))
            .await;
        self.note_reachability(&result);
        Ok(self.keep_events(&[result.map_err(form_field)?])?.remove(0))
    }

    /// Cancels an event with a reason (coordinators; needs the hub). Everyone booked is told at
    /// their next sync.
    pub async fn cancel_event(&self, event_id: i64, reason: &str) -> CoreResult<EventView> {
        let token = self.token()?;
        if reason.trim().is_empty() {
            return Err(CoreError::invalid("reason", self.words().t("error-say-why-booked")));
        }
        let path = format!("v1/events/{event_id}/cancel");
        let body = cml_api::CancelEvent {
            reason: reason.trim().to_owned(),
        };
        let result = self
            .hub
            .call::<_, Event>(Method::POST, &path, Some(&token), Some(&body))
            .await;
        self.note_reachability(&result);
        Ok(self.keep_events(&[result?])?.remove(0))
    }

    /// Books places at every session of a series still to come (offline too).
    pub async fn book_series(&self, series_id: i64, places: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        if !(1..=2).contains(&places) {
            return Err(CoreError::invalid("places", w.t("error-places")));
        }
        let first = self
            .store
            .read(|c| crate::events::load_event(c, series_id))?
            .ok_or_else(|| CoreError::NotFound(w.a("error-no-series", &[("id", num(series_id))])))?;
        let summary = Msg::new("summary-book-series")
            .arg("title", &first.title)
            .arg("n", places);
        self.change(account, Change::BookSeries { series_id, places }, summary)
            .await
    }

    /// The events this volunteer hosts, each with its door list (offline).
    pub fn hosted_events(&self) -> CoreResult<Vec<RosterView>> {
        let account = self.signed_in()?;
        let now = Utc::now();
        self.store.read(|c| {
            let mut rosters: Vec<Roster> = load_all(c, collections::ROSTERS)?;
            rosters.retain(|r| r.ends_at + Duration::days(2) > now);
            rosters.sort_unstable_by_key(|r| (r.starts_at, r.event_id));
            rosters
                .iter()
                .map(|r| roster_view(c, &self.words(), account, r, now))
                .collect()
        })
    }

    /// The Door check-in screen for one event this volunteer hosts (offline).
    pub fn roster(&self, event_id: i64) -> CoreResult<RosterView> {
        let account = self.signed_in()?;
        self.store.read(|c| {
            let roster: Roster = load(c, collections::ROSTERS, event_id)?.ok_or_else(|| {
                CoreError::NotFound(self.words().msg(&Msg::new("error-not-hosting-yet").arg("id", event_id)))
            })?;
            roster_view(c, &self.words(), account, &roster, Utc::now())
        })
    }

    fn hosted(&self, event_id: i64) -> CoreResult<Roster> {
        self.store
            .read(|c| load::<Roster>(c, collections::ROSTERS, event_id))?
            .ok_or_else(|| CoreError::NotFound(self.words().msg(&Msg::new("error-not-hosting").arg("id", event_id))))
    }

    /// Marks a booking attended or not come, at the door (offline too).
    pub async fn mark_attendance(&self, event_id: i64, booking_id: i64, attended: bool) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let roster = self.hosted(event_id)?;
        let Some(entry) = roster.entries.iter().find(|e| e.booking_id == booking_id) else {
            return Err(CoreError::NotFound(
                self.words()
                    .msg(&Msg::new("error-no-door-booking").arg("id", booking_id)),
            ));
        };
        if Utc::now() < roster.starts_at - Duration::hours(1) {
            return Err(CoreError::conflict(
                "too_early",
                self.words()
                    .a("error-door-too-early", &[("title", roster.title.clone().into())]),
            ));
        }
        let summary = Msg::new(if attended {
            "summary-attended"
        } else {
            "summary-not-come"
        })
        .arg("name", &entry.name)
        .arg("title", &roster.title);
        let view = self
            .change(account, Change::SetAttendance { booking_id, attended }, summary)
            .await?;
        if view.state == "done" {
            // The hub took it: the door list here shows it at once, not at the next sync.
            let mark = if attended { "attended" } else { "no_show" };
            self.update_roster(event_id, |r| {
                if let Some(e) = r.entries.iter_mut().find(|e| e.booking_id == booking_id) {
                    e.attendance = Some(mark.into());
                }
            })?;
        }
        self.notify(&["rosters"]);
        Ok(view)
    }

    /// Records how many came without booking (offline too).
    pub async fn set_walk_ins(&self, event_id: i64, count: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        if !(0..=500).contains(&count) {
            return Err(CoreError::invalid(
                "count",
                self.words().msg(&Msg::new("outcome-walk-ins-range").arg("max", 500)),
            ));
        }
        let roster = self.hosted(event_id)?;
        let summary = Msg::new("summary-walk-ins").arg("n", count).arg("title", &roster.title);
        let view = self
            .change(account, Change::SetWalkIns { event_id, count }, summary)
            .await?;
        if view.state == "done" {
            self.update_roster(event_id, |r| r.walk_ins = count)?;
        }
        self.notify(&["rosters"]);
        Ok(view)
    }

    fn update_roster(&self, event_id: i64, change: impl FnOnce(&mut Roster)) -> CoreResult<()> {
        self.store.write(|tx| {
            if let Some(mut roster) = load::<Roster>(tx, collections::ROSTERS, event_id)? {
                change(&mut roster);
                crate::circulation::save(tx, collections::ROSTERS, event_id, &roster)?;
            }
            Ok(())
        })
    }

    /// Rooms partner services can book, and when each is taken (needs the hub).
    pub async fn rooms(&self, library: Option<String>) -> CoreResult<Vec<RoomView>> {
        let token = self.token()?;
        let path = match library.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            Some(l) => format!("v1/rooms?library={}", l.to_uppercase()),
            None => "v1/rooms".to_owned(),
        };
        let result = self.hub.get::<Vec<cml_api::Room>>(&path, Some(&token)).await;
        self.note_reachability(&result);
        let rooms = result?;
        let names = self.store.read(library_names)?;
        let (w, now) = (self.words(), Utc::now());
        Ok(rooms.into_iter().map(|r| room_view(&w, &names, r, now)).collect())
    }

    /// Adds a room (coordinators; needs the hub).
    pub async fn add_room(&self, library: &str, name: &str, capacity: i64) -> CoreResult<RoomView> {
        let token = self.token()?;
        let body = cml_api::NewRoom {
            library: library.trim().to_uppercase(),
            name: name.trim().to_owned(),
            capacity,
        };
        let result = self
            .hub
            .call::<_, cml_api::Room>(Method::POST, "v1/rooms", Some(&token), Some(&body))
            .await;
        self.note_reachability(&result);
        let r = result?;
        let names = self.store.read(library_names)?;
        Ok(RoomView {
            id: r.id,
            library_name: name_of(&names, &r.library),
            library_code: r.library,
            name: r.name,
            capacity: r.capacity,
            busy: vec![],
        })
    }

    /// Books a room (partner services; offline too). Times are UK local "YYYY-MM-DD HH:MM".
    pub async fn book_room(&self, room_id: i64, starts: &str, ends: &str, purpose: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        let starts_at = parse_local(&w, "starts", starts)?;
        let ends_at = parse_local(&w, "ends", ends)?;
        if ends_at <= starts_at {
            return Err(CoreError::invalid("ends", w.t("outcome-end-before-start")));
        }
        if starts_at <= Utc::now() {
            return Err(CoreError::invalid("starts", w.t("outcome-start-past")));
        }
        let purpose = purpose.trim();
        if purpose.is_empty() || purpose.chars().count() > 200 {
            return Err(CoreError::invalid("purpose", self.words().t("error-room-purpose")));
        }
        let summary = Msg::new("summary-book-room").arg("id", room_id).arg(
            "when",
            Arg::Span {
                starts: starts_at,
                ends: ends_at,
            },
        );
        let change = Change::BookRoom {
            room_id,
            starts_at,
            ends_at,
            purpose: purpose.to_owned(),
        };
        self.change(account, change, summary).await
    }

    pub async fn cancel_room_booking(&self, booking_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let booking: RoomBooking = self
            .store
            .read(|c| load(c, collections::ROOM_BOOKINGS, booking_id))?
            .filter(|b: &RoomBooking| !b.cancelled)
            .ok_or_else(|| {
                CoreError::NotFound(
                    self.words()
                        .msg(&Msg::new("error-no-room-booking").arg("id", booking_id)),
                )
            })?;
        let summary = Msg::new("summary-cancel-room").arg("room", &booking.room).arg(
            "when",
            Arg::Span {
                starts: booking.starts_at,
                ends: booking.ends_at,
            },
        );
        self.change(account, Change::CancelRoomBooking { booking_id }, summary)
            .await
    }

    /// The partner's room bookings still to come (offline).
    pub fn room_bookings(&self) -> CoreResult<Vec<RoomBookingView>> {
        self.signed_in()?;
        let now = Utc::now();
        self.store.read(|c| {
            let names = library_names(c)?;
            let mut all: Vec<RoomBooking> = load_all(c, collections::ROOM_BOOKINGS)?;
            all.retain(|b| b.ends_at > now && !b.cancelled);
            all.sort_unstable_by_key(|b| (b.starts_at, b.id));
            Ok(all
                .iter()
                .map(|b| room_booking_view(&self.words(), &names, b))
                .collect())
        })
    }

    /// What happened to the person's bookings and reservations, newest first.
    pub fn notices(&self) -> CoreResult<Vec<NoticeView>> {
        let account = self.signed_in()?;
        self.store
            .read(|c| crate::notices::list(c, &self.words(), account, 100))
    }

    pub fn mark_notices_seen(&self) -> CoreResult<()> {
        let account = self.signed_in()?;
        self.store.write(|tx| {
            tx.execute("UPDATE notices SET seen = 1 WHERE account_id = ?1", [account])?;
            Ok(())
        })?;
        self.notify(&["notices"]);
        Ok(())
    }
}

/// Where a coordinator's or partner's phone keeps the rooms and when each is taken (at each sync;
/// removed at sign-out).
pub const ROOMS: &str = "rooms";

/// An event on the coordinators' Events and rooms screen, with what they can do to it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProgrammeEvent {
    pub event: EventView,
    /// "edit" and "cancel": online only (the hub tells everyone booked); not once cancelled or
    /// over.
    pub actions: Vec<crate::views::ActionView>,
}

/// A room booking by a partner service (or a coordinator), with its Cancel.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoomBookingRow {
    pub booking: RoomBookingView,
    /// The partner service's name.
    pub organisation: String,
    /// "MPFT Wellbeing Service: Wellbeing drop-in, Community room at Baswich Library, Tuesday 8
    /// December, 10am to 12pm.", read whole.
    pub sentence: String,
    /// Works offline (sent when the hub answers); not while a cancel waits to be sent.
    pub cancel: crate::views::ActionView,
}

/// The coordinators' Events and rooms screen, from the device store: the programme (this week
/// and next, or the filter's days) with Edit and Cancel, every room and when it is taken, and
/// every room booking still to come.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EventsAndRoomsScreen {
    pub events: Vec<ProgrammeEvent>,
    pub filter: crate::views::EventFilter,
    pub categories: Vec<crate::views::CodeText>,
    pub libraries: Vec<crate::circulation::LibraryChoice>,
    pub empty_text: Option<String>,
    pub rooms: Vec<RoomView>,
    pub bookings: Vec<RoomBookingRow>,
    /// "New event": online only, and why not.
    pub create: crate::views::ActionView,
    pub data_age: crate::views::DataAge,
    pub refresh_at: Option<i64>,
}

impl Core {
    /// Keeps the rooms and when each is taken on a coordinator's or partner's phone (at each
    /// sync). Others keep nothing.
    pub(crate) async fn refresh_rooms(&self, token: &str) -> CoreResult<bool> {
        let books_rooms = self.store.session()?.is_some_and(|(_, me)| {
            me.roles
                .iter()
                .any(|r| matches!(r, cml_api::Role::Coordinator | cml_api::Role::Partner))
        });
        if !books_rooms {
            return Ok(false);
        }
        let rooms: Vec<cml_api::Room> = self.hub.get("v1/rooms", Some(token)).await?;
        self.store.write(|tx| {
            tx.execute("DELETE FROM personal WHERE collection = ?1", [ROOMS])?;
            for r in &rooms {
                crate::circulation::save(tx, ROOMS, r.id, r)?;
            }
            Ok(())
        })?;
        Ok(true)
    }

    /// The coordinators' Events and rooms screen, from the device store.
    pub fn events_and_rooms_screen(&self, filter: &crate::views::EventFilter) -> CoreResult<EventsAndRoomsScreen> {
        let account = self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let online = self.store.meta("online")?.as_deref() != Some("no");
        let offline = || (!online).then(|| w.t("why-needs-connection"));
        let programme = self.events_screen(filter)?;
        let (rooms, bookings, names, waiting) = self.store.read(|c| {
            Ok((
                load_all::<cml_api::Room>(c, ROOMS)?,
                load_all::<RoomBooking>(c, collections::ROOM_BOOKINGS)?,
                library_names(c)?,
                waiting_changes(c, account)?,
            ))
        })?;
        let events = programme
            .events
            .into_iter()
            .map(|e| {
                let over = e.ends_at <= now.timestamp();
                let why_not = if e.cancelled {
                    Some(w.t("why-event-cancelled"))
                } else if over {
                    Some(w.t("why-event-over"))
                } else {
                    offline()
                };
                let actions = vec![
                    crate::circulation::labelled_action(&w, "edit", "action-edit-event", why_not.clone()),
                    crate::circulation::labelled_action(&w, "cancel", "action-cancel-event", why_not),
                ];
                ProgrammeEvent { event: e, actions }
            })
            .collect();
        let rooms = rooms.into_iter().map(|r| room_view(&w, &names, r, now)).collect();
        let mut coming: Vec<RoomBooking> = bookings
            .into_iter()
            .filter(|b| b.ends_at > now && !b.cancelled)
            .collect();
        coming.sort_unstable_by_key(|b| (b.starts_at, b.id));
        let bookings = coming
            .iter()
            .map(|b| {
                let view = room_booking_view(&w, &names, b);
                let cancelling = waiting
                    .iter()
                    .any(|c| matches!(c, Change::CancelRoomBooking { booking_id } if *booking_id == b.id));
                let sentence = w.msg(
                    &Msg::new("room-booking-row")
                        .arg("organisation", &b.organisation)
                        .arg("purpose", &b.purpose)
                        .arg("room", &b.room)
                        .arg("library", view.library_name.as_str())
                        .arg("when", view.when.as_str()),
                );
                RoomBookingRow {
                    organisation: b.organisation.clone(),
                    sentence,
                    cancel: crate::circulation::labelled_action(
                        &w,
                        "cancel",
                        "action-cancel",
                        cancelling.then(|| w.t("why-change-waiting")),
                    ),
                    booking: view,
                }
            })
            .collect();
        Ok(EventsAndRoomsScreen {
            events,
            filter: programme.filter,
            categories: programme.categories,
            libraries: programme.libraries,
            empty_text: programme.empty_text,
            rooms,
            bookings,
            create: crate::circulation::labelled_action(&w, "create", "action-new-event", offline()),
            data_age: programme.data_age,
            refresh_at: programme.refresh_at,
        })
    }
}
