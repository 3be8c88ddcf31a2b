//! `cml`: the Community Library command line. It drives exactly the API that the apps call (the
//! `cml-ffi` bindings crate), so every command here is also a test of what the apps will do.

mod circulation;
mod consultations;
mod deliveries;
mod programme;
mod screens;
mod volunteers;
mod words;

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use cml_ffi::cml_core::{ChangeView, Config, EventFilter, SearchQuery, SyncProgress};
use cml_ffi::{CmlApp, CmlError, LogLevel, Logger, SyncProgressListener};
use serde::Serialize;
use serde_json::json;
use words::{a, t};

#[derive(Parser)]
#[command(name = "cml", version, about = "Community Library from the command line")]
struct Cli {
    /// The hub's address.
    #[arg(long, global = true, env = "CML_HUB", default_value = "http://127.0.0.1:8080")]
    hub: String,
    /// Where this "device" keeps its store [default: ~/.local/share/cml].
    #[arg(long, global = true, env = "CML_DATA")]
    data: Option<String>,
    /// Machine-readable output (see the README for its shape).
    #[arg(long, global = true)]
    json: bool,
    /// Print the core's log lines on standard error.
    #[arg(long, short, global = true)]
    verbose: bool,
    /// The language to print in: en (English), pl (Polish) or ur (Urdu).
    #[arg(long, global = true, env = "CML_LANGUAGE", default_value = "en", value_parser = ["en", "pl", "ur"])]
    language: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Sign in with a library card number; the PIN comes from --pin or standard input.
    Login {
        card: String,
        #[arg(long)]
        pin: Option<String>,
    },
    /// The Home screen: what matters next for each of your roles and the sync line (works
    /// offline; --json is the record the apps get).
    Home,
    /// The Title screen: a record, its copies, and whether you have reserved it, have it on loan
    /// or can reserve it (works offline).
    Title { record: i64 },
    /// My account: card, loans and reservations with what you can do with each, reading history.
    Account,
    /// Volunteers' Today screen: checked in or not, today's shifts, hours this month.
    Today,
    /// Carers: act for a member (their card), or with --self as yourself again; without either,
    /// who you can act for.
    ActFor {
        card: Option<String>,
        #[arg(long = "self", conflicts_with = "card")]
        myself: bool,
    },
    /// Volunteers' Rota screen: your shifts (until when each can be dropped) and open shifts.
    Rota {
        #[arg(long)]
        branch: Option<String>,
    },
    /// Sign out on this device.
    Logout,
    /// Who is signed in here.
    Whoami,
    /// Send waiting changes and fetch what changed at the hub.
    Sync,
    /// When this device last synced, and the changes still waiting.
    Status,
    /// Each library's address, hours today and this week, and coming closures.
    Libraries,
    /// Search the catalogue on this device (works offline).
    Search {
        query: String,
        /// Only copies at this library (its code).
        #[arg(long)]
        branch: Option<String>,
        /// Only this format: book, large_print, audiobook, ebook, dvd, …
        #[arg(long)]
        format: Option<String>,
        /// Only titles written in this language (MARC code, such as eng). (`--language` is the
        /// language the command prints in.)
        #[arg(long)]
        written_in: Option<String>,
        /// Only titles with a copy on the shelf now.
        #[arg(long)]
        available: bool,
        /// Do not try to sync first.
        #[arg(long)]
        offline: bool,
        #[arg(long, default_value_t = 20)]
        limit: u32,
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
    /// One catalogue record in full, with its copies.
    Show { record: i64 },
    /// Events that have not ended yet (from the device store).
    Events {
        /// Only at this library (its code, such as BAS).
        #[arg(long)]
        branch: Option<String>,
        /// Only this category, such as yoga or coffee_morning.
        #[arg(long)]
        category: Option<String>,
        /// From this day (YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Up to this day (YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
    },
    /// Book places at an event (works offline: sent when the hub can be reached).
    Book {
        event: i64,
        /// 1, or 2 with a companion or carer.
        #[arg(long, default_value_t = 1)]
        places: i64,
    },
    /// Cancel your booking of an event (works offline).
    CancelBooking { event: i64 },
    /// Your bookings, with those waiting to be sent.
    Bookings,
    /// An iCalendar (.ics) file for an event (with your booking), or with --all for all your bookings.
    EventIcs {
        event: Option<i64>,
        #[arg(long)]
        all: bool,
    },
    /// Reserve a title (any copy) to collect at a library (works offline).
    Reserve {
        record: i64,
        /// The library to collect it at [default: your usual one].
        #[arg(long)]
        pickup: Option<String>,
    },
    /// Your reservations and your place in each queue.
    Holds,
    /// Change a reservation: cancel, suspend, resume, pickup, default.
    Hold {
        #[command(subcommand)]
        command: circulation::HoldCommand,
    },
    /// What you have on loan, and when it is due back.
    Loans,
    /// Renew a loan.
    Renew { loan: i64 },
    /// Your library card: number and barcode.
    Card,
    /// Your reading history: on, off, delete, list.
    History {
        #[command(subcommand)]
        command: circulation::HistoryCommand,
    },
    /// Join the library: get a provisional card at once.
    Join(circulation::JoinArgs),
    /// The desk (volunteers): checkout and checkin by item barcode.
    Desk {
        #[command(subcommand)]
        command: circulation::DeskCommand,
    },
    /// New members waiting for their card to be confirmed (coordinators).
    Members {
        #[command(subcommand)]
        command: circulation::MembersCommand,
    },
    /// Coordinators: create, edit and cancel events.
    Event {
        #[command(subcommand)]
        command: programme::EventCommand,
    },
    /// Book every session still to come of a series (works offline).
    BookSeries {
        series: i64,
        #[arg(long, default_value_t = 1)]
        places: i64,
    },
    /// Door check-in for events you host: without EVENT, list them; with it, mark and show.
    Attendance {
        event: Option<i64>,
        /// Booking ids to mark as here.
        #[arg(long)]
        attended: Vec<i64>,
        /// Booking ids to mark as not come.
        #[arg(long)]
        no_show: Vec<i64>,
        /// How many came without booking.
        #[arg(long)]
        walk_ins: Option<i64>,
    },
    /// Rooms partner services can book, and when each is taken.
    Rooms {
        #[arg(long)]
        branch: Option<String>,
    },
    /// Book a room (partner services; works offline). Times are UK "YYYY-MM-DD HH:MM".
    RoomBook {
        room: i64,
        #[arg(long)]
        start: String,
        #[arg(long)]
        end: String,
        #[arg(long)]
        purpose: String,
    },
    /// Your room bookings still to come.
    RoomBookings,
    /// The Events and rooms screen (coordinators; offline): the programme with what can be done
    /// to each event, every room and when it is taken, every room booking.
    Programme {
        #[arg(long)]
        library: Option<String>,
    },
    /// Add a room (coordinators) or cancel a room booking.
    Room {
        #[command(subcommand)]
        command: programme::RoomCommand,
    },
    /// What happened to your bookings and reservations (places freed, events cancelled or moved).
    Notices,
    /// Reminders due now (reservation ready, loan due, event, visit, round or shift tomorrow);
    /// `--raise` marks them raised, as the app does once it has shown them.
    Reminders {
        #[arg(long)]
        raise: bool,
    },
    /// A sync within a time budget, as the phone's background work runs it.
    BackgroundSync {
        /// Seconds.
        #[arg(long, default_value_t = 25)]
        budget: u32,
    },
    /// Home deliveries: request, status, pause, resume, end; coordinators: list, accept, decline, schedule.
    Delivery {
        #[command(subcommand)]
        command: deliveries::DeliveryCommand,
    },
    /// Who may act for you (carers): grant, revoke, list.
    Proxy {
        #[command(subcommand)]
        command: deliveries::ProxyCommand,
    },
    /// Choosers' Choose screen: a reader's visit, their preferences, borrowed-before warnings.
    Choose { visit: i64 },
    /// Your home-delivery round for a day (works offline).
    Round {
        /// YYYY-MM-DD [default: today].
        #[arg(long)]
        date: Option<String>,
    },
    /// Home-delivery visits: choose the bag, record the visit at the door.
    Visit {
        #[command(subcommand)]
        command: deliveries::VisitCommand,
    },
    /// Coordinators: who read readers' addresses and notes.
    Audit {
        #[arg(long)]
        reader: Option<String>,
    },
    /// Coordinators: welfare concerns raised at the door; `concerns close VISIT --note` closes one.
    Concerns {
        #[command(subcommand)]
        command: Option<deliveries::ConcernCommand>,
    },
    /// Coordinators' Deliveries screen: requests, deliveries to plan, visits, concerns, who can
    /// choose and deliver (works offline; no addresses).
    Deliveries,
    /// Home delivery screen (readers and carers): your delivery, what you can do, the form's choices.
    HomeDelivery,
    /// Volunteer roles per library: roles, grant, remove.
    Volunteer {
        #[command(subcommand)]
        command: deliveries::VolunteerCommand,
    },
    /// "Have your say": the consultations libraries run, and whether you can answer (offline).
    Consultations,
    /// Answer a consultation, once (offline too): --choice 1=2 --scale 2=4 --text 3="…"
    /// (questions and options numbered from 1).
    Answer {
        id: i64,
        #[arg(long)]
        choice: Vec<String>,
        #[arg(long)]
        scale: Vec<String>,
        #[arg(long)]
        text: Vec<String>,
    },
    /// Coordinators: publish a consultation; coordinators and steering groups: its results.
    Consultation {
        #[command(subcommand)]
        command: consultations::ConsultationCommand,
    },
    /// Reading lists libraries publish, each title with where a copy is (offline).
    Lists,
    /// Coordinators: publish or withdraw a reading list.
    List {
        #[command(subcommand)]
        command: consultations::ListCommand,
    },
    /// The volunteers' rota (from the device store).
    Shifts {
        #[arg(long)]
        branch: Option<String>,
    },
    /// Shifts: signup, drop, checkin, checkout, fix; coordinators: create.
    Shift {
        #[command(subcommand)]
        command: volunteers::ShiftCommand,
    },
    /// Your hours by month; coordinators with --from and --to: hours per library and volunteer.
    Hours {
        #[arg(long)]
        library: Option<String>,
        #[arg(long, requires = "to")]
        from: Option<String>,
        #[arg(long, requires = "from")]
        to: Option<String>,
    },
    /// Coordinators: reports (impact).
    Report {
        #[command(subcommand)]
        report: ReportCommand,
    },
    /// The changes made on this device and what became of them.
    Changes {
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Only the changes made for the hub this device used before, still waiting.
        #[arg(long)]
        held: bool,
        /// Discard the held changes (they are never sent).
        #[arg(long, conflicts_with = "held")]
        discard_held: bool,
    },
}

#[derive(Subcommand)]
enum ReportCommand {
    /// A library's (or every library's) impact: for this month, last month or this year from
    /// what the phone keeps (offline), or for any period from the hub (--from and --to).
    Impact {
        #[arg(long)]
        library: Option<String>,
        /// this_month (the default), last_month or year (from 1 April); kept at each sync.
        #[arg(long, conflicts_with = "from")]
        period: Option<String>,
        /// YYYY-MM-DD (asks the hub).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// YYYY-MM-DD (included).
        #[arg(long, requires = "from")]
        to: Option<String>,
        /// Print the kept figures as CSV in the person's language (what the share sheet sends).
        #[arg(long, conflicts_with = "from")]
        csv: bool,
    },
}

/// A process exit code for each kind of error, so scripts can tell them apart.
fn exit_code(e: &CmlError) -> u8 {
    match e {
        CmlError::Internal { .. } | CmlError::Hub { .. } => 1,
        CmlError::InvalidInput { .. } => 2,
        CmlError::Offline { .. } => 3,
        CmlError::NotSignedIn { .. } => 4,
        CmlError::NotAllowed { .. } => 5,
        CmlError::NotFound { .. } => 6,
        CmlError::Conflict { .. } => 7,
        CmlError::Storage { .. } => 8,
        CmlError::TooManyAttempts { .. } => 9,
    }
}

fn error_json(e: &CmlError) -> serde_json::Value {
    let (kind, extra) = match e {
        CmlError::Offline { .. } => ("offline", json!({})),
        CmlError::NotSignedIn { .. } => ("not_signed_in", json!({})),
        CmlError::NotAllowed { .. } => ("not_allowed", json!({})),
        CmlError::NotFound { .. } => ("not_found", json!({})),
        CmlError::Conflict { reason, .. } => ("conflict", json!({ "reason": reason })),
        CmlError::InvalidInput { field, .. } => ("invalid_input", json!({ "field": field })),
        CmlError::TooManyAttempts {
            retry_after_seconds, ..
        } => (
            "too_many_attempts",
            json!({ "retry_after_seconds": retry_after_seconds }),
        ),
        CmlError::Storage { .. } => ("storage", json!({})),
        CmlError::Hub { .. } => ("hub", json!({})),
        CmlError::Internal { .. } => ("internal", json!({})),
    };
    let mut body = json!({ "kind": kind, "message": e.to_string() });
    if let (Some(b), Some(x)) = (body.as_object_mut(), extra.as_object()) {
        b.extend(x.clone());
    }
    json!({ "error": body })
}

fn default_data_dir() -> String {
    let base = std::env::var("XDG_DATA_HOME")
        .ok()
        .filter(|v| !v.is_empty())
        .or_else(|| std::env::var("HOME").ok().map(|h| format!("{h}/.local/share")))
        .unwrap_or_else(|| ".".into());
    format!("{base}/cml")
}

struct StderrLogger;

impl Logger for StderrLogger {
    fn log(&self, level: LogLevel, target: String, message: String) {
        eprintln!("{level:?} {target}: {message}");
    }
}

/// A text progress bar on standard error, when it is a terminal.
struct Bar {
    enabled: bool,
}

impl SyncProgressListener for Bar {
    fn on_progress(&self, p: SyncProgress) {
        if !self.enabled {
            return;
        }
        let width = 30usize;
        let filled = if p.total == 0 {
            width
        } else {
            (p.done.min(p.total) as usize * width) / p.total as usize
        };
        eprint!(
            "\r{:<10} [{}{}] {}/{}",
            p.collection,
            "#".repeat(filled),
            " ".repeat(width - filled),
            p.done,
            p.total
        );
        if p.done >= p.total {
            eprintln!();
        }
        let _ = std::io::stderr().flush();
    }
}

/// A change in one line: what it is, and what became of it.
fn change_line(c: &ChangeView) -> String {
    match (c.state.as_str(), &c.outcome) {
        ("waiting", _) => a("change-waiting", &[("summary", &c.summary)]),
        (_, Some(outcome)) => a("change-outcome", &[("summary", &c.summary), ("outcome", outcome)]),
        (state, None) => a(
            "change-state",
            &[("summary", &c.summary), ("state", &words::code("change", state))],
        ),
    }
}

fn read_pin() -> Result<String, CmlError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("PIN: ");
        let _ = std::io::stderr().flush();
    }
    let mut line = String::new();
    stdin.lock().read_line(&mut line).map_err(|e| CmlError::InvalidInput {
        field: "pin".into(),
        detail: a("pin-unreadable", &[("detail", &e.to_string())]),
    })?;
    Ok(line.trim().to_owned())
}

fn print<T: Serialize>(json: bool, value: &T, text: impl FnOnce() -> String) {
    if json {
        println!("{}", serde_json::to_string_pretty(value).expect("serialisable"));
    } else {
        println!("{}", text());
    }
}

fn run(cli: Cli) -> Result<(), CmlError> {
    words::set_language(&cli.language);
    if cli.verbose {
        cml_ffi::set_logger(Arc::new(StderrLogger), LogLevel::Debug);
    }
    let app = CmlApp::new(Config {
        data_dir: cli.data.clone().unwrap_or_else(default_data_dir),
        hub_url: cli.hub.clone(),
        hub_certificate_pem: std::env::var("CML_HUB_CERTIFICATE")
            .ok()
            .map(std::fs::read_to_string)
            .transpose()
            .map_err(|e| CmlError::InvalidInput {
                field: "hub_certificate".into(),
                detail: a("certificate-unreadable", &[("detail", &e.to_string())]),
            })?,
        device_name: Some("cml command line".into()),
        language: Some(cli.language.clone()),
    })?;
    // The app's async methods run on its own runtime; this one only waits for them.
    let waiter = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| CmlError::Internal { detail: e.to_string() })?;
    let json = cli.json;
    match cli.command {
        Command::Login { card, pin } => {
            let pin = match pin {
                Some(p) => p,
                None => read_pin()?,
            };
            let account = waiter.block_on(app.login(card, pin))?;
            print(json, &account, || {
                a("signed-in-as", &[("name", &account.name), ("card", &account.card)])
            });
        }
        Command::Home => screens::home(&app, json)?,
        Command::Title { record } => screens::title(&app, json, record)?,
        Command::Account => screens::account(&app, json)?,
        Command::Today => screens::today(&app, json)?,
        Command::ActFor { card, myself } => screens::act_for(&app, json, card, myself)?,
        Command::Rota { branch } => screens::rota(&app, json, branch)?,
        Command::Logout => {
            waiter.block_on(app.logout())?;
            print(json, &json!({ "signed_in": false }), || t("signed-out"));
        }
        Command::Whoami => match app.whoami()? {
            Some(account) => print(json, &account, || {
                let roles: Vec<String> = account.roles.iter().map(|r| words::code("role", r)).collect();
                a(
                    "whoami",
                    &[
                        ("name", &account.name),
                        ("card", &account.card),
                        ("roles", &roles.join(", ")),
                        ("home", &account.home_library.clone().unwrap_or_else(|| t("none"))),
                    ],
                )
            }),
            None => {
                return Err(CmlError::NotSignedIn {
                    detail: t("nobody-signed-in"),
                });
            }
        },
        Command::Sync => {
            let bar = Arc::new(Bar {
                enabled: !json && std::io::stderr().is_terminal(),
            });
            let report = waiter.block_on(app.sync(Some(bar)))?;
            print(json, &report, || {
                let parts: Vec<String> = report
                    .collections
                    .iter()
                    .map(|c| format!("{} {}", c.changes, c.collection))
                    .collect();
                words::w().a(
                    "synced",
                    &[
                        ("n", cml_ffi::cml_core::i18n::num(report.changes as i64)),
                        ("parts", parts.join(", ").into()),
                    ],
                )
            });
        }
        Command::Status => {
            let status = app.status()?;
            let changes = if status.signed_in { app.changes(20)? } else { vec![] };
            let value = json!({ "status": status, "changes": changes });
            print(json, &value, || {
                let who = status
                    .name
                    .clone()
                    .map(|name| a("status-signed-in", &[("name", &name)]))
                    .unwrap_or_else(|| t("status-not-signed-in"));
                let hub = a("status-hub", &[("url", &status.hub_url)]);
                let mut out = format!("{}\n{}\n{}", status.summary, who, hub);
                for c in &changes {
                    out.push_str(&format!("\n  {}", change_line(c)));
                }
                out
            });
        }
        Command::Events {
            branch,
            category,
            from,
            to,
        } => {
            let events = app.events(EventFilter {
                library: branch,
                category,
                from_date: from,
                to_date: to,
            })?;
            print(json, &events, || {
                if events.is_empty() {
                    return t("no-events");
                }
                events
                    .iter()
                    .map(|e| {
                        let mine = e.my_booking.clone().map(|m| format!("\n    {m}")).unwrap_or_default();
                        let heading = a("event-at", &[("title", &e.title), ("library", &e.library_name)]);
                        format!("[{}] {}\n    {}\n    {}{}", e.id, heading, e.when, e.availability, mine)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::Search {
            query,
            branch,
            format,
            written_in,
            available,
            offline,
            limit,
            offset,
        } => {
            if !offline {
                // Fresh results when the hub answers; the device's copy when it does not.
                let _ = waiter.block_on(app.sync(None));
            }
            let page = app.search(SearchQuery {
                text: query,
                library: branch,
                format,
                language: written_in,
                available_now: available,
                offset,
                limit,
            })?;
            print(json, &page, || {
                if page.hits.is_empty() {
                    return t("nothing-found");
                }
                let mut out: Vec<String> = page
                    .hits
                    .iter()
                    .map(|h| {
                        let by = h.author.clone().map(|a| format!(" / {a}")).unwrap_or_default();
                        format!(
                            "[{}] {}{}\n    {}\n    {}",
                            h.id, h.title, by, h.summary_line, h.availability
                        )
                    })
                    .collect();
                if page.has_more {
                    out.push(t("more-results"));
                }
                out.join("\n")
            });
        }
        Command::Show { record } => {
            let r = app.record(record)?;
            print(json, &r, || {
                let mut out = vec![r.title.clone()];
                out.extend(r.subtitle.clone());
                if !r.authors.is_empty() {
                    out.push(a("record-by", &[("authors", &r.authors.join("; "))]));
                }
                out.push(
                    format!("{} {}", r.format, r.year.clone().unwrap_or_default())
                        .trim()
                        .to_owned(),
                );
                out.extend(r.publisher.clone().map(|p| a("record-publisher", &[("publisher", &p)])));
                if !r.isbns.is_empty() {
                    out.push(format!("ISBN: {}", r.isbns.join(", ")));
                }
                out.extend(r.summary.clone());
                out.push(r.availability.clone());
                for c in &r.copies {
                    out.push(format!("  {}: {}", c.library_name, c.status));
                }
                out.join("\n")
            });
        }
        Command::Book { event, places } => {
            let change = waiter.block_on(app.book_event(event, places))?;
            print(json, &change, || change_line(&change));
        }
        Command::CancelBooking { event } => {
            let change = waiter.block_on(app.cancel_booking(event))?;
            print(json, &change, || change_line(&change));
        }
        Command::Bookings => {
            let bookings = app.my_bookings()?;
            print(json, &bookings, || {
                if bookings.is_empty() {
                    return t("no-bookings");
                }
                bookings
                    .iter()
                    .map(|b| {
                        let line = a(
                            "booking-line",
                            &[
                                ("title", &b.event_title),
                                ("when", &b.when),
                                ("library", &b.library_name),
                                ("status", &b.status_text),
                            ],
                        );
                        format!("[{}] {line}", b.event_id)
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        Command::EventIcs { event, all } => {
            let ics = match (event, all) {
                (_, true) => app.bookings_ics()?,
                (Some(id), false) => app.event_ics(id)?,
                (None, false) => {
                    return Err(CmlError::InvalidInput {
                        field: "event".into(),
                        detail: t("event-or-all"),
                    })
                }
            };
            print!("{ics}");
        }
        Command::Reserve { record, pickup } => circulation::reserve(&app, &waiter, json, record, pickup)?,
        Command::Holds => circulation::holds(&app, json)?,
        Command::Hold { command } => circulation::hold(&app, &waiter, json, command)?,
        Command::Loans => circulation::loans(&app, json)?,
        Command::Renew { loan } => circulation::renew(&app, &waiter, json, loan)?,
        Command::Card => circulation::card(&app, json)?,
        Command::History { command } => circulation::history(&app, &waiter, json, command)?,
        Command::Join(args) => circulation::join(&app, &waiter, json, args)?,
        Command::Desk { command } => circulation::desk(&app, &waiter, json, command)?,
        Command::Members { command } => circulation::members(&app, &waiter, json, command)?,
        Command::Event { command } => programme::event(&app, &waiter, json, command)?,
        Command::BookSeries { series, places } => programme::book_series(&app, &waiter, json, series, places)?,
        Command::Attendance {
            event,
            attended,
            no_show,
            walk_ins,
        } => programme::attendance(&app, &waiter, json, event, attended, no_show, walk_ins)?,
        Command::Rooms { branch } => programme::rooms(&app, &waiter, json, branch)?,
        Command::Programme { library } => programme::screen(&app, json, library)?,
        Command::RoomBook {
            room,
            start,
            end,
            purpose,
        } => programme::room_book(&app, &waiter, json, room, start, end, purpose)?,
        Command::RoomBookings => programme::room_bookings(&app, json)?,
        Command::Room { command } => programme::room(&app, &waiter, json, command)?,
        Command::Notices => programme::notices(&app, json)?,
        Command::Reminders { raise } => {
            let due = if raise {
                app.reminders_to_raise()?
            } else {
                app.reminders()?
            };
            if raise {
                app.mark_reminders_raised(due.iter().map(|r| r.id.clone()).collect())?;
            }
            print(json, &due, || {
                if due.is_empty() {
                    return t("no-reminders");
                }
                due.iter().map(|r| r.text.clone()).collect::<Vec<_>>().join("\n")
            });
        }
        Command::BackgroundSync { budget } => {
            let report = waiter.block_on(app.background_sync(budget, None))?;
            print(json, &report, || {
                let mut lines = vec![a(
                    "background-stopped",
                    &[
                        ("why", &words::code("sync-stop", &report.stopped)),
                        ("sent", &report.changes_sent.to_string()),
                        ("pulled", &report.items_pulled.to_string()),
                    ],
                )];
                lines.extend(report.reminders.iter().map(|r| r.text.clone()));
                lines.join("\n")
            });
        }
        Command::Delivery { command } => deliveries::delivery(&app, &waiter, json, command)?,
        Command::Proxy { command } => deliveries::proxy(&app, &waiter, json, command)?,
        Command::Round { date } => deliveries::round(&app, json, date)?,
        Command::Choose { visit } => deliveries::choose(&app, json, visit)?,
        Command::Visit { command } => deliveries::visit(&app, &waiter, json, command)?,
        Command::Audit { reader } => deliveries::audit(&app, &waiter, json, reader)?,
        Command::Concerns { command: None } => deliveries::concerns(&app, json)?,
        Command::Concerns {
            command: Some(deliveries::ConcernCommand::Close { visit, note }),
        } => {
            let change = waiter.block_on(app.close_concern(visit, note))?;
            print(json, &change, || change_line(&change));
        }
        Command::Deliveries => deliveries::deliveries_screen(&app, json)?,
        Command::HomeDelivery => deliveries::home_delivery_screen(&app, json)?,
        Command::Volunteer { command } => deliveries::volunteer(&app, &waiter, json, command)?,
        Command::Consultations => consultations::list(&app, json)?,
        Command::Answer {
            id,
            choice,
            scale,
            text,
        } => consultations::answer(&app, &waiter, json, id, &choice, &scale, &text)?,
        Command::Consultation { command } => consultations::consultation(&app, &waiter, json, command)?,
        Command::Lists => consultations::lists(&app, json)?,
        Command::List { command } => consultations::reading_list(&app, &waiter, json, command)?,
        Command::Shifts { branch } => volunteers::shifts(&app, json, branch)?,
        Command::Shift { command } => volunteers::shift(&app, &waiter, json, command)?,
        Command::Hours { library, from, to } => volunteers::hours(&app, &waiter, json, library, from, to)?,
        Command::Report {
            report:
                ReportCommand::Impact {
                    library,
                    from: Some(from),
                    to: Some(to),
                    ..
                },
        } => volunteers::impact(&app, &waiter, json, library, from, to)?,
        Command::Report {
            report: ReportCommand::Impact {
                library, period, csv, ..
            },
        } => volunteers::impact_kept(&app, json, library, period, csv)?,
        Command::Changes { discard_held: true, .. } => {
            let n = app.discard_held_changes()?;
            print(json, &json!({ "discarded": n }), || match n {
                0 => t("no-held-changes"),
                n => words::w().a("held-discarded", &[("n", cml_ffi::cml_core::i18n::num(n as i64))]),
            });
        }
        Command::Changes { held: true, .. } => {
            let changes = app.held_changes()?;
            print(json, &changes, || {
                if changes.is_empty() {
                    return t("no-changes-for-other-hub");
                }
                changes.iter().map(change_line).collect::<Vec<_>>().join("\n")
            });
        }
        Command::Changes { limit, .. } => {
            let changes = app.changes(limit)?;
            print(json, &changes, || {
                if changes.is_empty() {
                    return t("no-changes");
                }
                changes.iter().map(change_line).collect::<Vec<_>>().join("\n")
            });
        }
        Command::Libraries => {
            let libraries = app.libraries()?;
            print(json, &libraries, || {
                if libraries.is_empty() {
                    return t("no-libraries");
                }
                let mut out = String::new();
                for l in &libraries {
                    out.push_str(&format!(
                        "{} [{}]\n  {}, {}\n  {}\n",
                        l.name, l.code, l.address, l.postcode, l.today
                    ));
                    let width = l.week.iter().map(|d| d.day.chars().count()).max().unwrap_or(0).max(10);
                    for d in &l.week {
                        let pad = " ".repeat(width - d.day.chars().count());
                        out.push_str(&format!("    {}{pad} {}\n", d.day, d.hours));
                    }
                    for c in l.closures.iter().take(3) {
                        out.push_str(&format!("  {}\n", c.text));
                    }
                }
                out.trim_end().to_owned()
            });
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let json = cli.json;
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&error_json(&e)).expect("serialisable")
                );
            } else {
                eprintln!("cml: {e}");
            }
            ExitCode::from(exit_code(&e))
        }
    }
}
