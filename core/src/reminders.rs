//! Reminders the app raises as notifications, worked out on the phone from the device store: a
//! reservation ready to collect and its last day, a loan due in three days, an event tomorrow, a
//! home-delivery visit tomorrow (reader and carer), a delivery round tomorrow (deliverer), a shift
//! tomorrow. Each has a stable id (the same reminder keeps it, a moved one gets a new one), so the
//! app raises it once; "raised" (a notification was shown) is kept apart from "seen" (the person
//! opened it). "Tomorrow" reminders come from 9am the day before until midnight, so their words
//! stay true. The time comes from the core's clock, which tests can move.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use cml_api::london::{from_local, today};
use cml_api::{collections, BookingStatus, RoundStop, Shift};
use rusqlite::{params, Connection, OptionalExtension};

use crate::circulation::load_all;
use crate::error::CoreResult;
use crate::i18n::{num, Words};
use crate::views::{ReminderView, ScreenTarget};

/// Reminders for the day ahead come at this UK time the day before.
const MORNING: (u32, u32) = (9, 0);

fn at_morning(day: NaiveDate) -> DateTime<Utc> {
    from_local(day.and_time(NaiveTime::from_hms_opt(MORNING.0, MORNING.1, 0).expect("a valid time")))
}

fn end_of(day: NaiveDate) -> DateTime<Utc> {
    from_local((day + Duration::days(1)).and_time(NaiveTime::MIN))
}

/// One reminder as worked out, before its marks are read.
struct Due {
    id: String,
    kind: &'static str,
    text: String,
    target: ScreenTarget,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
}

fn target(screen: &str, id: Option<i64>) -> ScreenTarget {
    ScreenTarget {
        screen: screen.to_owned(),
        id,
    }
}

/// Every reminder for the signed-in person whose moment has come and not passed.
pub fn due(c: &Connection, w: &Words<'_>, me: &cml_api::Account, now: DateTime<Utc>) -> CoreResult<Vec<ReminderView>> {
    let account = me.id;
    let mut all: Vec<Due> = Vec::new();

    for h in crate::circulation::holds(c, w, account, now)? {
        let (Some(hold_id), Some(until)) = (h.hold_id, h.ready_until.as_deref()) else {
            continue;
        };
        let Ok(last) = NaiveDate::parse_from_str(until, "%Y-%m-%d") else {
            continue;
        };
        if h.status != "ready" {
            continue;
        }
        all.push(Due {
            id: format!("hold-ready:{hold_id}"),
            kind: "hold_ready",
            text: w.a(
                "reminder-hold-ready",
                &[
                    ("title", h.title.clone().into()),
                    ("library", h.pickup_name.clone().into()),
                    ("until", w.date(last).into()),
                ],
            ),
            target: target("account", Some(hold_id)),
            from: now,
            until: end_of(last),
        });
        all.push(Due {
            id: format!("hold-last-day:{hold_id}:{last}"),
            kind: "hold_last_day",
            text: w.a(
                "reminder-hold-last-day",
                &[
                    ("title", h.title.clone().into()),
                    ("library", h.pickup_name.clone().into()),
                ],
            ),
            target: target("account", Some(hold_id)),
            from: at_morning(last),
            until: end_of(last),
        });
    }

    for l in crate::circulation::loans(c, w, account, now)? {
        let Ok(due_on) = NaiveDate::parse_from_str(&l.due_date, "%Y-%m-%d") else {
            continue;
        };
        all.push(Due {
            id: format!("loan-due:{}:{due_on}", l.loan_id),
            kind: "loan_due",
            text: w.a(
                "reminder-loan-due",
                &[("title", l.title.clone().into()), ("due", w.date(due_on).into())],
            ),
            target: target("account", Some(l.loan_id)),
            from: at_morning(due_on - Duration::days(3)),
            until: end_of(due_on),
        });
    }

    for b in crate::events::active_bookings(c)? {
        if b.status != BookingStatus::Confirmed {
            continue;
        }
        let Some(event) = crate::events::load_event(c, b.event_id)? else {
            continue;
        };
        let on = today(event.starts_at);
        if event.cancelled {
            continue;
        }
        all.push(Due {
            id: format!("event-tomorrow:{}:{on}", event.id),
            kind: "event_tomorrow",
            text: w.a(
                "reminder-event-tomorrow",
                &[
                    ("title", event.title.clone().into()),
                    ("when", w.when(event.starts_at, event.ends_at).into()),
                ],
            ),
            target: target("event", Some(event.id)),
            from: at_morning(on - Duration::days(1)),
            until: end_of(on - Duration::days(1)),
        });
    }

    // The reader's own deliveries and those they manage as a carer (a coordinator's phone holds
    // every delivery: those are not theirs to be reminded of).
    let managed: Vec<String> = load_all::<cml_api::Proxy>(c, collections::PROXIES)?
        .into_iter()
        .filter(|p| p.carer_card == me.card && p.rights.iter().any(|r| r == "deliveries"))
        .map(|p| p.member_card)
        .collect();
    for d in load_all::<cml_api::Delivery>(c, collections::DELIVERIES)? {
        if d.reader_card != me.card && !managed.contains(&d.reader_card) {
            continue;
        }
        for v in d.next_visit.iter().filter(|v| v.status == "scheduled") {
            all.push(Due {
                id: format!("visit-tomorrow:{}", v.id),
                kind: "visit_tomorrow",
                text: w.a("reminder-visit-tomorrow", &[("date", w.date(v.date).into())]),
                target: target("delivery", Some(d.id)),
                from: at_morning(v.date - Duration::days(1)),
                until: end_of(v.date - Duration::days(1)),
            });
        }
    }

    let rounds: Vec<RoundStop> = load_all::<RoundStop>(c, collections::ROUNDS)?;
    let mut round_days: Vec<NaiveDate> = rounds.iter().filter(|s| s.delivering).map(|s| s.date).collect();
    round_days.sort_unstable();
    round_days.dedup();
    for on in round_days {
        let stops = rounds.iter().filter(|s| s.delivering && s.date == on).count();
        all.push(Due {
            id: format!("round-tomorrow:{on}"),
            kind: "round_tomorrow",
            text: w.a("reminder-round-tomorrow", &[("n", num(stops as i64))]),
            target: target("round", None),
            from: at_morning(on - Duration::days(1)),
            until: end_of(on - Duration::days(1)),
        });
    }

    for s in load_all::<Shift>(c, collections::SHIFTS)? {
        if !s.volunteer_ids.contains(&account) {
            continue;
        }
        let on = today(s.starts_at);
        all.push(Due {
            id: format!("shift-tomorrow:{}:{on}", s.id),
            kind: "shift_tomorrow",
            text: w.a(
                "reminder-shift-tomorrow",
                &[
                    ("title", s.title.clone().into()),
                    ("when", w.when(s.starts_at, s.ends_at).into()),
                ],
            ),
            target: target("rota", Some(s.id)),
            from: at_morning(on - Duration::days(1)),
            until: end_of(on - Duration::days(1)),
        });
    }

    let mut out = Vec::new();
    for r in all.into_iter().filter(|r| r.from <= now && now < r.until) {
        let marks: Option<(Option<String>, Option<String>)> = c
            .query_row(
                "SELECT raised_at, seen_at FROM reminders WHERE id = ?1",
                [&r.id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let (raised, seen) = marks.map_or((false, false), |(r, s)| (r.is_some(), s.is_some()));
        out.push(ReminderView {
            id: r.id,
            kind: r.kind.to_owned(),
            text: r.text,
            target: r.target,
            at: r.from.timestamp(),
            raised,
            seen,
        });
    }
    out.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    Ok(out)
}

/// Notes that these reminders were shown as notifications (or, with `seen`, opened).
pub fn mark(tx: &Connection, ids: &[String], seen: bool, now: DateTime<Utc>) -> CoreResult<()> {
    let column = if seen { "seen_at" } else { "raised_at" };
    for id in ids {
        tx.execute(
            &format!(
                "INSERT INTO reminders (id, {column}) VALUES (?1, ?2) \
                 ON CONFLICT (id) DO UPDATE SET {column} = COALESCE(reminders.{column}, excluded.{column})"
            ),
            params![id, now.to_rfc3339()],
        )?;
    }
    Ok(())
}
