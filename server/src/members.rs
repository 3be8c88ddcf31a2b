//! Joining: a new member registers in the app and gets a provisional card at once; a coordinator
//! confirms it when the member shows proof of address. A provisional card can sign in, search
//! and book events, but not reserve or borrow.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use cml_api::{JoinRequest, JoinResponse, PendingMember, Role};
use rand::Rng;

use crate::auth::insert_account;
use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::params;

fn text(field: &str, value: &str, max: usize, what: &str) -> HubResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(HubError::invalid(
            field,
            say_msg(Msg::new("hub-text-missing").arg("what", Msg::new(what))),
        ));
    }
    if v.chars().count() > max {
        return Err(HubError::invalid(
            field,
            say_msg(
                Msg::new("hub-text-too-long")
                    .arg("what", Msg::new(what))
                    .arg("max", max as i64),
            ),
        ));
    }
    if v.chars().any(|c| c.is_control() && c != '\n') {
        return Err(HubError::invalid(
            field,
            say_msg(Msg::new("hub-text-control").arg("what", Msg::new(what))),
        ));
    }
    Ok(v.to_owned())
}

/// A UK postcode, normalised to capitals with one space before the last three characters.
pub fn postcode(raw: &str) -> Option<String> {
    let compact: String = raw
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let ok = (5..=7).contains(&compact.len())
        && compact.chars().all(|c| c.is_ascii_alphanumeric())
        && compact.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && {
            let tail: Vec<char> = compact.chars().rev().take(3).collect();
            tail[0].is_ascii_alphabetic() && tail[1].is_ascii_alphabetic() && tail[2].is_ascii_digit()
        };
    ok.then(|| format!("{} {}", &compact[..compact.len() - 3], &compact[compact.len() - 3..]))
}

/// Checks a join request field by field; returns it cleaned.
pub fn check(req: &JoinRequest, today: NaiveDate) -> HubResult<JoinRequest> {
    let name = text("name", &req.name, 100, "field-your-name")?;
    let address = text("address", &req.address, 300, "field-your-address")?;
    let postcode = postcode(&req.postcode).ok_or_else(|| HubError::invalid("postcode", say("hub-postcode")))?;
    if req.date_of_birth >= today || today.year() - req.date_of_birth.year() > 120 {
        return Err(HubError::invalid("date_of_birth", say("hub-date-of-birth")));
    }
    let email = match req.email.as_deref().map(str::trim).filter(|e| !e.is_empty()) {
        Some(e) => {
            let ok = e.len() <= 254
                && e.split_once('@')
                    .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
                && !e.chars().any(char::is_whitespace);
            if !ok {
                return Err(HubError::invalid("email", say("hub-email")));
            }
            Some(e.to_owned())
        }
        None => None,
    };
    let phone = match req.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => {
            let digits = p.chars().filter(char::is_ascii_digit).count();
            let ok = (10..=15).contains(&digits) && p.chars().all(|c| c.is_ascii_digit() || " +()-".contains(c));
            if !ok {
                return Err(HubError::invalid("phone", say("hub-phone")));
            }
            Some(p.to_owned())
        }
        None => None,
    };
    if !cml_api::valid_pin(&req.pin) {
        return Err(HubError::invalid("pin", say("hub-choose-pin")));
    }
    if let Some(k) = &req.key {
        if !(16..=64).contains(&k.len()) || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(HubError::invalid("key", say("hub-form-key")));
        }
    }
    Ok(JoinRequest {
        name,
        address,
        postcode,
        date_of_birth: req.date_of_birth,
        home_library: req.home_library.trim().to_owned(),
        email,
        phone,
        pin: req.pin.clone(),
        key: req.key.clone(),
    })
}

/// Registers a new member with a provisional card. The PIN hash is made by the caller (it is slow).
pub fn join(c: &mut dyn Conn, req: &JoinRequest, pin_hash: &str, now: DateTime<Utc>) -> HubResult<JoinResponse> {
    let library = crate::libraries::require(c, "home_library", &req.home_library)?;
    if let Some(key) = &req.key {
        // The same form again (its answer was lost on the way): the same card, not a second one.
        if let Some(row) = c.query_opt(
            "SELECT a.card, a.name, m.date_of_birth FROM members m JOIN accounts a ON a.id = m.account_id \
             WHERE m.join_key = $1",
            params![key.clone()],
        )? {
            let (card, name, born) = (row.str(0)?, row.str(1)?, row.str(2)?);
            if name != req.name || born != req.date_of_birth.format("%Y-%m-%d").to_string() {
                return Err(HubError::IdempotencyMismatch);
            }
            return Ok(welcome(card, &library));
        }
    }
    // Provisional cards are 29 and eight random digits (not guessable in sequence).
    let card = loop {
        let n: u32 = rand::thread_rng().gen_range(0..100_000_000);
        let card = format!("29{n:08}");
        if c.query_opt("SELECT id FROM accounts WHERE card = $1", params![card.clone()])?
            .is_none()
        {
            break card;
        }
    };
    let id = insert_account(c, pin_hash, &card, &req.name, &[Role::Member], Some(&req.home_library))?;
    c.exec(
        "UPDATE accounts SET provisional = 1, default_pickup = $2 WHERE id = $1",
        params![id, req.home_library.clone()],
    )?;
    c.exec(
        "INSERT INTO members (account_id, address, postcode, date_of_birth, email, phone, joined_at, join_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        params![
            id,
            req.address.clone(),
            req.postcode.clone(),
            req.date_of_birth.format("%Y-%m-%d").to_string(),
            req.email.clone(),
            req.phone.clone(),
            now.to_rfc3339(),
            req.key.clone()
        ],
    )?;
    Ok(welcome(card, &library))
}

fn welcome(card: String, library: &str) -> JoinResponse {
    JoinResponse {
        message: format!(
            "Welcome! Your card number is {card}. You can sign in now, search the catalogue and book events. \
             To borrow and reserve books, show proof of your address at {library} and a volunteer will confirm your card."
        ),
        card,
        provisional: true,
    }
}

/// Members waiting for their card to be confirmed, oldest first (coordinators).
pub fn pending(c: &mut dyn Conn) -> HubResult<Vec<PendingMember>> {
    let rows = c.query(
        "SELECT a.card, a.name, m.address, m.postcode, m.date_of_birth, a.home_library, m.email, m.phone, m.joined_at \
         FROM accounts a JOIN members m ON m.account_id = a.id WHERE a.provisional = 1 ORDER BY m.joined_at, a.id",
        &[],
    )?;
    rows.iter()
        .map(|r| {
            Ok(PendingMember {
                card: r.str(0)?,
                name: r.str(1)?,
                address: r.str(2)?,
                postcode: r.str(3)?,
                date_of_birth: NaiveDate::parse_from_str(&r.str(4)?, "%Y-%m-%d")
                    .map_err(|e| HubError::Internal(e.to_string()))?,
                home_library: r.opt_str(5)?.unwrap_or_default(),
                email: r.opt_str(6)?,
                phone: r.opt_str(7)?,
                joined_at: DateTime::parse_from_rfc3339(&r.str(8)?)
                    .map_err(|e| HubError::Internal(e.to_string()))?
                    .with_timezone(&Utc),
            })
        })
        .collect()
}

/// Confirms a provisional card (a coordinator has seen proof of address).
pub fn confirm(c: &mut dyn Conn, card: &str, by: i64, now: DateTime<Utc>) -> HubResult<()> {
    let card = cml_api::normalise_card(card).ok_or_else(|| HubError::invalid("card", say("hub-card-format")))?;
    let Some(row) = c.query_opt(
        "SELECT id, provisional FROM accounts WHERE card = $1",
        params![card.clone()],
    )?
    else {
        return Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-one-card").arg("card", card),
        )));
    };
    if row.i64(1)? == 0 {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-card-confirmed").arg("card", &card),
        )));
    }
    let id = row.i64(0)?;
    c.exec("UPDATE accounts SET provisional = 0 WHERE id = $1", params![id])?;
    c.exec(
        "UPDATE members SET confirmed_by = $2, confirmed_at = $3 WHERE account_id = $1",
        params![id, by, now.to_rfc3339()],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_are_checked_and_spaced() {
        assert_eq!(postcode("ws111aa").as_deref(), Some("WS11 1AA"));
        assert_eq!(postcode("ST17 0AB").as_deref(), Some("ST17 0AB"));
        assert_eq!(postcode("B1 1AA").as_deref(), Some("B1 1AA"));
        assert_eq!(postcode("12345"), None);
        assert_eq!(postcode("WS11"), None);
    }
}
