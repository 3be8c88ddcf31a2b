//! Sign-in with card number and PIN, bearer tokens, and the roles checked on every endpoint.
//!
//! PINs are stored as Argon2id hashes with a per-PIN salt. Tokens are 256 random bits; only their
//! SHA-256 is stored, so a copy of the database does not let anyone sign in. After
//! [`FREE_ATTEMPTS`] wrong PINs in a row a card number is locked for a time that doubles with every
//! further failure, up to [`MAX_LOCK_SECONDS`]; after [`FREE_ADDRESS_ATTEMPTS`] from one client
//! address in a row, that address is slowed down the same way. An unknown card and a wrong PIN
//! get the same answer, after the same work, and are locked alike, so the hub does not tell which
//! card numbers exist.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use cml_api::{Account, LoginRequest, LoginResponse, Role};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::say;
use crate::params;
use crate::AppState;

pub const FREE_ATTEMPTS: i64 = 5;
pub const MAX_LOCK_SECONDS: i64 = 15 * 60;
/// Wrong PINs from one client address before it is slowed down: higher than a card's, as members
/// share a library's computers and a home's connection.
pub const FREE_ADDRESS_ATTEMPTS: i64 = 20;
/// A card's failures are forgotten after a day without one; an address's after 15 minutes.
const CARD_MEMORY_SECONDS: i64 = 24 * 3600;
const ADDRESS_MEMORY_SECONDS: i64 = MAX_LOCK_SECONDS;

/// How costly PIN hashing is. The default is Argon2id's recommended 19 MiB, 2 passes.
#[derive(Debug, Clone, Copy)]
pub struct PinHashing {
    pub memory_kib: u32,
    pub passes: u32,
}

impl Default for PinHashing {
    fn default() -> Self {
        PinHashing {
            memory_kib: 19 * 1024,
            passes: 2,
        }
    }
}

impl PinHashing {
    fn argon2(&self) -> Argon2<'static> {
        let params = Params::new(self.memory_kib, self.passes, 1, None).expect("valid Argon2 parameters");
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
    }

    pub fn hash(&self, pin: &str) -> HubResult<String> {
        let salt = SaltString::generate(&mut rand::rngs::OsRng);
        self.argon2()
            .hash_password(pin.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| HubError::Internal(format!("could not hash a PIN: {e}")))
    }

    /// Checks a PIN against a stored hash (whose own parameters are used).
    pub fn verify(&self, pin: &str, stored: &str) -> bool {
        match PasswordHash::new(stored) {
            Ok(hash) => Argon2::default().verify_password(pin.as_bytes(), &hash).is_ok(),
            Err(_) => false,
        }
    }
}

/// The caller of an endpoint, from its bearer token.
#[derive(Debug, Clone)]
pub struct Caller {
    pub account: Account,
    pub token_hash: String,
}

impl Caller {
    pub fn has(&self, role: Role) -> bool {
        self.account.roles.contains(&role)
    }

    /// Fails with 403 unless the caller has one of `roles` (admins may do anything).
    pub fn require(&self, roles: &[Role]) -> HubResult<()> {
        if self.has(Role::Admin) || roles.iter().any(|r| self.has(*r)) {
            Ok(())
        } else {
            Err(HubError::forbidden())
        }
    }
}

fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(axum::http::header::AUTHORIZATION)?.to_str().ok()?;
    value.strip_prefix("Bearer ").map(str::trim)
}

pub fn token_hash(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn roles_to_text(roles: &[Role]) -> String {
    roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")
}

pub fn roles_from_text(text: &str) -> Vec<Role> {
    text.split(',').filter_map(Role::parse).collect()
}

const ACCOUNT_COLUMNS: &str =
    "a.id, a.card, a.name, a.roles, a.home_library, a.provisional, a.default_pickup, a.history_enabled";

fn account_from_row(row: &crate::db::Row) -> HubResult<Account> {
    Ok(Account {
        id: row.i64(0)?,
        card: row.str(1)?,
        name: row.str(2)?,
        roles: roles_from_text(&row.str(3)?),
        home_library: row.opt_str(4)?,
        provisional: row.i64(5)? != 0,
        default_pickup: row.opt_str(6)?,
        history_enabled: row.i64(7)? != 0,
        card_symbology: cml_api::CARD_SYMBOLOGY.to_owned(),
        desk_libraries: Vec::new(),
    })
}

/// The account with the libraries where they work the desk (for sign-in and `GET /v1/me`).
pub fn load_account_for_phone(c: &mut dyn Conn, id: i64) -> HubResult<Account> {
    let mut account = load_account(c, id)?;
    account.desk_libraries = c
        .query(
            "SELECT library_code FROM volunteer_roles WHERE account_id = $1 AND role = 'branch_volunteer' \
             ORDER BY library_code",
            params![id],
        )?
        .iter()
        .map(|r| r.str(0))
        .collect::<Result<_, _>>()?;
    Ok(account)
}

pub fn load_account(c: &mut dyn Conn, id: i64) -> HubResult<Account> {
    let sql = format!("SELECT {ACCOUNT_COLUMNS} FROM accounts a WHERE a.id = $1");
    match c.query_opt(&sql, params![id])? {
        Some(row) => account_from_row(&row),
        None => Err(HubError::NotFound(say("hub-no-such-account"))),
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = HubError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let Some(token) = bearer(parts) else {
            return Err(HubError::Unauthenticated(say("hub-sign-in")));
        };
        let hash = token_hash(token);
        state
            .db
            .read(move |c| {
                let sql = format!(
                    "SELECT {ACCOUNT_COLUMNS} FROM sessions s JOIN accounts a ON a.id = s.account_id \
                     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND a.disabled_at IS NULL"
                );
                match c.query_opt(&sql, params![hash.clone()])? {
                    Some(row) => Ok(Caller {
                        account: account_from_row(&row)?,
                        token_hash: hash.clone(),
                    }),
                    None => Err(HubError::Unauthenticated(say("hub-signed-out"))),
                }
            })
            .await
    }
}

/// A caller who may or may not be signed in (public endpoints that show more to a member).
pub struct MaybeCaller(pub Option<Caller>);

impl FromRequestParts<AppState> for MaybeCaller {
    type Rejection = HubError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if bearer(parts).is_none() {
            return Ok(MaybeCaller(None));
        }
        Caller::from_request_parts(parts, state)
            .await
            .map(|c| MaybeCaller(Some(c)))
    }
}

/// The address a request came from (the TCP peer), when the server was started to record it.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddress(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|c| c.0.ip()),
        ))
    }
}

/// 0 below `free` failures, then 30 s doubling with each further one, up to [`MAX_LOCK_SECONDS`].
fn lock_after(failures: i64, free: i64) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(10) as u32;
    (30_i64 << doublings).min(MAX_LOCK_SECONDS)
}

struct Stored {
    id: i64,
    pin_hash: String,
    disabled: bool,
}

/// What wrong PINs are counted against: the card number typed, and the client's address.
fn subjects(card: &str, client: Option<std::net::IpAddr>) -> Vec<(String, i64, i64)> {
    let mut v = vec![(format!("card:{card}"), FREE_ATTEMPTS, CARD_MEMORY_SECONDS)];
    if let Some(ip) = client {
        v.push((format!("ip:{ip}"), FREE_ADDRESS_ATTEMPTS, ADDRESS_MEMORY_SECONDS));
    }
    v
}

/// The longest lock now on any of `subjects`, in seconds.
fn locked_for(c: &mut dyn Conn, subjects: &[(String, i64, i64)], now: DateTime<Utc>) -> HubResult<Option<u64>> {
    let mut longest = None;
    for (subject, ..) in subjects {
        let until = c
            .query_opt(
                "SELECT locked_until FROM login_failures WHERE subject = $1",
                params![subject.clone()],
            )?
            .and_then(|r| r.opt_str(0).ok().flatten())
            .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
            .map(|d| d.with_timezone(&Utc));
        if let Some(until) = until.filter(|u| *u > now) {
            let secs = (until - now).num_seconds().max(1) as u64;
            longest = Some(longest.map_or(secs, |l: u64| l.max(secs)));
        }
    }
    Ok(longest)
}

/// Counts a wrong PIN against each subject and locks those past their free attempts. Returns the
/// longest lock it set, in seconds (0: none).
fn count_failure(c: &mut dyn Conn, subjects: &[(String, i64, i64)], now: DateTime<Utc>) -> HubResult<i64> {
    let mut longest = 0;
    for (subject, free, memory) in subjects {
        let forgotten = (now - Duration::seconds(*memory)).to_rfc3339();
        let failures = c
            .query_one(
                "INSERT INTO login_failures (subject, failures, last_failed_at) VALUES ($1, 1, $2) \
                 ON CONFLICT (subject) DO UPDATE SET \
                 failures = CASE WHEN login_failures.last_failed_at < $3 THEN 1 ELSE login_failures.failures + 1 END, \
                 last_failed_at = $2 RETURNING failures",
                params![subject.clone(), now.to_rfc3339(), forgotten],
            )?
            .i64(0)?;
        let lock = lock_after(failures, *free);
        if lock > 0 {
            c.exec(
                "UPDATE login_failures SET locked_until = $2 WHERE subject = $1",
                params![subject.clone(), (now + Duration::seconds(lock)).to_rfc3339()],
            )?;
            longest = longest.max(lock);
        }
    }
    // Failures no longer remembered go (the table stays small).
    c.exec(
        "DELETE FROM login_failures WHERE last_failed_at < $1",
        params![(now - Duration::seconds(CARD_MEMORY_SECONDS)).to_rfc3339()],
    )?;
    Ok(longest)
}

/// Signs a person in: checks the PIN, counts failures, and makes a new session. `client` is the
/// address the request came from, when known.
pub async fn login(state: &AppState, req: LoginRequest, client: Option<std::net::IpAddr>) -> HubResult<LoginResponse> {
    let card = cml_api::normalise_card(&req.card).ok_or_else(|| HubError::invalid("card", say("hub-card-format")))?;
    if !cml_api::valid_pin(&req.pin) {
        return Err(HubError::invalid("pin", say("hub-pin-format")));
    }
    let device = req.device.map(|d| d.chars().take(80).collect::<String>());
    let subjects = subjects(&card, client);

    let lookup_card = card.clone();
    let lookup_subjects = subjects.clone();
    let now = Utc::now();
    let (stored, locked): (Option<Stored>, Option<u64>) = state
        .db
        .read(move |c| {
            let row = c.query_opt(
                "SELECT id, pin_hash, disabled_at FROM accounts WHERE card = $1",
                params![lookup_card.clone()],
            )?;
            let stored = row
                .map(|r| {
                    Ok::<_, HubError>(Stored {
                        id: r.i64(0)?,
                        pin_hash: r.str(1)?,
                        disabled: r.opt_str(2)?.is_some(),
                    })
                })
                .transpose()?;
            Ok::<_, HubError>((stored, locked_for(c, &lookup_subjects, now)?))
        })
        .await?;
    if let Some(retry_after) = locked {
        return Err(HubError::TooManyAttempts { retry_after });
    }

    // The same Argon2 work whether or not the card exists.
    let hashing = state.pin_hashing;
    let pin = req.pin.clone();
    let against = stored
        .as_ref()
        .map(|s| s.pin_hash.clone())
        .unwrap_or_else(|| state.decoy_hash.clone());
    let pin_ok = tokio::task::spawn_blocking(move || hashing.verify(&pin, &against))
        .await
        .map_err(|e| HubError::Internal(e.to_string()))?;

    let account_id = match stored.as_ref() {
        // Said only to someone who knows the card's PIN.
        Some(s) if pin_ok && s.disabled => return Err(HubError::Forbidden(say("hub-card-stopped"))),
        Some(s) if pin_ok => s.id,
        // A wrong PIN, or a card no one has: counted and answered alike.
        _ => {
            let counted = subjects.clone();
            let lock = state.db.write(move |c| count_failure(c, &counted, Utc::now())).await?;
            tracing::info!(lock, "wrong card number or PIN");
            if lock > 0 {
                return Err(HubError::TooManyAttempts {
                    retry_after: lock as u64,
                });
            }
            return Err(HubError::Unauthenticated(say("hub-wrong-pin")));
        }
    };
    let card_subject = subjects[0].0.clone();

    let mut raw = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    let token = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw);
    let hash = token_hash(&token);
    let account = state
        .db
        .write(move |c| {
            c.exec(
                "DELETE FROM login_failures WHERE subject = $1",
                params![card_subject.clone()],
            )?;
            c.exec(
                "INSERT INTO sessions (token_hash, account_id, device, created_at) VALUES ($1, $2, $3, $4)",
                params![hash.clone(), account_id, device.clone(), Utc::now().to_rfc3339()],
            )?;
            load_account_for_phone(c, account_id)
        })
        .await?;
    tracing::info!(account_id, "signed in");
    Ok(LoginResponse { token, account })
}

/// Revokes the caller's token.
pub async fn logout(state: &AppState, caller: Caller) -> HubResult<()> {
    let hash = caller.token_hash;
    state
        .db
        .write(move |c| {
            c.exec(
                "UPDATE sessions SET revoked_at = $1 WHERE token_hash = $2",
                params![Utc::now().to_rfc3339(), hash.clone()],
            )?;
            Ok::<_, HubError>(())
        })
        .await
}

/// Creates an account (demo seeding and tests).
pub fn create_account(
    c: &mut dyn Conn,
    hashing: &PinHashing,
    card: &str,
    pin: &str,
    name: &str,
    roles: &[Role],
    home_library: Option<&str>,
) -> HubResult<i64> {
    let hash = hashing.hash(pin)?;
    insert_account(c, &hash, card, name, roles, home_library)
}

/// Creates an account whose PIN is hashed already.
pub fn insert_account(
    c: &mut dyn Conn,
    hash: &str,
    card: &str,
    name: &str,
    roles: &[Role],
    home_library: Option<&str>,
) -> HubResult<i64> {
    let row = c.query_one(
        "INSERT INTO accounts (card, name, pin_hash, roles, home_library, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        params![
            card,
            name,
            hash,
            roles_to_text(roles),
            home_library,
            Utc::now().to_rfc3339()
        ],
    )?;
    Ok(row.i64(0)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockout_doubles_and_caps() {
        assert_eq!(lock_after(4, FREE_ATTEMPTS), 0);
        assert_eq!(lock_after(5, FREE_ATTEMPTS), 30);
        assert_eq!(lock_after(6, FREE_ATTEMPTS), 60);
        assert_eq!(lock_after(50, FREE_ATTEMPTS), MAX_LOCK_SECONDS);
    }

    #[test]
    fn pins_hash_with_salt_and_verify() {
        let h = PinHashing {
            memory_kib: 1024,
            passes: 1,
        };
        let a = h.hash("1234").unwrap();
        let b = h.hash("1234").unwrap();
        assert_ne!(a, b, "each hash has its own salt");
        assert!(a.starts_with("$argon2id$"));
        assert!(h.verify("1234", &a));
        assert!(!h.verify("4321", &a));
        assert!(!h.verify("1234", "not a hash"));
    }
}
