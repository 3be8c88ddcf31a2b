//! Volunteers' rota and hours. Coordinators put shifts on each library's rota; volunteers sign up
//! and drop them with notice (a one-person shift taken twice at once goes to the first, under the
//! shift's lock); volunteers check in and out on the phone, offline too, with the phone's time and
//! offset. Implausible entries are flagged, kept and not counted, never dropped.

use chrono::{DateTime, Duration, FixedOffset, Utc};
use cml_api::i18n::{Arg, Msg};
use cml_api::{collections, ChangeResult, HoursLine, Shift, ShiftDraft, VolunteerSession};

use crate::db::{Conn, Row};
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg};
use crate::{feed, params};

pub const KINDS: &[&str] = &["opening_up", "desk", "coffee_morning", "delivery_round", "other"];
/// Scope of what every volunteer's phone receives.
pub const VOLUNTEERS: &str = "r:volunteer";
/// A shift can be dropped up to this long before it starts.
pub const NOTICE_HOURS: i64 = cml_api::SHIFT_DROP_NOTICE_HOURS;
/// Sessions longer than this are flagged.
pub const LONGEST_HOURS: i64 = 12;

fn instant(s: &str) -> HubResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| HubError::Internal(format!("stored time {s}: {e}")))
}

fn local(s: &str) -> HubResult<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(s).map_err(|e| HubError::Internal(format!("stored time {s}: {e}")))
}

fn shift(c: &mut dyn Conn, id: i64) -> HubResult<Option<Shift>> {
    let Some(r) = c.query_opt(
        "SELECT id, library_code, kind, title, starts_at, ends_at, places FROM shifts WHERE id = $1",
        params![id],
    )?
    else {
        return Ok(None);
    };
    let who = c.query(
        "SELECT a.id, a.name FROM shift_signups s JOIN accounts a ON a.id = s.account_id \
         WHERE s.shift_id = $1 AND s.dropped_at IS NULL ORDER BY s.id",
        params![id],
    )?;
    Ok(Some(Shift {
        id: r.i64(0)?,
        library: r.str(1)?,
        kind: r.str(2)?,
        title: r.str(3)?,
        starts_at: instant(&r.str(4)?)?,
        ends_at: instant(&r.str(5)?)?,
        places: r.i64(6)?,
        volunteer_ids: who.iter().map(|w| w.i64(0)).collect::<Result<_, _>>()?,
        volunteers: who.iter().map(|w| w.str(1)).collect::<Result<_, _>>()?,
    }))
}

fn publish_shift(c: &mut dyn Conn, id: i64) -> HubResult<Option<Shift>> {
    let s = shift(c, id)?;
    if let Some(s) = &s {
        feed::publish(
            c,
            collections::SHIFTS,
            VOLUNTEERS,
            &id.to_string(),
            Some(&serde_json::to_value(s)?),
        )?;
    }
    Ok(s)
}

/// Puts shifts on a library's rota (coordinators).
pub fn create(c: &mut dyn Conn, d: &ShiftDraft, now: DateTime<Utc>) -> HubResult<Vec<Shift>> {
    crate::libraries::require(c, "library", &d.library)?;
    if !KINDS.contains(&d.kind.as_str()) {
        return Err(HubError::invalid(
            "kind",
            say_msg(Msg::new("hub-shift-kinds").arg("kinds", KINDS.join(", "))),
        ));
    }
    if d.ends_at <= d.starts_at {
        return Err(HubError::invalid("ends_at", say("hub-end-before-start")));
    }
    if d.ends_at - d.starts_at > Duration::hours(LONGEST_HOURS) {
        return Err(HubError::invalid("ends_at", say("hub-shift-length")));
    }
    if d.starts_at <= now {
        return Err(HubError::invalid("starts_at", say("hub-start-past")));
    }
    if !(1..=20).contains(&d.places) {
        return Err(HubError::invalid("places", say("hub-shift-places")));
    }
    if d.repeat_weekly > 52 || d.title.chars().count() > 100 {
        return Err(HubError::invalid("repeat_weekly", say("hub-shift-repeat")));
    }
    let title = if d.title.trim().is_empty() {
        d.kind.replace('_', " ")
    } else {
        d.title.trim().to_owned()
    };
    let local_start = cml_api::london::to_local(d.starts_at);
    let length = d.ends_at - d.starts_at;
    let mut out = Vec::new();
    for week in 0..=i64::from(d.repeat_weekly) {
        let starts = cml_api::london::from_local(local_start + Duration::days(7 * week));
        let id = c
            .query_one(
                "INSERT INTO shifts (library_code, kind, title, starts_at, ends_at, places) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                params![
                    d.library.clone(),
                    d.kind.clone(),
                    title.clone(),
                    starts.to_rfc3339(),
                    (starts + length).to_rfc3339(),
                    d.places
                ],
            )?
            .i64(0)?;
        out.extend(publish_shift(c, id)?);
    }
    Ok(out)
}

/// The shift, locked for the change, or the refusal if it is not on the rota.
fn locked_shift(c: &mut dyn Conn, key: &str, shift_id: i64) -> HubResult<Result<Shift, ChangeResult>> {
    c.lock("shifts", "id", shift_id.into())?;
    Ok(shift(c, shift_id)?
        .ok_or_else(|| ChangeResult::refused_msg(key, "not_found", Msg::new("outcome-no-such-shift"))))
}

pub fn sign_up(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    shift_id: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let s = match locked_shift(c, key, shift_id)? {
        Ok(s) => s,
        Err(refusal) => return Ok(refusal),
    };
    if s.starts_at <= now {
        return Ok(ChangeResult::refused_msg(
            key,
            "shift_started",
            Msg::new("outcome-shift-started").arg("title", &s.title),
        ));
    }
    if s.volunteer_ids.contains(&account) {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_signed_up",
            Msg::new("outcome-already-on-shift"),
        ));
    }
    if s.volunteer_ids.len() as i64 >= s.places {
        let message = if s.places == 1 {
            Msg::new("outcome-shift-taken-by").arg("name", &s.volunteers[0])
        } else {
            Msg::new("outcome-shift-full")
        };
        return Ok(ChangeResult::refused_msg(key, "shift_taken", message));
    }
    c.exec(
        "INSERT INTO shift_signups (shift_id, account_id, signed_at) VALUES ($1, $2, $3)",
        params![shift_id, account, now.to_rfc3339()],
    )?;
    publish_shift(c, shift_id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "signed_up",
        Msg::new("outcome-signed-up")
            .arg("title", &s.title)
            .arg("library", &s.library)
            .arg(
                "when",
                Arg::Span {
                    starts: s.starts_at,
                    ends: s.ends_at,
                },
            ),
    ))
}

pub fn drop_shift(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    shift_id: i64,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let s = match locked_shift(c, key, shift_id)? {
        Ok(s) => s,
        Err(refusal) => return Ok(refusal),
    };
    if !s.volunteer_ids.contains(&account) {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-not-on-shift"),
        ));
    }
    if s.starts_at - now < Duration::hours(NOTICE_HOURS) {
        return Ok(ChangeResult::refused_msg(
            key,
            "too_late",
            Msg::new("outcome-shift-too-late"),
        ));
    }
    c.exec(
        "UPDATE shift_signups SET dropped_at = $3 WHERE shift_id = $1 AND account_id = $2 AND dropped_at IS NULL",
        params![shift_id, account, now.to_rfc3339()],
    )?;
    publish_shift(c, shift_id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "dropped",
        Msg::new("outcome-dropped").arg("title", &s.title),
    ))
}

const SESSION_COLUMNS: &str =
    "id, session_key, library_code, shift_id, check_in, check_out, flags, fixed_reason, account_id";

fn session_row(r: &Row) -> HubResult<(i64, VolunteerSession)> {
    let check_in = local(&r.str(4)?)?;
    let check_out = r.opt_str(5)?.map(|s| local(&s)).transpose()?;
    let flags: Vec<String> = r
        .str(6)?
        .split(',')
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect();
    let hours = match check_out {
        Some(out) if flags.is_empty() => Some((out - check_in).num_seconds() as f64 / 3600.0),
        _ => None,
    };
    Ok((
        r.i64(8)?,
        VolunteerSession {
            id: r.i64(0)?,
            session: r.str(1)?,
            library: r.str(2)?,
            shift_id: r.opt_i64(3)?,
            check_in,
            check_out,
            hours,
            flags,
            fixed_reason: r.opt_str(7)?,
        },
    ))
}

fn flags_for(check_in: DateTime<FixedOffset>, check_out: DateTime<FixedOffset>) -> String {
    let mut flags = Vec::new();
    if check_out <= check_in {
        flags.push("check_out_before_check_in");
    }
    if check_out - check_in > Duration::hours(LONGEST_HOURS) {
        flags.push("over_12_hours");
    }
    flags.join(",")
}

fn publish_session(c: &mut dyn Conn, id: i64) -> HubResult<VolunteerSession> {
    let r = c.query_one(
        &format!("SELECT {SESSION_COLUMNS} FROM volunteer_sessions WHERE id = $1"),
        params![id],
    )?;
    let (account, s) = session_row(&r)?;
    feed::publish(
        c,
        collections::SESSIONS,
        &format!("a:{account}"),
        &id.to_string(),
        Some(&serde_json::to_value(&s)?),
    )?;
    Ok(s)
}

fn check_key(key: &str) -> bool {
    (8..=64).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[allow(clippy::too_many_arguments)]
pub fn check_in(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    session: &str,
    library: &str,
    shift_id: Option<i64>,
    at: DateTime<FixedOffset>,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    if !check_key(session) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-session-key"),
        ));
    }
    if c.query_opt("SELECT code FROM libraries WHERE code = $1", params![library])?
        .is_none()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-no-library-code").arg("code", library),
        ));
    }
    if at.with_timezone(&Utc) > now + Duration::minutes(10) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-check-in-future"),
        ));
    }
    if c.query_opt(
        "SELECT id FROM volunteer_sessions WHERE account_id = $1 AND session_key = $2",
        params![account, session],
    )?
    .is_some()
    {
        return Ok(ChangeResult::refused_msg(
            key,
            "already_checked_in",
            Msg::new("outcome-check-in-recorded"),
        ));
    }
    let id = c
        .query_one(
            "INSERT INTO volunteer_sessions (account_id, session_key, library_code, shift_id, check_in, check_in_utc) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![
                account,
                session,
                library,
                shift_id,
                at.to_rfc3339(),
                at.with_timezone(&Utc).to_rfc3339()
            ],
        )?
        .i64(0)?;
    publish_session(c, id)?;
    Ok(ChangeResult::applied_msg(
        key,
        "checked_in",
        Msg::new("outcome-volunteer-checked-in").arg(
            "time",
            Arg::Clock {
                clock: at.with_timezone(&Utc),
            },
        ),
    ))
}

fn own_session(c: &mut dyn Conn, account: i64, session: &str) -> HubResult<Option<(i64, VolunteerSession)>> {
    c.query_opt(
        &format!("SELECT {SESSION_COLUMNS} FROM volunteer_sessions WHERE account_id = $1 AND session_key = $2"),
        params![account, session],
    )?
    .map(|r| session_row(&r).map(|(_, s)| (r.i64(0).unwrap_or(0), s)))
    .transpose()
}

/// Check-out, or (with a reason) a fix of a forgotten or wrong check-out.
pub fn check_out(
    c: &mut dyn Conn,
    key: &str,
    account: i64,
    session: &str,
    at: DateTime<FixedOffset>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> HubResult<ChangeResult> {
    let Some((id, s)) = own_session(c, account, session)? else {
        return Ok(ChangeResult::refused_msg(
            key,
            "not_found",
            Msg::new("outcome-no-such-check-in"),
        ));
    };
    if at.with_timezone(&Utc) > now + Duration::minutes(10) {
        return Ok(ChangeResult::refused_msg(
            key,
            "invalid_input",
            Msg::new("outcome-time-future"),
        ));
    }
    let reason = reason.map(str::trim);
    match reason {
        None if s.check_out.is_some() => {
            return Ok(ChangeResult::refused_msg(
                key,
                "already_checked_out",
                Msg::new("outcome-checked-out-already"),
            ))
        }
        Some(r) if r.is_empty() || r.chars().count() > 300 => {
            return Ok(ChangeResult::refused_msg(
                key,
                "invalid_input",
                Msg::new("outcome-say-why"),
            ))
        }
        _ => {}
    }
    let flags = flags_for(s.check_in, at);
    c.exec(
        "UPDATE volunteer_sessions SET check_out = $2, check_out_utc = $3, flags = $4, \
         fixed_reason = COALESCE($5, fixed_reason) WHERE id = $1",
        params![
            id,
            at.to_rfc3339(),
            at.with_timezone(&Utc).to_rfc3339(),
            flags.clone(),
            reason
        ],
    )?;
    let s = publish_session(c, id)?;
    let message = match (&s.hours, flags.is_empty()) {
        (Some(h), true) => Msg::new("outcome-hours-recorded").arg("hours", duration(*h)),
        _ => Msg::new("outcome-times-unusual"),
    };
    Ok(ChangeResult::applied_msg(
        key,
        if reason.is_some() { "fixed" } else { "checked_out" },
        message,
    ))
}

/// A length of time worked, as a message: "3 hours", "1 h 30 min", "45 minutes".
fn duration(h: f64) -> Msg {
    let minutes = (h * 60.0).round() as i64;
    match (minutes / 60, minutes % 60) {
        (0, m) => Msg::new("duration-minutes").arg("m", m),
        (h, 0) => Msg::new("duration-hours").arg("h", h),
        (h, m) => Msg::new("duration-hours-minutes").arg("h", h).arg("m", m),
    }
}

/// Counted hours and sessions per library and volunteer, for sessions that began in [from, to).
pub fn hours(
    c: &mut dyn Conn,
    library: Option<&str>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> HubResult<Vec<HoursLine>> {
    let rows = c.query(
        &format!(
            "SELECT {SESSION_COLUMNS} FROM volunteer_sessions WHERE check_in_utc >= $1 AND check_in_utc < $2 \
             AND ($3 = '' OR library_code = $3) ORDER BY library_code, account_id"
        ),
        params![from.to_rfc3339(), to.to_rfc3339(), library.unwrap_or("")],
    )?;
    let mut out: Vec<(i64, HoursLine)> = Vec::new();
    for r in rows {
        let (account, s) = session_row(&r)?;
        let line = match out.iter_mut().find(|(a, l)| *a == account && l.library == s.library) {
            Some((_, l)) => l,
            None => {
                let who = c.query_one("SELECT card, name FROM accounts WHERE id = $1", params![account])?;
                out.push((
                    account,
                    HoursLine {
                        library: s.library.clone(),
                        volunteer_card: who.str(0)?,
                        volunteer_name: who.str(1)?,
                        hours: 0.0,
                        sessions: 0,
                        flagged: 0,
                    },
                ));
                &mut out.last_mut().expect("just pushed").1
            }
        };
        line.sessions += 1;
        if !s.flags.is_empty() {
            line.flagged += 1;
        }
        line.hours += s.hours.unwrap_or(0.0);
    }
    Ok(out.into_iter().map(|(_, l)| l).collect())
}
