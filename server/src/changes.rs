//! Changes sent by devices, applied exactly once. Each change is applied in its own transaction
//! together with the record of its idempotency key and its result; the same key sent again gets
//! that first result, and the same key with a different change is refused.

use chrono::Utc;
use cml_api::{Change, ChangeEnvelope, ChangeResult, Role};
use sha2::{Digest, Sha256};

use crate::auth::Caller;
use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::{events, params, AppState};

fn check_key(key: &str) -> HubResult<()> {
    let ok = (8..=100).contains(&key.len()) && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(HubError::invalid(
            "key",
            "An idempotency key is 8 to 100 letters, digits, '-' or '_'.",
        ))
    }
}

fn request_hash(change: &Change) -> HubResult<String> {
    let text = serde_json::to_string(change)?;
    Ok(Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// Applies one change for `account` (or answers with the result it had before).
pub fn apply_one(c: &mut dyn Conn, caller: &Caller, env: &ChangeEnvelope) -> HubResult<ChangeResult> {
    let account = caller.account.id;
    let hash = request_hash(&env.change)?;
    // One account's changes take turns, so a key sent twice at once is applied once.
    c.lock("accounts", "id", account.into())?;
    if let Some(row) = c.query_opt(
        "SELECT request_hash, response FROM applied_changes WHERE account_id = $1 AND idempotency_key = $2",
        params![account, env.key.clone()],
    )? {
        if row.str(0)? != hash {
            return Ok(events::refused(
                &env.key,
                "idempotency_mismatch",
                "This change was sent before with different details, so it was not applied again.",
            ));
        }
        return Ok(serde_json::from_str(&row.str(1)?)?);
    }
    let now = Utc::now();
    let member = caller.has(Role::Member);
    let result = match &env.change {
        Change::BookEvent { .. } | Change::CancelBooking { .. } if !member => {
            events::refused(&env.key, "not_allowed", "Only library members can book events.")
        }
        Change::BookEvent { event_id, places } => events::book(c, &env.key, account, *event_id, *places, now)?,
        Change::CancelBooking { event_id } => events::cancel(c, &env.key, account, *event_id, now)?,
    };
    c.exec(
        "INSERT INTO applied_changes (idempotency_key, account_id, request_hash, response, made_at, applied_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        params![
            env.key.clone(),
            account,
            hash,
            serde_json::to_string(&result)?,
            env.made_at.to_rfc3339(),
            now.to_rfc3339()
        ],
    )?;
    Ok(result)
}

/// Applies a batch in order, each change in its own transaction. A database failure stops the
/// batch with an error; the changes before it stay applied, and a resend gets their results.
pub async fn apply_batch(
    state: &AppState,
    caller: &Caller,
    changes: Vec<ChangeEnvelope>,
) -> HubResult<Vec<ChangeResult>> {
    if changes.len() > cml_api::MAX_BATCH {
        return Err(HubError::invalid(
            "changes",
            format!("Send at most {} changes at once.", cml_api::MAX_BATCH),
        ));
    }
    for env in &changes {
        check_key(&env.key)?;
    }
    let mut results = Vec::with_capacity(changes.len());
    for env in changes {
        let caller = caller.clone();
        let result = state.db.write(move |c| apply_one(c, &caller, &env)).await?;
        results.push(result);
    }
    Ok(results)
}
