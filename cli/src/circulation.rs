//! `cml` commands for the member's account, the desk and joining.

use clap::Subcommand;
use cml_ffi::cml_core::{ChangeView, JoinForm};
use cml_ffi::{CmlApp, CmlError};
use serde_json::json;

use crate::{change_line, print, read_pin};

#[derive(Subcommand)]
pub enum HoldCommand {
    /// Cancel a reservation.
    Cancel { hold: i64 },
    /// Pause a reservation until a day (it keeps its place in the queue).
    Suspend {
        hold: i64,
        /// The day it becomes active again (YYYY-MM-DD).
        #[arg(long)]
        until: String,
    },
    /// Make a paused reservation active again.
    Resume { hold: i64 },
    /// Collect a reservation (--hold ID) or all of them (--all) at another library.
    Pickup {
        library: String,
        #[arg(long, conflicts_with = "all", required_unless_present = "all")]
        hold: Option<i64>,
        #[arg(long)]
        all: bool,
    },
    /// Where your reservations go unless you choose otherwise.
    Default { library: String },
}

#[derive(Subcommand)]
pub enum HistoryCommand {
    /// Keep a list of the books you return from now on.
    On,
    /// Stop adding to the list (what is listed stays until deleted).
    Off,
    /// Delete the whole list.
    Delete,
    /// Show the list.
    List,
}

#[derive(Subcommand)]
pub enum DeskCommand {
    /// Lend a copy to a member.
    Checkout {
        barcode: String,
        /// The member's card number.
        #[arg(long)]
        card: String,
    },
    /// Take a copy back; it goes to the next reservation or back on the shelf.
    Checkin {
        barcode: String,
        /// The library it came back to [default: the Desk screen's, where you work the desk].
        #[arg(long)]
        library: Option<String>,
    },
    /// The Desk screen (offline): where you work the desk, and the latest lending and returns
    /// with what became of each.
    Screen,
}

#[derive(Subcommand)]
pub enum MembersCommand {
    /// New members whose card waits to be confirmed, with their address (coordinators; asks the
    /// hub).
    Pending,
    /// The Pending members screen from what the phone keeps (offline; no addresses).
    Waiting,
    /// Confirm a new member's card after seeing proof of address (coordinators).
    Confirm { card: String },
}

#[derive(clap::Args)]
pub struct JoinArgs {
    #[arg(long)]
    name: String,
    #[arg(long)]
    address: String,
    #[arg(long)]
    postcode: String,
    /// Date of birth (YYYY-MM-DD).
    #[arg(long)]
    dob: String,
    /// The code of the library you will mostly use.
    #[arg(long)]
    library: String,
    #[arg(long)]
    email: Option<String>,
    #[arg(long)]
    phone: Option<String>,
    /// The PIN you choose [default: read from standard input].
    #[arg(long)]
    pin: Option<String>,
}

fn done(json: bool, change: &ChangeView) {
    print(json, change, || change_line(change));
}

pub fn reserve(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    record: i64,
    pickup: Option<String>,
) -> Result<(), CmlError> {
    let change = waiter.block_on(app.reserve(record, pickup))?;
    done(json, &change);
    Ok(())
}

pub fn holds(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let holds = app.holds()?;
    print(json, &holds, || {
        if holds.is_empty() {
            return crate::words::t("no-reservations");
        }
        holds
            .iter()
            .map(|h| {
                let id = h.hold_id.map(|i| format!("[{i}] ")).unwrap_or_default();
                let by = h.author.clone().map(|a| format!(" by {a}")).unwrap_or_default();
                format!(
                    "{id}{}{by}, to collect at {}\n    {}",
                    h.title, h.pickup_name, h.status_text
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

pub fn hold(app: &CmlApp, waiter: &tokio::runtime::Runtime, json: bool, command: HoldCommand) -> Result<(), CmlError> {
    let change = match command {
        HoldCommand::Cancel { hold } => waiter.block_on(app.cancel_hold(hold))?,
        HoldCommand::Suspend { hold, until } => waiter.block_on(app.suspend_hold(hold, until))?,
        HoldCommand::Resume { hold } => waiter.block_on(app.resume_hold(hold))?,
        HoldCommand::Pickup { library, hold, .. } => waiter.block_on(app.change_pickup(hold, library))?,
        HoldCommand::Default { library } => waiter.block_on(app.set_default_pickup(library))?,
    };
    done(json, &change);
    Ok(())
}

pub fn loans(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let loans = app.loans()?;
    print(json, &loans, || {
        if loans.is_empty() {
            return crate::words::t("nothing-on-loan");
        }
        loans
            .iter()
            .map(|l| {
                let flag = if l.overdue { "OVERDUE " } else { "" };
                format!(
                    "[{}] {flag}{}\n    {}. Renewed {} of {} times.",
                    l.loan_id,
                    l.title,
                    l.due_text,
                    l.renewals,
                    l.renewals + l.renewals_left
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    });
    Ok(())
}

pub fn renew(app: &CmlApp, waiter: &tokio::runtime::Runtime, json: bool, loan: i64) -> Result<(), CmlError> {
    let change = waiter.block_on(app.renew(loan))?;
    done(json, &change);
    Ok(())
}

pub fn card(app: &CmlApp, json: bool) -> Result<(), CmlError> {
    let card = app.card()?;
    print(json, &card, || {
        format!(
            "{}\nCard number: {}\nBarcode ({}): {}\n{}",
            card.name, card.number, card.symbology, card.barcode_content, card.status_text
        )
    });
    Ok(())
}

pub fn history(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: HistoryCommand,
) -> Result<(), CmlError> {
    let change = match command {
        HistoryCommand::On => waiter.block_on(app.set_reading_history(true))?,
        HistoryCommand::Off => waiter.block_on(app.set_reading_history(false))?,
        HistoryCommand::Delete => waiter.block_on(app.delete_reading_history())?,
        HistoryCommand::List => {
            let entries = app.reading_history()?;
            let on = app.whoami()?.is_some_and(|a| a.history_enabled);
            print(json, &json!({ "enabled": on, "entries": entries }), || {
                let head = if on { "history-on" } else { "history-off" };
                let mut out = vec![crate::words::t(head)];
                out.extend(entries.iter().map(|e| {
                    let by = e.author.clone().map(|a| format!(" by {a}")).unwrap_or_default();
                    format!("{}{by}: {}", e.title, e.text)
                }));
                out.join("\n")
            });
            return Ok(());
        }
    };
    done(json, &change);
    Ok(())
}

pub fn join(app: &CmlApp, waiter: &tokio::runtime::Runtime, json: bool, args: JoinArgs) -> Result<(), CmlError> {
    let pin = match args.pin {
        Some(p) => p,
        None => read_pin()?,
    };
    // The library list lets the core check the home library (and works without it).
    let _ = waiter.block_on(app.sync(None));
    let receipt = waiter.block_on(app.join(JoinForm {
        name: args.name,
        address: args.address,
        postcode: args.postcode,
        date_of_birth: args.dob,
        home_library: args.library,
        email: args.email,
        phone: args.phone,
        pin,
    }))?;
    print(json, &receipt, || receipt.message.clone());
    Ok(())
}

pub fn desk(app: &CmlApp, waiter: &tokio::runtime::Runtime, json: bool, command: DeskCommand) -> Result<(), CmlError> {
    let change = match command {
        DeskCommand::Checkout { barcode, card } => waiter.block_on(app.desk_checkout(barcode, card))?,
        DeskCommand::Checkin { barcode, library } => waiter.block_on(app.desk_checkin(barcode, library))?,
        DeskCommand::Screen => {
            let s = app.desk_screen()?;
            print(json, &s, || {
                let mut out: Vec<String> = s.libraries.iter().map(|l| format!("{} {}", l.code, l.name)).collect();
                out.extend(s.actions.iter().filter_map(|a| a.why_not.clone()).take(1));
                out.extend(s.waiting_text.clone());
                out.extend(s.recent.iter().map(|c| {
                    format!(
                        "  {}: {}",
                        c.summary,
                        c.outcome.clone().unwrap_or_else(|| c.state.clone())
                    )
                }));
                out.push(s.data_age.text.clone());
                out.join("\n")
            });
            return Ok(());
        }
    };
    done(json, &change);
    Ok(())
}

pub fn members(
    app: &CmlApp,
    waiter: &tokio::runtime::Runtime,
    json: bool,
    command: MembersCommand,
) -> Result<(), CmlError> {
    match command {
        MembersCommand::Pending => {
            let pending = waiter.block_on(app.pending_members())?;
            print(json, &pending, || {
                if pending.is_empty() {
                    return crate::words::t("nobody-waiting");
                }
                pending
                    .iter()
                    .map(|m| {
                        format!(
                            "{} {} (born {}), {}, {}; joined {} for {}",
                            m.card, m.name, m.date_of_birth, m.address, m.postcode, m.joined_on, m.home_library
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            });
        }
        MembersCommand::Waiting => {
            let s = app.pending_members_screen()?;
            print(json, &s, || {
                let mut out = vec![s.summary.clone()];
                out.extend(s.members.iter().map(|m| format!("  {} {}", m.card, m.sentence)));
                out.push(s.privacy_note.clone());
                out.push(s.data_age.text.clone());
                out.join("\n")
            });
        }
        MembersCommand::Confirm { card } => {
            waiter.block_on(app.confirm_member(card.clone()))?;
            print(json, &json!({ "card": card, "confirmed": true }), || {
                crate::words::a("card-confirmed", &[("card", card.as_str())])
            });
        }
    }
    Ok(())
}
