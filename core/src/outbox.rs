//! The outbox: every change a person makes is written here first, with an idempotency key made on
//! the device, then sent. The hub applies each key at most once and answers a repeated key with
//! its first answer, so a change is neither lost nor applied twice whatever happens to the app or
//! the network. Changes are sent in order; a refusal is recorded as that change's outcome and does
//! not hold up the ones behind it; a network failure leaves them waiting, with backoff.

use chrono::{DateTime, Duration, Utc};
use cml_api::{Change, ChangeEnvelope, ChangeResult, ChangeStatus};
use rusqlite::{params, Connection};

use crate::error::{CoreError, CoreResult};
use crate::i18n::{stored, Msg, Words};
use crate::store::{Store, THIS_HUB};
use crate::views::ChangeView;

/// The longest wait between automatic tries.
pub const MAX_BACKOFF_SECONDS: i64 = 300;

/// A new idempotency key: 128 random bits.
pub fn new_key() -> CoreResult<String> {
    let mut raw = [0u8; 16];
    getrandom::getrandom(&mut raw).map_err(|e| CoreError::Internal(format!("no randomness: {e}")))?;
    Ok(raw.iter().map(|b| format!("{b:02x}")).collect())
}

pub fn backoff(attempts: u32) -> Duration {
    Duration::seconds((1_i64 << attempts.min(16)).min(MAX_BACKOFF_SECONDS))
}

/// Writes a change to the outbox (durably: the transaction commits before this returns).
/// `summary` is kept as a message (worded when read, in the language of the moment); `text` is
/// its English words, or the words of a summary not yet in the catalogue.
pub fn enqueue(
    store: &Store,
    account: i64,
    change: &Change,
    text: &str,
    summary: Option<&Msg>,
    now: DateTime<Utc>,
) -> CoreResult<String> {
    let key = new_key()?;
    let summary = summary.map(serde_json::to_string).transpose()?;
    store.write(|tx| {
        tx.execute(
            &format!(
                "INSERT INTO outbox (key, account_id, change, summary, summary_msg, made_at, hub_url) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, {THIS_HUB})"
            ),
            params![
                key,
                account,
                serde_json::to_string(change)?,
                text,
                summary,
                now.to_rfc3339()
            ],
        )?;
        Ok(())
    })?;
    Ok(key)
}

pub struct Waiting {
    pub id: i64,
    pub envelope: ChangeEnvelope,
}

/// The next changes to send for `account`, in order. Unless `force`, nothing is sent while the
/// first waiting change is backing off (order is kept, so the rest wait behind it).
pub fn next_batch(store: &Store, account: i64, now: DateTime<Utc>, force: bool) -> CoreResult<Vec<Waiting>> {
    store.read(|c| {
        let mut stmt = c.prepare(&format!(
            "SELECT id, key, made_at, change, next_attempt_at FROM outbox \
             WHERE account_id = ?1 AND state = 'waiting' AND hub_url IS {THIS_HUB} ORDER BY id LIMIT ?2"
        ))?;
        let rows = stmt
            .query_map(params![account, cml_api::MAX_BATCH as i64], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, Option<String>>(4)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        if !force {
            if let Some((_, _, _, _, Some(next))) = rows.first() {
                if DateTime::parse_from_rfc3339(next).is_ok_and(|n| n > now) {
                    return Ok(vec![]);
                }
            }
        }
        rows.into_iter()
            .map(|(id, key, made_at, change, _)| {
                Ok(Waiting {
                    id,
                    envelope: ChangeEnvelope {
                        key,
                        made_at: DateTime::parse_from_rfc3339(&made_at)
                            .map_err(|e| CoreError::Store(e.to_string()))?
                            .with_timezone(&Utc),
                        change: serde_json::from_str(&change)?,
                    },
                })
            })
            .collect()
    })
}

/// Records the hub's answers: each change is settled with its outcome, and a booking it made is
/// stored at once, in one transaction.
pub fn record_results(store: &Store, sent: &[Waiting], results: &[ChangeResult], now: DateTime<Utc>) -> CoreResult<()> {
    store.write(|tx| {
        for result in results {
            let Some(w) = sent.iter().find(|w| w.envelope.key == result.key) else {
                tracing::warn!(key = %result.key, "the hub answered a change that was not sent");
                continue;
            };
            let state = match result.status {
                ChangeStatus::Applied => "done",
                ChangeStatus::Refused => "refused",
            };
            let msg = result.msg.as_ref().map(serde_json::to_string).transpose()?;
            tx.execute(
                "UPDATE outbox SET state = ?2, code = ?3, outcome = ?4, settled_at = ?5, attempts = attempts + 1, \
                 last_error = NULL, outcome_msg = ?6 WHERE id = ?1",
                params![w.id, state, result.code, result.message, now.to_rfc3339(), msg],
            )?;
            if let Some(booking) = &result.booking {
                crate::events::save_booking(tx, booking)?;
            }
            for booking in &result.bookings {
                crate::events::save_booking(tx, booking)?;
            }
            if let Some(b) = &result.room_booking {
                crate::circulation::save(tx, cml_api::collections::ROOM_BOOKINGS, b.id, b)?;
            }
            // A reservation made for someone else (a carer's) is theirs, not this person's.
            let for_another = matches!(&w.envelope.change, Change::PlaceHold { for_card: Some(_), .. });
            if let Some(hold) = result.hold.as_ref().filter(|_| !for_another) {
                crate::circulation::save(tx, cml_api::collections::HOLDS, hold.id, hold)?;
            }
            if let Some(loan) = &result.loan {
                crate::circulation::save(tx, cml_api::collections::LOANS, loan.id, loan)?;
            }
        }
        Ok(())
    })
}

/// Notes a failed try of these changes; they wait and are tried again after a backoff.
pub fn record_failure(store: &Store, sent: &[Waiting], error: &str, now: DateTime<Utc>) -> CoreResult<()> {
    store.write(|tx| {
        for w in sent {
            let attempts: u32 = tx.query_row("SELECT attempts FROM outbox WHERE id = ?1", [w.id], |r| r.get(0))?;
            let next = now + backoff(attempts + 1);
            tx.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
                params![w.id, next.to_rfc3339(), error],
            )?;
        }
        Ok(())
    })
}

/// Settles changes the hub will never take (it refused the whole request as malformed), so they
/// do not block the outbox for ever.
pub fn record_rejection(store: &Store, sent: &[Waiting], message: &str, now: DateTime<Utc>) -> CoreResult<()> {
    store.write(|tx| {
        for w in sent {
            tx.execute(
                "UPDATE outbox SET state = 'refused', code = 'invalid_input', outcome = ?2, settled_at = ?3, \
                 attempts = attempts + 1 WHERE id = ?1",
                params![w.id, message, now.to_rfc3339()],
            )?;
        }
        Ok(())
    })
}

const VIEW_COLUMNS: &str =
    "key, summary, state, code, outcome, made_at, attempts, last_error, summary_msg, outcome_msg";

/// A stored message in the reader's language now; the words stored with it when it cannot be
/// (a row from before messages were kept, or an outcome the catalogue does not know).
fn worded(w: &Words<'static>, msg: Option<String>, text: Option<String>) -> Option<String> {
    msg.and_then(|m| serde_json::from_str::<Msg>(&m).ok())
        .and_then(|m| stored(w, &m))
        .or(text)
}

fn view_from_row(w: &Words<'static>, r: &rusqlite::Row<'_>) -> rusqlite::Result<ChangeView> {
    let made_at: String = r.get(5)?;
    Ok(ChangeView {
        key: r.get(0)?,
        summary: worded(w, r.get(8)?, r.get(1)?).unwrap_or_default(),
        state: r.get(2)?,
        code: r.get(3)?,
        outcome: worded(w, r.get(9)?, r.get(4)?),
        made_at: DateTime::parse_from_rfc3339(&made_at)
            .map(|d| d.timestamp())
            .unwrap_or(0),
        attempts: r.get(6)?,
        last_error: r.get(7)?,
    })
}

pub fn change(c: &Connection, w: &Words<'static>, key: &str) -> CoreResult<Option<ChangeView>> {
    use rusqlite::OptionalExtension;
    Ok(c.query_row(
        &format!("SELECT {VIEW_COLUMNS} FROM outbox WHERE key = ?1"),
        [key],
        |r| view_from_row(w, r),
    )
    .optional()?)
}

/// Changes made for another hub than the one this device now uses, still waiting: (that hub,
/// how many). They are sent if the device goes back to that hub, or discarded.
pub fn held(c: &Connection) -> CoreResult<Option<(String, u64)>> {
    use rusqlite::OptionalExtension;
    Ok(c.query_row(
        &format!(
            "SELECT hub_url, COUNT(*) FROM outbox WHERE state = 'waiting' AND hub_url IS NOT {THIS_HUB} \
             GROUP BY hub_url ORDER BY MIN(id) LIMIT 1"
        ),
        [],
        |r| {
            Ok((
                r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                r.get::<_, i64>(1)? as u64,
            ))
        },
    )
    .optional()?)
}

/// The held changes themselves (see [`held`]), oldest first.
pub fn held_changes(c: &Connection, w: &Words<'static>) -> CoreResult<Vec<ChangeView>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {VIEW_COLUMNS} FROM outbox WHERE state = 'waiting' AND hub_url IS NOT {THIS_HUB} ORDER BY id"
    ))?;
    let rows = stmt
        .query_map([], |r| view_from_row(w, r))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Discards the held changes (the person chose not to send them): each is settled as discarded,
/// and stays in the list of changes. Returns how many.
pub fn discard_held(store: &Store, now: DateTime<Utc>) -> CoreResult<u64> {
    store.write(|tx| {
        let n = tx.execute(
            &format!(
                "UPDATE outbox SET state = 'discarded', code = 'discarded', outcome = 'Not sent: you chose to discard it.', \
                 outcome_msg = ?2, settled_at = ?1 WHERE state = 'waiting' AND hub_url IS NOT {THIS_HUB}"
            ),
            params![now.to_rfc3339(), serde_json::to_string(&Msg::new("outcome-discarded"))?],
        )?;
        Ok(n as u64)
    })
}

/// The person's changes: those waiting first (oldest first), then the settled ones, newest first.
pub fn changes(c: &Connection, w: &Words<'static>, account: i64, limit: u32) -> CoreResult<Vec<ChangeView>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {VIEW_COLUMNS} FROM outbox WHERE account_id = ?1 AND hub_url IS {THIS_HUB} \
         ORDER BY CASE state WHEN 'waiting' THEN 0 ELSE 1 END, CASE state WHEN 'waiting' THEN id ELSE -id END LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![account, limit], |r| view_from_row(w, r))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// The person's latest changes of some types (`checkout`, `checkin` for the Desk), waiting ones
/// first, then the newest.
pub fn changes_of(
    c: &Connection,
    w: &Words<'static>,
    account: i64,
    types: &[&str],
    limit: u32,
) -> CoreResult<Vec<ChangeView>> {
    let types = serde_json::to_string(types)?;
    let mut stmt = c.prepare(&format!(
        "SELECT {VIEW_COLUMNS} FROM outbox WHERE account_id = ?1 AND hub_url IS {THIS_HUB} \
         AND json_extract(change, '$.type') IN (SELECT value FROM json_each(?3)) \
         ORDER BY CASE state WHEN 'waiting' THEN 0 ELSE 1 END, CASE state WHEN 'waiting' THEN id ELSE -id END LIMIT ?2"
    ))?;
    let rows = stmt
        .query_map(params![account, limit, types], |r| view_from_row(w, r))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

/// Settled changes the person has not been shown yet (the Home screen's "what happened").
pub fn unseen_outcomes(c: &Connection, w: &Words<'static>, account: i64) -> CoreResult<Vec<ChangeView>> {
    let mut stmt = c.prepare(&format!(
        "SELECT {VIEW_COLUMNS} FROM outbox WHERE account_id = ?1 AND hub_url IS {THIS_HUB} AND state != 'waiting' \
         AND seen = 0 ORDER BY id"
    ))?;
    let rows = stmt
        .query_map([account], |r| view_from_row(w, r))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn mark_seen(store: &Store, account: i64) -> CoreResult<()> {
    store.write(|tx| {
        tx.execute(
            "UPDATE outbox SET seen = 1 WHERE account_id = ?1 AND state != 'waiting'",
            [account],
        )?;
        Ok(())
    })
}

pub fn waiting_count(c: &Connection, account: Option<i64>) -> CoreResult<u64> {
    let n: i64 = match account {
        Some(a) => c.query_row(
            &format!(
                "SELECT COUNT(*) FROM outbox WHERE account_id = ?1 AND state = 'waiting' AND hub_url IS {THIS_HUB}"
            ),
            [a],
            |r| r.get(0),
        )?,
        None => 0,
    };
    Ok(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_caps() {
        assert_eq!(backoff(1).num_seconds(), 2);
        assert_eq!(backoff(5).num_seconds(), 32);
        assert_eq!(backoff(30).num_seconds(), MAX_BACKOFF_SECONDS);
    }

    #[test]
    fn keys_are_unique() {
        let a = new_key().unwrap();
        let b = new_key().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 32);
    }
}
