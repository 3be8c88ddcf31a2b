//! Each library's impact report for its steering group and the council: every figure is counted
//! from what the hub recorded, for a period of UK dates (both ends included).

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use cml_api::london::from_local;
use cml_api::{CategoryAttendance, ImpactPeriod, ImpactPeriods, ImpactReport};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::say;
use crate::params;

/// The UTC instants that bound the UK days `from` to `to`. Instants are compared as RFC 3339
/// text, which orders only four-digit years: a period ending on 31 December 9999 ends at its last
/// instant, not at midnight in the year 10000 (which would sort before every date).
pub fn bounds(from: NaiveDate, to: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = from_local(from.and_hms_opt(0, 0, 0).expect("midnight"));
    let end = match to.succ_opt().filter(|d| d.year() <= 9999) {
        Some(next) => from_local(next.and_hms_opt(0, 0, 0).expect("midnight")),
        None => NaiveDate::from_ymd_opt(9999, 12, 31)
            .and_then(|d| d.and_hms_opt(23, 59, 59))
            .expect("a valid last instant")
            .and_utc(),
    };
    (start, end)
}

fn count(c: &mut dyn Conn, sql: &str, p: &[crate::db::Value]) -> HubResult<i64> {
    Ok(c.query_one(sql, p)?.i64(0)?)
}

pub fn impact(
    c: &mut dyn Conn,
    library: Option<&str>,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> HubResult<ImpactReport> {
    if to < from {
        return Err(HubError::invalid("to", say("hub-period-order")));
    }
    if let Some(code) = library {
        crate::libraries::require(c, "library", code)?;
    }
    let lib = library.unwrap_or("").to_owned();
    let (start, end) = bounds(from, to);
    let (s, e) = (start.to_rfc3339(), end.to_rfc3339());
    let members_total = count(
        c,
        "SELECT CAST(COUNT(*) AS BIGINT) FROM accounts WHERE (',' || roles || ',') LIKE '%,member,%' \
         AND created_at < $1 AND ($2 = '' OR home_library = $2)",
        params![e.clone(), lib.clone()],
    )?;
    let members_new = count(
        c,
        "SELECT CAST(COUNT(*) AS BIGINT) FROM accounts WHERE (',' || roles || ',') LIKE '%,member,%' \
         AND created_at >= $1 AND created_at < $2 AND ($3 = '' OR home_library = $3)",
        params![s.clone(), e.clone(), lib.clone()],
    )?;
    let loans = count(
        c,
        "SELECT CAST(COUNT(*) AS BIGINT) FROM loans WHERE issued_at >= $1 AND issued_at < $2 \
         AND ($3 = '' OR library_code = $3)",
        params![s.clone(), e.clone(), lib.clone()],
    )?;
    let reservations = count(
        c,
        "SELECT CAST(COUNT(*) AS BIGINT) FROM holds WHERE placed_at >= $1 AND placed_at < $2 AND ($3 = '' OR pickup = $3)",
        params![s.clone(), e.clone(), lib.clone()],
    )?;
    let rows = c.query(
        "SELECT e.category, CAST(COUNT(DISTINCT e.id) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN b.status = 'confirmed' THEN b.places ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN b.status = 'confirmed' AND b.attendance = 'attended' THEN b.places ELSE 0 END), 0) AS BIGINT), \
                CAST(COALESCE(SUM(CASE WHEN b.status = 'confirmed' AND b.attendance = 'no_show' THEN b.places ELSE 0 END), 0) AS BIGINT) \
         FROM events e LEFT JOIN bookings b ON b.event_id = e.id \
         WHERE e.cancelled = 0 AND e.starts_at >= $1 AND e.starts_at < $2 AND ($3 = '' OR e.library_code = $3) \
         GROUP BY e.category ORDER BY e.category",
        params![s.clone(), e.clone(), lib.clone()],
    )?;
    let mut attendance = Vec::new();
    for r in rows {
        let category = r.str(0)?;
        let walk_ins = count(
            c,
            "SELECT CAST(COALESCE(SUM(walk_ins), 0) AS BIGINT) FROM events WHERE cancelled = 0 AND category = $1 \
             AND starts_at >= $2 AND starts_at < $3 AND ($4 = '' OR library_code = $4)",
            params![category.clone(), s.clone(), e.clone(), lib.clone()],
        )?;
        attendance.push(CategoryAttendance {
            category,
            events: r.i64(1)?,
            booked_places: r.i64(2)?,
            attended: r.i64(3)?,
            no_shows: r.i64(4)?,
            walk_ins,
        });
    }
    let events_held = attendance.iter().map(|a| a.events).sum();
    let hours = crate::volunteers::hours(c, library, start, end)?;
    // `+ 0.0`: an empty sum of floats is -0.0, which would print as "-0.00".
    let volunteer_hours = (hours.iter().map(|h| h.hours).sum::<f64>() * 100.0).round() / 100.0 + 0.0;
    let mut active: Vec<&str> = hours.iter().map(|h| h.volunteer_card.as_str()).collect();
    active.sort_unstable();
    active.dedup();
    let (from_day, to_day) = (from.to_string(), to.to_string());
    let visits = c.query_one(
        "SELECT CAST(COUNT(*) AS BIGINT), CAST(COUNT(DISTINCT d.reader_id) AS BIGINT) FROM visits v \
         JOIN deliveries d ON d.id = v.delivery_id WHERE v.status = 'delivered' AND v.visit_date >= $1 \
         AND v.visit_date <= $2 AND ($3 = '' OR d.library_code = $3)",
        params![from_day, to_day, lib.clone()],
    )?;
    let (consultations, consultation_responses) = crate::consultations::counts(c, &lib, from, to, &s, &e)?;
    let rooms = c.query(
        "SELECT b.starts_at, b.ends_at FROM room_bookings b JOIN rooms r ON r.id = b.room_id \
         WHERE b.cancelled = 0 AND b.starts_at >= $1 AND b.starts_at < $2 AND ($3 = '' OR r.library_code = $3)",
        params![s, e, lib],
    )?;
    let mut room_hours = 0.0;
    for r in &rooms {
        let (a, b) = (r.str(0)?, r.str(1)?);
        let parse = |t: &str| DateTime::parse_from_rfc3339(t).map_err(|e| HubError::Internal(e.to_string()));
        room_hours += (parse(&b)? - parse(&a)?).num_minutes() as f64 / 60.0;
    }
    Ok(ImpactReport {
        library: library.unwrap_or("all").to_owned(),
        from,
        to,
        generated_at: now,
        members_total,
        members_new,
        loans,
        reservations,
        events_held,
        attendance,
        volunteer_hours,
        active_volunteers: active.len() as i64,
        delivery_visits: visits.i64(0)?,
        readers_served: visits.i64(1)?,
        room_bookings: rooms.len() as i64,
        room_hours,
        consultations,
        consultation_responses,
    })
}

/// The report as CSV: a header stating the period and when it was made, then one figure per row:
/// the figure's code (for programs), its category, its value, and its label in words. The column
/// headers and the labels follow the request's language (English outside a request).
/// The standard periods for UK day `today`: this month so far, last month, and the council's
/// year so far (from 1 April).
pub fn standard_periods(today: NaiveDate) -> Vec<(&'static str, NaiveDate, NaiveDate)> {
    let first = today.with_day(1).expect("the first of the month");
    let last_month_end = first.pred_opt().expect("a day before");
    let last_month = last_month_end.with_day(1).expect("the first of last month");
    let april_year = if today.month() >= 4 {
        today.year()
    } else {
        today.year() - 1
    };
    let april = NaiveDate::from_ymd_opt(april_year, 4, 1).expect("1 April");
    let codes = cml_api::IMPACT_PERIODS;
    vec![
        (codes[0], first, today),
        (codes[1], last_month, last_month_end),
        (codes[2], april, today),
    ]
}

/// Every library's (and all libraries') impact for each standard period, for a coordinator's
/// phone to keep.
pub fn periods(c: &mut dyn Conn, now: DateTime<Utc>) -> HubResult<ImpactPeriods> {
    let codes: Vec<String> = c
        .query("SELECT code FROM libraries ORDER BY code", &[])?
        .iter()
        .map(|r| r.str(0))
        .collect::<Result<_, _>>()?;
    let mut periods = Vec::new();
    for (period, from, to) in standard_periods(cml_api::london::today(now)) {
        let mut reports = vec![impact(c, None, from, to, now)?];
        for code in &codes {
            reports.push(impact(c, Some(code), from, to, now)?);
        }
        periods.push(ImpactPeriod {
            period: period.to_owned(),
            from,
            to,
            reports,
        });
    }
    Ok(ImpactPeriods {
        generated_at: now,
        periods,
    })
}

/// The report as CSV in the request's language (`figure,category,value,label`).
pub fn csv(r: &ImpactReport) -> String {
    cml_api::impact_csv(&crate::i18n::words(), r)
}

#[cfg(test)]
mod period_tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_standard_periods_follow_the_month_and_the_councils_year_from_1_april() {
        assert_eq!(
            standard_periods(day(2027, 2, 10)),
            vec![
                ("this_month", day(2027, 2, 1), day(2027, 2, 10)),
                ("last_month", day(2027, 1, 1), day(2027, 1, 31)),
                ("year", day(2026, 4, 1), day(2027, 2, 10)),
            ]
        );
        // On 1 January last month is December of the year before; from April the year is this one.
        assert_eq!(
            standard_periods(day(2027, 1, 1))[1],
            ("last_month", day(2026, 12, 1), day(2026, 12, 31))
        );
        assert_eq!(
            standard_periods(day(2027, 4, 1))[2],
            ("year", day(2027, 4, 1), day(2027, 4, 1))
        );
        assert_eq!(
            standard_periods(day(2028, 3, 31))[1],
            ("last_month", day(2028, 2, 1), day(2028, 2, 29))
        );
    }
}

#[cfg(test)]
mod label_tests {
    use super::*;

    /// Every figure of the CSV has its label in the catalogue (English, so in every language: the
    /// catalogue check makes the others complete), never "(text missing)".
    #[test]
    fn every_figure_of_the_csv_has_a_label() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let report = ImpactReport {
            library: "HOL".into(),
            from: day,
            to: day,
            generated_at: Utc::now(),
            members_total: 1,
            members_new: 1,
            loans: 1,
            reservations: 1,
            events_held: 1,
            attendance: vec![CategoryAttendance {
                category: "yoga".into(),
                events: 1,
                booked_places: 1,
                attended: 1,
                no_shows: 0,
                walk_ins: 0,
            }],
            volunteer_hours: 1.0,
            active_volunteers: 1,
            delivery_visits: 1,
            readers_served: 1,
            room_bookings: 1,
            room_hours: 1.0,
            consultations: 1,
            consultation_responses: 1,
        };
        let text = csv(&report);
        for line in text.lines().skip(1) {
            let label = line.rsplit(',').next().unwrap();
            assert!(!label.is_empty() && !label.contains("missing"), "no label: {line}");
        }
        assert!(text.contains("consultation_responses,,1,"), "{text}");
    }
}
