//! Volunteers on the move: the rota, signing up and dropping shifts, checking in and out (offline,
//! with the phone's time and offset), hours by month; and, for coordinators, hours per library and
//! volunteer. (Impact reports: report.rs.)

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use cml_api::london::{offset_seconds, to_local};
use cml_api::{collections, Change, Shift, ShiftDraft, VolunteerSession};
use reqwest::Method;

use crate::circulation::load_all;
use crate::error::{CoreError, CoreResult};
use crate::events::{library_names, name_of};
use crate::i18n::{num, Arg, Msg, Words};
use crate::views::{ChangeView, HoursLineView, MonthHours, SessionView, ShiftView};
use crate::Core;

/// A time as typed ("2026-10-25T00:30:00+01:00"), or now on the phone's UK clock.
fn tapped(w: &Words<'_>, at: Option<String>) -> CoreResult<DateTime<FixedOffset>> {
    match at.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
        Some(text) => {
            DateTime::parse_from_rfc3339(text).map_err(|_| CoreError::invalid("at", w.t("error-time-format")))
        }
        None => {
            let now = Utc::now();
            let offset = FixedOffset::east_opt(offset_seconds(now)).expect("a UK offset");
            Ok(now.with_timezone(&offset))
        }
    }
}

fn session_view(w: &Words<'_>, names: &[(String, String)], s: &VolunteerSession) -> SessionView {
    let text = match (&s.check_out, s.hours, s.flags.first()) {
        (None, ..) => w.t("session-open"),
        (_, _, Some(f)) if f == "check_out_before_check_in" => w.t("session-out-before-in"),
        (_, _, Some(_)) => w.t("session-too-long"),
        (_, Some(h), None) => w.hours(h),
        _ => String::new(),
    };
    SessionView {
        session: s.session.clone(),
        library_name: name_of(names, &s.library),
        check_in: s.check_in.to_rfc3339(),
        check_out: s.check_out.map(|d| d.to_rfc3339()),
        hours: s.hours,
        flags: s.flags.clone(),
        fixed_reason: s.fixed_reason.clone(),
        text,
    }
}

/// The last moment a shift can be dropped.
pub fn drop_deadline(s: &Shift) -> DateTime<Utc> {
    s.starts_at - chrono::Duration::hours(cml_api::SHIFT_DROP_NOTICE_HOURS)
}

fn shift_view(
    w: &Words<'_>,
    names: &[(String, String)],
    s: &Shift,
    me: i64,
    waiting: &[Change],
    now: DateTime<Utc>,
) -> ShiftView {
    let pending = waiting.iter().rev().find_map(|ch| match ch {
        Change::SignUpShift { shift_id } if *shift_id == s.id => Some(true),
        Change::DropShift { shift_id } if *shift_id == s.id => Some(false),
        _ => None,
    });
    let mine = pending.unwrap_or(s.volunteer_ids.contains(&me));
    let taken = s.volunteer_ids.len() as i64;
    let status_text = match (pending, s.places) {
        (Some(true), _) => w.t("shift-signing-up"),
        (Some(false), _) => w.t("shift-dropping"),
        (None, 1) if taken == 1 => w.a("shift-taken-by", &[("name", s.volunteers[0].clone().into())]),
        (None, 1) => w.t("shift-open"),
        (None, p) => w.a("shift-places-taken", &[("n", num(taken)), ("total", num(p))]),
    };
    let deadline = drop_deadline(s);
    let can_sign_up = !mine && taken < s.places && s.starts_at > now;
    let action = if mine {
        let why = if pending.is_some() {
            Some(w.t("why-change-waiting"))
        } else if now >= deadline {
            Some(w.a("why-too-late-to-drop", &[("n", num(cml_api::SHIFT_DROP_NOTICE_HOURS))]))
        } else {
            None
        };
        crate::circulation::action(w, "drop", why)
    } else {
        let why = if pending.is_some() {
            Some(w.t("why-change-waiting"))
        } else if s.starts_at <= now {
            Some(w.t("why-shift-started"))
        } else if taken >= s.places {
            Some(w.t("why-shift-full"))
        } else {
            None
        };
        crate::circulation::action(w, "sign_up", why)
    };
    let drop_until = (mine && now < deadline).then(|| {
        w.a(
            "shift-drop-until",
            &[(
                "when",
                format!(
                    "{}, {}",
                    w.date(to_local(deadline).date()),
                    w.clock(to_local(deadline).time())
                )
                .into(),
            )],
        )
    });
    ShiftView {
        id: s.id,
        library_code: s.library.clone(),
        library_name: name_of(names, &s.library),
        kind: s.kind.clone(),
        title: s.title.clone(),
        when: w.when(s.starts_at, s.ends_at),
        starts_at: s.starts_at.timestamp(),
        places: s.places,
        volunteers: s.volunteers.clone(),
        status_text,
        mine,
        can_sign_up,
        ends_at: s.ends_at.timestamp(),
        drop_until_at: drop_until.as_ref().map(|_| deadline.timestamp()),
        drop_until,
        actions: vec![action],
    }
}

pub(crate) fn period(w: &Words<'_>, library: &Option<String>, from: &str, to: &str) -> CoreResult<String> {
    let parse = |field: &str, t: &str| {
        NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").map_err(|_| CoreError::invalid(field, w.t("error-date-format")))
    };
    let (f, t) = (parse("from", from)?, parse("to", to)?);
    if t < f {
        return Err(CoreError::invalid("to", w.t("error-end-before-start")));
    }
    let mut q = format!("from={f}&to={t}");
    if let Some(l) = library.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        if l.len() > 10 || !l.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(CoreError::invalid("library", w.t("error-library-code")));
        }
        q.push_str(&format!("&library={}", l.to_uppercase()));
    }
    Ok(q)
}

impl Core {
    /// The rota: shifts still to come (at one library, if given), soonest first (offline).
    pub fn shifts(&self, library: Option<String>) -> CoreResult<Vec<ShiftView>> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let now = self.now();
        let w = self.words();
        self.store.read(|c| {
            let waiting = crate::events::waiting_changes(c, me.id)?;
            let names = library_names(c)?;
            let mut all: Vec<Shift> = load_all(c, collections::SHIFTS)?;
            all.retain(|s| s.ends_at > now && library.as_ref().is_none_or(|l| l.eq_ignore_ascii_case(&s.library)));
            all.sort_unstable_by_key(|s| (s.starts_at, s.id));
            Ok(all
                .iter()
                .map(|s| shift_view(&w, &names, s, me.id, &waiting, now))
                .collect())
        })
    }

    fn shift(&self, id: i64) -> CoreResult<Shift> {
        self.store
            .read(|c| crate::circulation::load::<Shift>(c, collections::SHIFTS, id))?
            .ok_or_else(|| CoreError::NotFound(self.words().a("error-no-shift", &[("id", num(id))])))
    }

    /// Signs up for a shift (offline too; a one-person shift goes to whoever reaches the hub first).
    pub async fn sign_up_shift(&self, shift_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let s = self.shift(shift_id)?;
        let summary = Msg::new("summary-sign-up-shift").arg("title", &s.title).arg(
            "when",
            Arg::Span {
                starts: s.starts_at,
                ends: s.ends_at,
            },
        );
        self.change(account, Change::SignUpShift { shift_id }, summary).await
    }

    /// Drops a shift (at least a day ahead; offline too: a later drop is refused at once).
    pub async fn drop_shift(&self, shift_id: i64) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let s = self.shift(shift_id)?;
        if self.now() >= drop_deadline(&s) {
            let w = self.words();
            return Err(CoreError::conflict(
                "too_late_to_drop",
                w.a("why-too-late-to-drop", &[("n", num(cml_api::SHIFT_DROP_NOTICE_HOURS))]),
            ));
        }
        let summary = Msg::new("summary-drop-shift").arg("title", &s.title).arg(
            "when",
            Arg::Span {
                starts: s.starts_at,
                ends: s.ends_at,
            },
        );
        self.change(account, Change::DropShift { shift_id }, summary).await
    }

    /// Checks in at a library (default: your home library), now or at `at` (RFC 3339 with offset).
    /// Works offline: the time is the phone's, as tapped.
    pub async fn check_in(
        &self,
        library: Option<String>,
        shift_id: Option<i64>,
        at: Option<String>,
    ) -> CoreResult<ChangeView> {
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let w = self.words();
        let at = tapped(&w, at)?;
        let library = match (library.filter(|l| !l.trim().is_empty()), shift_id) {
            (Some(l), _) => l.trim().to_uppercase(),
            (None, Some(id)) => self.shift(id)?.library,
            (None, None) => me
                .home_library
                .clone()
                .ok_or_else(|| CoreError::invalid("library", w.t("error-which-library")))?,
        };
        let names = self.store.read(library_names)?;
        if !names.is_empty() && !names.iter().any(|(k, _)| *k == library) {
            return Err(CoreError::invalid(
                "library",
                w.a("error-no-library", &[("code", library.clone().into())]),
            ));
        }
        if self.store.meta("open_session")?.is_some() {
            return Err(CoreError::conflict(
                "already_checked_in",
                w.t("error-checked-in-already"),
            ));
        }
        let session = crate::outbox::new_key()?;
        self.store.set_meta("open_session", &session)?;
        let summary = Msg::new("summary-check-in")
            .arg("library", name_of(&names, &library))
            .arg(
                "time",
                Arg::Clock {
                    clock: at.with_timezone(&Utc),
                },
            );
        self.change(
            me.id,
            Change::CheckIn {
                session,
                library,
                shift_id,
                at,
            },
            summary,
        )
        .await
    }

    /// Checks out of the open check-in, now or at `at` (offline too).
    pub async fn check_out(&self, at: Option<String>) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        let at = tapped(&w, at)?;
        let session = self
            .store
            .meta("open_session")?
            .ok_or_else(|| CoreError::conflict("not_checked_in", w.t("error-not-checked-in")))?;
        self.store.write(|tx| {
            tx.execute("DELETE FROM meta WHERE key = 'open_session'", [])?;
            Ok(())
        })?;
        let summary = Msg::new("summary-check-out").arg(
            "time",
            Arg::Clock {
                clock: at.with_timezone(&Utc),
            },
        );
        self.change(account, Change::CheckOut { session, at }, summary).await
    }

    /// Fixes a forgotten or wrong check-out, with a reason the coordinator sees (offline too).
    pub async fn fix_check_out(&self, session: &str, at: &str, reason: &str) -> CoreResult<ChangeView> {
        let account = self.signed_in()?;
        let w = self.words();
        let at = tapped(&w, Some(at.to_owned()))?;
        let reason = reason.trim();
        if reason.is_empty() || reason.chars().count() > 300 {
            return Err(CoreError::invalid("reason", w.t("error-say-why-300")));
        }
        if self.store.meta("open_session")?.as_deref() == Some(session) {
            self.store.write(|tx| {
                tx.execute("DELETE FROM meta WHERE key = 'open_session'", [])?;
                Ok(())
            })?;
        }
        let summary = Msg::new("summary-fix-check-out")
            .arg("date", to_local(at.with_timezone(&Utc)).date())
            .arg(
                "time",
                Arg::Clock {
                    clock: at.with_timezone(&Utc),
                },
            );
        self.change(
            account,
            Change::FixCheckOut {
                session: session.to_owned(),
                at,
                reason: reason.to_owned(),
            },
            summary,
        )
        .await
    }

    /// The volunteer's check-ins, latest first (offline).
    pub fn my_sessions(&self) -> CoreResult<Vec<SessionView>> {
        self.signed_in()?;
        self.store.read(|c| {
            let names = library_names(c)?;
            let mut all: Vec<VolunteerSession> = load_all(c, collections::SESSIONS)?;
            all.sort_unstable_by_key(|s| std::cmp::Reverse((s.check_in, s.id)));
            Ok(all.iter().map(|s| session_view(&self.words(), &names, s)).collect())
        })
    }

    /// The volunteer's counted hours by month (UK), latest first (offline).
    pub fn my_hours(&self) -> CoreResult<Vec<MonthHours>> {
        self.signed_in()?;
        self.store.read(|c| {
            let all: Vec<VolunteerSession> = load_all(c, collections::SESSIONS)?;
            let mut months: Vec<MonthHours> = Vec::new();
            for s in all.iter().filter(|s| s.hours.is_some()) {
                let month = cml_api::london::to_local(s.check_in.with_timezone(&Utc))
                    .format("%Y-%m")
                    .to_string();
                match months.iter_mut().find(|m| m.month == month) {
                    Some(m) => {
                        m.hours += s.hours.unwrap_or(0.0);
                        m.sessions += 1;
                    }
                    None => months.push(MonthHours {
                        month,
                        hours: s.hours.unwrap_or(0.0),
                        sessions: 1,
                    }),
                }
            }
            for m in &mut months {
                m.hours = (m.hours * 100.0).round() / 100.0;
            }
            months.sort_unstable_by(|a, b| b.month.cmp(&a.month));
            Ok(months)
        })
    }

    /// Puts shifts on a library's rota (coordinators; needs the hub). Times are UK
    /// "YYYY-MM-DD HH:MM".
    #[allow(clippy::too_many_arguments)]
    pub async fn create_shift(
        &self,
        library: &str,
        kind: &str,
        title: &str,
        starts: &str,
        ends: &str,
        places: i64,
        repeat_weekly: u32,
    ) -> CoreResult<Vec<ShiftView>> {
        let token = self.token()?;
        let w = self.words();
        let starts_at = crate::programme::parse_local(&w, "starts", starts)?;
        let ends_at = crate::programme::parse_local(&w, "ends", ends)?;
        if ends_at <= starts_at {
            return Err(CoreError::invalid("ends", w.t("outcome-end-before-start")));
        }
        let draft = ShiftDraft {
            library: library.trim().to_uppercase(),
            kind: kind.trim().to_owned(),
            title: title.trim().to_owned(),
            starts_at,
            ends_at,
            places,
            repeat_weekly,
        };
        let result = self
            .hub
            .call::<_, Vec<Shift>>(Method::POST, "v1/shifts", Some(&token), Some(&draft))
            .await;
        self.note_reachability(&result);
        let made = result?;
        self.store.write(|tx| {
            for s in &made {
                crate::circulation::save(tx, collections::SHIFTS, s.id, s)?;
            }
            Ok(())
        })?;
        let ids: Vec<i64> = made.iter().map(|s| s.id).collect();
        Ok(self.shifts(None)?.into_iter().filter(|s| ids.contains(&s.id)).collect())
    }

    /// Hours per library and volunteer for a period (coordinators; needs the hub).
    pub async fn hours_report(&self, library: Option<String>, from: &str, to: &str) -> CoreResult<Vec<HoursLineView>> {
        let token = self.token()?;
        let q = period(&self.words(), &library, from, to)?;
        let result = self
            .hub
            .get::<Vec<cml_api::HoursLine>>(&format!("v1/hours?{q}"), Some(&token))
            .await;
        self.note_reachability(&result);
        Ok(result?
            .into_iter()
            .map(|h| HoursLineView {
                library: h.library,
                volunteer_card: h.volunteer_card,
                volunteer_name: h.volunteer_name,
                hours: h.hours,
                sessions: h.sessions,
                flagged: h.flagged,
            })
            .collect())
    }
}

/// The volunteer's check-in as the Today screen shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckInView {
    pub session: String,
    pub library_code: String,
    pub library_name: String,
    /// Seconds since 1970 (UTC).
    pub since: i64,
    /// "Checked in at Baswich Library since 9:02am." (and "Not sent yet: it will be sent when you
    /// are back online." while it waits).
    pub text: String,
    /// The hub has it (false while it waits on the phone).
    pub sent: bool,
}

/// The Today screen: the check-in button's state (a check-in not yet sent counts), today's
/// shifts, and the hours this month.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TodayScreen {
    pub checked_in: Option<CheckInView>,
    /// The big button: "check_in" or "check_out", with its words.
    pub button: crate::views::ActionView,
    /// Where a check-in goes unless the volunteer chooses: today's next shift's library, or home.
    pub check_in_library: Option<String>,
    pub libraries: Vec<crate::circulation::LibraryChoice>,
    /// The person's shifts today, soonest first.
    pub shifts_today: Vec<ShiftView>,
    pub hours_this_month: f64,
    /// "12 hours this month", "No hours yet this month".
    pub hours_text: String,
    pub data_age: crate::views::DataAge,
    pub refresh_at: Option<i64>,
}

/// The Rota screen: the person's shifts and the open ones to sign up for.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RotaScreen {
    /// Each with its Drop action and until when.
    pub my_shifts: Vec<ShiftView>,
    /// Shifts with a place free, each with its Sign up action.
    pub open_shifts: Vec<ShiftView>,
    pub library: Option<String>,
    pub libraries: Vec<crate::circulation::LibraryChoice>,
    pub data_age: crate::views::DataAge,
    pub refresh_at: Option<i64>,
}

impl Core {
    /// The check-in open on this phone or at the hub, if any.
    fn open_check_in(&self, w: &Words<'_>, me: i64) -> CoreResult<Option<CheckInView>> {
        let open = self.store.meta("open_session")?;
        self.store.read(|c| {
            let names = library_names(c)?;
            let waiting = crate::events::waiting_changes(c, me)?;
            let sessions: Vec<VolunteerSession> = load_all(c, collections::SESSIONS)?;
            let closing = |key: &str| {
                waiting.iter().any(|ch| matches!(ch, Change::CheckOut { session, .. } | Change::FixCheckOut { session, .. } if session == key))
            };
            let from_outbox = waiting.iter().find_map(|ch| match ch {
                Change::CheckIn { session, library, at, .. } if open.as_deref() == Some(session.as_str()) => {
                    Some((session.clone(), library.clone(), at.with_timezone(&Utc), false))
                }
                _ => None,
            });
            let from_hub = || {
                sessions
                    .iter()
                    .filter(|s| s.check_out.is_none() && !closing(&s.session))
                    .filter(|s| open.is_none() || open.as_deref() == Some(s.session.as_str()))
                    .max_by_key(|s| s.check_in)
                    .map(|s| (s.session.clone(), s.library.clone(), s.check_in.with_timezone(&Utc), true))
            };
            Ok(from_outbox.or_else(from_hub).map(|(session, library, since, sent)| {
                let library_name = name_of(&names, &library);
                let mut text = w.a(
                    "today-checked-in",
                    &[
                        ("library", library_name.clone().into()),
                        ("time", w.clock(to_local(since).time()).into()),
                    ],
                );
                if !sent {
                    text = format!("{text} {}", w.t("today-not-sent"));
                }
                CheckInView {
                    session,
                    library_code: library,
                    library_name,
                    since: since.timestamp(),
                    text,
                    sent,
                }
            }))
        })
    }

    /// The Today screen, from the device store (a check-in made offline shows as checked in).
    pub fn today_screen(&self) -> CoreResult<TodayScreen> {
        let now = self.now();
        let w = self.words();
        let me = self.store.session()?.ok_or(CoreError::NotSignedIn)?.1;
        let checked_in = self.open_check_in(&w, me.id)?;
        let day = to_local(now).date();
        let shifts_today: Vec<ShiftView> = self
            .shifts(None)?
            .into_iter()
            .filter(|s| s.mine && DateTime::from_timestamp(s.starts_at, 0).is_some_and(|t| to_local(t).date() == day))
            .collect();
        let month = to_local(now).format("%Y-%m").to_string();
        let hours = self
            .my_hours()?
            .into_iter()
            .find(|m| m.month == month)
            .map_or(0.0, |m| m.hours);
        let hours_text = if hours > 0.0 {
            w.a("today-hours-month", &[("hours", w.hours(hours).into())])
        } else {
            w.t("today-no-hours-month")
        };
        let button = crate::circulation::action(&w, if checked_in.is_some() { "check_out" } else { "check_in" }, None);
        let libraries = self.store.read(crate::circulation::choices)?;
        let check_in_library = shifts_today
            .iter()
            .find(|s| s.ends_at > now.timestamp())
            .map(|s| s.library_code.clone())
            .or(me.home_library.clone());
        let (data_age, mut refresh) = self.data_age_and_refresh(now)?;
        for t in shifts_today
            .iter()
            .flat_map(|s| [s.starts_at, s.ends_at])
            .filter_map(|t| DateTime::from_timestamp(t, 0))
        {
            crate::home::sooner(&mut refresh, t, now);
        }
        Ok(TodayScreen {
            checked_in,
            button,
            check_in_library,
            libraries,
            shifts_today,
            hours_this_month: hours,
            hours_text,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }

    /// The Rota screen (at one library, if given), from the device store.
    pub fn rota_screen(&self, library: Option<String>) -> CoreResult<RotaScreen> {
        let now = self.now();
        let all = self.shifts(library.clone())?;
        let (my_shifts, others): (Vec<ShiftView>, Vec<ShiftView>) = all.into_iter().partition(|s| s.mine);
        let open_shifts: Vec<ShiftView> = others.into_iter().filter(|s| s.can_sign_up).collect();
        let libraries = self.store.read(crate::circulation::choices)?;
        let (data_age, age_changes) = self.data_age(now)?;
        let mut refresh = age_changes;
        for s in my_shifts.iter().chain(open_shifts.iter()) {
            for t in [s.drop_until_at, Some(s.starts_at)].into_iter().flatten() {
                if let Some(t) = DateTime::from_timestamp(t, 0) {
                    crate::home::sooner(&mut refresh, t, now);
                }
            }
        }
        Ok(RotaScreen {
            my_shifts,
            open_shifts,
            library,
            libraries,
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}

/// A volunteer on the coordinators' Volunteers screen.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VolunteerPerson {
    pub card: String,
    pub name: String,
}

/// One volunteer role at one library and who holds it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct RoleHolders {
    /// "branch_volunteer", "event_host", "chooser", "deliverer", "steering_group".
    pub role: String,
    /// "Book chooser".
    pub role_text: String,
    pub people: Vec<VolunteerPerson>,
    /// "Book chooser: Priya Shah, Sam Lee.", read whole.
    pub sentence: String,
}

/// One library's volunteers, by role.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LibraryVolunteers {
    pub code: String,
    pub name: String,
    /// Only the roles someone holds there, in the roles' order.
    pub roles: Vec<RoleHolders>,
}

/// The coordinators' Volunteers screen, from the device store (the `volunteer_roles` collection
/// each coordinator's phone keeps): who holds each role at each library.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct VolunteersScreen {
    /// Every library, with "No volunteers yet." for one with none.
    pub libraries: Vec<LibraryVolunteers>,
    pub empty_text: String,
    pub data_age: crate::views::DataAge,
    pub refresh_at: Option<i64>,
}

impl Core {
    /// The coordinators' Volunteers screen, from the device store.
    pub fn volunteers_screen(&self) -> CoreResult<VolunteersScreen> {
        self.signed_in()?;
        let now = self.now();
        let w = self.words();
        let (all, names) = self.store.read(|c| {
            Ok((
                load_all::<cml_api::VolunteerRoles>(c, collections::VOLUNTEER_ROLES)?,
                library_names(c)?,
            ))
        })?;
        let roles = cml_api::i18n::CODES
            .iter()
            .find(|(k, _)| *k == "volunteer-role")
            .map(|(_, codes)| *codes)
            .unwrap_or_default();
        let libraries = names
            .iter()
            .map(|(code, name)| {
                let held = roles
                    .iter()
                    .filter_map(|role| {
                        let mut people: Vec<VolunteerPerson> = all
                            .iter()
                            .filter(|v| v.roles.iter().any(|r| r.library == *code && r.role == *role))
                            .map(|v| VolunteerPerson {
                                card: v.card.clone(),
                                name: v.name.clone(),
                            })
                            .collect();
                        if people.is_empty() {
                            return None;
                        }
                        people.sort_by(|a, b| a.name.cmp(&b.name).then(a.card.cmp(&b.card)));
                        let role_text = w.code("volunteer-role", role);
                        let list: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
                        let sentence = w.msg(
                            &Msg::new("volunteers-role-holders")
                                .arg("role", role_text.as_str())
                                .arg("names", list.join(&w.t("list-separator"))),
                        );
                        Some(RoleHolders {
                            role: (*role).to_owned(),
                            role_text,
                            people,
                            sentence,
                        })
                    })
                    .collect();
                LibraryVolunteers {
                    code: code.clone(),
                    name: name.clone(),
                    roles: held,
                }
            })
            .collect();
        let (data_age, refresh) = self.data_age_and_refresh(now)?;
        Ok(VolunteersScreen {
            libraries,
            empty_text: w.t("volunteers-none"),
            data_age,
            refresh_at: refresh.map(|t| t.timestamp()),
        })
    }
}
