//! `cml` commands for the home reading service, carers and volunteer roles.

use clap::Subcommand;
use cml_ffi::cml_core::{ConcernView, DeliveryForm, DeliveryView, PreferencesForm};
use cml_ffi::{CmlApp, CmlError};

use crate::{change_line, print};

fn split(list: &Option<String>) -> Vec<String> {
    list.as_deref()
        .map(|l| {
            l.split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Subcommand)]
pub enum DeliveryCommand {
    /// Ask for home deliveries, for yourself or (--reader CARD) for the member you care for.
    Request {
        #[arg(long)]
        reader: Option<String>,
        #[arg(long)]
        address: String,
        #[arg(long)]
        postcode: String,
        /// Key safe, ring twice, dog in the house…
        #[arg(long, default_value = "")]
        access: String,
        /// Preferred day, 1 (Monday) to 7.
        #[arg(long)]
        day: Option<u8>,
        /// morning, afternoon or any.
        #[arg(long, default_value = "any")]
        time: String,
        /// weekly, fortnightly or monthly.
        #[arg(long, default_value = "fortnightly")]
        frequency: String,
        /// Comma-separated: standard_print, large_print, audiobook_cd, e_audio.
        #[arg(long)]
        formats: Option<String>,
        #[arg(long)]
        genres: Option<String>,
        #[arg(long)]
        authors: Option<String>,
        /// Authors or topics to avoid.
        #[arg(long)]
        avoid: Option<String>,
        #[arg(long)]
        surprise_me: bool,
        /// Titles borrowed before may come again.
        #[arg(long)]
        repeats: bool,
        #[arg(long, default_value = "")]
        notes: String,
    },
    /// Say what you thought of a title a visit brought: more_like_this or not_for_me.
    React {
        visit: i64,
        barcode: String,
        #[arg(long, value_parser = ["more_like_this", "not_for_me"])]
        reaction: String,
    },
    /// Your delivery and those you manage, with the next visit.
    Status,
    Pause {
        id: i64,
    },
    Resume {
        id: i64,
    },
    End {
        id: i64,
    },
    /// Coordinators: every delivery, with preferences and past visits.
    List,
    /// Coordinators: accept a request.
    Accept {
        id: i64,
    },
    /// Coordinators: decline a request with a reason.
    Decline {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Coordinators: schedule a visit (and --repeat more at the delivery's frequency).
    Schedule {
        id: i64,
        /// YYYY-MM-DD.
        #[arg(long)]
        date: String,
        #[arg(long, default_value = "any")]
        time: String,
        #[arg(long)]
        chooser: String,
        #[arg(long)]
        deliverer: String,
        #[arg(long, default_value_t = 0)]
        repeat: u32,
    },
}

#[derive(Subcommand)]
pub enum ConcernCommand {
    /// Close a welfare concern, saying what was done (works offline).
    Close {
        visit: i64,
        #[arg(long)]
        note: String,
    },
}

#[derive(Subcommand)]
pub enum ProxyCommand {
    /// Let a member act for you: --rights deliveries,reserve,loans.
    Grant {
        carer: String,
        #[arg(long)]
        rights: String,
    },
    Revoke {
        carer: String,
    },
    List,
}

#[derive(Subcommand)]
pub enum VisitCommand {
    /// The chooser's bag for a visit: barcodes, comma-separated.
    Choose {
        visit: i64,
        #[arg(long)]
        items: String,
    },
    /// The deliverer records a visit (works offline).
    Record {
        visit: i64,
        /// delivered, not_home, declined, unwell, welfare_concern.
        #[arg(long)]
        outcome: String,
        #[arg(long)]
        note: Option<String>,
        /// Barcodes handed over, comma-separated.
        #[arg(long)]
        handed: Option<String>,
        /// Barcodes collected, comma-separated.
        #[arg(long)]
        collected: Option<String>,
    },
}

#[derive(Subcommand)]
pub enum VolunteerCommand {
    /// A volunteer's roles.
    Roles { card: String },
    /// Coordinators: grant a role (branch_volunteer, event_host, chooser, deliverer, steering_group).
    Grant {
        card: String,
        #[arg(long)]
        library: String,
        #[arg(long)]
        role: String,
    },
    /// Coordinators: remove a role.
    Remove {
        card: String,
        #[arg(long)]
        library: String,
        #[arg(long)]
        role: String,
    },
}

fn delivery_lines(list: &[DeliveryView]) -> String {
    if list.is_empty() {
        return crate::words::t("no-deliveries");
    }
    list.iter()
        .map(|d| {
            let mut out = format!("[{}] {} ({}): {}", d.id, d.reader_name, d.library_name, d.status_text);
            for v in &d.past_visits {
                out.push_str(&format!("\n    {}: {}", v.when, v.status));
            }
            out
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn delivery(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: DeliveryCommand,
) -> Result<(), CmlError> {
    let change = match command {
        DeliveryCommand::Request {
            reader,
            address,
            postcode,
            access,
            day,
            time,
            frequency,
            formats,
            genres,
            authors,
            avoid,
            surprise_me,
            repeats,
            notes,
        } => waiter.block_on(app.request_delivery(DeliveryForm {
            reader_card: reader,
            address,
            postcode,
            access_notes: access,
            preferred_day: day,
            time_of_day: time,
            frequency,
            preferences: PreferencesForm {
                formats: split(&formats),
                genres: split(&genres),
                favourite_authors: split(&authors),
                avoid: split(&avoid),
                surprise_me,
                allow_repeats: repeats,
                notes,
            },
        }))?,
        DeliveryCommand::Status => {
            let list = app.deliveries()?;
            print(json, &list, || delivery_lines(&list));
            return Ok(());
        }
        DeliveryCommand::React {
            visit,
            barcode,
            reaction,
        } => waiter.block_on(app.react_to_item(visit, barcode, reaction))?,
        DeliveryCommand::Pause { id } => waiter.block_on(app.set_delivery_state(id, "pause".into()))?,
        DeliveryCommand::Resume { id } => waiter.block_on(app.set_delivery_state(id, "resume".into()))?,
        DeliveryCommand::End { id } => waiter.block_on(app.set_delivery_state(id, "end".into()))?,
        DeliveryCommand::List => {
            let list = waiter.block_on(app.all_deliveries())?;
            print(json, &list, || delivery_lines(&list));
            return Ok(());
        }
        DeliveryCommand::Accept { id } => {
            let d = waiter.block_on(app.accept_delivery(id))?;
            print(json, &d, || delivery_lines(std::slice::from_ref(&d)));
            return Ok(());
        }
        DeliveryCommand::Decline { id, reason } => {
            let d = waiter.block_on(app.decline_delivery(id, reason))?;
            print(json, &d, || delivery_lines(std::slice::from_ref(&d)));
            return Ok(());
        }
        DeliveryCommand::Schedule {
            id,
            date,
            time,
            chooser,
            deliverer,
            repeat,
        } => {
            let d = waiter.block_on(app.schedule_visits(id, date, time, chooser, deliverer, repeat))?;
            print(json, &d, || delivery_lines(std::slice::from_ref(&d)));
            return Ok(());
        }
    };
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn proxy(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: ProxyCommand,
) -> Result<(), CmlError> {
    let change = match command {
        ProxyCommand::Grant { carer, rights } => waiter.block_on(app.grant_proxy(carer, split(&Some(rights))))?,
        ProxyCommand::Revoke { carer } => waiter.block_on(app.revoke_proxy(carer))?,
        ProxyCommand::List => {
            let list = app.proxies()?;
            print(json, &list, || {
                if list.is_empty() {
                    return crate::words::t("no-proxies");
                }
                list.iter()
                    .map(|p| {
                        if p.i_act_for_them {
                            crate::words::a(
                                "you-act-for",
                                &[
                                    ("name", &p.member_name),
                                    ("card", &p.member_card),
                                    ("rights", &rights(&p.rights)),
                                ],
                            )
                        } else {
                            crate::words::a(
                                "acts-for-you",
                                &[
                                    ("name", &p.carer_name),
                                    ("card", &p.carer_card),
                                    ("rights", &rights(&p.rights)),
                                ],
                            )
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            return Ok(());
        }
    };
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn round(app: &CmlApp, json: bool, date: Option<String>) -> Result<(), CmlError> {
    let screen = app.round_screen(date)?;
    print(json, &screen, || {
        let mut lines = vec![format!("{}: {}", screen.date_text, screen.summary)];
        for s in &screen.stops {
            let mut out = format!(
                "[visit {}] {} ({}), {}\n    {}, {}\n    {}",
                s.visit_id, s.reader_name, s.time_of_day, s.status, s.address, s.postcode, s.access_notes
            );
            for b in &s.bag {
                let warn = if b.borrowed_before { " (borrowed before)" } else { "" };
                out.push_str(&format!("\n    bag: {} {}{warn}", b.barcode, b.title));
            }
            for d in &s.due_back {
                out.push_str(&format!("\n    collect: {} {} (due {})", d.barcode, d.title, d.due));
            }
            if let Some(p) = &s.pending {
                out.push_str(&format!("\n    {p}"));
            }
            lines.push(out);
        }
        lines.join("\n")
    });
    Ok(())
}

/// The Choose screen for a visit.
pub fn choose(app: &CmlApp, json: bool, visit: i64) -> Result<(), CmlError> {
    let screen = app.choose_screen(visit)?;
    print(json, &screen, || {
        let mut lines = vec![screen.stop.reader_name.clone()];
        lines.extend(screen.preferences_text.iter().map(|p| format!("- {p}")));
        lines.extend(
            screen
                .stop
                .bag
                .iter()
                .map(|b| format!("  bag: {} {}", b.barcode, b.title)),
        );
        lines.extend(screen.warnings.iter().map(|w| format!("! {w}")));
        lines.join("\n")
    });
    Ok(())
}

pub fn visit(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: VisitCommand,
) -> Result<(), CmlError> {
    let change = match command {
        VisitCommand::Choose { visit, items } => waiter.block_on(app.choose_items(visit, split(&Some(items))))?,
        VisitCommand::Record {
            visit,
            outcome,
            note,
            handed,
            collected,
        } => waiter.block_on(app.record_visit(visit, outcome, note, split(&handed), split(&collected)))?,
    };
    print(json, &change, || change_line(&change));
    Ok(())
}

pub fn audit(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    reader: Option<String>,
) -> Result<(), CmlError> {
    let log = waiter.block_on(app.audit_log(reader))?;
    print(json, &log, || {
        log.iter()
            .map(|e| {
                let at = chrono::DateTime::from_timestamp(e.at, 0)
                    .map(|d| d.to_rfc3339())
                    .unwrap_or_default();
                format!(
                    "{at} {} ({}) read {}'s details via {}",
                    e.actor_name, e.actor_card, e.reader_card, e.via
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

fn concern_lines(list: &[ConcernView]) -> Vec<String> {
    list.iter()
        .map(|c| {
            let mut out = format!(
                "[visit {}] {} ({})\n    {}",
                c.visit_id, c.reader_name, c.reader_card, c.text
            );
            if let Some(closed) = &c.closed_text {
                out.push_str(&format!("\n    {closed}"));
            }
            out
        })
        .collect()
}

pub fn concerns(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let list = app.concerns()?;
    print(json, &list, || {
        if list.is_empty() {
            return crate::words::t("no-concerns");
        }
        concern_lines(&list).join("\n")
    });
    Ok(())
}

/// The coordinators' Deliveries screen.
pub fn deliveries_screen(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let screen = app.deliveries_screen()?;
    print(json, &screen, || {
        let mut lines = vec![screen.summary.clone(), screen.privacy_note.clone()];
        let groups = [&screen.requests, &screen.to_schedule, &screen.scheduled, &screen.paused];
        for d in groups.into_iter().flatten() {
            lines.push(format!(
                "[{}] {} ({}, {}): {}\n    {}",
                d.id,
                d.reader_name,
                d.library_name,
                d.postcode,
                d.status_text,
                crate::screens::actions(&d.actions)
            ));
        }
        lines.extend(concern_lines(&screen.concerns));
        for (label, list) in [("choosers", &screen.choosers), ("deliverers", &screen.deliverers)] {
            let names: Vec<String> = list.iter().map(|v| format!("{} ({})", v.name, v.libraries)).collect();
            lines.push(format!("{label}: {}", names.join("; ")));
        }
        lines.join("\n")
    });
    Ok(())
}

/// The Home delivery screen (readers and carers).
pub fn home_delivery_screen(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let screen = app.home_delivery_screen()?;
    print(json, &screen, || {
        let mut lines = vec![screen.for_name.clone()];
        for d in &screen.deliveries {
            lines.push(format!("[{}] {}: {}", d.id, d.library_name, d.status_text));
            lines.push(format!("    {}", crate::screens::actions(&d.actions)));
        }
        lines.push(crate::screens::actions(std::slice::from_ref(&screen.request)));
        lines.extend(screen.waiting.iter().map(|w| format!("… {w}")));
        lines.join("\n")
    });
    Ok(())
}

pub fn volunteer(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: VolunteerCommand,
) -> Result<(), CmlError> {
    let roles = match command {
        VolunteerCommand::Roles { card } => waiter.block_on(app.volunteer_roles(card))?,
        VolunteerCommand::Grant { card, library, role } => {
            waiter.block_on(app.grant_volunteer_role(card, library, role))?
        }
        VolunteerCommand::Remove { card, library, role } => {
            waiter.block_on(app.remove_volunteer_role(card, library, role))?
        }
    };
    print(json, &roles, || {
        if roles.is_empty() {
            return crate::words::t("no-volunteer-roles");
        }
        roles
            .iter()
            .map(|r| format!("{} at {}", r.role, r.library))
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

/// Rights ("deliveries", "reserve", "loans") in words.
fn rights(codes: &[String]) -> String {
    codes
        .iter()
        .map(|r| crate::words::code("right", r))
        .collect::<Vec<_>>()
        .join(", ")
}
