//! The member's account on the device: reservations, loans, reading history and the library card,
//! pulled from the hub and shown offline, with the changes still waiting in the outbox.

use chrono::{DateTime, NaiveDate, Utc};
use cml_api::london::today;
use cml_api::{collections, Account, Change, FeedItem, HistoryEntry, Hold, HoldStatus, Loan};
use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;

use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of, waiting_changes};
use crate::i18n::{num, Msg, Words};
use crate::views::{ActionView, CardView, DataAge, HistoryView, HoldView, LoanView, RecordView};

/// Stores one of the member's things as the hub sent it.
pub fn save<T: serde::Serialize>(tx: &Connection, collection: &str, id: i64, body: &T) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO personal (collection, id, body) VALUES (?1, ?2, ?3) \
         ON CONFLICT (collection, id) DO UPDATE SET body = excluded.body",
        params![collection, id, serde_json::to_string(body)?],
    )?;
    Ok(())
}

/// Applies one feed entry of the holds, loans or history collection.
pub fn apply(tx: &rusqlite::Transaction<'_>, collection: &str, item: &FeedItem) -> CoreResult<()> {
    let id = item.key.parse::<i64>().unwrap_or(-1);
    if item.deleted || item.body.is_none() {
        tx.execute(
            "DELETE FROM personal WHERE collection = ?1 AND id = ?2",
            params![collection, id],
        )?;
        return Ok(());
    }
    // Check the body is what the collection holds before keeping it.
    let unreadable =
        |e: serde_json::Error| CoreError::Hub(format!("the hub sent {collection} that cannot be read: {e}"));
    match collection {
        collections::HOLDS => {
            let hold = parse::<Hold>(item).map_err(unreadable)?;
            if let Some(old) = load::<Hold>(tx, collection, id)? {
                crate::notices::hold_changed(tx, &old, &hold)?;
            }
            save(tx, collection, id, &hold)
        }
        collections::LOANS => save(tx, collection, id, &parse::<Loan>(item).map_err(unreadable)?),
        collections::HISTORY => save(tx, collection, id, &parse::<HistoryEntry>(item).map_err(unreadable)?),
        collections::ROSTERS => save(tx, collection, id, &parse::<cml_api::Roster>(item).map_err(unreadable)?),
        collections::ROOM_BOOKINGS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::RoomBooking>(item).map_err(unreadable)?,
        ),
        collections::DELIVERIES => save(
            tx,
            collection,
            id,
            &parse::<cml_api::Delivery>(item).map_err(unreadable)?,
        ),
        collections::ROUNDS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::RoundStop>(item).map_err(unreadable)?,
        ),
        collections::PROXIES => save(tx, collection, id, &parse::<cml_api::Proxy>(item).map_err(unreadable)?),
        collections::CONCERNS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::WelfareConcern>(item).map_err(unreadable)?,
        ),
        collections::SHIFTS => save(tx, collection, id, &parse::<cml_api::Shift>(item).map_err(unreadable)?),
        collections::SESSIONS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::VolunteerSession>(item).map_err(unreadable)?,
        ),
        collections::CONSULTATIONS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::Consultation>(item).map_err(unreadable)?,
        ),
        collections::ANSWERS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::Answered>(item).map_err(unreadable)?,
        ),
        collections::READING_LISTS => save(
            tx,
            collection,
            id,
            &parse::<cml_api::ReadingList>(item).map_err(unreadable)?,
        ),
        collections::DELIVERY_QUEUE => save(
            tx,
            collection,
            id,
            &parse::<cml_api::Delivery>(item).map_err(unreadable)?,
        ),
        collections::VOLUNTEER_ROLES => save(
            tx,
            collection,
            id,
            &parse::<cml_api::VolunteerRoles>(item).map_err(unreadable)?,
        ),
        other => Err(CoreError::Internal(format!("{other} is not an account collection"))),
    }
}

fn parse<T: DeserializeOwned>(item: &FeedItem) -> Result<T, serde_json::Error> {
    item.parse::<T>().unwrap_or_else(|| serde_json::from_str("null"))
}

pub fn load_all<T: DeserializeOwned>(c: &Connection, collection: &str) -> CoreResult<Vec<T>> {
    let mut stmt = c.prepare("SELECT body FROM personal WHERE collection = ?1 ORDER BY id")?;
    let bodies = stmt
        .query_map([collection], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    bodies.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
}

pub fn load<T: DeserializeOwned>(c: &Connection, collection: &str, id: i64) -> CoreResult<Option<T>> {
    let body: Option<String> = c
        .query_row(
            "SELECT body FROM personal WHERE collection = ?1 AND id = ?2",
            params![collection, id],
            |r| r.get(0),
        )
        .optional()?;
    body.map(|b| Ok(serde_json::from_str(&b)?)).transpose()
}

pub fn is_active(h: &Hold) -> bool {
    matches!(
        h.status,
        HoldStatus::Waiting | HoldStatus::InTransit | HoldStatus::Ready
    )
}

/// A title and author for a record the device may hold.
fn record_brief(c: &Connection, w: &Words<'_>, record_id: i64) -> CoreResult<(String, Option<String>)> {
    let row: Option<(String, Option<String>)> = c
        .query_row(
            "SELECT json_extract(body, '$.title'), json_extract(body, '$.authors[0]') FROM records WHERE id = ?1",
            [record_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    Ok(row.unwrap_or_else(|| (w.t("a-title"), None)))
}

fn hold_view(
    w: &Words<'_>,
    h: &Hold,
    names: &[(String, String)],
    pending: Option<&Change>,
    today: NaiveDate,
) -> HoldView {
    let pickup_name = name_of(names, &h.pickup);
    let paused = h.status == HoldStatus::Waiting && h.suspended_until.is_some_and(|d| d > today);
    let position = h.queue_position.unwrap_or(1);
    let queue = [
        ("position", w.ordinal(position).into()),
        ("n", num(position)),
        ("total", num(h.queue_length)),
    ];
    let at = || ("library", pickup_name.clone().into());
    let (status, mut text) = match h.status {
        HoldStatus::Waiting if paused => {
            let mut args = queue.to_vec();
            args.push(("until", w.date(h.suspended_until.unwrap_or(today)).into()));
            ("suspended", w.a("hold-paused", &args))
        }
        HoldStatus::Waiting => ("waiting", w.a("hold-queue", &queue)),
        HoldStatus::InTransit => ("in_transit", w.a("hold-on-its-way", &[at()])),
        HoldStatus::Ready => (
            "ready",
            match h.ready_until {
                Some(d) => w.a("hold-ready-until", &[at(), ("until", w.date(d).into())]),
                None => w.a("hold-ready", &[at()]),
            },
        ),
        HoldStatus::Collected => ("collected", w.t("hold-collected")),
        HoldStatus::Cancelled => ("cancelled", w.t("hold-cancelled")),
        HoldStatus::Expired => ("expired", w.t("hold-expired")),
    };
    if let Some(change) = pending {
        text = match change {
            Change::CancelHold { .. } => w.t("hold-cancel-waiting"),
            Change::SuspendHold { until, .. } => w.a("hold-pause-waiting", &[("until", w.date(*until).into())]),
            Change::ResumeHold { .. } => w.t("hold-restart-waiting"),
            Change::ChangePickup { pickup, .. } => {
                w.a("hold-move-waiting", &[("library", name_of(names, pickup).into())])
            }
            _ => text,
        };
    }
    let actions = hold_actions(w, h, &pickup_name, pending.is_some(), paused);
    HoldView {
        hold_id: Some(h.id),
        record_id: h.record_id,
        title: h.title.clone(),
        author: h.author.clone(),
        pickup: h.pickup.clone(),
        pickup_name,
        status: status.into(),
        status_text: text,
        queue_position: h.queue_position,
        queue_length: h.queue_length,
        ready_until: h.ready_until.map(|d| d.to_string()),
        suspended_until: h.suspended_until.filter(|d| *d > today).map(|d| d.to_string()),
        can_cancel: pending.is_none(),
        can_suspend: pending.is_none() && h.status == HoldStatus::Waiting && !paused,
        can_resume: pending.is_none() && paused,
        actions,
    }
}

/// An action allowed now, or not and why.
pub fn action(w: &Words<'_>, action: &str, why_not: Option<String>) -> ActionView {
    labelled_action(w, action, &format!("action-{}", action.replace('_', "-")), why_not)
}

/// An action whose button words are the message `label` (where `action-CODE` would be another
/// domain's words: a delivery's "pause" is not a reservation's).
pub fn labelled_action(w: &Words<'_>, action: &str, label: &str, why_not: Option<String>) -> ActionView {
    ActionView {
        action: action.to_owned(),
        label: w.t(label),
        allowed: why_not.is_none(),
        why_not,
    }
}

/// The Cancel, Pause or Restart, and Change pickup of a reservation, each with why not.
fn hold_actions(w: &Words<'_>, h: &Hold, pickup_name: &str, pending: bool, paused: bool) -> Vec<ActionView> {
    let waiting_change = || pending.then(|| w.t("why-change-waiting"));
    let at = || ("library", pickup_name.to_owned().into());
    let pause_or_resume = if paused {
        action(w, "resume", waiting_change())
    } else {
        let why = waiting_change().or_else(|| match h.status {
            HoldStatus::Ready => Some(w.a("why-hold-ready-no-pause", &[at()])),
            HoldStatus::InTransit => Some(w.t("why-hold-on-its-way-no-pause")),
            _ => None,
        });
        action(w, "suspend", why)
    };
    let move_why =
        waiting_change().or_else(|| (h.status == HoldStatus::Ready).then(|| w.a("why-hold-ready-no-move", &[at()])));
    vec![
        action(w, "cancel", waiting_change()),
        pause_or_resume,
        action(w, "change_pickup", move_why),
    ]
}

fn hold_of(change: &Change) -> Option<i64> {
    match change {
        Change::CancelHold { hold_id }
        | Change::SuspendHold { hold_id, .. }
        | Change::ResumeHold { hold_id }
        | Change::ChangePickup {
            hold_id: Some(hold_id), ..
        } => Some(*hold_id),
        _ => None,
    }
}

/// The Reservations screen: reservations waiting to be sent first, then the member's holds
/// (ready to collect first, then on their way, then in the queue).
pub fn holds(c: &Connection, w: &Words<'_>, account: i64, now: DateTime<Utc>) -> CoreResult<Vec<HoldView>> {
    let names = library_names(c)?;
    let waiting = waiting_changes(c, account)?;
    let today = today(now);
    let mut out = Vec::new();
    for change in &waiting {
        if let Change::PlaceHold { record_id, pickup, .. } = change {
            let (title, author) = record_brief(c, w, *record_id)?;
            out.push(HoldView {
                hold_id: None,
                record_id: *record_id,
                title,
                author,
                pickup: pickup.clone(),
                pickup_name: name_of(&names, pickup),
                status: "waiting_to_send".into(),
                status_text: w.t("hold-reservation-waiting"),
                queue_position: None,
                queue_length: 0,
                ready_until: None,
                suspended_until: None,
                can_cancel: false,
                can_suspend: false,
                can_resume: false,
                actions: ["cancel", "suspend", "change_pickup"]
                    .iter()
                    .map(|a| action(w, a, Some(w.t("why-reservation-not-sent"))))
                    .collect(),
            });
        }
    }
    let mut held: Vec<Hold> = load_all::<Hold>(c, collections::HOLDS)?
        .into_iter()
        .filter(is_active)
        .collect();
    let rank = |h: &Hold| match h.status {
        HoldStatus::Ready => 0,
        HoldStatus::InTransit => 1,
        _ => 2,
    };
    held.sort_unstable_by_key(|h| (rank(h), h.id));
    for h in &held {
        let pending = waiting.iter().rev().find(|ch| hold_of(ch) == Some(h.id));
        out.push(hold_view(w, h, &names, pending, today));
    }
    Ok(out)
}

/// One loan as the Loans screen shows it.
pub fn loan_view(w: &Words<'_>, l: &Loan, names: &[(String, String)], today: NaiveDate, renewing: bool) -> LoanView {
    let left = (l.due - today).num_days();
    let due = || ("due", w.date(l.due).into());
    let due_text = match left {
        d if d < 0 => w.a("loan-overdue", &[due(), ("n", num(-d))]),
        0 => w.t("loan-due-today"),
        1 => w.t("loan-due-tomorrow"),
        d => w.a("loan-due-in", &[due(), ("n", num(d))]),
    };
    let renewals_left = (l.max_renewals - l.renewals).max(0);
    LoanView {
        loan_id: l.id,
        record_id: l.record_id,
        title: l.title.clone(),
        author: l.author.clone(),
        barcode: l.barcode.clone(),
        library_name: name_of(names, &l.library),
        due_date: l.due.to_string(),
        due_text: if renewing {
            w.a("loan-renewal-waiting", &[("due", due_text.into())])
        } else {
            due_text
        },
        overdue: left < 0,
        days_left: left,
        renewals: l.renewals,
        renewals_left,
        can_renew: renewals_left > 0 && !renewing,
        renewal_pending: renewing,
        actions: vec![action(
            w,
            "renew",
            if renewing {
                Some(w.t("why-renewal-waiting"))
            } else if renewals_left == 0 {
                Some(w.a("why-no-renewals-left", &[("n", num(l.renewals))]))
            } else {
                None
            },
        )],
    }
}

/// The Loans screen: loans soonest due first, overdue ones flagged.
pub fn loans(c: &Connection, w: &Words<'_>, account: i64, now: DateTime<Utc>) -> CoreResult<Vec<LoanView>> {
    let names = library_names(c)?;
    let waiting = waiting_changes(c, account)?;
    let today = today(now);
    let mut loans: Vec<Loan> = load_all::<Loan>(c, collections::LOANS)?
        .into_iter()
        .filter(|l| l.returned_at.is_none())
        .collect();
    loans.sort_unstable_by_key(|l| (l.due, l.id));
    Ok(loans
        .iter()
        .map(|l| {
            let renewing = waiting
                .iter()
                .any(|ch| matches!(ch, Change::Renew { loan_id } if *loan_id == l.id));
            loan_view(w, l, &names, today, renewing)
        })
        .collect())
}

/// The reading history, latest first.
pub fn history(c: &Connection, w: &Words<'_>) -> CoreResult<Vec<HistoryView>> {
    let mut entries: Vec<HistoryEntry> = load_all(c, collections::HISTORY)?;
    entries.sort_unstable_by(|a, b| b.returned_on.cmp(&a.returned_on).then(b.id.cmp(&a.id)));
    Ok(entries
        .into_iter()
        .map(|e| HistoryView {
            id: e.id,
            record_id: e.record_id,
            title: e.title,
            author: e.author,
            borrowed_on: e.borrowed_on.to_string(),
            returned_on: e.returned_on.to_string(),
            text: w.a(
                "history-line",
                &[
                    ("borrowed", w.date(e.borrowed_on).into()),
                    ("returned", w.date(e.returned_on).into()),
                ],
            ),
        })
        .collect())
}

/// The digital library card.
pub fn card(c: &Connection, w: &Words<'_>, account: &Account) -> CoreResult<CardView> {
    let names = library_names(c)?;
    let home = account.home_library.as_deref().map(|code| name_of(&names, code));
    Ok(CardView {
        number: account.card.clone(),
        name: account.name.clone(),
        symbology: account.card_symbology.clone(),
        barcode_content: account.card.clone(),
        bars: crate::barcode::code128(&account.card),
        quiet_zone: crate::barcode::QUIET_ZONE,
        provisional: account.provisional,
        home_library_name: home,
        status_text: if account.provisional {
            w.t("card-provisional")
        } else {
            w.t("card-ready")
        },
    })
}

/// A suspension date as typed: a day after today, within a year.
pub fn parse_until(w: &Words<'_>, text: &str, now: DateTime<Utc>) -> CoreResult<NaiveDate> {
    let day = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| CoreError::invalid("until", w.t("error-date-format")))?;
    let today = today(now);
    if day <= today {
        return Err(CoreError::invalid("until", w.t("error-after-today")));
    }
    if day > today + chrono::Duration::days(365) {
        return Err(CoreError::invalid("until", w.t("error-pause-a-year")));
    }
    Ok(day)
}

// --- the Core's account calls --------------------------------------------------------------------

use crate::views::{ChangeView, JoinForm, JoinReceipt, PendingMemberView};
use crate::Core;

/// A library code as typed, checked against the libraries the device knows (when it knows any).
fn check_library(c: &Connection, w: &Words<'_>, field: &str, code: &str) -> CoreResult<String> {
    let code = code.trim().to_uppercase();
    if code.is_empty() || code.len() > 10 || !code.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        return Err(CoreError::invalid(field, w.t("error-library-code")));
    }
    let names = library_names(c)?;
    if !names.is_empty() && !names.iter().any(|(k, _)| *k == code) {
        return Err(CoreError::invalid(
            field,
            w.a("error-no-library", &[("code", code.clone().into())]),
        ));
    }
    Ok(code)
}

fn check_barcode(w: &Words<'_>, barcode: &str) -> CoreResult<String> {
    let b = barcode.trim();
    if b.is_empty() || b.len() > 32 || !b.chars().all(|ch| ch.is_ascii_graphic()) {
        return Err(CoreError::invalid("barcode", w.t("error-barcode")));
    }
    Ok(b.to_owned())
}

impl Core {
    fn account(&self) -> CoreResult<Account> {
        self.store.session()?.map(|(_, a)| a).ok_or(CoreError::NotSignedIn)
    }

    /// The Reservations screen, from the device store.
    pub fn holds(&self) -> CoreResult<Vec<HoldView>> {
        let account = self.signed_in()?;
        self.store.read(|c| holds(c, &self.words(), account, self.now()))
    }

    /// The Loans screen, from the device store.
    pub fn loans(&self) -> CoreResult<Vec<LoanView>> {
        self.loans_at(self.now())
    }

    pub fn loans_at(&self, now: DateTime<Utc>) -> CoreResult<Vec<LoanView>> {
        let account = self.signed_in()?;
        self.store.read(|c| loans(c, &self.words(), account, now))
    }

    /// The reading history (empty unless the member keeps one).
    pub fn reading_history(&self) -> CoreResult<Vec<HistoryView>> {
        self.signed_in()?;
        self.store.read(|c| history(c, &self.words()))
    }

    /// The digital library card.
    pub fn card(&self) -> CoreResult<CardView> {
        let account = self.account()?;
        self.store.read(|c| card(c, &self.words(), &account))
    }

    fn holds_stored(&self) -> CoreResult<Vec<Hold>> {
        self.store.read(|c| load_all::<Hold>(c, collections::HOLDS))
    }

    fn own_hold(&self, hold_id: i64) -> CoreResult<Hold> {
        self.holds_stored()?
            .into_iter()
            .find(|h| h.id == hold_id && is_active(h))
            .ok_or_else(|| CoreError::NotFound(self.words().a("error-no-hold", &[("id", num(hold_id))])))
    }

    /// Reserves a title for pickup at a library (default: the member's usual pickup library).
    /// Works offline: the reservation waits in the outbox and gets its place in the queue when it
    /// reaches the hub.
    pub async fn reserve(&self, record_id: i64, pickup: Option<String>) -> CoreResult<ChangeView> {
        let account = self.account()?;
        let w = self.words();
        if let Some(proxy) = self.acting_for()? {
            self.acting_right(&proxy, "reserve")?;
            let pickup = pickup
                .filter(|p| !p.trim().is_empty())
                .or_else(|| account.default_pickup.clone())
                .or_else(|| account.home_library.clone())
                .ok_or_else(|| CoreError::invalid("pickup", w.t("error-choose-pickup")))?;
            return self.reserve_for(&proxy.member_card, record_id, &pickup).await;
        }
        let pickup = match pickup.filter(|p| !p.trim().is_empty()) {
            Some(p) => p,
            None => account
                .default_pickup
                .clone()
                .or_else(|| account.home_library.clone())
                .ok_or_else(|| CoreError::invalid("pickup", w.t("error-choose-pickup")))?,
        };
        let pickup = self.store.read(|c| check_library(c, &w, "pickup", &pickup))?;
        let local = self.store.read(|c| crate::catalogue::load(c, record_id))?;
        let record = match local {
            Some(r) => Some(r),
            None => match self.hub.record(record_id).await {
                Ok(r) => Some(r),
                Err(CoreError::NotFound(_)) => {
                    return Err(CoreError::NotFound(w.a("error-no-title", &[("id", num(record_id))])))
                }
                Err(CoreError::Offline(_)) => None,
                Err(e) => return Err(e),
            },
        };
        let title = record
            .as_ref()
            .map(|r| r.title.clone())
            .unwrap_or_else(|| w.a("title-number", &[("id", num(record_id))]));
        if let Some((code, why)) = self
            .store
            .read(|c| reserve_refusal(c, &w, &account, record_id, record.as_ref(), &title))?
        {
            return Err(CoreError::conflict(code, why));
        }
        let library = self.library_name(&pickup)?;
        let summary = Msg::new("summary-reserve").arg("title", title).arg("library", library);
        self.change(
            account.id,
            Change::PlaceHold {
                record_id,
                pickup,
                for_card: None,
            },
            summary,
        )
        .await
    }

    fn library_name(&self, code: &str) -> CoreResult<String> {
        self.store.read(|c| Ok(name_of(&library_names(c)?, code)))
    }

    pub async fn cancel_hold(&self, hold_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let hold = self.own_hold(hold_id)?;
        let summary = Msg::new("summary-cancel-hold").arg("title", &hold.title);
        self.change(account, Change::CancelHold { hold_id }, summary).await
    }

    /// Pauses a reservation until a day ("YYYY-MM-DD") after today; it keeps its place.
    pub async fn suspend_hold(&self, hold_id: i64, until: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let until = parse_until(&self.words(), until, Utc::now())?;
        let hold = self.own_hold(hold_id)?;
        if hold.status != HoldStatus::Waiting {
            return Err(CoreError::conflict("hold_ready", self.words().t("error-hold-kept")));
        }
        let summary = Msg::new("summary-pause-hold")
            .arg("title", &hold.title)
            .arg("until", until);
        self.change(account, Change::SuspendHold { hold_id, until }, summary)
            .await
    }

    pub async fn resume_hold(&self, hold_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let hold = self.own_hold(hold_id)?;
        let summary = Msg::new("summary-restart-hold").arg("title", &hold.title);
        self.change(account, Change::ResumeHold { hold_id }, summary).await
    }

    /// Collects one reservation, or (without `hold_id`) all not yet on a hold shelf, at another
    /// library.
    pub async fn change_pickup(&self, hold_id: Option<i64>, pickup: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let pickup = self.store.read(|c| check_library(c, &self.words(), "pickup", pickup))?;
        let library = self.library_name(&pickup)?;
        let summary = match hold_id {
            Some(id) => Msg::new("summary-collect-at").arg("title", self.own_hold(id)?.title),
            None => Msg::new("summary-collect-all-at"),
        }
        .arg("library", library);
        self.change(account, Change::ChangePickup { hold_id, pickup }, summary)
            .await
    }

    /// Sets where reservations go unless the member chooses otherwise.
    pub async fn set_default_pickup(&self, library: &str) -> CoreResult<ChangeView> {
        let mut account = self.account()?;
        let library = self
            .store
            .read(|c| check_library(c, &self.words(), "library", library))?;
        let name = self.library_name(&library)?;
        // Remembered on the device at once; the hub keeps it for every device.
        account.default_pickup = Some(library.clone());
        self.store.update_account(&account)?;
        self.change(
            account.id,
            Change::SetDefaultPickup { library },
            Msg::new("summary-default-pickup").arg("library", name),
        )
        .await
    }

    pub async fn renew(&self, loan_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let loan = self
            .store
            .read(|c| load::<Loan>(c, collections::LOANS, loan_id))?
            .filter(|l| l.returned_at.is_none())
            .ok_or_else(|| CoreError::NotFound(self.words().a("error-no-loan", &[("id", num(loan_id))])))?;
        if loan.renewals >= loan.max_renewals {
            let w = self.words();
            return Err(CoreError::conflict(
                "renewal_limit",
                w.a(
                    "error-renewal-limit",
                    &[
                        ("title", loan.title.clone().into()),
                        ("n", num(loan.max_renewals)),
                        ("due", w.date(loan.due).into()),
                    ],
                ),
            ));
        }
        self.change(
            account,
            Change::Renew { loan_id },
            Msg::new("summary-renew").arg("title", &loan.title),
        )
        .await
    }

    /// Turns the reading history on (returned loans are listed from now on) or off.
    pub async fn set_reading_history(&self, enabled: bool) -> CoreResult<ChangeView> {
        let mut account = self.account()?;
        account.history_enabled = enabled;
        self.store.update_account(&account)?;
        let summary = if enabled {
            "summary-history-on"
        } else {
            "summary-history-off"
        };
        self.change(account.id, Change::SetReadingHistory { enabled }, Msg::new(summary))
            .await
    }

    /// Deletes the whole reading history (here at once, at the hub when the change arrives).
    pub async fn delete_reading_history(&self) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        self.store.write(|tx| {
            tx.execute("DELETE FROM personal WHERE collection = ?1", [collections::HISTORY])?;
            Ok(())
        })?;
        self.notify(&["history"]);
        self.change(
            account,
            Change::DeleteReadingHistory,
            Msg::new("summary-history-delete"),
        )
        .await
    }

    /// Desk (volunteers): lends a copy to the member with this card. Offline too.
    pub async fn desk_checkout(&self, barcode: &str, card: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        let barcode = check_barcode(&w, barcode)?;
        let card = cml_api::normalise_card(card).ok_or_else(|| CoreError::invalid("card", w.t("error-card-number")))?;
        let summary = Msg::new("summary-lend").arg("barcode", &barcode).arg("card", &card);
        self.change(account, Change::Checkout { barcode, card }, summary).await
    }

    /// Desk (volunteers): takes a copy back at a library (default: the one the Desk screen
    /// preselects).
    pub async fn desk_checkin(&self, barcode: &str, library: Option<String>) -> CoreResult<ChangeView> {
        let me = self.account()?;
        let w = self.words();
        let barcode = check_barcode(&w, barcode)?;
        let library = library
            .filter(|l| !l.trim().is_empty())
            .or(desk_default(&me))
            .ok_or_else(|| CoreError::invalid("library", w.t("error-returned-where")))?;
        let library = self.store.read(|c| check_library(c, &w, "library", &library))?;
        let name = self.library_name(&library)?;
        let summary = Msg::new("summary-take-back")
            .arg("barcode", &barcode)
            .arg("library", name);
        self.change(me.id, Change::Checkin { barcode, library }, summary).await
    }

    /// Joins the library: registers a new member and returns their provisional card. Needs the
    /// hub (there is no account to queue a change for yet).
    pub async fn join(&self, form: &JoinForm) -> CoreResult<JoinReceipt> {
        let w = self.words();
        let date_of_birth = NaiveDate::parse_from_str(form.date_of_birth.trim(), "%Y-%m-%d")
            .map_err(|_| CoreError::invalid("date_of_birth", w.t("error-birth-format")))?;
        if date_of_birth >= today(Utc::now()) {
            return Err(CoreError::invalid("date_of_birth", w.t("error-birth-missing")));
        }
        if !cml_api::valid_pin(&form.pin) {
            return Err(CoreError::invalid("pin", w.t("error-choose-pin")));
        }
        let home_library = self
            .store
            .read(|c| check_library(c, &w, "home_library", &form.home_library))?;
        if self.store.secrets().get(crate::secrets::PENDING_JOIN)?.is_some() {
            return Err(CoreError::conflict("join_waiting", w.t("join-already-waiting")));
        }
        let req = cml_api::JoinRequest {
            name: form.name.clone(),
            address: form.address.clone(),
            postcode: form.postcode.clone(),
            date_of_birth,
            home_library,
            email: form.email.clone(),
            phone: form.phone.clone(),
            pin: form.pin.clone(),
            key: Some(crate::outbox::new_key()?),
        };
        let result = self.hub.join(&req).await;
        self.note_reachability(&result);
        match result {
            Ok(r) => Ok(self.joined(r)?),
            Err(CoreError::Offline(_)) => {
                // Kept in the secret store (it holds the PIN), sent when the hub answers.
                self.store
                    .secrets()
                    .set(crate::secrets::PENDING_JOIN, &serde_json::to_string(&req)?)?;
                self.notify(&["join", "status"]);
                Ok(JoinReceipt {
                    card: String::new(),
                    provisional: true,
                    message: w.t("join-waiting"),
                    waiting: true,
                })
            }
            Err(e) => Err(e),
        }
    }

    /// Keeps the new card's receipt, for the Join screen to show.
    fn joined(&self, r: cml_api::JoinResponse) -> CoreResult<JoinReceipt> {
        let receipt = JoinReceipt {
            card: r.card,
            provisional: r.provisional,
            message: r.message,
            waiting: false,
        };
        self.store.set_meta(
            "join_receipt",
            &serde_json::to_string(&(&receipt.card, &receipt.message))?,
        )?;
        Ok(receipt)
    }

    /// Sends a Join form kept while offline. Sent twice (an answer lost), it makes one member: the
    /// form's key is the same. A form the hub refuses is dropped, with the reason kept to show.
    pub(crate) async fn send_pending_join(&self) -> CoreResult<()> {
        let Some(body) = self.store.secrets().get(crate::secrets::PENDING_JOIN)? else {
            return Ok(());
        };
        let req: cml_api::JoinRequest = serde_json::from_str(&body)?;
        match self.hub.join(&req).await {
            Ok(r) => {
                self.joined(r)?;
                self.store.secrets().delete(crate::secrets::PENDING_JOIN)?;
                self.notify_because(&["join", "status"], "outcome");
                Ok(())
            }
            Err(CoreError::InvalidInput { message, .. }) | Err(CoreError::Conflict { message, .. }) => {
                self.store.set_meta("join_refused", &message)?;
                self.store.secrets().delete(crate::secrets::PENDING_JOIN)?;
                self.notify_because(&["join", "status"], "outcome");
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The Join screen: the libraries to choose from, and the form waiting to be sent, or the new
    /// card once it has been.
    pub fn join_screen(&self) -> CoreResult<JoinScreen> {
        let w = self.words();
        let waiting = self
            .store
            .secrets()
            .get(crate::secrets::PENDING_JOIN)?
            .map(|b| serde_json::from_str::<cml_api::JoinRequest>(&b))
            .transpose()?;
        let receipt = self
            .store
            .meta("join_receipt")?
            .and_then(|m| serde_json::from_str::<(String, String)>(&m).ok())
            .map(|(card, message)| JoinReceipt {
                card,
                provisional: true,
                message,
                waiting: false,
            });
        let receipt = match (&waiting, receipt) {
            (Some(_), _) => Some(JoinReceipt {
                card: String::new(),
                provisional: true,
                message: w.t("join-waiting"),
                waiting: true,
            }),
            (None, r) => r,
        };
        let (data_age, _) = self.data_age(self.now())?;
        Ok(JoinScreen {
            libraries: self.store.read(choices)?,
            waiting_name: waiting.map(|r| r.name),
            receipt,
            refused: self.store.meta("join_refused")?,
            data_age,
        })
    }

    /// Members waiting for their card to be confirmed (coordinators; needs the hub).
    pub async fn pending_members(&self) -> CoreResult<Vec<PendingMemberView>> {
        let token = self.token()?;
        let result = self.hub.pending_members(&token).await;
        self.note_reachability(&result);
        Ok(result?
            .into_iter()
            .map(|m| PendingMemberView {
                card: m.card,
                name: m.name,
                address: m.address,
                postcode: m.postcode,
                date_of_birth: m.date_of_birth.to_string(),
                home_library: m.home_library,
                email: m.email,
                phone: m.phone,
                joined_on: today(m.joined_at).to_string(),
            })
            .collect())
    }

    /// Confirms a new member's card (coordinators; needs the hub). The Pending members screen
    /// drops them at once.
    pub async fn confirm_member(&self, card: &str) -> CoreResult<()> {
        let token = self.token()?;
        let card = cml_api::normalise_card(card)
            .ok_or_else(|| CoreError::invalid("card", self.words().t("error-card-number")))?;
        let result = self.hub.confirm_member(&token, &card).await;
        self.note_reachability(&result);
        let done = match result {
            Ok(()) => Ok(()),
            // Someone else confirmed them first: they are no longer waiting either.
            Err(CoreError::Conflict { .. }) | Err(CoreError::NotFound(_)) => {
                self.drop_pending(&card)?;
                return result;
            }
            Err(e) => Err(e),
        };
        if done.is_ok() {
            self.drop_pending(&card)?;
        }
        done
    }

    fn drop_pending(&self, card: &str) -> CoreResult<()> {
        self.store.write(|tx| {
            let kept: Vec<KeptPending> = load_all(tx, PENDING)?;
            tx.execute("DELETE FROM personal WHERE collection = ?1", [PENDING])?;
            for (i, p) in kept.iter().filter(|p| p.card != card).enumerate() {
                save(tx, PENDING, i as i64, p)?;
            }
            Ok(())
        })?;
        self.notify(&[PENDING]);
        Ok(())
    }

    /// Keeps the members waiting for their card on a coordinator's phone (at each sync), without
    /// their address, birthday, email or phone. Others keep nothing.
    pub(crate) async fn refresh_pending(&self, token: &str) -> CoreResult<bool> {
        let coordinator = self
            .store
            .session()?
            .is_some_and(|(_, me)| me.roles.contains(&cml_api::Role::Coordinator));
        if !coordinator {
            return Ok(false);
        }
        let all = self.hub.pending_members(token).await?;
        self.store.write(|tx| {
            tx.execute("DELETE FROM personal WHERE collection = ?1", [PENDING])?;
            for (i, m) in all.iter().enumerate() {
                let kept = KeptPending {
                    card: m.card.clone(),
                    name: m.name.clone(),
                    postcode_district: cml_api::postcode_district(&m.postcode),
                    home_library: m.home_library.clone(),
                    joined_at: m.joined_at,
                };
                save(tx, PENDING, i as i64, &kept)?;
            }
            Ok(())
        })?;
        Ok(true)
    }

    /// The coordinators' Pending members screen, from the device store: who joined in the app
    /// and waits for their card to be confirmed, oldest first. Confirming needs the hub (the
    /// member's address, to check against their proof, is read from it).
    pub fn pending_members_screen(&self) -> CoreResult<PendingMembersScreen> {
        self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let online = self.store.meta("online")?.as_deref() != Some("no");
        let (kept, names) = self
            .store
            .read(|c| Ok((load_all::<KeptPending>(c, PENDING)?, library_names(c)?)))?;
        let members: Vec<PendingMemberRow> = kept
            .iter()
            .map(|p| {
                let library = name_of(&names, &p.home_library);
                let joined = w.date(today(p.joined_at));
                let sentence = w.msg(
                    &Msg::new("pending-member")
                        .arg("name", &p.name)
                        .arg("library", library.as_str())
                        .arg("date", joined.as_str())
                        .arg("postcode", &p.postcode_district),
                );
                PendingMemberRow {
                    card: p.card.clone(),
                    name: p.name.clone(),
                    home_library: library,
                    postcode_district: p.postcode_district.clone(),
                    joined_on: joined,
                    sentence,
                    confirm: labelled_action(
                        &w,
                        "confirm",
                        "action-confirm-card",
                        (!online).then(|| w.t("why-needs-connection")),
                    ),
                }
            })
            .collect();
        let summary = if members.is_empty() {
            w.t("pending-none")
        } else {
            w.a("home-pending-members", &[("n", num(members.len() as i64))])
        };
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(PendingMembersScreen {
            summary,
            members,
            privacy_note: w.t("pending-privacy-note"),
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}

/// Where a coordinator's phone keeps the members waiting for their card (removed at sign-out).
pub const PENDING: &str = "pending_members";

/// A member waiting for their card, as a coordinator's phone keeps them: no address, birthday,
/// email or phone, only the postcode's first half.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct KeptPending {
    card: String,
    name: String,
    postcode_district: String,
    home_library: String,
    joined_at: DateTime<Utc>,
}

/// One member waiting for their card.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PendingMemberRow {
    pub card: String,
    pub name: String,
    pub home_library: String,
    pub postcode_district: String,
    /// "Tuesday 1 December".
    pub joined_on: String,
    /// "Nadia Kowalska joined at Holmcroft Library on Tuesday 1 December (ST17).", read whole.
    pub sentence: String,
    /// "Confirm card": allowed online; offline, why not.
    pub confirm: ActionView,
}

/// The coordinators' Pending members screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PendingMembersScreen {
    /// "2 new members wait for their card to be confirmed." or "Nobody is waiting for their card."
    pub summary: String,
    pub members: Vec<PendingMemberRow>,
    /// "Addresses are not kept on this phone. …"
    pub privacy_note: String,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

/// Why the person cannot reserve a title now, if they cannot: a card not yet confirmed, no copy
/// that can be lent, reserved already (or a reservation waiting to be sent), or on loan to them.
/// The Title screen shows it instead of the button; `reserve` refuses with it.
pub fn reserve_refusal(
    c: &Connection,
    w: &Words<'_>,
    account: &Account,
    record_id: i64,
    record: Option<&cml_api::CatalogueRecord>,
    title: &str,
) -> CoreResult<Option<(&'static str, String)>> {
    let title = || ("title", title.to_owned().into());
    if account.provisional {
        return Ok(Some(("card_not_confirmed", w.t("error-card-not-confirmed"))));
    }
    if let Some(r) = record {
        let lendable = r
            .items
            .iter()
            .any(|i| !matches!(i.status, cml_api::ItemStatus::Reference | cml_api::ItemStatus::Missing));
        if !lendable {
            return Ok(Some(("not_reservable", w.a("error-not-reservable", &[title()]))));
        }
    }
    let already = load_all::<Hold>(c, collections::HOLDS)?
        .iter()
        .any(|h| h.record_id == record_id && is_active(h))
        || waiting_changes(c, account.id)?
            .iter()
            .any(|ch| matches!(ch, Change::PlaceHold { record_id: r, .. } if *r == record_id));
    if already {
        return Ok(Some(("already_reserved", w.a("error-already-reserved", &[title()]))));
    }
    let on_loan = load_all::<Loan>(c, collections::LOANS)?
        .iter()
        .any(|l| l.record_id == record_id && l.returned_at.is_none());
    if on_loan {
        return Ok(Some(("already_on_loan", w.a("error-already-on-loan", &[title()]))));
    }
    Ok(None)
}

/// The Join screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JoinScreen {
    /// The home libraries to choose from.
    pub libraries: Vec<LibraryChoice>,
    /// The name on a form waiting to be sent.
    pub waiting_name: Option<String>,
    /// The form waiting ("waiting"), or the provisional card once it was sent.
    pub receipt: Option<JoinReceipt>,
    /// Why the hub refused a form sent later (the form is gone; the person can fill it again).
    pub refused: Option<String>,
    pub data_age: DataAge,
}

/// A library a person can choose (for pickup).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LibraryChoice {
    pub code: String,
    pub name: String,
}

/// The Title screen: the record, where its copies are, and the person's own relation to it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TitleScreen {
    pub record: RecordView,
    /// "can_reserve", "reserve_waiting" (a reservation waits to be sent), "reserved" (in the
    /// queue), "in_transit", "ready" (on the hold shelf), "on_loan", "cannot_reserve",
    /// "signed_out".
    pub relation: String,
    /// The relation in words, shown instead of the Reserve button when it is not "can_reserve":
    /// "You reserved this: 2nd of 3 in the queue.", "On loan to you. Due back Friday 8 January."
    pub relation_text: String,
    /// Whether to show the Reserve button.
    pub can_reserve: bool,
    /// The person's reservation of it, or their loan, for the actions on My account.
    pub hold: Option<HoldView>,
    pub loan: Option<LoanView>,
    /// The libraries to collect from, and the one preselected (the member's usual pickup).
    pub pickup_choices: Vec<LibraryChoice>,
    pub pickup: Option<String>,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

/// My account: the card, loans and reservations with what can be done with each, and the
/// reading history.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AccountScreen {
    pub card: CardView,
    /// Soonest due first, each with its Renew action.
    pub loans: Vec<LoanView>,
    /// "You have 2 books on loan. 1 is overdue."
    pub loans_text: String,
    /// Ready to collect first, each with its actions.
    pub holds: Vec<HoldView>,
    pub holds_text: String,
    pub history_enabled: bool,
    /// Latest first; empty unless the member keeps a reading history.
    pub history: Vec<HistoryView>,
    /// "Your reading history is off: the library keeps no list of what you borrowed."
    pub history_text: String,
    pub pickup_choices: Vec<LibraryChoice>,
    pub default_pickup: Option<String>,
    /// The member whose account this is, when a carer has switched to someone they act for.
    pub acting_for: Option<crate::acting::PersonChoice>,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

/// Every library, for a screen's choice of one (pickup, check-in, filters).
pub fn choices(c: &Connection) -> CoreResult<Vec<LibraryChoice>> {
    Ok(library_names(c)?
        .into_iter()
        .map(|(code, name)| LibraryChoice { code, name })
        .collect())
}

impl Core {
    /// The Title screen for a record, from the device store (opens with the hub stopped).
    pub fn title_screen(&self, record_id: i64) -> CoreResult<TitleScreen> {
        let now = self.now();
        let w = self.words();
        let mine = crate::catalogue::my_libraries(&self.store)?;
        let record = self.store.read(|c| crate::catalogue::record(c, &w, record_id, &mine))?;
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        let pickup_choices = self.store.read(choices)?;
        let Some((_, me)) = self.store.session()? else {
            return Ok(TitleScreen {
                record,
                relation: "signed_out".into(),
                relation_text: w.t("title-sign-in-to-reserve"),
                can_reserve: false,
                hold: None,
                loan: None,
                pickup_choices,
                pickup: None,
                data_age,
                refresh_at: refresh.map(|t| t.timestamp()),
            });
        };
        if let Some(proxy) = self.acting_for()? {
            let loan = self
                .member_loans(&proxy, now)
                .unwrap_or_default()
                .into_iter()
                .find(|l| l.record_id == record_id);
            let name = || ("name", proxy.member_name.clone().into());
            let (relation, relation_text) = match (&loan, self.acting_right(&proxy, "reserve")) {
                (Some(l), _) => (
                    "on_loan",
                    w.a("acting-title-on-loan", &[name(), ("due", l.due_text.clone().into())]),
                ),
                (None, Err(e)) => ("cannot_reserve", e.in_words(&w)),
                (None, Ok(())) => ("can_reserve", w.a("acting-title-can-reserve", &[name()])),
            };
            let pickup = me.default_pickup.clone().or_else(|| me.home_library.clone());
            return Ok(TitleScreen {
                record,
                relation: relation.into(),
                relation_text,
                can_reserve: relation == "can_reserve",
                hold: None,
                loan,
                pickup_choices,
                pickup,
                data_age,
                refresh_at: refresh.map(|t| t.timestamp()),
            });
        }
        let hold = self
            .store
            .read(|c| holds(c, &w, me.id, now))?
            .into_iter()
            .find(|h| h.record_id == record_id);
        let loan = self
            .store
            .read(|c| loans(c, &w, me.id, now))?
            .into_iter()
            .find(|l| l.record_id == record_id);
        let stored = self.store.read(|c| crate::catalogue::load(c, record_id))?;
        let refusal = self
            .store
            .read(|c| reserve_refusal(c, &w, &me, record_id, stored.as_ref(), &record.title))?;
        let (relation, relation_text) = match (&loan, &hold, &refusal) {
            (Some(l), _, _) => ("on_loan", w.a("title-on-loan", &[("due", l.due_text.clone().into())])),
            (None, Some(h), _) => {
                let relation = match h.status.as_str() {
                    "waiting_to_send" => "reserve_waiting",
                    "ready" => "ready",
                    "in_transit" => "in_transit",
                    _ => "reserved",
                };
                (
                    relation,
                    w.a("title-reserved", &[("status", h.status_text.clone().into())]),
                )
            }
            (None, None, Some((_, why))) => ("cannot_reserve", why.clone()),
            (None, None, None) => ("can_reserve", w.t("title-can-reserve")),
        };
        let pickup = me
            .default_pickup
            .clone()
            .or_else(|| me.home_library.clone())
            .filter(|p| pickup_choices.iter().any(|c| c.code == *p))
            .or_else(|| pickup_choices.first().map(|c| c.code.clone()));
        Ok(TitleScreen {
            record,
            relation: relation.into(),
            relation_text,
            can_reserve: relation == "can_reserve",
            hold,
            loan,
            pickup_choices,
            pickup,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }

    /// My account in one record, from the device store.
    pub fn account_screen(&self) -> CoreResult<AccountScreen> {
        let now = self.now();
        let w = self.words();
        let me = self.account()?;
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        if let Some(proxy) = self.acting_for()? {
            let loans = self.member_loans(&proxy, now)?;
            let acting_for = self.acting_for_screen()?.acting_for;
            let name = || ("name", proxy.member_name.clone().into());
            return Ok(AccountScreen {
                card: CardView {
                    number: proxy.member_card.clone(),
                    name: proxy.member_name.clone(),
                    symbology: cml_api::CARD_SYMBOLOGY.into(),
                    barcode_content: proxy.member_card.clone(),
                    bars: crate::barcode::code128(&proxy.member_card),
                    quiet_zone: crate::barcode::QUIET_ZONE,
                    provisional: false,
                    home_library_name: None,
                    status_text: w.a("acting-card", &[name()]),
                },
                loans_text: match loans.len() {
                    0 => w.a("acting-loans-none", &[name()]),
                    n => w.a("acting-loans", &[name(), ("n", num(n as i64))]),
                },
                loans,
                holds: Vec::new(),
                holds_text: w.a("acting-holds", &[name()]),
                history_enabled: false,
                history: Vec::new(),
                history_text: w.a("acting-history", &[name()]),
                pickup_choices: self.store.read(choices)?,
                default_pickup: me.default_pickup.clone().or_else(|| me.home_library.clone()),
                acting_for,
                data_age,
                refresh_at: refresh.map(|t| t.timestamp()),
            });
        }
        let (card, loans, holds, history, pickup_choices) = self.store.read(|c| {
            Ok((
                card(c, &w, &me)?,
                loans(c, &w, me.id, now)?,
                holds(c, &w, me.id, now)?,
                if me.history_enabled {
                    history(c, &w)?
                } else {
                    Vec::new()
                },
                choices(c)?,
            ))
        })?;
        let overdue = loans.iter().filter(|l| l.overdue).count() as i64;
        let loans_text = match (loans.len(), overdue) {
            (0, _) => w.t("account-no-loans"),
            (n, 0) => w.a("account-loans", &[("n", num(n as i64))]),
            (n, o) => w.a("account-loans-overdue", &[("n", num(n as i64)), ("overdue", num(o))]),
        };
        let ready = holds.iter().filter(|h| h.status == "ready").count() as i64;
        let holds_text = match (holds.len(), ready) {
            (0, _) => w.t("account-no-holds"),
            (n, 0) => w.a("account-holds", &[("n", num(n as i64))]),
            (n, r) => w.a("account-holds-ready", &[("n", num(n as i64)), ("ready", num(r))]),
        };
        let history_text = match (me.history_enabled, history.len()) {
            (false, _) => w.t("account-history-off"),
            (true, 0) => w.t("account-history-empty"),
            (true, n) => w.a("account-history", &[("n", num(n as i64))]),
        };
        Ok(AccountScreen {
            card,
            loans,
            loans_text,
            holds,
            holds_text,
            history_enabled: me.history_enabled,
            history,
            history_text,
            pickup_choices,
            default_pickup: me.default_pickup.clone().or_else(|| me.home_library.clone()),
            acting_for: None,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}

/// Where the desk takes a copy back unless told: the volunteer's home library when they work
/// the desk there (or are a coordinator), else the first library where they do.
fn desk_default(me: &Account) -> Option<String> {
    let anywhere = me.roles.contains(&cml_api::Role::Coordinator);
    match &me.home_library {
        Some(home) if anywhere || me.desk_libraries.contains(home) => Some(home.clone()),
        _ => me.desk_libraries.first().cloned().or_else(|| me.home_library.clone()),
    }
}

/// The Desk screen (branch volunteers and coordinators), from the device store.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeskScreen {
    /// Where this person works the desk: the libraries where they are a branch volunteer
    /// (coordinators: every library).
    pub libraries: Vec<LibraryChoice>,
    /// The library preselected for taking copies back.
    pub library: Option<String>,
    /// "lend" and "take_back": allowed where the person works the desk (offline too, sent when
    /// the hub answers); otherwise why not.
    pub actions: Vec<ActionView>,
    /// The latest lending and taking back on this phone, waiting ones first: each outcome says
    /// where a returned copy goes ("Put it on the hold shelf for Margaret Hughes").
    pub recent: Vec<ChangeView>,
    /// "2 desk changes will be sent when you are back online.", when any wait.
    pub waiting_text: Option<String>,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

impl crate::Core {
    /// The Desk screen, from the device store.
    pub fn desk_screen(&self) -> CoreResult<DeskScreen> {
        let me = self.account()?;
        let now = self.now();
        let w = self.words();
        let anywhere = me.roles.contains(&cml_api::Role::Coordinator);
        let (all, recent) = self.store.read(|c| {
            Ok((
                choices(c)?,
                crate::outbox::changes_of(c, &w, me.id, &["checkout", "checkin"], 20)?,
            ))
        })?;
        let libraries: Vec<LibraryChoice> = all
            .into_iter()
            .filter(|l| anywhere || me.desk_libraries.contains(&l.code))
            .collect();
        let why_not = libraries.is_empty().then(|| w.t("why-no-desk"));
        let waiting = recent.iter().filter(|c| c.state == "waiting").count() as i64;
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(DeskScreen {
            library: desk_default(&me).filter(|l| libraries.iter().any(|c| c.code == *l)),
            libraries,
            actions: vec![
                labelled_action(&w, "lend", "action-desk-lend", why_not.clone()),
                labelled_action(&w, "take_back", "action-desk-take-back", why_not),
            ],
            waiting_text: (waiting > 0).then(|| w.a("desk-waiting", &[("n", num(waiting))])),
            recent,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}
