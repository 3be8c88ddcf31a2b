//! iCalendar (RFC 5545) for bookings, so members can add them to their own calendars. Times are
//! written in UTC, which is exact across the clock changes (the event's instant is what is stored).

use chrono::{DateTime, Utc};
use cml_api::{Booking, BookingStatus, Event, Library};

/// Escapes TEXT values (RFC 5545 3.3.11).
fn text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character.
fn fold(line: &str, out: &mut String) {
    let mut count = 0;
    for ch in line.chars() {
        let len = ch.len_utf8();
        if count + len > 75 {
            out.push_str("\r\n ");
            count = 1;
        }
        out.push(ch);
        count += len;
    }
    out.push_str("\r\n");
}

fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn vevent(event: &Event, library: Option<&Library>, booking: Option<&Booking>, now: DateTime<Utc>, out: &mut String) {
    let uid = match booking {
        Some(b) => format!("booking-{}-event-{}@community-library", b.id, event.id),
        None => format!("event-{}@community-library", event.id),
    };
    let status = match (event.cancelled, booking.map(|b| b.status)) {
        (true, _) | (_, Some(BookingStatus::Cancelled)) | (_, Some(BookingStatus::EventCancelled)) => "CANCELLED",
        (_, Some(BookingStatus::Waitlisted)) => "TENTATIVE",
        _ => "CONFIRMED",
    };
    let mut description = event.description.clone();
    if !event.accessibility.is_empty() {
        description.push_str(&format!("\nAccess: {}", event.accessibility));
    }
    if let Some(b) = booking {
        description.push_str(&match b.status {
            BookingStatus::Waitlisted => format!(
                "\nYou are on the waiting list (number {}).",
                b.waitlist_position.unwrap_or(1)
            ),
            _ if b.places == 2 => "\nBooked for you and a companion.".to_owned(),
            _ => "\nBooked for you.".to_owned(),
        });
    }
    for line in [
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{uid}"),
        format!("DTSTAMP:{}", stamp(now)),
        format!("DTSTART:{}", stamp(event.starts_at)),
        format!("DTEND:{}", stamp(event.ends_at)),
        format!("SUMMARY:{}", text(&event.title)),
        format!(
            "LOCATION:{}",
            text(
                &library
                    .map(|l| format!("{}, {}, {}", l.name, l.address, l.postcode))
                    .unwrap_or_else(|| event.library.clone())
            )
        ),
        format!("DESCRIPTION:{}", text(&description)),
        format!("STATUS:{status}"),
        "END:VEVENT".to_owned(),
    ] {
        fold(&line, out);
    }
}

/// A calendar with one VEVENT per (event, booking).
pub fn calendar(entries: &[(Event, Option<Library>, Option<Booking>)], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Community Library//cml//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(line, &mut out);
    }
    fold("X-WR-CALNAME:My library bookings", &mut out);
    for (event, library, booking) in entries {
        vevent(event, library.as_ref(), booking.as_ref(), now, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_folds() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let mut out = String::new();
        fold(&"é".repeat(60), &mut out);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{}", line.len());
        }
    }
}
