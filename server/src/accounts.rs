//! Account administration for the people who run a hub: the first coordinator or admin of a new
//! deployment, PIN resets, roles, stopping a card, and loading members from the council's list
//! (CSV). These run from `cml-hub account …` and `cml-hub import-members` on the hub's machine,
//! against its database: there is no HTTP endpoint for them.

use chrono::{DateTime, Utc};
use cml_api::{Account, Role};
use rand::Rng;
use serde::Serialize;

use crate::auth::{self, PinHashing};
use crate::db::{Conn, Db};
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::params;

/// A new random PIN: six digits, for a PIN the person changes or is told in a letter.
pub fn random_pin() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..6).map(|_| char::from(b'0' + rng.gen_range(0..10u8))).collect()
}

fn card_of(card: &str) -> HubResult<String> {
    cml_api::normalise_card(card).ok_or_else(|| HubError::invalid("card", say("hub-card-format")))
}

fn pin_of(pin: &str) -> HubResult<&str> {
    if cml_api::valid_pin(pin) {
        Ok(pin)
    } else {
        Err(HubError::invalid("pin", say("hub-pin-format")))
    }
}

fn name_of(name: &str) -> HubResult<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 100 || name.chars().any(char::is_control) {
        return Err(HubError::invalid("name", say("hub-name-format")));
    }
    Ok(name.to_owned())
}

/// Roles from "member,coordinator" (at least one).
pub fn roles_of(text: &str) -> HubResult<Vec<Role>> {
    let mut roles = Vec::new();
    for word in text.split(',').map(str::trim).filter(|w| !w.is_empty()) {
        let role = Role::parse(word).ok_or_else(|| {
            let all: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
            HubError::invalid(
                "roles",
                say_msg(
                    Msg::new("hub-not-a-role")
                        .arg("word", word)
                        .arg("roles", all.join(", ")),
                ),
            )
        })?;
        if !roles.contains(&role) {
            roles.push(role);
        }
    }
    if roles.is_empty() {
        return Err(HubError::invalid("roles", say("hub-roles-empty")));
    }
    Ok(roles)
}

fn id_of(c: &mut dyn Conn, card: &str) -> HubResult<i64> {
    match c.query_opt("SELECT id FROM accounts WHERE card = $1", params![card])? {
        Some(r) => Ok(r.i64(0)?),
        None => Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-one-card").arg("card", card),
        ))),
    }
}

/// An account as staff see it: the person, and whether their card is stopped.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AccountLine {
    #[serde(flatten)]
    pub account: Account,
    pub disabled: bool,
}

pub fn show(c: &mut dyn Conn, card: &str) -> HubResult<AccountLine> {
    let card = card_of(card)?;
    let id = id_of(c, &card)?;
    let account = auth::load_account(c, id)?;
    let disabled = c
        .query_one("SELECT disabled_at FROM accounts WHERE id = $1", params![id])?
        .opt_str(0)?
        .is_some();
    Ok(AccountLine { account, disabled })
}

/// Creates an account (a confirmed card).
pub fn create(
    c: &mut dyn Conn,
    hashing: &PinHashing,
    card: &str,
    name: &str,
    pin: &str,
    roles: &[Role],
    home: Option<&str>,
) -> HubResult<AccountLine> {
    let card = card_of(card)?;
    let name = name_of(name)?;
    let pin = pin_of(pin)?;
    if roles.is_empty() {
        return Err(HubError::invalid("roles", say("hub-roles-empty")));
    }
    if let Some(code) = home {
        crate::libraries::require(c, "home_library", code)?;
    }
    if c.query_opt("SELECT id FROM accounts WHERE card = $1", params![card.clone()])?
        .is_some()
    {
        return Err(HubError::Conflict(say_msg(
            Msg::new("hub-card-taken").arg("card", &card),
        )));
    }
    auth::create_account(c, hashing, &card, pin, &name, roles, home)?;
    show(c, &card)
}

/// Sets a new PIN: every device signed in with the old one is signed out, and any lockout ends.
pub fn reset_pin(c: &mut dyn Conn, hashing: &PinHashing, card: &str, pin: &str, now: DateTime<Utc>) -> HubResult<()> {
    let card = card_of(card)?;
    let pin = pin_of(pin)?;
    let id = id_of(c, &card)?;
    c.exec(
        "UPDATE accounts SET pin_hash = $2 WHERE id = $1",
        params![id, hashing.hash(pin)?],
    )?;
    revoke_sessions(c, id, now)?;
    c.exec(
        "DELETE FROM login_failures WHERE subject = $1",
        params![format!("card:{card}")],
    )?;
    Ok(())
}

fn revoke_sessions(c: &mut dyn Conn, id: i64, now: DateTime<Utc>) -> HubResult<()> {
    c.exec(
        "UPDATE sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL",
        params![id, now.to_rfc3339()],
    )?;
    Ok(())
}

/// Replaces a person's roles (they take effect on their next request).
pub fn set_roles(c: &mut dyn Conn, card: &str, roles: &[Role]) -> HubResult<AccountLine> {
    let card = card_of(card)?;
    if roles.is_empty() {
        return Err(HubError::invalid("roles", say("hub-roles-empty")));
    }
    let id = id_of(c, &card)?;
    c.exec(
        "UPDATE accounts SET roles = $2 WHERE id = $1",
        params![id, auth::roles_to_text(roles)],
    )?;
    show(c, &card)
}

/// Stops a card (signing it out everywhere) or starts it again. A stopped card cannot sign in;
/// its loans, reservations and history stay.
pub fn set_disabled(c: &mut dyn Conn, card: &str, disabled: bool, now: DateTime<Utc>) -> HubResult<AccountLine> {
    let card = card_of(card)?;
    let id = id_of(c, &card)?;
    let at = disabled.then(|| now.to_rfc3339());
    c.exec("UPDATE accounts SET disabled_at = $2 WHERE id = $1", params![id, at])?;
    if disabled {
        revoke_sessions(c, id, now)?;
    }
    show(c, &card)
}

/// What a member import did.
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct MemberImport {
    pub read: u64,
    pub created: u64,
    pub updated: u64,
    pub rejected: Vec<RejectedMember>,
    /// PINs made for new members whose line gave none: shown once, for their letters.
    pub new_pins: Vec<NewPin>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RejectedMember {
    /// The file's line (1 is the header).
    pub line: u64,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NewPin {
    pub card: String,
    pub pin: String,
}

/// Splits one CSV line (fields in double quotes may hold commas and doubled quotes).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    fields.into_iter().map(|f| f.trim().to_owned()).collect()
}

/// Loads members from CSV with a header naming its columns: `card` and `name` (required),
/// `home_library` (or `library`, `branch`), `pin`, `roles` (default `member`). A card already on
/// the hub has its name, home library and roles updated, and its PIN only if the line gives one.
/// A line that cannot be used is rejected with its reason; the rest are loaded, each on its own.
pub fn import_csv(db: &Db, hashing: &PinHashing, text: &str) -> HubResult<MemberImport> {
    let mut lines = text.lines().enumerate();
    let Some((_, header)) = lines.next() else {
        return Err(HubError::invalid("file", say("hub-file-empty")));
    };
    let header: Vec<String> = csv_fields(header.trim_start_matches('\u{feff}'))
        .into_iter()
        .map(|h| h.to_lowercase())
        .collect();
    let column = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
    let (Some(card_col), Some(name_col)) = (column(&["card", "cardnumber", "card_number"]), column(&["name"])) else {
        return Err(HubError::invalid("file", say("hub-members-csv-columns")));
    };
    let home_col = column(&["home_library", "library", "branch", "branchcode"]);
    let pin_col = column(&["pin"]);
    let roles_col = column(&["roles", "role"]);
    let mut summary = MemberImport::default();
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        summary.read += 1;
        let fields = csv_fields(line);
        let get = |col: Option<usize>| {
            col.and_then(|c| fields.get(c))
                .map(String::as_str)
                .filter(|s| !s.is_empty())
        };
        let card = get(Some(card_col)).unwrap_or("").to_owned();
        let name = get(Some(name_col)).unwrap_or("").to_owned();
        let home = get(home_col).map(str::to_owned);
        let given_pin = get(pin_col).map(str::to_owned);
        let roles = get(roles_col).unwrap_or("member").to_owned();
        let hashing = *hashing;
        let outcome = db.write_blocking(move |c| -> HubResult<(bool, Option<NewPin>)> {
            let card = card_of(&card)?;
            let name = name_of(&name)?;
            let roles = roles_of(&roles)?;
            if let Some(code) = &home {
                crate::libraries::require(c, "home_library", code)?;
            }
            match c.query_opt("SELECT id FROM accounts WHERE card = $1", params![card.clone()])? {
                Some(row) => {
                    let id = row.i64(0)?;
                    c.exec(
                        "UPDATE accounts SET name = $2, home_library = COALESCE($3, home_library), roles = $4 WHERE id = $1",
                        params![id, name, home.clone(), auth::roles_to_text(&roles)],
                    )?;
                    if let Some(pin) = &given_pin {
                        reset_pin(c, &hashing, &card, pin, Utc::now())?;
                    }
                    Ok((false, None))
                }
                None => {
                    let pin = given_pin.clone().unwrap_or_else(random_pin);
                    create(c, &hashing, &card, &name, &pin, &roles, home.as_deref())?;
                    Ok((true, given_pin.is_none().then_some(NewPin { card, pin })))
                }
            }
        });
        match outcome {
            Ok((true, pin)) => {
                summary.created += 1;
                summary.new_pins.extend(pin);
            }
            Ok((false, _)) => summary.updated += 1,
            Err(e @ (HubError::Db(_) | HubError::Internal(_))) => return Err(e),
            Err(e) => summary.rejected.push(RejectedMember {
                line: i as u64 + 1,
                reason: e.to_string(),
            }),
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_keep_quoted_commas_and_quotes() {
        assert_eq!(
            csv_fields(r#"2100000101, "Hughes, Margaret" ,BAS,"say ""hi""""#),
            ["2100000101", "Hughes, Margaret", "BAS", r#"say "hi""#]
        );
    }

    #[test]
    fn random_pins_are_valid_pins() {
        for _ in 0..100 {
            assert!(cml_api::valid_pin(&random_pin()));
        }
    }
}
