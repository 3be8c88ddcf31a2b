//! `cml` commands for volunteers' shifts and hours, and the impact report.

use clap::Subcommand;
use cml_ffi::{CmlApp, CmlError};

use crate::{change_line, print};

#[derive(Subcommand)]
pub enum ShiftCommand {
    /// Sign up for a shift.
    Signup { shift: i64 },
    /// Drop a shift (at least a day ahead).
    Drop { shift: i64 },
    /// Check in (now, or --at "2026-10-25T09:30:00+01:00").
    Checkin {
        #[arg(long)]
        library: Option<String>,
        #[arg(long)]
        shift: Option<i64>,
        #[arg(long)]
        at: Option<String>,
    },
    /// Check out (now, or --at).
    Checkout {
        #[arg(long)]
        at: Option<String>,
    },
    /// Fix a forgotten check-out: the session (see `cml hours --json`), the time, and why.
    Fix {
        session: String,
        #[arg(long)]
        at: String,
        #[arg(long)]
        reason: String,
    },
    /// Coordinators: put shifts on a rota (UK times "YYYY-MM-DD HH:MM").
    Create {
        #[arg(long)]
        library: String,
        /// opening_up, desk, coffee_morning, delivery_round, other.
        #[arg(long)]
        kind: String,
        #[arg(long, default_value = "")]
        title: String,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long, default_value_t = 1)]
        places: i64,
        #[arg(long, default_value_t = 0)]
        weekly: u32,
    },
}

pub fn shifts(app: &CmlApp, json: bool, branch: Option<String>) -> Result<(), CmlError> {
    let list = app.shifts(branch)?;
    print(json, &list, || {
        if list.is_empty() {
            return "No shifts on the rota. Run `cml sync` when online.".into();
        }
        list.iter()
            .map(|s| {
                let mine = if s.mine { " (you)" } else { "" };
                format!(
                    "[{}] {} at {}, {}: {}{mine}",
                    s.id, s.title, s.library_name, s.when, s.status_text
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

pub fn shift(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: ShiftCommand,
) -> Result<(), CmlError> {
    let change = match command {
        ShiftCommand::Signup { shift } => waiter.block_on(app.sign_up_shift(shift))?,
        ShiftCommand::Drop { shift } => waiter.block_on(app.drop_shift(shift))?,
        ShiftCommand::Checkin { library, shift, at } => waiter.block_on(app.check_in(library, shift, at))?,
        ShiftCommand::Checkout { at } => waiter.block_on(app.check_out(at))?,
        ShiftCommand::Fix { session, at, reason } => waiter.block_on(app.fix_check_out(session, at, reason))?,
        ShiftCommand::Create {
            library,
            kind,
            title,
            start,
            end,
            places,
            weekly,
        } => {
            let made = waiter.block_on(app.create_shift(library, kind, title, start, end, places, weekly))?;
            print(json, &made, || {
                made.iter()
                    .map(|s| format!("[{}] {} at {}, {}", s.id, s.title, s.library_name, s.when))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            return Ok(());
        }
    };
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn hours(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    library: Option<String>,
    from: Option<String>,
    to: Option<String>,
) -> Result<(), CmlError> {
    if let (Some(from), Some(to)) = (from, to) {
        let lines = waiter.block_on(app.hours_report(library, from, to))?;
        print(json, &lines, || {
            lines
                .iter()
                .map(|l| {
                    format!(
                        "{} {} ({}): {:.2} hours in {} sessions, {} flagged",
                        l.library, l.volunteer_name, l.volunteer_card, l.hours, l.sessions, l.flagged
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        });
        return Ok(());
    }
    let months = app.my_hours()?;
    let sessions = app.my_sessions()?;
    print(
        json,
        &serde_json::json!({ "months": months, "sessions": sessions }),
        || {
            let mut out: Vec<String> = months
                .iter()
                .map(|m| format!("{}: {} ({} sessions)", m.month, cml_api_hours(m.hours), m.sessions))
                .collect();
            for s in sessions.iter().filter(|s| !s.flags.is_empty() || s.check_out.is_none()) {
                out.push(format!("{} at {}: {}", s.check_in, s.library_name, s.text));
            }
            if out.is_empty() {
                "No hours yet.".into()
            } else {
                out.join("\n")
            }
        },
    );
    Ok(())
}

fn cml_api_hours(h: f64) -> String {
    let minutes = (h * 60.0).round() as i64;
    format!("{}:{:02} hours", minutes / 60, minutes % 60)
}

pub fn impact(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    library: Option<String>,
    from: String,
    to: String,
) -> Result<(), CmlError> {
    let r = waiter.block_on(app.impact_report(library, from, to))?;
    print(json, &r, || {
        let mut out = vec![
            format!("Impact report: {} from {} to {}", r.library, r.from, r.to),
            format!("Members: {} ({} new)", r.members_total, r.members_new),
            format!("Loans: {}; reservations: {}", r.loans, r.reservations),
            format!("Events held: {}", r.events_held),
        ];
        for a in &r.attendance {
            out.push(format!(
                "  {}: {} events, {} places booked, {} attended, {} not come, {} walk-ins",
                a.category, a.events, a.booked_places, a.attended, a.no_shows, a.walk_ins
            ));
        }
        out.push(format!(
            "Volunteer hours: {:.2} by {} volunteers",
            r.volunteer_hours, r.active_volunteers
        ));
        out.push(format!(
            "Home-delivery visits: {} to {} readers",
            r.delivery_visits, r.readers_served
        ));
        out.push(format!(
            "Room bookings by partners: {} ({:.1} hours)",
            r.room_bookings, r.room_hours
        ));
        out.join("\n")
    });
    Ok(())
}
