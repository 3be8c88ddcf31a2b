//! UK civil time (Europe/London) without a time-zone database: GMT, and BST (UTC+1) from 01:00 UTC
//! on the last Sunday of March to 01:00 UTC on the last Sunday of October, the rule in force since
//! 1996. The libraries, their hours and their events all keep this time.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday};

/// The last Sunday of a month: the clocks change on the last Sundays of March and October.
pub fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let next_month = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid date");
    let last = next_month - Duration::days(1);
    last - Duration::days(last.weekday().num_days_from_sunday() as i64)
}

/// When BST starts and ends in `year`, as UTC instants.
fn summer_time(year: i32) -> (DateTime<Utc>, DateTime<Utc>) {
    let one = NaiveTime::from_hms_opt(1, 0, 0).expect("valid time");
    let start = last_sunday(year, 3).and_time(one).and_utc();
    let end = last_sunday(year, 10).and_time(one).and_utc();
    (start, end)
}

/// The offset from UTC in seconds at an instant: 0 or 3600.
pub fn offset_seconds(at: DateTime<Utc>) -> i32 {
    let (start, end) = summer_time(at.year());
    if at >= start && at < end {
        3600
    } else {
        0
    }
}

/// The UK wall-clock time at an instant.
pub fn to_local(at: DateTime<Utc>) -> NaiveDateTime {
    at.naive_utc() + Duration::seconds(offset_seconds(at) as i64)
}

/// The instant a UK wall-clock time names. In the hour skipped in March the clock time is read as
/// GMT (so 01:30 becomes 02:30 BST); in the hour repeated in October the first (BST) one is taken.
pub fn from_local(local: NaiveDateTime) -> DateTime<Utc> {
    let as_bst = Utc.from_utc_datetime(&(local - Duration::hours(1)));
    if offset_seconds(as_bst) == 3600 {
        return as_bst;
    }
    Utc.from_utc_datetime(&local)
}

/// Today's date in the UK.
pub fn today(now: DateTime<Utc>) -> NaiveDate {
    to_local(now).date()
}

/// "9:30am", "1pm", "12 noon".
pub fn clock(t: NaiveTime) -> String {
    use chrono::Timelike;
    let (pm, h) = t.hour12();
    let suffix = if pm { "pm" } else { "am" };
    match (t.hour(), t.minute()) {
        (12, 0) => "12 noon".into(),
        (_, 0) => format!("{h}{suffix}"),
        (_, m) => format!("{h}:{m:02}{suffix}"),
    }
}

/// "Tuesday 1 December, 10am to 11am" (UK time), or across days "… to Wednesday 2 December 9am".
pub fn when(starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
    let (s, e) = (to_local(starts), to_local(ends));
    if s.date() == e.date() {
        format!("{}, {} to {}", long_date(s.date()), clock(s.time()), clock(e.time()))
    } else {
        format!(
            "{} {} to {} {}",
            long_date(s.date()),
            clock(s.time()),
            long_date(e.date()),
            clock(e.time())
        )
    }
}

/// "Friday 25 December": a date in plain words.
pub fn long_date(d: NaiveDate) -> String {
    format!("{} {} {}", weekday_name(weekday_number(d)), d.day(), d.format("%B"))
}

/// 1 = Monday … 7 = Sunday.
pub fn weekday_number(date: NaiveDate) -> u8 {
    date.weekday().number_from_monday() as u8
}

/// The English name of a weekday number (1 = Monday).
pub fn weekday_name(weekday: u8) -> &'static str {
    match weekday {
        1 => "Monday",
        2 => "Tuesday",
        3 => "Wednesday",
        4 => "Thursday",
        5 => "Friday",
        6 => "Saturday",
        _ => "Sunday",
    }
}

/// Is this weekday number a valid one?
pub fn is_weekday(n: u8) -> bool {
    (1..=7).contains(&n)
}

pub fn weekday_from_number(n: u8) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn clock_changes_in_2026() {
        // BST starts 29 March 2026 at 01:00 UTC and ends 25 October 2026 at 01:00 UTC.
        assert_eq!(offset_seconds(utc("2026-03-29T00:59:59Z")), 0);
        assert_eq!(offset_seconds(utc("2026-03-29T01:00:00Z")), 3600);
        assert_eq!(offset_seconds(utc("2026-10-25T00:59:59Z")), 3600);
        assert_eq!(offset_seconds(utc("2026-10-25T01:00:00Z")), 0);
        assert_eq!(offset_seconds(utc("2026-12-01T12:00:00Z")), 0);
    }

    #[test]
    fn local_round_trip_and_gaps() {
        let summer = NaiveDate::from_ymd_opt(2026, 7, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        assert_eq!(from_local(summer), utc("2026-07-01T09:00:00Z"));
        assert_eq!(to_local(utc("2026-07-01T09:00:00Z")), summer);
        let winter = NaiveDate::from_ymd_opt(2026, 12, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        assert_eq!(from_local(winter), utc("2026-12-01T10:00:00Z"));
        // 01:30 on 29 March 2026 does not exist on UK clocks.
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        assert_eq!(from_local(gap), utc("2026-03-29T01:30:00Z"));
        // 01:30 on 25 October 2026 happens twice; the first is BST.
        let twice = NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(1, 30, 0)
            .unwrap();
        assert_eq!(from_local(twice), utc("2026-10-25T00:30:00Z"));
    }
}
