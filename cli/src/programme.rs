//! `cml` commands for the programme: coordinators' events and rooms, series booking, door
//! check-in, partner room bookings and notices.

use clap::Subcommand;
use cml_ffi::cml_core::{EventForm, EventView, RosterView};
use cml_ffi::{CmlApp, CmlError};

use crate::{change_line, print};

#[derive(clap::Args, Clone)]
pub struct EventArgs {
    /// The library's code.
    #[arg(long)]
    library: String,
    #[arg(long)]
    title: String,
    #[arg(long, default_value = "")]
    description: String,
    /// A short word, such as yoga, reminiscence or coffee_morning.
    #[arg(long)]
    category: String,
    /// Who it is for [default: Everyone].
    #[arg(long)]
    audience: Option<String>,
    /// The room's id (see `cml rooms`).
    #[arg(long)]
    room: Option<i64>,
    /// Start, UK time: "YYYY-MM-DD HH:MM".
    #[arg(long)]
    start: String,
    /// End, UK time: "YYYY-MM-DD HH:MM".
    #[arg(long)]
    end: String,
    /// Places in all.
    #[arg(long, default_value_t = 0)]
    capacity: i64,
    /// No booking needed: people just come along.
    #[arg(long)]
    drop_in: bool,
    #[arg(long, default_value = "")]
    accessibility: String,
    /// The card number of the volunteer who hosts it and checks people in.
    #[arg(long)]
    host: Option<String>,
}

impl EventArgs {
    fn form(self, repeat_weekly: Option<u32>) -> EventForm {
        EventForm {
            library: self.library,
            title: self.title,
            description: self.description,
            category: self.category,
            audience: self.audience,
            room_id: self.room,
            starts: self.start,
            ends: self.end,
            capacity: self.capacity,
            booking_required: !self.drop_in,
            accessibility: self.accessibility,
            host_card: self.host,
            repeat_weekly,
        }
    }
}

#[derive(Subcommand)]
pub enum EventCommand {
    /// Add an event, or with --weekly N a series of N more weekly sessions (coordinators).
    Create {
        #[command(flatten)]
        event: EventArgs,
        #[arg(long)]
        weekly: Option<u32>,
    },
    /// Change an event (coordinators): give every field as it should be.
    Edit {
        id: i64,
        #[command(flatten)]
        event: EventArgs,
    },
    /// Cancel an event; everyone booked is told, with the reason (coordinators).
    Cancel {
        id: i64,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Subcommand)]
pub enum RoomCommand {
    /// Add a room at a library (coordinators).
    Add {
        #[arg(long)]
        library: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        capacity: i64,
    },
    /// Cancel one of your room bookings.
    Cancel { booking: i64 },
}

fn event_lines(events: &[EventView]) -> String {
    events
        .iter()
        .map(|e| {
            let series = e.series_id.map(|s| format!(" (series {s})")).unwrap_or_default();
            format!(
                "[{}] {} at {}{series}\n    {}\n    {}",
                e.id, e.title, e.library_name, e.when, e.availability
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn event(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: EventCommand,
) -> Result<(), CmlError> {
    let events = match command {
        EventCommand::Create { event, weekly } => waiter.block_on(app.create_event(event.form(weekly)))?,
        EventCommand::Edit { id, event } => vec![waiter.block_on(app.update_event(id, event.form(None)))?],
        EventCommand::Cancel { id, reason } => vec![waiter.block_on(app.cancel_event(id, reason))?],
    };
    print(json, &events, || event_lines(&events));
    Ok(())
}

pub fn book_series(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    series: i64,
    places: i64,
) -> Result<(), CmlError> {
    let change = waiter.block_on(app.book_series(series, places))?;
    print(json, &change, || change_line(&change));
    Ok(())
}

fn roster_text(r: &RosterView) -> String {
    let mut out = vec![format!(
        "[{}] {}, {} at {}",
        r.event_id, r.title, r.when, r.library_name
    )];
    for e in &r.entries {
        let mark = match e.attendance.as_deref() {
            Some("attended") => "here",
            Some("no_show") => "not come",
            _ => "-",
        };
        let pending = if e.pending { " (waiting to be sent)" } else { "" };
        out.push(format!(
            "  booking {}: {} ({} places): {mark}{pending}",
            e.booking_id, e.name, e.places
        ));
    }
    out.push(format!("  {}", r.summary));
    out.join("\n")
}

#[allow(clippy::too_many_arguments)]
pub fn attendance(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    event: Option<i64>,
    attended: Vec<i64>,
    no_show: Vec<i64>,
    walk_ins: Option<i64>,
) -> Result<(), CmlError> {
    let Some(event) = event else {
        let hosted = app.hosted_events()?;
        print(json, &hosted, || {
            if hosted.is_empty() {
                return crate::words::t("not-hosting");
            }
            hosted.iter().map(roster_text).collect::<Vec<_>>().join("\n")
        });
        return Ok(());
    };
    for b in attended {
        waiter.block_on(app.mark_attendance(event, b, true))?;
    }
    for b in no_show {
        waiter.block_on(app.mark_attendance(event, b, false))?;
    }
    if let Some(n) = walk_ins {
        waiter.block_on(app.set_walk_ins(event, n))?;
    }
    let roster = app.roster(event)?;
    print(json, &roster, || roster_text(&roster));
    Ok(())
}

pub fn rooms(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    branch: Option<String>,
) -> Result<(), CmlError> {
    let rooms = waiter.block_on(app.rooms(branch))?;
    print(json, &rooms, || {
        rooms
            .iter()
            .map(|r| {
                let busy = if r.busy.is_empty() {
                    "free".to_owned()
                } else {
                    format!(
                        "taken {}",
                        r.busy.iter().take(5).cloned().collect::<Vec<_>>().join("; ")
                    )
                };
                format!(
                    "[{}] {} at {} (up to {}): {busy}",
                    r.id, r.name, r.library_name, r.capacity
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

pub fn room(app: &CmlApp, waiter: &tokio::runtime::Runtime, json: bool, command: RoomCommand) -> Result<(), CmlError> {
    match command {
        RoomCommand::Add {
            library,
            name,
            capacity,
        } => {
            let room = waiter.block_on(app.add_room(library, name, capacity))?;
            print(json, &room, || {
                format!("[{}] {} at {} added.", room.id, room.name, room.library_name)
            });
        }
        RoomCommand::Cancel { booking } => {
            let change = waiter.block_on(app.cancel_room_booking(booking))?;
            print(json, &change, || change_line(&change));
        }
    }
    Ok(())
}

pub fn room_book(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    room: i64,
    start: String,
    end: String,
    purpose: String,
) -> Result<(), CmlError> {
    let change = waiter.block_on(app.book_room(room, start, end, purpose))?;
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn room_bookings(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let bookings = app.room_bookings()?;
    print(json, &bookings, || {
        if bookings.is_empty() {
            return crate::words::t("no-room-bookings");
        }
        bookings
            .iter()
            .map(|b| format!("[{}] {} at {}, {}: {}", b.id, b.room, b.library_name, b.when, b.purpose))
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

pub fn notices(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let notices = app.notices()?;
    print(json, &notices, || {
        if notices.is_empty() {
            return crate::words::t("no-news");
        }
        notices.iter().map(|n| n.text.clone()).collect::<Vec<_>>().join("\n")
    });
    app.mark_notices_seen()?;
    Ok(())
}

/// The Events and rooms screen from what the phone keeps: each event with what can be done to
/// it (or why not), each room and when it is taken, each room booking.
pub fn screen(app: &CmlApp, json: bool, library: Option<String>) -> Result<(), CmlError> {
    let s = app.events_and_rooms_screen(cml_ffi::cml_core::EventFilter {
        library,
        category: None,
        from_date: None,
        to_date: None,
    })?;
    print(json, &s, || {
        let mut out = Vec::new();
        for p in &s.events {
            let e = &p.event;
            let why: Vec<String> = p.actions.iter().filter_map(|a| a.why_not.clone()).collect();
            let mut line = format!("[{}] {}, {}, {}", e.id, e.title, e.when, e.library_name);
            if let Some(first) = why.first() {
                line.push_str(&format!(" ({first})"));
            }
            out.push(line);
        }
        if let Some(empty) = &s.empty_text {
            out.push(empty.clone());
        }
        for r in &s.rooms {
            out.push(format!(
                "[{}] {}, {} ({}): {}",
                r.id,
                r.name,
                r.library_name,
                r.capacity,
                r.busy.join("; ")
            ));
        }
        for b in &s.bookings {
            out.push(format!("[{}] {}", b.booking.id, b.sentence));
        }
        out.push(s.data_age.text.clone());
        out.join("\n")
    });
    Ok(())
}
