//! The Home screen in one record, from the device store: for each role the person has, the next
//! things that matter, in the order they matter; the sync line in words; and, for simple mode, at
//! most four large actions.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use cml_api::london::{from_local, today};
use cml_api::{collections, BookingStatus, Delivery, Role, RoundStop, Shift};
use rusqlite::Connection;

use crate::circulation::load_all;
use crate::error::CoreResult;
use crate::events::{library_names, name_of};
use crate::i18n::{num, Words};
use crate::views::{AccountView, DataAge, ScreenTarget, SyncStatus};
use crate::Core;

/// Loans due within this many days show on Home.
pub const LOAN_DUE_SOON_DAYS: i64 = 3;

/// One thing Home shows: a whole sentence (what a screen reader says), where it leads, and the
/// role it is there for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeItem {
    /// "hold_ready", "loan_overdue", "loan_due", "next_event", "next_visit", "checked_in",
    /// "round_today", "next_shift", "delivery_requests", "welfare_concerns", "outcome", "notice".
    pub kind: String,
    /// Whose part of the app it belongs to: "member", "reader", "volunteer", "coordinator", or
    /// "everyone" (outcomes and notices).
    pub role: String,
    /// "Jane Eyre is ready to collect at Brewood Library. Last day: Friday 8 January."
    pub text: String,
    /// Seconds since 1970 (UTC) of the moment it is about, when it has one.
    pub at: Option<i64>,
    pub target: ScreenTarget,
    /// Needs doing soon (overdue, last day, happening today): show it first and strongly.
    pub urgent: bool,
}

/// One of simple mode's large actions.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SimpleAction {
    /// "next" (my next visit or booking), "ask_for_books", "my_books", "call_library".
    pub kind: String,
    /// The button's words: "My next visit: Tuesday 8 December".
    pub label: String,
    /// Where it leads (for "call_library", the library's screen).
    pub target: ScreenTarget,
    /// The number to ring, for "call_library".
    pub phone: Option<String>,
}

/// The Home screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HomeScreen {
    /// Who is signed in; none shows the Sign in screen.
    pub person: Option<AccountView>,
    /// "Good morning, Margaret".
    pub greeting: String,
    /// The roles whose parts of the app this person has ("member", "reader", "carer",
    /// "volunteer", "coordinator").
    pub roles: Vec<String>,
    /// The sync line ("Offline: 2 changes will be sent when you are back online") and its facts.
    pub status: SyncStatus,
    /// The member whose Home this is, when a carer has switched to someone they act for.
    pub acting_for: Option<crate::acting::PersonChoice>,
    /// What matters next, in order.
    pub items: Vec<HomeItem>,
    /// Simple mode's buttons (at most four).
    pub simple_actions: Vec<SimpleAction>,
    pub data_age: DataAge,
    /// When some words on this screen next change ("due tomorrow" at midnight, "checked 5
    /// minutes ago"): read it again then. Seconds since 1970 (UTC).
    pub refresh_at: Option<i64>,
}

fn target(screen: &str, id: Option<i64>) -> ScreenTarget {
    ScreenTarget {
        screen: screen.to_owned(),
        id,
    }
}

/// Keeps the earliest moment after `now`.
pub fn sooner(slot: &mut Option<DateTime<Utc>>, at: DateTime<Utc>, now: DateTime<Utc>) {
    if at > now && slot.is_none_or(|s| at < s) {
        *slot = Some(at);
    }
}

/// The next UK midnight after `now` (when "today" and "tomorrow" move on).
pub fn next_midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    from_local((today(now) + Duration::days(1)).and_time(NaiveTime::MIN))
}

/// "Good morning, Margaret" (5am to noon), "Good afternoon" (to 6pm), "Good evening" (to
/// midnight), "Hello" in the small hours; and the UK moment the greeting next changes.
fn greeting(w: &Words<'_>, name: Option<&str>, now: DateTime<Utc>) -> (String, DateTime<Utc>) {
    use chrono::Timelike;
    let local = cml_api::london::to_local(now);
    let (part, until) = match local.hour() {
        0..=4 => ("night", 5),
        5..=11 => ("morning", 12),
        12..=17 => ("afternoon", 18),
        _ => ("evening", 24),
    };
    let day = local.date();
    let next = if until == 24 {
        next_midnight(now)
    } else {
        from_local(day.and_hms_opt(until, 0, 0).unwrap_or(day.and_time(NaiveTime::MIN)))
    };
    let text = match name {
        Some(n) => w.a(
            &format!("home-greeting-{part}"),
            &[("name", n.split_whitespace().next().unwrap_or(n).to_owned().into())],
        ),
        None => w.t("home-greeting-signed-out"),
    };
    (text, next)
}

struct Built {
    items: Vec<(u8, HomeItem)>,
    refresh: Option<DateTime<Utc>>,
    next_visit: Option<(String, ScreenTarget)>,
    next_booking: Option<(String, ScreenTarget)>,
}

/// Works out Home's items from the device store.
fn items(c: &Connection, w: &Words<'static>, me: &cml_api::Account, now: DateTime<Utc>) -> CoreResult<Built> {
    let mut b = Built {
        items: Vec::new(),
        refresh: Some(next_midnight(now)),
        next_visit: None,
        next_booking: None,
    };
    let names = library_names(c)?;
    let mut push =
        |rank: u8, kind: &str, role: &str, text: String, at: Option<DateTime<Utc>>, t: ScreenTarget, urgent| {
            b.items.push((
                rank,
                HomeItem {
                    kind: kind.to_owned(),
                    role: role.to_owned(),
                    text,
                    at: at.map(|a| a.timestamp()),
                    target: t,
                    urgent,
                },
            ));
        };
    let day = today(now);

    // Member: reservations ready, loans due soon or overdue, the next booked event.
    for h in crate::circulation::holds(c, w, me.id, now)? {
        if h.status != "ready" {
            continue;
        }
        let last_day = h
            .ready_until
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        if last_day.is_some_and(|d| d < day) {
            // Its shelf days are over: the hub will say it expired.
            continue;
        }
        let text = match last_day {
            Some(d) => w.a(
                "home-hold-ready-until",
                &[
                    ("title", h.title.clone().into()),
                    ("library", h.pickup_name.clone().into()),
                    ("until", w.date(d).into()),
                ],
            ),
            None => w.a(
                "home-hold-ready",
                &[
                    ("title", h.title.clone().into()),
                    ("library", h.pickup_name.clone().into()),
                ],
            ),
        };
        let urgent = last_day.is_some_and(|d| d <= day);
        push(
            if urgent { 0 } else { 2 },
            "hold_ready",
            "member",
            text,
            None,
            target("account", h.hold_id),
            urgent,
        );
    }
    for l in crate::circulation::loans(c, w, me.id, now)? {
        if l.days_left > LOAN_DUE_SOON_DAYS {
            continue;
        }
        let text = w.a(
            "home-loan",
            &[("title", l.title.clone().into()), ("due", l.due_text.clone().into())],
        );
        if l.overdue {
            push(
                1,
                "loan_overdue",
                "member",
                text,
                None,
                target("account", Some(l.loan_id)),
                true,
            );
        } else {
            push(
                3,
                "loan_due",
                "member",
                text,
                None,
                target("account", Some(l.loan_id)),
                l.days_left == 0,
            );
        }
    }
    let mut booked: Vec<cml_api::Event> = Vec::new();
    for bk in crate::events::active_bookings(c)? {
        if bk.status != BookingStatus::Confirmed {
            continue;
        }
        if let Some(e) = crate::events::load_event(c, bk.event_id)? {
            if !e.cancelled && e.ends_at > now {
                booked.push(e);
            }
        }
    }
    booked.sort_unstable_by_key(|e| (e.starts_at, e.id));
    if let Some(e) = booked.first() {
        let when = w.when(e.starts_at, e.ends_at);
        let text = w.a(
            "home-next-event",
            &[
                ("title", e.title.clone().into()),
                ("when", when.clone().into()),
                ("library", name_of(&names, &e.library).into()),
            ],
        );
        b.next_booking = Some((
            w.a(
                "home-simple-next-event",
                &[("title", e.title.clone().into()), ("when", when.into())],
            ),
            target("event", Some(e.id)),
        ));
        push(
            4,
            "next_event",
            "member",
            text,
            Some(e.starts_at),
            target("event", Some(e.id)),
            today(e.starts_at) == day,
        );
        sooner(&mut b.refresh, e.starts_at, now);
        sooner(&mut b.refresh, e.ends_at, now);
    }

    // Reader or carer: the next home-delivery visit.
    let managed: Vec<(String, String)> = load_all::<cml_api::Proxy>(c, collections::PROXIES)?
        .into_iter()
        .filter(|p| p.carer_card == me.card && p.rights.iter().any(|r| r == "deliveries"))
        .map(|p| (p.member_card, p.member_name))
        .collect();
    let mut visits: Vec<(chrono::NaiveDate, Delivery)> = Vec::new();
    for d in load_all::<Delivery>(c, collections::DELIVERIES)? {
        if d.reader_card != me.card && !managed.iter().any(|(card, _)| *card == d.reader_card) {
            continue;
        }
        if let Some(v) = d.next_visit.iter().find(|v| v.status == "scheduled" && v.date >= day) {
            visits.push((v.date, d.clone()));
        }
    }
    visits.sort_unstable_by_key(|(date, d)| (*date, d.id));
    for (date, d) in &visits {
        let visit = d.next_visit.as_ref().expect("a visit was found");
        let when = crate::deliveries::visit_when(w, *date, &visit.time_of_day);
        let (text, role) = if d.reader_card == me.card {
            (w.a("home-next-visit", &[("when", when.clone().into())]), "reader")
        } else {
            (
                w.a(
                    "home-next-visit-for",
                    &[("name", d.reader_name.clone().into()), ("when", when.clone().into())],
                ),
                "carer",
            )
        };
        if d.reader_card == me.card && b.next_visit.is_none() {
            b.next_visit = Some((
                w.a("home-simple-next-visit", &[("when", when.into())]),
                target("delivery", Some(d.id)),
            ));
        }
        push(
            5,
            "next_visit",
            role,
            text,
            None,
            target("delivery", Some(d.id)),
            *date == day,
        );
    }

    // Volunteer: checked in now, today's round, the next shift.
    let rounds: Vec<RoundStop> = load_all(c, collections::ROUNDS)?;
    let stops_today = rounds.iter().filter(|s| s.delivering && s.date == day).count();
    if stops_today > 0 {
        let text = w.a("home-round-today", &[("n", num(stops_today as i64))]);
        push(6, "round_today", "volunteer", text, None, target("round", None), true);
    }
    let mut mine: Vec<Shift> = load_all::<Shift>(c, collections::SHIFTS)?
        .into_iter()
        .filter(|s| s.volunteer_ids.contains(&me.id) && s.ends_at > now)
        .collect();
    mine.sort_unstable_by_key(|s| (s.starts_at, s.id));
    if let Some(s) = mine.first() {
        let args = [
            ("title", s.title.clone().into()),
            ("library", name_of(&names, &s.library).into()),
            ("when", w.when(s.starts_at, s.ends_at).into()),
        ];
        let (text, urgent) = if s.starts_at <= now {
            (w.a("home-shift-now", &args), true)
        } else {
            (w.a("home-next-shift", &args), today(s.starts_at) == day)
        };
        push(
            7,
            "next_shift",
            "volunteer",
            text,
            Some(s.starts_at),
            target("today", Some(s.id)),
            urgent,
        );
        sooner(&mut b.refresh, s.starts_at, now);
        sooner(&mut b.refresh, s.ends_at, now);
    }

    // Coordinator: what waits for them.
    if me.roles.contains(&Role::Coordinator) {
        let requests = load_all::<Delivery>(c, collections::DELIVERY_QUEUE)?
            .iter()
            .filter(|d| d.status == "requested")
            .count();
        if requests > 0 {
            let text = w.a("home-delivery-requests", &[("n", num(requests as i64))]);
            push(
                8,
                "delivery_requests",
                "coordinator",
                text,
                None,
                target("deliveries", None),
                false,
            );
        }
        let pending = c.query_row(
            "SELECT COUNT(*) FROM personal WHERE collection = ?1",
            [crate::circulation::PENDING],
            |r| r.get::<_, i64>(0),
        )?;
        if pending > 0 {
            let text = w.a("home-pending-members", &[("n", num(pending))]);
            push(
                8,
                "pending_members",
                "coordinator",
                text,
                None,
                target("pending_members", None),
                false,
            );
        }
        let closing = crate::deliveries::concerns_closing(&crate::events::waiting_changes(c, me.id)?);
        let concerns = load_all::<cml_api::WelfareConcern>(c, collections::CONCERNS)?
            .iter()
            .filter(|w| w.closed.is_none() && !closing.contains(&w.visit_id))
            .count();
        if concerns > 0 {
            let text = w.a("home-welfare-concerns", &[("n", num(concerns as i64))]);
            push(
                8,
                "welfare_concerns",
                "coordinator",
                text,
                None,
                target("deliveries", None),
                true,
            );
        }
    }

    // Everyone: what became of changes made offline, then news.
    for o in crate::outbox::unseen_outcomes(c, w, me.id)? {
        let text = o.outcome.clone().unwrap_or(o.summary.clone());
        push(
            9,
            "outcome",
            "everyone",
            text,
            Some(DateTime::from_timestamp(o.made_at, 0).unwrap_or(now)),
            target("changes", None),
            false,
        );
    }
    for n in crate::notices::list(c, w, me.id, 20)?.into_iter().filter(|n| !n.seen) {
        let to = match n.kind.as_str() {
            "hold_ready" | "hold_expired" => target("account", None),
            _ => target("events", None),
        };
        push(
            10,
            "notice",
            "everyone",
            n.text,
            DateTime::from_timestamp(n.made_at, 0),
            to,
            false,
        );
    }
    Ok(b)
}

impl Core {
    /// The Home screen, from the device store (opens with the hub stopped).
    pub fn home_screen(&self) -> CoreResult<HomeScreen> {
        let now = self.now();
        let w = self.words();
        let status = self.status_at(now)?;
        let (data_age, age_changes) = self.data_age(now)?;
        let Some((_, me)) = self.store.session()? else {
            return Ok(HomeScreen {
                person: None,
                greeting: greeting(&w, None, now).0,
                roles: Vec::new(),
                status,
                acting_for: None,
                items: Vec::new(),
                simple_actions: Vec::new(),
                data_age,
                refresh_at: age_changes.map(|t| t.timestamp()),
            });
        };
        if let Some(proxy) = self.acting_for()? {
            return self.home_for(&w, &me, &proxy, status, data_age, age_changes, now);
        }
        let built = self.store.read(|c| items(c, &w, &me, now))?;
        let mut refresh = built.refresh;
        if let Some(t) = age_changes {
            sooner(&mut refresh, t, now);
        }
        let mut items = built.items;
        items.sort_by_key(|(rank, i)| (!i.urgent, *rank, i.at.unwrap_or(i64::MAX)));
        let items: Vec<HomeItem> = items.into_iter().map(|(_, i)| i).collect();

        let mut roles: Vec<String> = vec!["member".into()];
        if items.iter().any(|i| i.role == "reader") || self.store.read(|c| has_own_delivery(c, &me.card))? {
            roles.push("reader".into());
        }
        if items.iter().any(|i| i.role == "carer") || me.roles.contains(&Role::Carer) {
            roles.push("carer".into());
        }
        if me.roles.contains(&Role::Volunteer) {
            roles.push("volunteer".into());
        }
        if me.roles.contains(&Role::Coordinator) || me.roles.contains(&Role::Admin) {
            roles.push("coordinator".into());
        }

        // Simple mode: the next visit or booking, ask for books, my books, call the library.
        let mut simple = Vec::new();
        if let Some((label, t)) = built.next_visit.or(built.next_booking) {
            simple.push(SimpleAction {
                kind: "next".into(),
                label,
                target: t,
                phone: None,
            });
        }
        simple.push(SimpleAction {
            kind: "ask_for_books".into(),
            label: w.t("home-simple-ask-for-books"),
            target: target("delivery", None),
            phone: None,
        });
        simple.push(SimpleAction {
            kind: "my_books".into(),
            label: w.t("home-simple-my-books"),
            target: target("account", None),
            phone: None,
        });
        let phone = self
            .store
            .libraries()?
            .into_iter()
            .find(|l| Some(&l.code) == me.home_library.as_ref())
            .and_then(|l| l.phone.map(|p| (l.name, p)));
        if let Some((name, number)) = phone {
            simple.push(SimpleAction {
                kind: "call_library".into(),
                label: w.a("home-simple-call", &[("library", name.into())]),
                target: target("libraries", None),
                phone: Some(number),
            });
        }

        let (greeting, changes_at) = greeting(&w, Some(&me.name), now);
        sooner(&mut refresh, changes_at, now);
        Ok(HomeScreen {
            greeting,
            person: Some(AccountView::from(&me)),
            roles,
            status,
            acting_for: None,
            items,
            simple_actions: simple,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}

impl Core {
    /// Home for the member a carer switched to: their next home-delivery visit (with the
    /// "deliveries" right) and their loans due soon (with "loans"), nothing the rights do not give.
    #[allow(clippy::too_many_arguments)]
    fn home_for(
        &self,
        w: &Words<'static>,
        me: &cml_api::Account,
        proxy: &cml_api::Proxy,
        status: SyncStatus,
        data_age: DataAge,
        age_changes: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> CoreResult<HomeScreen> {
        let mut items = Vec::new();
        let day = today(now);
        let mut refresh = Some(next_midnight(now));
        if let Some(t) = age_changes {
            sooner(&mut refresh, t, now);
        }
        if self.acting_right(proxy, "loans").is_ok() {
            for l in self
                .member_loans(proxy, now)?
                .into_iter()
                .filter(|l| l.days_left <= LOAN_DUE_SOON_DAYS)
            {
                items.push(HomeItem {
                    kind: if l.overdue { "loan_overdue" } else { "loan_due" }.into(),
                    role: "carer".into(),
                    text: w.a("home-loan", &[("title", l.title.into()), ("due", l.due_text.into())]),
                    at: None,
                    target: target("account", Some(l.loan_id)),
                    urgent: l.overdue || l.days_left == 0,
                });
            }
        }
        if self.acting_right(proxy, "deliveries").is_ok() {
            for d in self.store.read(|c| load_all::<Delivery>(c, collections::DELIVERIES))? {
                if d.reader_card != proxy.member_card {
                    continue;
                }
                if let Some(v) = d.next_visit.iter().find(|v| v.status == "scheduled" && v.date >= day) {
                    let when = crate::deliveries::visit_when(w, v.date, &v.time_of_day);
                    items.push(HomeItem {
                        kind: "next_visit".into(),
                        role: "carer".into(),
                        text: w.a(
                            "home-next-visit-for",
                            &[("name", proxy.member_name.clone().into()), ("when", when.into())],
                        ),
                        at: None,
                        target: target("delivery", Some(d.id)),
                        urgent: v.date == day,
                    });
                }
            }
        }
        items.sort_by_key(|i| !i.urgent);
        let current = self.acting_for_screen()?.acting_for;
        let mut simple = Vec::new();
        if self.acting_right(proxy, "deliveries").is_ok() {
            simple.push(SimpleAction {
                kind: "ask_for_books".into(),
                label: w.t("home-simple-ask-for-books"),
                target: target("delivery", None),
                phone: None,
            });
        }
        if self.acting_right(proxy, "loans").is_ok() {
            simple.push(SimpleAction {
                kind: "my_books".into(),
                label: w.t("home-simple-my-books"),
                target: target("account", None),
                phone: None,
            });
        }
        Ok(HomeScreen {
            person: Some(AccountView::from(me)),
            greeting: w.a("home-acting-for", &[("name", proxy.member_name.clone().into())]),
            roles: vec!["carer".into()],
            status,
            acting_for: current,
            items,
            simple_actions: simple,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}

fn has_own_delivery(c: &Connection, card: &str) -> CoreResult<bool> {
    Ok(load_all::<Delivery>(c, collections::DELIVERIES)?
        .iter()
        .any(|d| d.reader_card == card && d.status != "ended" && d.status != "declined"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use chrono::NaiveDate;

    fn uk(h: u32, m: u32) -> DateTime<Utc> {
        from_local(
            NaiveDate::from_ymd_opt(2026, 12, 6)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .unwrap(),
        )
    }

    #[test]
    fn the_greeting_fits_the_hour_and_says_when_it_next_changes() {
        let w = crate::i18n::words(Lang::En);
        let said = |h, m| greeting(&w, Some("Margaret Hughes"), uk(h, m));
        // After midnight is not the evening any more.
        assert_eq!(said(1, 30), ("Hello, Margaret".to_owned(), uk(5, 0)));
        assert_eq!(said(5, 0), ("Good morning, Margaret".to_owned(), uk(12, 0)));
        assert_eq!(said(12, 0).0, "Good afternoon, Margaret");
        assert_eq!(said(17, 59).1, uk(18, 0));
        assert_eq!(
            said(23, 10),
            ("Good evening, Margaret".to_owned(), next_midnight(uk(23, 10)))
        );
        let pl = crate::i18n::words(Lang::Pl);
        assert_eq!(greeting(&pl, Some("Margaret Hughes"), uk(2, 0)).0, "Witaj, Margaret");
    }
}
