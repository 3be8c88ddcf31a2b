//! The change feed that devices pull from: for each collection, the latest state of every item
//! (or its tombstone) in the order it last changed. An item changed again moves to the end, so a
//! device that pulls everything after its cursor sees every current state exactly once.
//!
//! Each entry has a scope: `*` for what everyone may see, `a:ID` for what only account ID (and
//! those acting for it) may see. A feed write takes place in the transaction of the change itself.

use cml_api::{collections, FeedItem, FeedPage};

use crate::db::{Conn, DbError, Dialect, Value};
use crate::params;

pub const PUBLIC: &str = "*";

/// The largest page a device may ask for.
pub const MAX_PAGE: i64 = 5000;

/// Takes the feed writers' turn and removes an item's earlier entry, before its new one.
fn forget(c: &mut dyn Conn, collection: &str, scope: &str, key: &str) -> Result<(), DbError> {
    take_turn(c)?;
    c.exec(
        "DELETE FROM feed WHERE collection = $1 AND scope = $2 AND item_key = $3",
        params![collection, scope, key],
    )?;
    Ok(())
}

/// Sequence numbers must become visible in order, or a reader could move its cursor past a change
/// that commits later with a smaller number: on PostgreSQL, feed writers take turns (SQLite has
/// one writer anyway).
pub fn take_turn(c: &mut dyn Conn) -> Result<(), DbError> {
    if c.dialect() == Dialect::Postgres {
        c.exec("SELECT pg_advisory_xact_lock(7301)", &[])?;
    }
    Ok(())
}

/// Records the current state of an item (or, with `None`, its deletion).
pub fn publish(
    c: &mut dyn Conn,
    collection: &str,
    scope: &str,
    key: &str,
    body: Option<&serde_json::Value>,
) -> Result<(), DbError> {
    forget(c, collection, scope, key)?;
    c.exec(
        "INSERT INTO feed (collection, scope, item_key, deleted, body) VALUES ($1, $2, $3, $4, $5)",
        params![collection, scope, key, body.is_none(), body.map(|b| b.to_string())],
    )?;
    Ok(())
}

/// The catalogue's entries are its records themselves, numbered by `records.feed_seq` in the
/// order they last changed (a record is never deleted): a feed row for each of 250,000 records
/// would cost three more index entries apiece on import, and a second read to serve it.
/// Numbers a changed record after every other.
pub fn publish_record(c: &mut dyn Conn, record_id: i64) -> Result<(), DbError> {
    take_turn(c)?;
    let seq = last_record_seq(c)? + 1;
    c.exec(
        "UPDATE records SET feed_seq = $2 WHERE id = $1",
        params![record_id, seq],
    )?;
    Ok(())
}

/// The catalogue's latest entry number: a writer that has taken its turn numbers a batch of
/// records from the one after it.
pub fn last_record_seq(c: &mut dyn Conn) -> Result<i64, DbError> {
    c.query_one("SELECT CAST(COALESCE(MAX(feed_seq), 0) AS BIGINT) FROM records", &[])?
        .i64(0)
}

/// Up to `limit` entries of `collection` after `after`, in the given scopes.
pub fn page(
    c: &mut dyn Conn,
    collection: &str,
    scopes: &[String],
    after: i64,
    limit: i64,
    count: bool,
) -> Result<FeedPage, DbError> {
    let limit = limit.clamp(1, MAX_PAGE);
    // The catalogue's entries are its records (see `publish_record`), every one public.
    let (seq, key, deleted, from, mut values) = if collection == collections::CATALOGUE {
        let from = "records WHERE feed_seq > $1".to_owned();
        (
            "feed_seq",
            "CAST(id AS TEXT)",
            "CAST(0 AS BIGINT)",
            from,
            vec![after.into()],
        )
    } else {
        let mut values: Vec<Value> = vec![collection.into(), after.into()];
        let mut marks = Vec::new();
        for s in scopes {
            values.push(s.into());
            marks.push(format!("${}", values.len()));
        }
        let from = format!(
            "feed WHERE collection = $1 AND seq > $2 AND scope IN ({})",
            marks.join(", ")
        );
        ("seq", "item_key", "deleted", from, values)
    };
    // Counting is done only when asked (the first page of a sync): it reads every entry after
    // the cursor.
    let total = if count {
        Some(
            c.query_one(&format!("SELECT CAST(COUNT(*) AS BIGINT) FROM {from}"), &values)?
                .i64(0)?,
        )
    } else {
        None
    };
    // One more than asked tells whether more follow.
    values.push((limit + 1).into());
    let rows = c.query(
        &format!(
            "SELECT {seq}, {key}, {deleted}, body FROM {from} ORDER BY {seq} LIMIT ${}",
            values.len()
        ),
        &values,
    )?;
    let more = rows.len() as i64 > limit;
    let mut cursor = after;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows.iter().take(limit as usize) {
        cursor = row.i64(0)?;
        items.push(FeedItem {
            key: row.str(1)?,
            deleted: row.i64(2)? != 0,
            // Passed through as stored, unparsed. (A catalogue body's own id may be 0: it is
            // written before the id is known. The key is the id.)
            body: match row.opt_str(3)? {
                Some(t) => {
                    Some(serde_json::value::RawValue::from_string(t).map_err(|e| DbError::Other(e.to_string()))?)
                }
                None => None,
            },
        });
    }
    Ok(FeedPage {
        collection: collection.to_owned(),
        more,
        total,
        items,
        cursor,
    })
}
