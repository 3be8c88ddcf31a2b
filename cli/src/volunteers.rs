//! `cml` commands for volunteers' shifts and hours, and the impact report.

use clap::Subcommand;
use cml_ffi::{CmlApp, CmlError};

use crate::words::n;
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
            return crate::words::t("no-shifts");
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
                .map(|m| {
                    crate::words::n(
                        "hours-month",
                        &[
                            ("month", m.month.as_str().into()),
                            ("hours", crate::words::hours(m.hours).into()),
                            ("n", m.sessions.into()),
                        ],
                    )
                })
                .collect();
            for s in sessions.iter().filter(|s| !s.flags.is_empty() || s.check_out.is_none()) {
                out.push(crate::words::a(
                    "hours-session",
                    &[("when", &s.check_in), ("library", &s.library_name), ("text", &s.text)],
                ));
            }
            if out.is_empty() {
                crate::words::t("no-hours")
            } else {
                out.join("\n")
            }
        },
    );
    Ok(())
}

/// The Impact screen from what the phone keeps: its title, when the figures were counted and
/// each figure; or its CSV.
pub fn impact_kept(
    app: &CmlApp,
    json: bool,
    library: Option<String>,
    period: Option<String>,
    csv: bool,
) -> Result<(), CmlError> {
    if csv {
        print!("{}", app.impact_csv(library, period)?);
        return Ok(());
    }
    let s = app.impact_screen(library, period)?;
    print(json, &s, || {
        let mut out = vec![s.title.clone(), s.counted.clone()];
        out.extend(s.figures.iter().map(|f| format!("  {}", f.sentence)));
        out.push(s.data_age.text.clone());
        out.join("\n")
    });
    Ok(())
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
            n(
                "impact-head",
                &[
                    ("library", r.library.as_str().into()),
                    ("from", r.from.as_str().into()),
                    ("to", r.to.as_str().into()),
                ],
            ),
            n(
                "impact-members",
                &[("total", r.members_total.into()), ("new", r.members_new.into())],
            ),
            n(
                "impact-loans",
                &[("loans", r.loans.into()), ("reservations", r.reservations.into())],
            ),
            n("impact-events", &[("n", r.events_held.into())]),
        ];
        for c in &r.attendance {
            out.push(format!(
                "  {}",
                n(
                    "impact-category",
                    &[
                        ("category", crate::words::code("category", &c.category).into()),
                        ("events", c.events.into()),
                        ("booked", c.booked_places.into()),
                        ("attended", c.attended.into()),
                        ("absent", c.no_shows.into()),
                        ("walkins", c.walk_ins.into()),
                    ]
                )
            ));
        }
        out.push(n(
            "impact-volunteers",
            &[
                ("hours", crate::words::hours(r.volunteer_hours).into()),
                ("n", r.active_volunteers.into()),
            ],
        ));
        out.push(n(
            "impact-deliveries",
            &[
                ("visits", r.delivery_visits.into()),
                ("readers", r.readers_served.into()),
            ],
        ));
        out.push(n(
            "impact-rooms",
            &[
                ("n", r.room_bookings.into()),
                ("hours", crate::words::hours(r.room_hours).into()),
            ],
        ));
        out.push(n(
            "impact-consultations",
            &[
                ("n", r.consultations.into()),
                ("answers", r.consultation_responses.into()),
            ],
        ));
        out.join("\n")
    });
    Ok(())
}
