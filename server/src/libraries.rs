//! Libraries, their weekly hours and their closures.

use chrono::{NaiveDate, NaiveTime, Utc};
use cml_api::{collections, Closure, Library, OpeningPeriod};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::{feed, params};

const COLUMNS: &str = "code, name, address, postcode, latitude, longitude, email, phone, hours";

fn from_row(c: &mut dyn Conn, row: &crate::db::Row) -> HubResult<Library> {
    let code = row.str(0)?;
    let today = cml_api::london::today(Utc::now()).to_string();
    let closures = c
        .query(
            "SELECT date_from, date_to, reason FROM closures WHERE library_code = $1 AND date_to >= $2 \
             ORDER BY date_from, id",
            params![code.clone(), today],
        )?
        .iter()
        .map(|r| {
            Ok(Closure {
                from: parse_date(&r.str(0)?)?,
                to: parse_date(&r.str(1)?)?,
                reason: r.str(2)?,
            })
        })
        .collect::<HubResult<Vec<_>>>()?;
    Ok(Library {
        code,
        name: row.str(1)?,
        address: row.str(2)?,
        postcode: row.str(3)?,
        latitude: row.f64(4)?,
        longitude: row.f64(5)?,
        email: row.opt_str(6)?,
        phone: row.opt_str(7)?,
        hours: serde_json::from_str(&row.str(8)?)?,
        closures,
    })
}

fn parse_date(s: &str) -> HubResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| HubError::Internal(format!("stored date {s}: {e}")))
}

pub fn list(c: &mut dyn Conn) -> HubResult<Vec<Library>> {
    let rows = c.query(&format!("SELECT {COLUMNS} FROM libraries ORDER BY name"), &[])?;
    rows.iter().map(|r| from_row(c, r)).collect()
}

pub fn get(c: &mut dyn Conn, code: &str) -> HubResult<Library> {
    match c.query_opt(
        &format!("SELECT {COLUMNS} FROM libraries WHERE code = $1"),
        params![code],
    )? {
        Some(row) => from_row(c, &row),
        None => Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-library-code").arg("code", code),
        ))),
    }
}

/// Sends the library's current state to the change feed.
pub fn republish(c: &mut dyn Conn, code: &str) -> HubResult<Library> {
    let library = get(c, code)?;
    let body = serde_json::to_value(&library)?;
    feed::publish(c, collections::LIBRARIES, feed::PUBLIC, code, Some(&body))?;
    Ok(library)
}

fn check_hours(hours: &[OpeningPeriod]) -> HubResult<()> {
    for p in hours {
        if !cml_api::london::is_weekday(p.weekday) {
            return Err(HubError::invalid("hours", say("hub-weekday")));
        }
        let opens = NaiveTime::parse_from_str(&p.opens, "%H:%M");
        let closes = NaiveTime::parse_from_str(&p.closes, "%H:%M");
        match (opens, closes) {
            (Ok(o), Ok(c)) if o < c => {}
            _ => return Err(HubError::invalid("hours", say("hub-opening-times"))),
        }
    }
    Ok(())
}

/// Adds a library or replaces its details and hours.
pub fn upsert(c: &mut dyn Conn, lib: &Library) -> HubResult<Library> {
    check_hours(&lib.hours)?;
    if lib.code.is_empty() || lib.code.len() > 8 || !lib.code.chars().all(|ch| ch.is_ascii_alphanumeric()) {
        return Err(HubError::invalid("code", say("hub-library-code")));
    }
    let hours = serde_json::to_string(&lib.hours)?;
    let updated = c.exec(
        "UPDATE libraries SET name = $2, address = $3, postcode = $4, latitude = $5, longitude = $6, \
         email = $7, phone = $8, hours = $9 WHERE code = $1",
        params![
            lib.code.clone(),
            lib.name.clone(),
            lib.address.clone(),
            lib.postcode.clone(),
            lib.latitude,
            lib.longitude,
            lib.email.clone(),
            lib.phone.clone(),
            hours.clone()
        ],
    )?;
    if updated == 0 {
        c.exec(
            &format!("INSERT INTO libraries ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"),
            params![
                lib.code.clone(),
                lib.name.clone(),
                lib.address.clone(),
                lib.postcode.clone(),
                lib.latitude,
                lib.longitude,
                lib.email.clone(),
                lib.phone.clone(),
                hours
            ],
        )?;
    }
    republish(c, &lib.code)
}

/// Adds a closure to a library. Dates are checked: the closure ends on or after it starts, and
/// has not already ended.
pub fn add_closure(c: &mut dyn Conn, code: &str, closure: &Closure) -> HubResult<Library> {
    get(c, code)?;
    if closure.to < closure.from {
        return Err(HubError::invalid("to", say("hub-closure-order")));
    }
    if closure.to < cml_api::london::today(Utc::now()) {
        return Err(HubError::invalid("to", say("hub-closure-ended")));
    }
    let reason = closure.reason.trim();
    if reason.is_empty() || reason.chars().count() > 200 {
        return Err(HubError::invalid("reason", say("hub-closure-reason")));
    }
    c.exec(
        "INSERT INTO closures (library_code, date_from, date_to, reason) VALUES ($1, $2, $3, $4)",
        params![code, closure.from.to_string(), closure.to.to_string(), reason],
    )?;
    republish(c, code)
}

/// A library's name, if the hub has a library with this code.
pub fn name(c: &mut dyn Conn, code: &str) -> HubResult<Option<String>> {
    Ok(
        c.query_opt("SELECT name FROM libraries WHERE code = $1", crate::params![code])?
            .map(|r| r.str(0))
            .transpose()?,
    )
}

/// A library's name, or an invalid-input error on `field` when there is no such library.
pub fn require(c: &mut dyn Conn, field: &str, code: &str) -> HubResult<String> {
    name(c, code)?.ok_or_else(|| HubError::invalid(field, say_msg(Msg::new("hub-no-library-code").arg("code", code))))
}
