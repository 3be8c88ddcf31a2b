//! Circulation: reservations (holds), loans, renewals, reading history and the desk's checkout and
//! check-in. The hub decides every scarce thing: who is next for a copy, whether a loan can be
//! renewed, when a copy left on the hold shelf passes on.
//!
//! A hold waits in a first-come-first-served queue per title. A copy checked in goes to the first
//! waiting hold that is not paused: ready on the hold shelf if it was checked in at the pickup
//! library, in transit otherwise (ready when checked in there). A ready hold not collected by the
//! end of its shelf day expires and the copy passes on ([`expire_due`], run by the hub every
//! minute).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use cml_api::i18n::{Arg, Msg};
use cml_api::london::today;
use cml_api::{collections, Account, ChangeResult, HistoryEntry, Hold, HoldStatus, Loan};

use crate::db::{Conn, Row};
use crate::error::{HubError, HubResult};
use crate::{catalogue, feed, params};

/// Reservations a member may have at once (waiting, in transit or ready).
pub const HOLD_LIMIT: i64 = 10;
/// Days a loan runs, and a renewal adds from the day of renewing.
pub const LOAN_DAYS: i64 = 21;
/// Renewals per loan.
pub const MAX_RENEWALS: i64 = 3;
/// Days a copy waits on the hold shelf.
pub const SHELF_DAYS: i64 = 7;
/// How far ahead a reservation can be paused.
pub const MAX_SUSPEND_DAYS: i64 = 365;

const ACTIVE: &str = "('waiting', 'in_transit', 'ready')";

fn hold_status_text(s: HoldStatus) -> &'static str {
    match s {
        HoldStatus::Waiting => "waiting",
        HoldStatus::InTransit => "in_transit",
        HoldStatus::Ready => "ready",
        HoldStatus::Collected => "collected",
        HoldStatus::Cancelled => "cancelled",
        HoldStatus::Expired => "expired",
    }
}

fn hold_status_from(s: &str) -> HubResult<HoldStatus> {
    Ok(match s {
        "waiting" => HoldStatus::Waiting,
        "in_transit" => HoldStatus::InTransit,
        "ready" => HoldStatus::Ready,
        "collected" => HoldStatus::Collected,
        "cancelled" => HoldStatus::Cancelled,
        "expired" => HoldStatus::Expired,
        other => return Err(HubError::Internal(format!("unknown hold status {other}"))),
    })
}

fn day(s: &str) -> HubResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| HubError::Internal(format!("stored date {s}: {e}")))
}

fn opt_day(s: Option<String>) -> HubResult<Option<NaiveDate>> {
    s.map(|s| day(&s)).transpose()
}

fn instant(s: &str) -> HubResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| HubError::Internal(format!("stored time {s}: {e}")))
}

fn day_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A title and its first author, for holds, loans and history.
fn brief(c: &mut dyn Conn, record_id: i64) -> HubResult<Option<(String, Option<String>)>> {
    let Some(row) = c.query_opt("SELECT body FROM records WHERE id = $1", params![record_id])? else {
        return Ok(None);
    };
    #[derive(serde::Deserialize)]
    struct Brief {
        title: String,
        #[serde(default)]
        authors: Vec<String>,
    }
    let b: Brief = serde_json::from_str(&row.str(0)?)?;
    Ok(Some((b.title, b.authors.into_iter().next())))
}

/// The library's name, or a refusal naming the unknown code.
fn known_library(c: &mut dyn Conn, key: &str, code: &str) -> HubResult<Result<String, ChangeResult>> {
    Ok(match crate::libraries::name(c, code)? {
        Some(name) => Ok(name),
        None => Err(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-no-library-code").arg("code", code),
        )),
    })
}

// --- holds ---------------------------------------------------------------------------------------

const HOLD_COLUMNS: &str =
    "id, record_id, account_id, pickup, status, suspended_until, item_barcode, ready_until, placed_at";

struct HoldRow {
    id: i64,
    record_id: i64,
    account_id: i64,
    pickup: String,
    status: HoldStatus,
    suspended_until: Option<NaiveDate>,
    item: Option<String>,
    ready_until: Option<NaiveDate>,
    placed_at: DateTime<Utc>,
}

fn hold_row(r: &Row) -> HubResult<HoldRow> {
    Ok(HoldRow {
        id: r.i64(0)?,
        record_id: r.i64(1)?,
        account_id: r.i64(2)?,
        pickup: r.str(3)?,
        status: hold_status_from(&r.str(4)?)?,
        suspended_until: opt_day(r.opt_str(5)?)?,
        item: r.opt_str(6)?,
        ready_until: opt_day(r.opt_str(7)?)?,
        placed_at: instant(&r.str(8)?)?,
    })
}

fn load_hold(c: &mut dyn Conn, id: i64) -> HubResult<Option<HoldRow>> {
    c.query_opt(&format!("SELECT {HOLD_COLUMNS} FROM holds WHERE id = $1"), params![id])?
        .map(|r| hold_row(&r))
        .transpose()
}

fn hold_view(c: &mut dyn Conn, h: &HoldRow) -> HubResult<Hold> {
    let queue_length = c
        .query_one(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM holds WHERE record_id = $1 AND status = 'waiting'",
            params![h.record_id],
        )?
        .i64(0)?;
    let queue_position = if h.status == HoldStatus::Waiting {
        Some(
            c.query_one(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM holds WHERE record_id = $1 AND status = 'waiting' AND id <= $2",
                params![h.record_id, h.id],
            )?
            .i64(0)?,
        )
    } else {
        None
    };
    let (title, author) = brief(c, h.record_id)?.unwrap_or_else(|| ("A title".into(), None));
    Ok(Hold {
        id: h.id,
        record_id: h.record_id,
        title,
        author,
        pickup: h.pickup.clone(),
        status: h.status,
        queue_position,
        queue_length,
        suspended_until: h.suspended_until,
        ready_until: h.ready_until,
        placed_at: h.placed_at,
    })
}

/// Sends a hold to its member's feed and returns it.
fn publish_hold(c: &mut dyn Conn, id: i64) -> HubResult<Hold> {
    let row = load_hold(c, id)?.ok_or_else(|| HubError::Internal(format!("hold {id} went missing")))?;
    let hold = hold_view(c, &row)?;
    feed::publish(
        c,
        collections::HOLDS,
        &format!("a:{}", row.account_id),
        &id.to_string(),
        Some(&serde_json::to_value(&hold)?),
    )?;
    Ok(hold)
}

/// Republishes every waiting hold of a title (their queue positions and length moved).
fn publish_queue(c: &mut dyn Conn, record_id: i64) -> HubResult<()> {
    let ids = c.query(
        "SELECT id FROM holds WHERE record_id = $1 AND status = 'waiting' ORDER BY id",
        params![record_id],
    )?;
    for r in ids {
        publish_hold(c, r.i64(0)?)?;
    }
    Ok(())
}

/// A member's holds that are still going (waiting, in transit, ready), oldest first.
pub fn holds_of(c: &mut dyn Conn, account: i64) -> HubResult<Vec<Hold>> {
    let rows = c.query(
        &format!("SELECT {HOLD_COLUMNS} FROM holds WHERE account_id = $1 AND status IN {ACTIVE} ORDER BY id"),
        params![account],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let h = hold_row(&r)?;
        out.push(hold_view(c, &h)?);
    }
    Ok(out)
}

/// One of the member's own holds that is still going, or a refusal that reveals nothing about
/// other members' holds.
fn own_hold(c: &mut dyn Conn, key: &str, account: i64, hold_id: i64) -> HubResult<Result<HoldRow, ChangeResult>> {
    c.lock("holds", "id", hold_id.into())?;
    match load_hold(c, hold_id)? {
        Some(h)
            if h.account_id == account
                && matches!(
                    h.status,
                    HoldStatus::Waiting | HoldStatus::InTransit | HoldStatus::Ready
                ) =>
        {
            Ok(Ok(h))
        }
        _ => Ok(Err(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-hold"),
        ))),
    }
}

fn with_hold(result: ChangeResult, hold: Hold) -> ChangeResult {
    ChangeResult {
        hold: Some(hold),
        ..result
    }
}

/// Where the hold stands in its title's queue, if it waits in one.
fn in_queue(hold: &Hold) -> Option<Msg> {
    match hold.queue_position {
        Some(1) if hold.queue_length == 1 => Some(Msg::new("queue-only-one")),
        Some(p) => Some(
            Msg::new("queue-position")
                .arg("n", p)
                .arg("position", Arg::Ordinal { ordinal: p })
                .arg("length", hold.queue_length),
        ),
        None => None,
    }
}

/// `id`, or `id`-queue with the queue's place as `queue` when the hold waits in one.
fn with_queue(id: &str, hold: &Hold) -> Msg {
    match in_queue(hold) {
        Some(q) => Msg::new(&format!("{id}-queue")).arg("queue", q),
        None => Msg::new(id),
    }
}

/// A title's name, or words for one the catalogue no longer has.
fn title_arg(title: Option<String>) -> Arg {
    match title {
        Some(t) => Arg::Text(t),
        None => Arg::Msg(Msg::new("this-title")),
    }
}

/// Reserves a title for pickup at a library. A refusal changes nothing.
pub fn place_hold(
    c: &mut dyn Conn,
    key: &str,
    account: &Account,
    record_id: i64,
    pickup: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if account.provisional {
        return Ok(ChangeResult::refused_msg(
            key,
            "card_not_confirmed",
            Msg::new("outcome-card-not-confirmed"),
        ));
    }
    let library = match known_library(c, key, pickup)? {
        Ok(name) => name,
        Err(refusal) => return Ok(refusal),
    };
    c.lock("records", "id", record_id.into())?;
    let Some((title, _)) = brief(c, record_id)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-title"),
        ));
    };
    let copies = c.query("SELECT status FROM items WHERE record_id = $1", params![record_id])?;
    let lendable = copies
        .iter()
        .filter(|r| r.str(0).is_ok_and(|s| s != "reference" && s != "missing"))
        .count();
    if lendable == 0 {
        let id = if copies.is_empty() {
            "outcome-no-copies-to-reserve"
        } else {
            "outcome-reference-only"
        };
        return Ok(ChangeResult::refused_msg(
            key,
            "not_reservable",
            Msg::new(id).arg("title", &title),
        ));
    }
    if c.query_opt(
        &format!("SELECT id FROM holds WHERE account_id = $1 AND record_id = $2 AND status IN {ACTIVE}"),
        params![account.id, record_id],
    )?
    .is_some()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_reserved",
            Msg::new("outcome-already-reserved").arg("title", &title),
        ));
    }
    if c.query_opt(
        "SELECT id FROM loans WHERE account_id = $1 AND record_id = $2 AND returned_at IS NULL",
        params![account.id, record_id],
    )?
    .is_some()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_on_loan",
            Msg::new("outcome-already-on-loan").arg("title", &title),
        ));
    }
    let active = c
        .query_one(
            &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM holds WHERE account_id = $1 AND status IN {ACTIVE}"),
            params![account.id],
        )?
        .i64(0)?;
    if active >= HOLD_LIMIT {
        return Ok(ChangeResult::refused_msg(
            key,
            "hold_limit",
            Msg::new("outcome-hold-limit").arg("n", HOLD_LIMIT),
        ));
    }
    let stamp = now.to_rfc3339();
    let id = c
        .query_one(
            "INSERT INTO holds (record_id, account_id, pickup, status, placed_at, updated_at) \
             VALUES ($1, $2, $3, 'waiting', $4, $4) RETURNING id",
            params![record_id, account.id, pickup, stamp],
        )?
        .i64(0)?;
    publish_queue(c, record_id)?;
    let hold = publish_hold(c, id)?;
    let message = with_queue("outcome-reserved", &hold)
        .arg("title", &title)
        .arg("library", &library);
    Ok(with_hold(ChangeResult::applied_msg(key, "reserved", message), hold))
}

/// Cancels a member's hold; a copy kept for it passes to the next in the queue.
pub fn cancel_hold(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    hold_id: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let h = match own_hold(c, key, account, hold_id)? {
        Ok(h) => h,
        Err(refusal) => return Ok(refusal),
    };
    set_hold_status(c, h.id, HoldStatus::Cancelled, now)?;
    let hold = publish_hold(c, h.id)?;
    // A copy on the hold shelf passes on now; one on the road, when it is checked in.
    if let (Some(barcode), HoldStatus::Ready) = (&h.item, h.status) {
        allocate(c, barcode, &h.pickup, now)?;
    }
    publish_queue(c, h.record_id)?;
    Ok(with_hold(
        ChangeResult::applied_msg(
            key,
            "cancelled",
            Msg::new("outcome-hold-cancelled").arg("title", &hold.title),
        ),
        hold,
    ))
}

fn set_hold_status(c: &mut dyn Conn, id: i64, status: HoldStatus, now: DateTime<Utc>) -> HubResult<()> {
    c.exec(
        "UPDATE holds SET status = $2, updated_at = $3 WHERE id = $1",
        params![id, hold_status_text(status), now.to_rfc3339()],
    )?;
    Ok(())
}

/// Pauses a waiting hold until a day after today; it keeps its place but is passed over.
pub fn suspend_hold(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    hold_id: i64,
    until: NaiveDate,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let h = match own_hold(c, key, account, hold_id)? {
        Ok(h) => h,
        Err(refusal) => return Ok(refusal),
    };
    let today = today(now);
    if until <= today {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-pause-after-today"),
        ));
    }
    if until > today + Duration::days(MAX_SUSPEND_DAYS) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-pause-a-year"),
        ));
    }
    if h.status != HoldStatus::Waiting {
        return Ok(ChangeResult::refused_msg(
            key,
            "hold_ready",
            Msg::new("outcome-pause-ready"),
        ));
    }
    c.exec(
        "UPDATE holds SET suspended_until = $2, updated_at = $3 WHERE id = $1",
        params![h.id, day_text(until), now.to_rfc3339()],
    )?;
    let hold = publish_hold(c, h.id)?;
    Ok(with_hold(
        ChangeResult::applied_msg(
            key,
            "suspended",
            Msg::new("outcome-hold-paused")
                .arg("title", &hold.title)
                .arg("until", until),
        ),
        hold,
    ))
}

pub fn resume_hold(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    hold_id: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let h = match own_hold(c, key, account, hold_id)? {
        Ok(h) => h,
        Err(refusal) => return Ok(refusal),
    };
    c.exec(
        "UPDATE holds SET suspended_until = NULL, updated_at = $2 WHERE id = $1",
        params![h.id, now.to_rfc3339()],
    )?;
    let hold = publish_hold(c, h.id)?;
    Ok(with_hold(
        ChangeResult::applied_msg(
            key,
            "resumed",
            with_queue("outcome-hold-resumed", &hold).arg("title", &hold.title),
        ),
        hold,
    ))
}

/// Moves one hold, or all the member's holds that are not yet on a hold shelf, to another pickup
/// library.
pub fn change_pickup(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    hold_id: Option<i64>,
    pickup: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let library = match known_library(c, key, pickup)? {
        Ok(name) => name,
        Err(refusal) => return Ok(refusal),
    };
    let ids: Vec<i64> = match hold_id {
        Some(id) => {
            let h = match own_hold(c, key, account, id)? {
                Ok(h) => h,
                Err(refusal) => return Ok(refusal),
            };
            if h.status == HoldStatus::Ready {
                let at = crate::libraries::name(c, &h.pickup)?.unwrap_or(h.pickup.clone());
                return Ok(ChangeResult::refused_msg(
                    key,
                    "hold_ready",
                    Msg::new("outcome-hold-ready-at").arg("library", at),
                ));
            }
            vec![h.id]
        }
        None => c
            .query(
                "SELECT id FROM holds WHERE account_id = $1 AND status IN ('waiting', 'in_transit') ORDER BY id",
                params![account],
            )?
            .iter()
            .map(|r| r.i64(0))
            .collect::<Result<_, _>>()?,
    };
    let mut last = None;
    for id in &ids {
        c.exec(
            "UPDATE holds SET pickup = $2, updated_at = $3 WHERE id = $1",
            params![*id, pickup, now.to_rfc3339()],
        )?;
        last = Some(publish_hold(c, *id)?);
    }
    let message = match (hold_id, ids.len()) {
        (Some(_), _) => Msg::new("outcome-pickup-one").arg("library", &library),
        (None, 0) => Msg::new("outcome-pickup-none"),
        (None, n) => Msg::new("outcome-pickup-all")
            .arg("library", &library)
            .arg("n", n as i64),
    };
    let result = ChangeResult::applied_msg(key, "pickup_changed", message);
    Ok(match (hold_id, last) {
        (Some(_), Some(hold)) => with_hold(result, hold),
        _ => result,
    })
}

pub fn set_default_pickup(c: &mut dyn Conn, key: &str, account: i64, library: &str) -> HubResult<ChangeResult> {
    let name = match known_library(c, key, library)? {
        Ok(name) => name,
        Err(refusal) => return Ok(refusal),
    };
    c.exec(
        "UPDATE accounts SET default_pickup = $2 WHERE id = $1",
        params![account, library],
    )?;
    Ok(ChangeResult::applied_msg(
        key,
        "default_pickup",
        Msg::new("outcome-default-pickup").arg("library", &name),
    ))
}

// --- copies moving -------------------------------------------------------------------------------

/// Finds a copy a place after it was checked in at library `at`: the hold it is travelling to, or
/// the first waiting hold for its title that is not paused, or the shelf. Says what to do with it.
fn allocate(c: &mut dyn Conn, barcode: &str, at: &str, now: DateTime<Utc>) -> HubResult<Msg> {
    let record_id = c
        .query_one("SELECT record_id FROM items WHERE barcode = $1", params![barcode])?
        .i64(0)?;
    // The title's queue is decided under its lock (as placing a hold is).
    c.lock("records", "id", record_id.into())?;
    let today = today(now);
    let travelling = c.query_opt(
        &format!(
            "SELECT {HOLD_COLUMNS} FROM holds WHERE item_barcode = $1 AND status = 'in_transit' ORDER BY id LIMIT 1"
        ),
        params![barcode],
    )?;
    let hold = match travelling {
        Some(row) => Some(hold_row(&row)?),
        None => c
            .query_opt(
                &format!(
                    "SELECT {HOLD_COLUMNS} FROM holds WHERE record_id = $1 AND status = 'waiting' \
                     AND (suspended_until IS NULL OR suspended_until <= $2) ORDER BY id LIMIT 1"
                ),
                params![record_id, day_text(today)],
            )?
            .map(|r| hold_row(&r))
            .transpose()?,
    };
    let Some(h) = hold else {
        c.exec(
            "UPDATE items SET status = 'on_shelf', due_date = NULL WHERE barcode = $1",
            params![barcode],
        )?;
        catalogue::refresh_record(c, record_id)?;
        return Ok(Msg::new("desk-to-shelf"));
    };
    let member = crate::auth::load_account(c, h.account_id)?;
    let text = if h.pickup == at {
        let until = today + Duration::days(SHELF_DAYS);
        c.exec(
            "UPDATE holds SET status = 'ready', item_barcode = $2, ready_until = $3, updated_at = $4 WHERE id = $1",
            params![h.id, barcode, day_text(until), now.to_rfc3339()],
        )?;
        c.exec(
            "UPDATE items SET status = 'hold_shelf', due_date = NULL WHERE barcode = $1",
            params![barcode],
        )?;
        Msg::new("desk-to-hold-shelf")
            .arg("name", &member.name)
            .arg("until", until)
    } else {
        c.exec(
            "UPDATE holds SET status = 'in_transit', item_barcode = $2, updated_at = $3 WHERE id = $1",
            params![h.id, barcode, now.to_rfc3339()],
        )?;
        c.exec(
            "UPDATE items SET status = 'in_transit', due_date = NULL WHERE barcode = $1",
            params![barcode],
        )?;
        let to = crate::libraries::name(c, &h.pickup)?.unwrap_or(h.pickup.clone());
        Msg::new("desk-send-to").arg("library", to).arg("name", &member.name)
    };
    publish_hold(c, h.id)?;
    publish_queue(c, record_id)?;
    catalogue::refresh_record(c, record_id)?;
    Ok(text)
}

/// Expires holds left on the hold shelf past their day, passing each copy on. Returns how many.
pub fn expire_due(c: &mut dyn Conn, now: DateTime<Utc>) -> HubResult<u64> {
    let rows = c.query(
        &format!("SELECT {HOLD_COLUMNS} FROM holds WHERE status = 'ready' AND ready_until < $1 ORDER BY id"),
        params![day_text(today(now))],
    )?;
    let mut n = 0;
    for r in rows {
        let h = hold_row(&r)?;
        set_hold_status(c, h.id, HoldStatus::Expired, now)?;
        publish_hold(c, h.id)?;
        if let Some(barcode) = &h.item {
            allocate(c, barcode, &h.pickup, now)?;
        }
        n += 1;
    }
    Ok(n)
}

// --- loans ---------------------------------------------------------------------------------------

const LOAN_COLUMNS: &str =
    "id, item_barcode, record_id, account_id, library_code, issued_at, due_date, renewals, returned_at";

struct LoanRow {
    id: i64,
    barcode: String,
    record_id: i64,
    account_id: i64,
    library: String,
    issued_at: DateTime<Utc>,
    due: NaiveDate,
    renewals: i64,
    returned_at: Option<DateTime<Utc>>,
}

fn loan_row(r: &Row) -> HubResult<LoanRow> {
    Ok(LoanRow {
        id: r.i64(0)?,
        barcode: r.str(1)?,
        record_id: r.i64(2)?,
        account_id: r.i64(3)?,
        library: r.str(4)?,
        issued_at: instant(&r.str(5)?)?,
        due: day(&r.str(6)?)?,
        renewals: r.i64(7)?,
        returned_at: r.opt_str(8)?.map(|s| instant(&s)).transpose()?,
    })
}

fn loan_view(c: &mut dyn Conn, l: &LoanRow) -> HubResult<Loan> {
    let (title, author) = brief(c, l.record_id)?.unwrap_or_else(|| ("A title".into(), None));
    Ok(Loan {
        id: l.id,
        record_id: l.record_id,
        title,
        author,
        barcode: l.barcode.clone(),
        library: l.library.clone(),
        issued_at: l.issued_at,
        due: l.due,
        renewals: l.renewals,
        max_renewals: MAX_RENEWALS,
        returned_at: l.returned_at,
    })
}

fn load_loan(c: &mut dyn Conn, id: i64) -> HubResult<LoanRow> {
    let row = c.query_one(&format!("SELECT {LOAN_COLUMNS} FROM loans WHERE id = $1"), params![id])?;
    loan_row(&row)
}

/// Sends a loan to its member's feed (a returned loan leaves it) and returns it.
fn publish_loan(c: &mut dyn Conn, id: i64) -> HubResult<Loan> {
    let row = load_loan(c, id)?;
    let loan = loan_view(c, &row)?;
    let body = serde_json::to_value(&loan)?;
    feed::publish(
        c,
        collections::LOANS,
        &format!("a:{}", row.account_id),
        &id.to_string(),
        row.returned_at.is_none().then_some(&body),
    )?;
    Ok(loan)
}

/// A member's loans not yet returned, soonest due first.
pub fn loans_of(c: &mut dyn Conn, account: i64) -> HubResult<Vec<Loan>> {
    let rows = c.query(
        &format!(
            "SELECT {LOAN_COLUMNS} FROM loans WHERE account_id = $1 AND returned_at IS NULL ORDER BY due_date, id"
        ),
        params![account],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let l = loan_row(&r)?;
        out.push(loan_view(c, &l)?);
    }
    Ok(out)
}

fn someone_waiting(c: &mut dyn Conn, record_id: i64, except: i64, today: NaiveDate) -> HubResult<bool> {
    Ok(c.query_opt(
        "SELECT id FROM holds WHERE record_id = $1 AND account_id <> $2 AND status = 'waiting' \
             AND (suspended_until IS NULL OR suspended_until <= $3) LIMIT 1",
        params![record_id, except, day_text(today)],
    )?
    .is_some())
}

/// Renews a member's loan from today, unless it has had its renewals or someone is waiting.
pub fn renew(c: &mut dyn Conn, key: &str, account: i64, loan_id: i64, now: DateTime<Utc>) -> HubResult<ChangeResult> {
    c.lock("loans", "id", loan_id.into())?;
    let l = match c.query_opt(
        &format!("SELECT {LOAN_COLUMNS} FROM loans WHERE id = $1"),
        params![loan_id],
    )? {
        Some(r) => loan_row(&r)?,
        None => return Ok(no_loan(key)),
    };
    if l.account_id != account || l.returned_at.is_some() {
        return Ok(no_loan(key));
    }
    let (title, _) = brief(c, l.record_id)?.unwrap_or_else(|| ("This title".into(), None));
    if l.renewals >= MAX_RENEWALS {
        return Ok(ChangeResult::refused_msg(
            key,
            "renewal_limit",
            Msg::new("outcome-renewal-limit")
                .arg("title", &title)
                .arg("n", MAX_RENEWALS)
                .arg("due", l.due),
        ));
    }
    let today = today(now);
    if someone_waiting(c, l.record_id, account, today)? {
        return Ok(ChangeResult::refused_msg(
            key,
            "reserved_by_another",
            Msg::new("outcome-renew-someone-waiting")
                .arg("title", &title)
                .arg("due", l.due),
        ));
    }
    let due = (today + Duration::days(LOAN_DAYS)).max(l.due);
    c.exec(
        "UPDATE loans SET due_date = $2, renewals = renewals + 1 WHERE id = $1",
        params![l.id, day_text(due)],
    )?;
    c.exec(
        "UPDATE items SET due_date = $2 WHERE barcode = $1",
        params![l.barcode.clone(), day_text(due)],
    )?;
    catalogue::refresh_record(c, l.record_id)?;
    let loan = publish_loan(c, l.id)?;
    Ok(ChangeResult {
        loan: Some(loan),
        ..ChangeResult::applied_msg(
            key,
            "renewed",
            Msg::new("outcome-renewed").arg("title", &title).arg("due", due),
        )
    })
}

fn no_loan(key: &str) -> ChangeResult {
    ChangeResult::refused_msg(key, "not_found", Msg::new("outcome-no-loan"))
}

// --- reading history -----------------------------------------------------------------------------

pub fn set_history(c: &mut dyn Conn, key: &str, account: i64, enabled: bool) -> HubResult<ChangeResult> {
    c.exec(
        "UPDATE accounts SET history_enabled = $2 WHERE id = $1",
        params![account, enabled],
    )?;
    let (code, id) = if enabled {
        ("history_on", "outcome-history-on")
    } else {
        ("history_off", "outcome-history-off")
    };
    Ok(ChangeResult::applied_msg(key, code, Msg::new(id)))
}

pub fn delete_history(c: &mut dyn Conn, key: &str, account: i64) -> HubResult<ChangeResult> {
    let ids = c.query("SELECT id FROM reading_history WHERE account_id = $1", params![account])?;
    for r in &ids {
        feed::publish(
            c,
            collections::HISTORY,
            &format!("a:{account}"),
            &r.i64(0)?.to_string(),
            None,
        )?;
    }
    c.exec("DELETE FROM reading_history WHERE account_id = $1", params![account])?;
    Ok(ChangeResult::applied_msg(
        key,
        "history_deleted",
        Msg::new("outcome-history-deleted"),
    ))
}

pub fn history_of(c: &mut dyn Conn, account: i64) -> HubResult<Vec<HistoryEntry>> {
    let rows = c.query(
        "SELECT id, record_id, borrowed_on, returned_on FROM reading_history WHERE account_id = $1 \
         ORDER BY returned_on DESC, id DESC",
        params![account],
    )?;
    let mut out = Vec::new();
    for r in rows {
        out.push(history_entry(c, &r)?);
    }
    Ok(out)
}

fn history_entry(c: &mut dyn Conn, r: &Row) -> HubResult<HistoryEntry> {
    let record_id = r.i64(1)?;
    let (title, author) = brief(c, record_id)?.unwrap_or_else(|| ("A title".into(), None));
    Ok(HistoryEntry {
        id: r.i64(0)?,
        record_id,
        title,
        author,
        borrowed_on: day(&r.str(2)?)?,
        returned_on: day(&r.str(3)?)?,
    })
}

// --- the desk ------------------------------------------------------------------------------------

struct Copy {
    record_id: i64,
    status: String,
    /// The library the copy belongs to.
    library: String,
}

/// Who lends and takes back: a volunteer at the desk, only at the libraries where they are a
/// branch volunteer; or anywhere (a coordinator, or a home-delivery visit the hub has checked).
#[derive(Debug, Clone, Copy)]
pub enum DeskStaff {
    Volunteer(i64),
    Anywhere,
}

/// The refusal when `staff` may not work the desk at `library`.
fn desk_refusal(
    c: &mut dyn Conn,
    key: &str,
    staff: DeskStaff,
    library: &str,
    lending: bool,
) -> HubResult<Option<ChangeResult>> {
    let DeskStaff::Volunteer(account) = staff else {
        return Ok(None);
    };
    let there = c
        .query_opt(
            "SELECT 1 FROM volunteer_roles WHERE account_id = $1 AND library_code = $2 AND role = 'branch_volunteer'",
            params![account, library],
        )?
        .is_some();
    if there {
        return Ok(None);
    }
    let name = crate::libraries::name(c, library)?.unwrap_or_else(|| library.to_owned());
    let id = if lending {
        "outcome-desk-lend-elsewhere"
    } else {
        "outcome-desk-take-back-elsewhere"
    };
    Ok(Some(ChangeResult::refused_msg(
        key,
        "not_allowed",
        Msg::new(id).arg("library", name),
    )))
}

fn copy(c: &mut dyn Conn, key: &str, barcode: &str) -> HubResult<Result<Copy, ChangeResult>> {
    c.lock("items", "barcode", barcode.into())?;
    Ok(
        match c.query_opt(
            "SELECT record_id, status, library_code FROM items WHERE barcode = $1",
            params![barcode],
        )? {
            Some(r) => Ok(Copy {
                record_id: r.i64(0)?,
                status: r.str(1)?,
                library: r.str(2)?,
            }),
            None => Err(ChangeResult::refused_msg(
                key,
                "not_found",
                Msg::new("outcome-no-copy-barcode").arg("barcode", barcode),
            )),
        },
    )
}

/// Lends a copy to the member with this card. The member's hold for the title, if any, is
/// collected; a copy kept for someone else is refused.
pub fn checkout(
    c: &mut dyn Conn,
    key: &str,
    staff: DeskStaff,
    barcode: &str,
    card: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let item = match copy(c, key, barcode)? {
        Ok(i) => i,
        Err(refusal) => return Ok(refusal),
    };
    if let Some(refusal) = desk_refusal(c, key, staff, &item.library, true)? {
        return Ok(refusal);
    }
    let Some(card) = cml_api::normalise_card(card) else {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-card-format"),
        ));
    };
    let Some(member) = c.query_opt("SELECT id FROM accounts WHERE card = $1", params![card.clone()])? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-card").arg("card", &card),
        ));
    };
    let member = crate::auth::load_account(c, member.i64(0)?)?;
    if member.provisional {
        return Ok(ChangeResult::refused_msg(
            key,
            "card_not_confirmed",
            Msg::new("outcome-member-card-not-confirmed").arg("name", &member.name),
        ));
    }
    let title = title_arg(brief(c, item.record_id)?.map(|(t, _)| t));
    match item.status.as_str() {
        "reference" => {
            return Ok(ChangeResult::refused_msg(
                key,
                "not_lendable",
                Msg::new("outcome-copy-reference").arg("title", title),
            ))
        }
        "on_loan" => {
            let holder = c
                .query_opt(
                    "SELECT account_id FROM loans WHERE item_barcode = $1 AND returned_at IS NULL",
                    params![barcode],
                )?
                .map(|r| r.i64(0))
                .transpose()?;
            let message = if holder == Some(member.id) {
                Msg::new("outcome-copy-on-loan-to")
                    .arg("title", title)
                    .arg("name", &member.name)
            } else {
                Msg::new("outcome-copy-on-loan-other").arg("title", title)
            };
            return Ok(ChangeResult::refused_msg(key, "on_loan", message));
        }
        _ => {}
    }
    // A copy kept for a hold goes only to that hold's member.
    let kept_for = c
        .query_opt(
            &format!(
                "SELECT {HOLD_COLUMNS} FROM holds WHERE item_barcode = $1 AND status IN ('in_transit', 'ready') LIMIT 1"
            ),
            params![barcode],
        )?
        .map(|r| hold_row(&r))
        .transpose()?;
    if let Some(h) = &kept_for {
        if h.account_id != member.id {
            return Ok(ChangeResult::refused_msg(
                key,
                "kept_for_another",
                Msg::new("outcome-copy-kept-for-another").arg("title", title),
            ));
        }
    }
    // The member's own hold for this title is collected with whichever copy they take.
    let own = c
        .query_opt(
            &format!(
                "SELECT {HOLD_COLUMNS} FROM holds WHERE account_id = $1 AND record_id = $2 AND status IN {ACTIVE}"
            ),
            params![member.id, item.record_id],
        )?
        .map(|r| hold_row(&r))
        .transpose()?;
    let library = item.library.clone();
    let due = today(now) + Duration::days(LOAN_DAYS);
    let id = c
        .query_one(
            "INSERT INTO loans (item_barcode, record_id, account_id, library_code, issued_at, due_date) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![
                barcode,
                item.record_id,
                member.id,
                library,
                now.to_rfc3339(),
                day_text(due)
            ],
        )?
        .i64(0)?;
    c.exec(
        "UPDATE items SET status = 'on_loan', due_date = $2 WHERE barcode = $1",
        params![barcode, day_text(due)],
    )?;
    if let Some(h) = own {
        set_hold_status(c, h.id, HoldStatus::Collected, now)?;
        publish_hold(c, h.id)?;
        // Another copy kept for this member now goes to the next in the queue.
        if let Some(other) = h.item.filter(|b| b != barcode) {
            if h.status == HoldStatus::Ready {
                allocate(c, &other, &h.pickup, now)?;
            }
        }
        publish_queue(c, item.record_id)?;
    }
    catalogue::refresh_record(c, item.record_id)?;
    // The loan goes to the member's feed; the volunteer's answer does not carry it.
    publish_loan(c, id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "checked_out",
        Msg::new("outcome-lent")
            .arg("title", title)
            .arg("name", &member.name)
            .arg("due", due),
    ))
}

/// Takes a copy back at library `at`: ends its loan (noting it in the member's reading history if
/// they keep one) and sends the copy to the next reservation or the shelf.
pub fn checkin(
    c: &mut dyn Conn,
    key: &str,
    staff: DeskStaff,
    barcode: &str,
    at: &str,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if let Err(refusal) = known_library(c, key, at)? {
        return Ok(refusal);
    }
    if let Some(refusal) = desk_refusal(c, key, staff, at, false)? {
        return Ok(refusal);
    }
    let item = match copy(c, key, barcode)? {
        Ok(i) => i,
        Err(refusal) => return Ok(refusal),
    };
    let title = title_arg(brief(c, item.record_id)?.map(|(t, _)| t));
    let open = c
        .query_opt(
            &format!("SELECT {LOAN_COLUMNS} FROM loans WHERE item_barcode = $1 AND returned_at IS NULL"),
            params![barcode],
        )?
        .map(|r| loan_row(&r))
        .transpose()?;
    let mut returned = None;
    if let Some(l) = open {
        c.exec(
            "UPDATE loans SET returned_at = $2 WHERE id = $1",
            params![l.id, now.to_rfc3339()],
        )?;
        returned = Some(publish_loan(c, l.id)?);
        let keeps = c
            .query_one(
                "SELECT history_enabled FROM accounts WHERE id = $1",
                params![l.account_id],
            )?
            .i64(0)?
            != 0;
        if keeps {
            let row = c.query_one(
                "INSERT INTO reading_history (account_id, record_id, borrowed_on, returned_on) \
                 VALUES ($1, $2, $3, $4) RETURNING id, record_id, borrowed_on, returned_on",
                params![
                    l.account_id,
                    l.record_id,
                    day_text(today(l.issued_at)),
                    day_text(today(now))
                ],
            )?;
            let entry = history_entry(c, &row)?;
            feed::publish(
                c,
                collections::HISTORY,
                &format!("a:{}", l.account_id),
                &entry.id.to_string(),
                Some(&serde_json::to_value(&entry)?),
            )?;
        }
    } else if item.status == "reference" {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_lendable",
            Msg::new("outcome-copy-reference-not-lent").arg("title", title),
        ));
    }
    let todo = allocate(c, barcode, at, now)?;
    let id = if returned.is_some() {
        "outcome-returned"
    } else {
        "outcome-not-on-loan"
    };
    Ok(ChangeResult::applied_msg(
        key,
        "checked_in",
        Msg::new(id).arg("title", title).arg("todo", todo),
    ))
}
