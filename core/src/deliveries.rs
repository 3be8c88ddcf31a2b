//! The home reading service on the device: readers and carers ask for deliveries and follow them;
//! carers are given rights; volunteers run their round offline (the phone forgets each reader's
//! address once the visit window has passed); coordinators schedule visits (online).

use chrono::{DateTime, Duration, NaiveDate, Utc};
use cml_api::london::today;
use cml_api::{
    collections, BagItem, Change, Delivery, DeliveryRequest, Proxy, ReadingPreferences, RoundStop, Visit, VisitPlan,
    VolunteerRole, WelfareConcern,
};
use reqwest::Method;
use rusqlite::Connection;

use crate::circulation::{labelled_action, load, load_all};
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of, waiting_changes};
use crate::i18n::{num, Msg, Words};
use crate::views::{
    ActionView, AuditView, BagItemView, ChangeView, CodeText, ConcernView, DataAge, DeliveryForm, DeliveryView,
    DueBackView, PreferencesForm, ProxyView, RoundStopView, VisitView, VolunteerRoleView,
};
use crate::Core;

const OUTCOMES: &[&str] = &["delivered", "not_home", "declined", "unwell", "welfare_concern"];

fn prefs_view(p: &ReadingPreferences) -> PreferencesForm {
    PreferencesForm {
        formats: p.formats.clone(),
        genres: p.genres.clone(),
        favourite_authors: p.favourite_authors.clone(),
        avoid: p.avoid.clone(),
        surprise_me: p.surprise_me,
        allow_repeats: p.allow_repeats,
        notes: p.notes.clone(),
    }
}

fn prefs(p: &PreferencesForm) -> ReadingPreferences {
    ReadingPreferences {
        formats: p.formats.clone(),
        genres: p.genres.clone(),
        favourite_authors: p.favourite_authors.clone(),
        avoid: p.avoid.clone(),
        surprise_me: p.surprise_me,
        allow_repeats: p.allow_repeats,
        notes: p.notes.clone(),
    }
}

fn bag_view(w: &Words<'_>, bag: &[BagItem], delivered: bool) -> Vec<BagItemView> {
    bag.iter()
        .map(|b| BagItemView {
            barcode: b.barcode.clone(),
            title: b.title.clone(),
            borrowed_before: b.borrowed_before,
            reaction: b.reaction.clone(),
            reaction_text: b.reaction.as_ref().map(|r| w.code("reaction", r)),
            can_react: delivered,
        })
        .collect()
}

/// A visit's day and time of day in words: "Tuesday 8 December: In the morning".
pub fn visit_when(w: &Words<'_>, date: NaiveDate, time_of_day: &str) -> String {
    w.a(
        "visit-when",
        &[
            ("date", w.date(date).into()),
            ("time", w.code("time", time_of_day).into()),
        ],
    )
}

fn visit_view(w: &Words<'_>, v: &Visit) -> VisitView {
    VisitView {
        id: v.id,
        date: v.date.to_string(),
        when: visit_when(w, v.date, &v.time_of_day),
        status: v.status.clone(),
        chooser: v.chooser.clone(),
        deliverer: v.deliverer.clone(),
        bag: bag_view(w, &v.bag, v.status == "delivered"),
    }
}

pub fn delivery_view(w: &Words<'_>, names: &[(String, String)], d: &Delivery) -> DeliveryView {
    let next = d.next_visit.as_ref().map(|v| visit_view(w, v));
    let status_text = match (d.status.as_str(), &next) {
        ("requested", _) => w.t("delivery-requested"),
        ("declined", _) => w.a(
            "delivery-declined",
            &[("reason", d.decline_reason.clone().unwrap_or_default().into())],
        ),
        ("paused", _) => w.t("delivery-paused"),
        ("ended", _) => w.t("delivery-ended"),
        (_, Some(v)) => w.a("delivery-next-visit", &[("when", v.when.clone().into())]),
        (_, None) => w.t("delivery-accepted"),
    };
    DeliveryView {
        id: d.id,
        reader_name: d.reader_name.clone(),
        reader_card: d.reader_card.clone(),
        library_name: name_of(names, &d.library),
        status: d.status.clone(),
        status_text,
        address: d.address.clone(),
        postcode: d.postcode.clone(),
        access_notes: d.access_notes.clone(),
        preferred_day: d.preferred_day,
        time_of_day: d.time_of_day.clone(),
        frequency: d.frequency.clone(),
        preferences: prefs_view(&d.preferences),
        decline_reason: d.decline_reason.clone(),
        next_visit: next,
        past_visits: d.past_visits.iter().map(|v| visit_view(w, v)).collect(),
        actions: Vec::new(),
    }
}

/// A delivery as the hub just sent it to a coordinator (so the hub is there).
fn answered_view(w: &Words<'_>, names: &[(String, String)], d: &Delivery) -> DeliveryView {
    let mut v = delivery_view(w, names, d);
    v.actions = coordinator_actions(w, &d.status, false, true);
    v
}

/// Whether a pause, resume or end of this delivery waits in the outbox.
fn state_change_waiting(waiting: &[Change], id: i64) -> bool {
    waiting
        .iter()
        .any(|c| matches!(c, Change::SetDeliveryState { delivery_id, .. } if *delivery_id == id))
}

fn delivery_action(w: &Words<'_>, action: &str, why_not: Option<String>) -> ActionView {
    labelled_action(w, action, &format!("action-delivery-{action}"), why_not)
}

/// Pause or resume, and end, as the hub allows them in each state (the reader, their carer
/// and coordinators): none once declined or ended; a request can be called off, not paused.
fn state_actions(w: &Words<'_>, status: &str, waiting: bool) -> Vec<ActionView> {
    let why = || waiting.then(|| w.t("why-change-waiting"));
    match status {
        "declined" | "ended" => Vec::new(),
        "requested" => vec![delivery_action(w, "end", why())],
        "paused" => vec![delivery_action(w, "resume", why()), delivery_action(w, "end", why())],
        _ => vec![delivery_action(w, "pause", why()), delivery_action(w, "end", why())],
    }
}

/// A coordinator's actions on a delivery: accept and decline a request, schedule visits once
/// accepted (each needs the hub), then the state actions.
fn coordinator_actions(w: &Words<'_>, status: &str, waiting: bool, online: bool) -> Vec<ActionView> {
    let needs_hub = || (!online).then(|| w.t("why-needs-connection"));
    let mut actions = match status {
        "requested" => vec![
            delivery_action(w, "accept", needs_hub()),
            delivery_action(w, "decline", needs_hub()),
        ],
        "accepted" | "active" => vec![delivery_action(w, "schedule", needs_hub())],
        _ => Vec::new(),
    };
    actions.extend(state_actions(w, status, waiting));
    actions
}

/// The welfare concerns (by visit) whose closing waits in the outbox.
pub fn concerns_closing(waiting: &[Change]) -> Vec<i64> {
    waiting
        .iter()
        .filter_map(|ch| match ch {
            Change::CloseConcern { visit_id, .. } => Some(*visit_id),
            _ => None,
        })
        .collect()
}

fn concern_view(w: &Words<'_>, c: &WelfareConcern, waiting: bool) -> ConcernView {
    let text = w.a(
        "concern-raised",
        &[
            ("name", c.raised_by.clone().into()),
            ("date", w.date(c.date).into()),
            ("note", c.note.clone().into()),
        ],
    );
    let closed_text = match (&c.closed, waiting) {
        (Some(x), _) => Some(w.a(
            "concern-closed",
            &[
                ("name", x.by.clone().into()),
                ("date", w.date(today(x.at)).into()),
                ("note", x.note.clone().into()),
            ],
        )),
        (None, true) => Some(w.t("concern-close-waiting")),
        (None, false) => None,
    };
    let open = c.closed.is_none() && !waiting;
    let why = if c.closed.is_some() {
        Some(w.t("why-concern-closed"))
    } else if waiting {
        Some(w.t("why-change-waiting"))
    } else {
        None
    };
    ConcernView {
        visit_id: c.visit_id,
        reader_name: c.reader_name.clone(),
        reader_card: c.reader_card.clone(),
        date: c.date.to_string(),
        note: c.note.clone(),
        raised_by: c.raised_by.clone(),
        open,
        text,
        closed_text,
        actions: vec![labelled_action(w, "close", "action-concern-close", why)],
    }
}

fn stop_view(w: &Words<'_>, s: &RoundStop, pending: Option<String>) -> RoundStopView {
    RoundStopView {
        visit_id: s.visit_id,
        date: s.date.to_string(),
        time_of_day: s.time_of_day.clone(),
        status: s.status.clone(),
        reader_name: s.reader_name.clone(),
        reader_card: s.reader_card.clone(),
        address: s.address.clone(),
        postcode: s.postcode.clone(),
        access_notes: s.access_notes.clone(),
        preferences: prefs_view(&s.preferences),
        bag: bag_view(w, &s.bag, false),
        due_back: s
            .due_back
            .iter()
            .map(|d| DueBackView {
                barcode: d.barcode.clone(),
                title: d.title.clone(),
                due: d.due.to_string(),
            })
            .collect(),
        delivering: s.delivering,
        choosing: s.choosing,
        pending,
        reactions: s
            .reactions
            .iter()
            .map(|r| {
                w.a(
                    "choose-reaction",
                    &[
                        ("reaction", w.code("reaction", &r.reaction).into()),
                        ("title", r.title.clone().into()),
                        ("date", w.date(r.date).into()),
                    ],
                )
            })
            .collect(),
    }
}

/// Forgets round stops whose window (the day before to the day after the visit) has passed: the
/// reader's address and notes leave the phone.
pub fn drop_past_rounds(tx: &Connection, now: DateTime<Utc>) -> CoreResult<usize> {
    let stops: Vec<RoundStop> = load_all(tx, collections::ROUNDS)?;
    let mut dropped = 0;
    for s in stops {
        if s.date + Duration::days(1) < today(now) {
            tx.execute(
                "DELETE FROM personal WHERE collection = ?1 AND id = ?2",
                rusqlite::params![collections::ROUNDS, s.visit_id],
            )?;
            dropped += 1;
        }
    }
    Ok(dropped)
}

fn check_barcodes(w: &Words<'_>, list: &[String], field: &str) -> CoreResult<Vec<String>> {
    if list.len() > 20 {
        return Err(CoreError::invalid(field, w.t("outcome-bag-limit")));
    }
    list.iter()
        .map(|b| {
            let b = b.trim();
            if b.is_empty() || b.len() > 32 || !b.chars().all(|c| c.is_ascii_graphic()) {
                Err(CoreError::invalid(
                    field,
                    w.msg(&Msg::new("error-not-a-barcode").arg("barcode", b)),
                ))
            } else {
                Ok(b.to_owned())
            }
        })
        .collect()
}

impl Core {
    /// Asks for the home reading service (offline too), for oneself or, with `reader_card`, for
    /// the member one cares for.
    pub async fn request_delivery(&self, form: &DeliveryForm) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        if form.address.trim().is_empty() || form.address.chars().count() > 300 {
            return Err(CoreError::invalid("address", self.words().t("outcome-request-address")));
        }
        if form.postcode.trim().len() < 5 || form.postcode.trim().len() > 8 {
            return Err(CoreError::invalid(
                "postcode",
                self.words().t("outcome-request-postcode"),
            ));
        }
        if form.access_notes.chars().count() > 500 {
            return Err(CoreError::invalid(
                "access_notes",
                self.words().t("outcome-request-access-notes"),
            ));
        }
        if form.preferred_day.is_some_and(|d| !(1..=7).contains(&d)) {
            return Err(CoreError::invalid("preferred_day", self.words().t("error-choose-day")));
        }
        if !["morning", "afternoon", "any"].contains(&form.time_of_day.as_str()) {
            return Err(CoreError::invalid(
                "time_of_day",
                self.words().t("error-choose-time-of-day"),
            ));
        }
        if !["weekly", "fortnightly", "monthly"].contains(&form.frequency.as_str()) {
            return Err(CoreError::invalid(
                "frequency",
                self.words().t("error-choose-frequency"),
            ));
        }
        let reader_card = match form.reader_card.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(c) => Some(
                cml_api::normalise_card(c)
                    .ok_or_else(|| CoreError::invalid("reader_card", self.words().t("error-card-number")))?,
            ),
            None => None,
        };
        let summary = match &reader_card {
            Some(c) => Msg::new("summary-ask-delivery-for").arg("card", c),
            None => Msg::new("summary-ask-delivery"),
        };
        let request = DeliveryRequest {
            reader_card,
            address: form.address.trim().to_owned(),
            postcode: form.postcode.trim().to_owned(),
            access_notes: form.access_notes.trim().to_owned(),
            preferred_day: form.preferred_day,
            time_of_day: form.time_of_day.clone(),
            frequency: form.frequency.clone(),
            preferences: prefs(&form.preferences),
        };
        self.change(account, Change::RequestDelivery { request }, summary).await
    }

    /// The reader's own delivery and those of members they care for (offline). A carer switched
    /// to a member sees only that member's (with the "deliveries" right).
    pub fn deliveries(&self) -> CoreResult<Vec<DeliveryView>> {
        let account = self.signed_in()?;
        let acting = self.acting_for()?;
        if let Some(p) = &acting {
            self.acting_right(p, "deliveries")?;
        }
        let w = self.words();
        self.store.read(|c| {
            let names = library_names(c)?;
            let waiting = waiting_changes(c, account)?;
            let mut all: Vec<Delivery> = load_all(c, collections::DELIVERIES)?;
            if let Some(p) = &acting {
                all.retain(|d| d.reader_card == p.member_card);
            }
            Ok(all
                .iter()
                .map(|d| {
                    let mut v = delivery_view(&w, &names, d);
                    v.actions = state_actions(&w, &d.status, state_change_waiting(&waiting, d.id));
                    v
                })
                .collect())
        })
    }

    /// "pause", "resume" or "end" a delivery (offline too).
    pub async fn set_delivery_state(&self, delivery_id: i64, action: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        if !["pause", "resume", "end"].contains(&action) {
            return Err(CoreError::invalid(
                "action",
                self.words().t("outcome-say-pause-resume-end"),
            ));
        }
        let d: Delivery = self
            .store
            .read(|c| {
                Ok(load(c, collections::DELIVERIES, delivery_id)?.or(load(
                    c,
                    collections::DELIVERY_QUEUE,
                    delivery_id,
                )?))
            })?
            .ok_or_else(|| {
                CoreError::NotFound(self.words().msg(&Msg::new("error-no-delivery").arg("id", delivery_id)))
            })?;
        let id = match action {
            "pause" => "summary-pause-delivery",
            "resume" => "summary-resume-delivery",
            _ => "summary-end-delivery",
        };
        let summary = Msg::new(id).arg("name", &d.reader_name);
        self.change(
            account,
            Change::SetDeliveryState {
                delivery_id,
                action: action.to_owned(),
            },
            summary,
        )
        .await
    }

    /// Lets another member act for you with these rights ("deliveries", "reserve", "loans").
    pub async fn grant_proxy(&self, carer_card: &str, rights: Vec<String>) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let card = cml_api::normalise_card(carer_card)
            .ok_or_else(|| CoreError::invalid("carer_card", self.words().t("error-card-number")))?;
        if rights.is_empty()
            || rights
                .iter()
                .any(|r| !["deliveries", "reserve", "loans"].contains(&r.as_str()))
        {
            return Err(CoreError::invalid("rights", self.words().t("error-choose-rights")));
        }
        let w = self.words();
        let shown: Vec<String> = rights.iter().map(|r| w.code("right", r)).collect();
        let summary = Msg::new("summary-grant-proxy")
            .arg("card", &card)
            .arg("rights", shown.join(&w.t("list-separator")));
        self.change(
            account,
            Change::GrantProxy {
                carer_card: card,
                rights,
            },
            summary,
        )
        .await
    }

    pub async fn revoke_proxy(&self, carer_card: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let card = cml_api::normalise_card(carer_card)
            .ok_or_else(|| CoreError::invalid("carer_card", self.words().t("error-card-number")))?;
        let summary = Msg::new("summary-revoke-proxy").arg("card", &card);
        self.change(account, Change::RevokeProxy { carer_card: card }, summary)
            .await
    }

    /// Who acts for you, and for whom you act (offline).
    pub fn proxies(&self) -> CoreResult<Vec<ProxyView>> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        self.store.read(|c| {
            let all: Vec<Proxy> = load_all(c, collections::PROXIES)?;
            Ok(all
                .into_iter()
                .filter(|p| !p.revoked)
                .map(|p| ProxyView {
                    id: p.id,
                    i_act_for_them: p.carer_card == me.card,
                    member_card: p.member_card,
                    member_name: p.member_name,
                    carer_card: p.carer_card,
                    carer_name: p.carer_name,
                    rights: p.rights,
                })
                .collect())
        })
    }

    /// Reserves a title for the member you act for (with the "reserve" right; offline too).
    pub async fn reserve_for(&self, member_card: &str, record_id: i64, pickup: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let card = cml_api::normalise_card(member_card)
            .ok_or_else(|| CoreError::invalid("member_card", self.words().t("error-card-number")))?;
        let pickup = pickup.trim().to_uppercase();
        if pickup.is_empty() || pickup.len() > 10 || !pickup.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid(
                "pickup",
                "A library code is 1 to 10 letters or digits.",
            ));
        }
        let title = self
            .store
            .read(|c| crate::catalogue::load(c, record_id))?
            .map(|r| r.title)
            .unwrap_or_else(|| self.words().a("title-number", &[("id", num(record_id))]));
        let name = self
            .proxies()?
            .into_iter()
            .find(|p| p.i_act_for_them && p.member_card == card)
            .map(|p| p.member_name)
            .unwrap_or_else(|| card.clone());
        let library = self
            .store
            .read(|c| Ok(crate::events::name_of(&library_names(c)?, &pickup)))?;
        let summary = crate::acting::reserve_for_summary(title, &name, library);
        self.change(
            account,
            Change::PlaceHold {
                record_id,
                pickup,
                for_card: Some(card),
            },
            summary,
        )
        .await
    }

    /// The loans of a member you act for (with the "loans" right; needs the hub).
    pub async fn loans_of_member(&self, member_card: &str) -> CoreResult<Vec<crate::views::LoanView>> {
        let token = self.token()?;
        let card = cml_api::normalise_card(member_card)
            .ok_or_else(|| CoreError::invalid("member_card", self.words().t("error-card-number")))?;
        let result = self
            .hub
            .get::<Vec<cml_api::Loan>>(&format!("v1/members/{card}/loans"), Some(&token))
            .await;
        self.note_reachability(&result);
        let loans = result?;
        let names = self.store.read(library_names)?;
        let today = today(Utc::now());
        Ok(loans
            .iter()
            .map(|l| crate::circulation::loan_view(&self.words(), l, &names, today, false))
            .collect())
    }

    /// The volunteer's round for a day ("YYYY-MM-DD"; default today), in order, offline. Stops
    /// whose window has passed are forgotten first.
    pub fn round(&self, date: Option<String>) -> CoreResult<Vec<RoundStopView>> {
        let account = self.signed_in()?;
        let now = self.now();
        let day = match date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| CoreError::invalid("date", self.words().t("error-date-format")))?,
            None => today(now),
        };
        self.store.write(|tx| {
            drop_past_rounds(tx, now)?;
            Ok(())
        })?;
        let w = self.words();
        self.store.read(|c| {
            let waiting = waiting_changes(c, account)?;
            let mut stops: Vec<RoundStop> = load_all::<RoundStop>(c, collections::ROUNDS)?
                .into_iter()
                .filter(|s| s.date == day)
                .collect();
            let order = |t: &str| match t {
                "morning" => 0,
                "afternoon" => 1,
                _ => 2,
            };
            stops.sort_unstable_by_key(|s| (order(&s.time_of_day), s.visit_id));
            Ok(stops
                .iter()
                .map(|s| {
                    let pending = waiting.iter().rev().find_map(|ch| match ch {
                        Change::RecordVisit { visit_id, outcome, .. } if *visit_id == s.visit_id => {
                            Some(w.a("visit-outcome-waiting", &[("outcome", w.code("visit", outcome).into())]))
                        }
                        Change::ChooseItems { visit_id, barcodes } if *visit_id == s.visit_id => {
                            Some(w.a("visit-chosen-waiting", &[("n", num(barcodes.len() as i64))]))
                        }
                        _ => None,
                    });
                    stop_view(&w, s, pending)
                })
                .collect())
        })
    }

    fn stop(&self, visit_id: i64) -> CoreResult<RoundStop> {
        self.store
            .read(|c| load::<RoundStop>(c, collections::ROUNDS, visit_id))?
            .ok_or_else(|| CoreError::NotFound(self.words().t("error-visit-not-on-round")))
    }

    /// The reader, or their carer, says what they thought of a title a visit delivered:
    /// "more_like_this" or "not_for_me" (offline too). The choosers see it.
    pub async fn react_to_item(&self, visit_id: i64, barcode: &str, reaction: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        if !cml_api::REACTIONS.contains(&reaction) {
            return Err(CoreError::invalid("reaction", w.t("error-reaction")));
        }
        let item = self
            .store
            .read(|c| load_all::<Delivery>(c, collections::DELIVERIES))?
            .into_iter()
            .flat_map(|d| d.past_visits.into_iter().chain(d.next_visit))
            .filter(|v| v.id == visit_id)
            .flat_map(|v| v.bag)
            .find(|b| b.barcode == barcode.trim())
            .ok_or_else(|| CoreError::NotFound(w.t("error-not-delivered")))?;
        let summary = Msg::new("summary-react")
            .arg("reaction", w.code("reaction", reaction))
            .arg("title", &item.title);
        self.change(
            account,
            Change::ReactToItem {
                visit_id,
                barcode: item.barcode,
                reaction: reaction.to_owned(),
            },
            summary,
        )
        .await
    }

    /// The chooser fills the bag for a visit (offline too).
    pub async fn choose_items(&self, visit_id: i64, barcodes: Vec<String>) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let barcodes = check_barcodes(&self.words(), &barcodes, "barcodes")?;
        let stop = self.stop(visit_id)?;
        let summary = Msg::new("summary-choose-items")
            .arg("n", barcodes.len() as i64)
            .arg("name", &stop.reader_name);
        self.change(account, Change::ChooseItems { visit_id, barcodes }, summary)
            .await
    }

    /// The deliverer records a visit at the door (offline too).
    pub async fn record_visit(
        &self,
        visit_id: i64,
        outcome: &str,
        note: Option<String>,
        handed: Vec<String>,
        collected: Vec<String>,
    ) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        if !OUTCOMES.contains(&outcome) {
            return Err(CoreError::invalid(
                "outcome",
                self.words()
                    .msg(&Msg::new("outcome-visit-outcomes").arg("outcomes", OUTCOMES.join(", "))),
            ));
        }
        let note = note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
        if outcome == "welfare_concern" && note.is_none() {
            return Err(CoreError::invalid("note", self.words().t("outcome-say-concern")));
        }
        if note.as_ref().is_some_and(|n| n.chars().count() > 1000) {
            return Err(CoreError::invalid("note", self.words().t("outcome-note-length")));
        }
        let handed = check_barcodes(&self.words(), &handed, "handed")?;
        let collected = check_barcodes(&self.words(), &collected, "collected")?;
        if outcome != "delivered" && !handed.is_empty() {
            return Err(CoreError::invalid(
                "handed",
                self.words().t("outcome-handed-only-delivered"),
            ));
        }
        let stop = self.stop(visit_id)?;
        if !stop.delivering {
            return Err(CoreError::NotAllowed(self.words().t("outcome-only-deliverer")));
        }
        let summary = Msg::new("summary-record-visit")
            .arg("name", &stop.reader_name)
            .arg("outcome", Msg::new(&format!("code-visit-{outcome}")));
        self.change(
            account,
            Change::RecordVisit {
                visit_id,
                outcome: outcome.to_owned(),
                note,
                handed,
                collected,
            },
            summary,
        )
        .await
    }

    /// Welfare concerns raised at the door (coordinators; offline once synced): open ones
    /// first, latest first.
    pub fn concerns(&self) -> CoreResult<Vec<ConcernView>> {
        let account = self.signed_in()?;
        let w = self.words();
        self.store.read(|c| {
            let closing = concerns_closing(&waiting_changes(c, account)?);
            let mut all: Vec<WelfareConcern> = load_all(c, collections::CONCERNS)?;
            all.sort_unstable_by_key(|x| (x.closed.is_some(), std::cmp::Reverse((x.date, x.visit_id))));
            Ok(all
                .iter()
                .map(|x| concern_view(&w, x, closing.contains(&x.visit_id)))
                .collect())
        })
    }

    /// Closes a welfare concern with a note of what was done (coordinators; offline too).
    pub async fn close_concern(&self, visit_id: i64, note: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        let note = note.trim();
        if note.is_empty() || note.chars().count() > 1000 {
            return Err(CoreError::invalid("note", w.t("error-concern-note")));
        }
        let concern: WelfareConcern = self
            .store
            .read(|c| load(c, collections::CONCERNS, visit_id))?
            .ok_or_else(|| CoreError::NotFound(w.t("error-no-such-concern")))?;
        if concern.closed.is_some() {
            return Err(CoreError::conflict("already_closed", w.t("why-concern-closed")));
        }
        let summary = Msg::new("summary-close-concern").arg("name", &concern.reader_name);
        self.change(
            account,
            Change::CloseConcern {
                visit_id,
                note: note.to_owned(),
            },
            summary,
        )
        .await
    }

    /// Every delivery with preferences and past visits (coordinators; needs the hub).
    pub async fn all_deliveries(&self) -> CoreResult<Vec<DeliveryView>> {
        let token = self.token()?;
        let result = self.hub.get::<Vec<Delivery>>("v1/deliveries", Some(&token)).await;
        self.note_reachability(&result);
        let all = result?;
        let names = self.store.read(library_names)?;
        let w = self.words();
        Ok(all.iter().map(|d| answered_view(&w, &names, d)).collect())
    }

    async fn decide(&self, path: String, body: Option<cml_api::Decline>) -> CoreResult<DeliveryView> {
        let token = self.token()?;
        let result = self
            .hub
            .call::<_, Delivery>(Method::POST, &path, Some(&token), body.as_ref())
            .await;
        self.note_reachability(&result);
        let d = result?;
        // The phone's queue shows the decision at once, not at the next sync.
        self.refresh(&[collections::DELIVERY_QUEUE]).await;
        let names = self.store.read(library_names)?;
        Ok(answered_view(&self.words(), &names, &d))
    }

    /// Accepts a request (coordinators; needs the hub).
    pub async fn accept_delivery(&self, delivery_id: i64) -> CoreResult<DeliveryView> {
        self.decide(format!("v1/deliveries/{delivery_id}/accept"), None).await
    }

    /// Declines a request with a reason the reader sees (coordinators; needs the hub).
    pub async fn decline_delivery(&self, delivery_id: i64, reason: &str) -> CoreResult<DeliveryView> {
        if reason.trim().is_empty() {
            return Err(CoreError::invalid("reason", self.words().t("error-say-why-reader")));
        }
        let body = cml_api::Decline {
            reason: reason.trim().to_owned(),
        };
        self.decide(format!("v1/deliveries/{delivery_id}/decline"), Some(body))
            .await
    }

    /// Schedules a visit, and `repeat` more at the delivery's frequency (coordinators; needs the
    /// hub). The chooser and deliverer must hold those volunteer roles.
    #[allow(clippy::too_many_arguments)]
    pub async fn schedule_visits(
        &self,
        delivery_id: i64,
        date: &str,
        time_of_day: &str,
        chooser_card: &str,
        deliverer_card: &str,
        repeat: u32,
    ) -> CoreResult<DeliveryView> {
        let token = self.token()?;
        let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
            .map_err(|_| CoreError::invalid("date", self.words().t("error-date-format")))?;
        if date < today(Utc::now()) {
            return Err(CoreError::invalid("date", self.words().t("error-visit-past")));
        }
        let plan = VisitPlan {
            date,
            time_of_day: time_of_day.to_owned(),
            chooser_card: chooser_card.trim().to_owned(),
            deliverer_card: deliverer_card.trim().to_owned(),
            repeat,
        };
        let path = format!("v1/deliveries/{delivery_id}/visits");
        let result = self
            .hub
            .call::<_, Delivery>(Method::POST, &path, Some(&token), Some(&plan))
            .await;
        self.note_reachability(&result);
        let d = result?;
        // The phone's queue shows the decision at once, not at the next sync.
        self.refresh(&[collections::DELIVERY_QUEUE]).await;
        let names = self.store.read(library_names)?;
        Ok(answered_view(&self.words(), &names, &d))
    }

    /// Who read readers' details, latest first (coordinators; needs the hub).
    pub async fn audit_log(&self, reader_card: Option<String>) -> CoreResult<Vec<AuditView>> {
        let token = self.token()?;
        let path = match reader_card.as_deref().and_then(cml_api::normalise_card) {
            Some(card) => format!("v1/audit?reader={card}"),
            None => "v1/audit".to_owned(),
        };
        let result = self.hub.get::<Vec<cml_api::AuditEntry>>(&path, Some(&token)).await;
        self.note_reachability(&result);
        Ok(result?
            .into_iter()
            .map(|a| AuditView {
                at: a.at.timestamp(),
                actor_card: a.actor_card,
                actor_name: a.actor_name,
                reader_card: a.reader_card,
                via: a.via,
            })
            .collect())
    }

    async fn roles_call(&self, card: &str, role: Option<(&str, &str, bool)>) -> CoreResult<Vec<VolunteerRoleView>> {
        let token = self.token()?;
        let card = cml_api::normalise_card(card)
            .ok_or_else(|| CoreError::invalid("card", self.words().t("error-card-number")))?;
        let result = match role {
            None => {
                self.hub
                    .get::<Vec<VolunteerRole>>(&format!("v1/volunteers/{card}/roles"), Some(&token))
                    .await
            }
            Some((library, role, grant)) => {
                let body = VolunteerRole {
                    library: library.trim().to_uppercase(),
                    role: role.trim().to_owned(),
                };
                let path = if grant {
                    format!("v1/volunteers/{card}/roles")
                } else {
                    format!("v1/volunteers/{card}/roles/remove")
                };
                self.hub.call(Method::POST, &path, Some(&token), Some(&body)).await
            }
        };
        self.note_reachability(&result);
        Ok(result?
            .into_iter()
            .map(|r| VolunteerRoleView {
                library: r.library,
                role: r.role,
            })
            .collect())
    }

    /// A volunteer's roles at each library (coordinators, or the volunteer; needs the hub).
    pub async fn volunteer_roles(&self, card: &str) -> CoreResult<Vec<VolunteerRoleView>> {
        self.roles_call(card, None).await
    }

    /// Grants a volunteer role at a library (coordinators; needs the hub).
    pub async fn grant_volunteer_role(
        &self,
        card: &str,
        library: &str,
        role: &str,
    ) -> CoreResult<Vec<VolunteerRoleView>> {
        self.roles_call(card, Some((library, role, true))).await
    }

    /// Removes a volunteer role at a library (coordinators; needs the hub).
    pub async fn remove_volunteer_role(
        &self,
        card: &str,
        library: &str,
        role: &str,
    ) -> CoreResult<Vec<VolunteerRoleView>> {
        self.roles_call(card, Some((library, role, false))).await
    }
}

/// The Round screen (deliverers): the day's visits in order, and the outcome buttons.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoundScreen {
    /// "YYYY-MM-DD".
    pub date: String,
    /// "Thursday 3 December".
    pub date_text: String,
    pub stops: Vec<RoundStopView>,
    /// "3 visits: 1 recorded, 2 to go." / "No visits on your round this day."
    pub summary: String,
    /// The outcome buttons of a visit, with their words ("delivered": "Delivered", …,
    /// "welfare_concern": "Welfare concern", which needs a note).
    pub outcomes: Vec<crate::views::CodeText>,
    /// The time-of-day words ("morning": "In the morning").
    pub times: Vec<crate::views::CodeText>,
    pub data_age: crate::views::DataAge,
    /// When the readers' addresses leave the phone (the visit window ends) or the day changes.
    pub refresh_at: Option<i64>,
}

/// The Choose screen (choosers): one reader's visit, their preferences in plain sentences, and a
/// warning for each chosen title they borrowed before (unless repeats are welcome).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChooseScreen {
    pub stop: RoundStopView,
    /// "Likes: crime, local history.", "Formats: Large print.", "Please avoid: horror.", ….
    pub preferences_text: Vec<String>,
    /// "Borrowed before: Jane Eyre. Arthur does not want repeats."
    pub warnings: Vec<String>,
    /// What the reader said of titles delivered before ("More like this: …").
    pub reactions: Vec<String>,
    pub data_age: crate::views::DataAge,
}

impl Core {
    /// The Round screen for a day (default today), from the device store.
    pub fn round_screen(&self, date: Option<String>) -> CoreResult<RoundScreen> {
        let now = self.now();
        let w = self.words();
        let day = match date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            Some(d) => NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| CoreError::invalid("date", w.t("error-date-format")))?,
            None => today(now),
        };
        let stops: Vec<RoundStopView> = self
            .round(Some(day.to_string()))?
            .into_iter()
            .filter(|s| s.delivering)
            .collect();
        let recorded = stops
            .iter()
            .filter(|s| s.status != "scheduled" || s.pending.is_some())
            .count() as i64;
        let summary = match stops.len() as i64 {
            0 => w.t("round-none"),
            n => w.a(
                "round-summary",
                &[("n", num(n)), ("done", num(recorded)), ("left", num(n - recorded))],
            ),
        };
        let codes = |kind: &str, list: &[&str]| {
            list.iter()
                .map(|c| crate::views::CodeText {
                    code: (*c).to_owned(),
                    text: w.code(kind, c),
                })
                .collect::<Vec<_>>()
        };
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(RoundScreen {
            date: day.to_string(),
            date_text: w.date(day),
            stops,
            summary,
            outcomes: codes(
                "visit",
                &["delivered", "not_home", "declined", "unwell", "welfare_concern"],
            ),
            times: codes("time", &["morning", "afternoon", "any"]),
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }

    /// The Choose screen for a visit on the chooser's round, from the device store.
    pub fn choose_screen(&self, visit_id: i64) -> CoreResult<ChooseScreen> {
        let w = self.words();
        let s = self.stop(visit_id)?;
        let stop = self
            .round(Some(s.date.to_string()))?
            .into_iter()
            .find(|v| v.visit_id == visit_id)
            .ok_or_else(|| CoreError::NotFound(w.t("error-visit-not-on-round")))?;
        let p = &stop.preferences;
        let list = |items: &[String]| items.join(&w.t("list-separator"));
        let mut text = Vec::new();
        if !p.genres.is_empty() {
            text.push(w.a("choose-likes", &[("list", list(&p.genres).into())]));
        }
        if !p.favourite_authors.is_empty() {
            text.push(w.a("choose-authors", &[("list", list(&p.favourite_authors).into())]));
        }
        if !p.formats.is_empty() {
            let formats: Vec<String> = p.formats.iter().map(|f| w.code("reading-format", f)).collect();
            text.push(w.a("choose-formats", &[("list", list(&formats).into())]));
        }
        if !p.avoid.is_empty() {
            text.push(w.a("choose-avoid", &[("list", list(&p.avoid).into())]));
        }
        text.push(w.t(if p.allow_repeats {
            "choose-repeats-welcome"
        } else {
            "choose-no-repeats"
        }));
        if p.surprise_me {
            text.push(w.t("choose-surprise"));
        }
        if !p.notes.trim().is_empty() {
            text.push(w.a("choose-notes", &[("notes", p.notes.trim().to_owned().into())]));
        }
        let warnings = if p.allow_repeats {
            Vec::new()
        } else {
            stop.bag
                .iter()
                .filter(|b| b.borrowed_before)
                .map(|b| {
                    w.a(
                        "choose-borrowed-before",
                        &[
                            ("title", b.title.clone().into()),
                            ("name", stop.reader_name.clone().into()),
                        ],
                    )
                })
                .collect()
        };
        let (data_age, _) = self.data_age(self.now())?;
        Ok(ChooseScreen {
            reactions: stop.reactions.clone(),
            stop,
            preferences_text: text,
            warnings,
            data_age,
        })
    }
}

/// A volunteer who can be given a visit to choose for or deliver (coordinators).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VolunteerChoice {
    pub card: String,
    pub name: String,
    /// The libraries where they hold the role, by name: "Baswich, Holmcroft".
    pub libraries: String,
}

/// The coordinators' Deliveries screen, from the device store (offline): requests to accept or
/// decline, deliveries to schedule, visits to come, paused ones, welfare concerns to act on, and
/// who can choose and deliver. Readers' addresses are not on the phone (the postcode's first half
/// is): `all_deliveries` reads them from the hub, and the hub audits each read.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DeliveriesScreen {
    /// "2 requests to decide. 1 delivery to schedule. 1 welfare concern to act on."
    pub summary: String,
    pub requests: Vec<DeliveryView>,
    /// Accepted or active, with no visit planned.
    pub to_schedule: Vec<DeliveryView>,
    /// With a visit planned, the soonest first.
    pub scheduled: Vec<DeliveryView>,
    pub paused: Vec<DeliveryView>,
    /// Open concerns first, then closed ones.
    pub concerns: Vec<ConcernView>,
    pub choosers: Vec<VolunteerChoice>,
    pub deliverers: Vec<VolunteerChoice>,
    /// The time-of-day words for planning a visit.
    pub times: Vec<CodeText>,
    /// "Addresses are not kept on this phone. Open a delivery when you are online to see one."
    pub privacy_note: String,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

/// The Home delivery screen (readers and carers), from the device store: the person's delivery
/// (or, switched to a member, that member's), its actions, and the request form's choices.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeDeliveryScreen {
    /// Whom it is for: the person, or the member they act for.
    pub for_name: String,
    pub deliveries: Vec<DeliveryView>,
    /// "request": asking for the service, allowed unless a delivery is under way or asked for.
    pub request: ActionView,
    /// What the form offers, with its words: days (1 Monday … 7 Sunday), times, how often,
    /// formats.
    pub days: Vec<CodeText>,
    pub times: Vec<CodeText>,
    pub frequencies: Vec<CodeText>,
    pub formats: Vec<CodeText>,
    /// Changes to a delivery made on this phone, not yet sent: "Pause home delivery for Arthur Bell".
    pub waiting: Vec<String>,
    pub data_age: DataAge,
    pub refresh_at: Option<i64>,
}

fn volunteers_with(
    w: &Words<'_>,
    names: &[(String, String)],
    all: &[cml_api::VolunteerRoles],
    role: &str,
) -> Vec<VolunteerChoice> {
    let mut out: Vec<VolunteerChoice> = all
        .iter()
        .filter_map(|v| {
            let libraries: Vec<String> = v
                .roles
                .iter()
                .filter(|r| r.role == role)
                .map(|r| name_of(names, &r.library))
                .collect();
            (!libraries.is_empty()).then(|| VolunteerChoice {
                card: v.card.clone(),
                name: v.name.clone(),
                libraries: libraries.join(&w.t("list-separator")),
            })
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name).then(a.card.cmp(&b.card)));
    out
}

impl Core {
    /// The coordinators' Deliveries screen, from the device store.
    pub fn deliveries_screen(&self) -> CoreResult<DeliveriesScreen> {
        let account = self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let online = self.store.meta("online")?.as_deref() != Some("no");
        let concerns = self.concerns()?;
        let (queue, volunteers, names, waiting) = self.store.read(|c| {
            Ok((
                load_all::<Delivery>(c, collections::DELIVERY_QUEUE)?,
                load_all::<cml_api::VolunteerRoles>(c, collections::VOLUNTEER_ROLES)?,
                library_names(c)?,
                waiting_changes(c, account)?,
            ))
        })?;
        let (mut requests, mut to_schedule, mut scheduled, mut paused) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for d in &queue {
            let mut v = delivery_view(&w, &names, d);
            v.actions = coordinator_actions(&w, &d.status, state_change_waiting(&waiting, d.id), online);
            match (d.status.as_str(), &d.next_visit) {
                ("requested", _) => requests.push(v),
                ("paused", _) => paused.push(v),
                ("accepted" | "active", None) => to_schedule.push(v),
                ("accepted" | "active", Some(_)) => scheduled.push(v),
                _ => {}
            }
        }
        scheduled.sort_by(|a, b| {
            let key = |v: &DeliveryView| v.next_visit.as_ref().map(|n| n.date.clone());
            key(a).cmp(&key(b)).then(a.id.cmp(&b.id))
        });
        let open = concerns.iter().filter(|c| c.open).count() as i64;
        let mut parts = Vec::new();
        if !requests.is_empty() {
            parts.push(w.a("deliveries-requests", &[("n", num(requests.len() as i64))]));
        }
        if !to_schedule.is_empty() {
            parts.push(w.a("deliveries-to-schedule", &[("n", num(to_schedule.len() as i64))]));
        }
        if open > 0 {
            parts.push(w.a("home-welfare-concerns", &[("n", num(open))]));
        }
        let summary = if parts.is_empty() {
            w.t("deliveries-nothing-waiting")
        } else {
            parts.join(" ")
        };
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(DeliveriesScreen {
            summary,
            requests,
            to_schedule,
            scheduled,
            paused,
            concerns,
            choosers: volunteers_with(&w, &names, &volunteers, "chooser"),
            deliverers: volunteers_with(&w, &names, &volunteers, "deliverer"),
            times: self.codes("time"),
            privacy_note: w.t("deliveries-privacy-note"),
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }

    /// The Home delivery screen (readers and carers), from the device store.
    pub fn home_delivery_screen(&self) -> CoreResult<HomeDeliveryScreen> {
        let account = self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let deliveries = self.deliveries()?;
        let for_name = match self.acting_for()? {
            Some(p) => p.member_name,
            None => self.whoami()?.map(|a| a.name).unwrap_or_default(),
        };
        // Changes to a delivery waiting to be sent, in their words; an unsent request among them.
        let (request_waiting, waiting) = self.store.read(|c| {
            let mut request = false;
            let mut out = Vec::new();
            for (key, change) in crate::events::waiting_keyed(c, account)? {
                request |= matches!(change, Change::RequestDelivery { .. });
                if matches!(
                    change,
                    Change::RequestDelivery { .. } | Change::SetDeliveryState { .. } | Change::ReactToItem { .. }
                ) {
                    out.extend(crate::outbox::change(c, &w, &key)?.map(|v| v.summary));
                }
            }
            Ok((request, out))
        })?;
        let under_way = deliveries
            .iter()
            .any(|d| !matches!(d.status.as_str(), "declined" | "ended"));
        let why = if request_waiting {
            Some(w.t("why-delivery-request-waiting"))
        } else if under_way {
            Some(w.t("why-delivery-under-way"))
        } else {
            None
        };
        let days = (1..=7u8)
            .map(|d| CodeText {
                code: d.to_string(),
                text: w.weekday(d),
            })
            .collect();
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(HomeDeliveryScreen {
            for_name,
            deliveries,
            request: delivery_action(&w, "request", why),
            days,
            times: self.codes("time"),
            frequencies: self.codes("frequency"),
            formats: self.codes("reading-format"),
            waiting,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}
