//! The Libraries screen: each library's hours today and this week, and its coming closures, in
//! plain words, worked out on the device in UK time.

use chrono::{DateTime, NaiveTime, Utc};
use cml_api::{london, Library, OpeningPeriod};

use crate::error::CoreResult;
use crate::i18n::Words;
use crate::views::{ClosureView, DayHours, LibraryView};

fn parse(t: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(t, "%H:%M").ok()
}

fn periods_on(hours: &[OpeningPeriod], weekday: u8) -> Vec<(NaiveTime, NaiveTime)> {
    let mut periods: Vec<_> = hours
        .iter()
        .filter(|p| p.weekday == weekday)
        .filter_map(|p| Some((parse(&p.opens)?, parse(&p.closes)?)))
        .collect();
    periods.sort_unstable();
    periods
}

fn describe(w: &Words<'_>, periods: &[(NaiveTime, NaiveTime)]) -> String {
    if periods.is_empty() {
        return w.t("hours-closed");
    }
    periods
        .iter()
        .map(|(o, c)| {
            w.a(
                "hours-period",
                &[("opens", w.clock(*o).into()), ("closes", w.clock(*c).into())],
            )
        })
        .collect::<Vec<_>>()
        .join(&w.t("list-separator"))
}

/// The view of one library at the instant `now`.
pub fn view(w: &Words<'_>, library: &Library, now: DateTime<Utc>) -> LibraryView {
    let local = london::to_local(now);
    let today = local.date();
    let weekday = london::weekday_number(today);
    let closures: Vec<_> = library.closures.iter().filter(|c| c.to >= today).collect();
    let closed_today = closures.iter().find(|c| c.from <= today && today <= c.to);
    let periods = periods_on(&library.hours, weekday);
    let open_now = closed_today.is_none() && periods.iter().any(|(o, c)| *o <= local.time() && local.time() < *c);
    let today_text = match closed_today {
        Some(c) => w.a("today-closed-for", &[("reason", c.reason.clone().into())]),
        None if periods.is_empty() => w.t("today-closed"),
        None => w.a("today-open", &[("hours", describe(w, &periods).into())]),
    };
    let week = (1..=7)
        .map(|d| DayHours {
            weekday: d,
            day: w.weekday(d),
            hours: describe(w, &periods_on(&library.hours, d)),
        })
        .collect();
    LibraryView {
        code: library.code.clone(),
        name: library.name.clone(),
        address: library.address.clone(),
        postcode: library.postcode.clone(),
        email: library.email.clone(),
        phone: library.phone.clone(),
        latitude: library.latitude,
        longitude: library.longitude,
        open_now,
        today: today_text,
        week,
        closures: closures
            .iter()
            .map(|c| ClosureView {
                from: c.from.to_string(),
                to: c.to.to_string(),
                reason: c.reason.clone(),
                text: if c.from == c.to {
                    w.a(
                        "closure-day",
                        &[("date", w.date(c.from).into()), ("reason", c.reason.clone().into())],
                    )
                } else {
                    w.a(
                        "closure-days",
                        &[
                            ("from", w.date(c.from).into()),
                            ("to", w.date(c.to).into()),
                            ("reason", c.reason.clone().into()),
                        ],
                    )
                },
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{words, Lang};
    use chrono::NaiveDate;
    use cml_api::Closure;

    fn view(library: &Library, now: DateTime<Utc>) -> LibraryView {
        super::view(&words(Lang::En), library, now)
    }

    fn library() -> Library {
        Library {
            code: "BAS".into(),
            name: "Baswich Library".into(),
            address: "Lynton Avenue".into(),
            postcode: "ST17 0EA".into(),
            latitude: 0.0,
            longitude: 0.0,
            email: None,
            phone: None,
            hours: vec![
                OpeningPeriod {
                    weekday: 3,
                    opens: "14:00".into(),
                    closes: "17:00".into(),
                },
                OpeningPeriod {
                    weekday: 3,
                    opens: "09:30".into(),
                    closes: "13:00".into(),
                },
                OpeningPeriod {
                    weekday: 5,
                    opens: "12:00".into(),
                    closes: "19:00".into(),
                },
            ],
            closures: vec![Closure {
                from: NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(),
                to: NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(),
                reason: "Christmas Day".into(),
            }],
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn hours_in_plain_words() {
        // Wednesday 2 December 2026, 10:00 GMT.
        let v = view(&library(), at("2026-12-02T10:00:00Z"));
        assert_eq!(v.today, "Open today 9:30am to 1pm, 2pm to 5pm");
        assert!(v.open_now);
        assert_eq!(v.week[0].hours, "Closed");
        assert_eq!(v.week[4].hours, "12 noon to 7pm");
        assert_eq!(v.closures[0].text, "Closed Friday 25 December: Christmas Day");
        // At lunchtime it is shut.
        assert!(!view(&library(), at("2026-12-02T13:30:00Z")).open_now);
    }

    #[test]
    fn a_closure_overrides_the_week() {
        let v = view(&library(), at("2026-12-25T13:00:00Z"));
        assert_eq!(v.today, "Closed today: Christmas Day");
        assert!(!v.open_now);
        // Once past, the closure is no longer listed.
        assert!(view(&library(), at("2026-12-26T10:00:00Z")).closures.is_empty());
    }

    #[test]
    fn hours_in_polish_and_urdu() {
        let at = at("2026-12-02T10:00:00Z");
        let pl = super::view(&words(Lang::Pl), &library(), at);
        assert_eq!(pl.today, "Dziś otwarte: 9:30–13:00, 14:00–17:00");
        assert_eq!(pl.week[0].day, "poniedziałek");
        assert_eq!(pl.week[0].hours, "Zamknięte");
        assert_eq!(pl.closures[0].text, "Zamknięte: piątek, 25 grudnia (Christmas Day)");
        let ur = super::view(&words(Lang::Ur), &library(), at);
        assert_eq!(ur.week[0].day, "پیر");
        assert!(ur.closures[0].text.contains("دسمبر"), "{}", ur.closures[0].text);
        // The Latin reason is isolated inside the Urdu sentence.
        assert!(
            ur.closures[0].text.contains("\u{2068}Christmas Day\u{2069}"),
            "{}",
            ur.closures[0].text
        );
    }

    #[test]
    fn uk_summer_time_is_used() {
        // Wednesday 1 July 2026 at 08:45 UTC is 09:45 BST: open.
        assert!(view(&library(), at("2026-07-01T08:45:00Z")).open_now);
        // 08:15 UTC is 09:15 BST: not yet.
        assert!(!view(&library(), at("2026-07-01T08:15:00Z")).open_now);
    }
}

/// One library on the Libraries screen: its hours and closures, and what is on there this week.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LibraryPage {
    pub library: LibraryView,
    /// Events there in the next seven days, soonest first.
    pub this_week: Vec<crate::views::EventView>,
    /// The person's home library.
    pub mine: bool,
}

/// The Libraries screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LibrariesScreen {
    /// The person's home library first, then by name.
    pub libraries: Vec<LibraryPage>,
    pub data_age: crate::views::DataAge,
    /// When "Open now" or "Open today" next changes (a library opens or closes, midnight).
    pub refresh_at: Option<i64>,
}

/// The next moment after `now` when a library opens or closes (within a week).
fn next_turn(library: &Library, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let start = london::to_local(now).date();
    let mut best: Option<DateTime<Utc>> = None;
    for d in 0..8 {
        let day = start + chrono::Duration::days(d);
        let weekday = london::weekday_number(day);
        for (open, close) in periods_on(&library.hours, weekday) {
            for t in [open, close] {
                crate::home::sooner(&mut best, london::from_local(day.and_time(t)), now);
            }
        }
        if best.is_some() {
            break;
        }
    }
    best
}

impl crate::Core {
    /// The Libraries screen, from the device store.
    pub fn libraries_screen(&self) -> CoreResult<LibrariesScreen> {
        let now = self.now();
        let w = self.words();
        let home = self.store.session()?.and_then(|(_, a)| a.home_library);
        let account = self.store.session()?.map(|(_, a)| a.id);
        let today = london::to_local(now).date();
        let week = crate::views::EventFilter {
            library: None,
            category: None,
            from_date: Some(today.to_string()),
            to_date: Some((today + chrono::Duration::days(6)).to_string()),
        };
        let events = self.store.read(|c| crate::events::list(c, &w, account, &week, now))?;
        let mut refresh = Some(crate::home::next_midnight(now));
        let mut pages: Vec<LibraryPage> = self
            .store
            .libraries()?
            .iter()
            .map(|l| {
                if let Some(t) = next_turn(l, now) {
                    crate::home::sooner(&mut refresh, t, now);
                }
                LibraryPage {
                    library: view(&w, l, now),
                    this_week: events.iter().filter(|e| e.library_code == l.code).cloned().collect(),
                    mine: home.as_ref() == Some(&l.code),
                }
            })
            .collect();
        pages.sort_by(|a, b| b.mine.cmp(&a.mine).then_with(|| a.library.name.cmp(&b.library.name)));
        let (data_age, age_changes) = self.data_age(now)?;
        if let Some(t) = age_changes {
            crate::home::sooner(&mut refresh, t, now);
        }
        Ok(LibrariesScreen {
            libraries: pages,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}
