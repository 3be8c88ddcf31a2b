//! The change feed that devices pull from: for each collection, the latest state of every item
//! (or its tombstone) in the order it last changed. An item changed again moves to the end, so a
//! device that pulls everything after its cursor sees every current state exactly once.
//!
//! Each entry has a scope: `*` for what everyone may see, `a:ID` for what only account ID (and
//! those acting for it) may see. A feed write takes place in the transaction of the change itself.

use cml_api::{FeedItem, FeedPage};

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

/// Records that an item changed whose body the feed reads from the collection's own table when a
/// page is served (the catalogue), so large collections are not stored twice.
pub fn publish_stored(c: &mut dyn Conn, collection: &str, scope: &str, key: &str) -> Result<(), DbError> {
    forget(c, collection, scope, key)?;
    c.exec(
        "INSERT INTO feed (collection, scope, item_key, deleted, body) VALUES ($1, $2, $3, 0, NULL)",
        params![collection, scope, key],
    )?;
    Ok(())
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
    let mut values: Vec<Value> = vec![collection.into(), after.into()];
    let mut marks = Vec::new();
    for s in scopes {
        values.push(s.into());
        marks.push(format!("${}", values.len()));
    }
    let filter = format!("f.collection = $1 AND f.seq > $2 AND f.scope IN ({})", marks.join(", "));
    // Counting is done only when asked (the first page of a sync): it reads every entry after
    // the cursor.
    let total = if count {
        Some(
            c.query_one(
                &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM feed f WHERE {filter}"),
                &values,
            )?
            .i64(0)?,
        )
    } else {
        None
    };
    // One more than asked tells whether more follow.
    values.push((limit + 1).into());
    let rows = c.query(
        &format!(
            "SELECT f.seq, f.item_key, f.deleted, f.body FROM feed f WHERE {filter} ORDER BY f.seq LIMIT ${}",
            values.len()
        ),
        &values,
    )?;
    // Catalogue entries carry no body: it is read from the records table, in one query a page.
    let stored: Vec<i64> = rows
        .iter()
        .filter(|r| matches!(r.0.get(3), Some(Value::Null)) && r.i64(2).is_ok_and(|d| d == 0))
        .filter_map(|r| r.str(1).ok()?.parse().ok())
        .collect();
    let mut bodies = std::collections::HashMap::new();
    for chunk in stored.chunks(500) {
        let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let ids: Vec<Value> = chunk.iter().map(|&i| i.into()).collect();
        for r in c.query(
            &format!("SELECT id, body FROM records WHERE id IN ({})", marks.join(", ")),
            &ids,
        )? {
            bodies.insert(r.i64(0)?.to_string(), r.str(1)?);
        }
    }
    let more = rows.len() as i64 > limit;
    let mut cursor = after;
    let mut items = Vec::with_capacity(rows.len());
    for row in rows.iter().take(limit as usize) {
        cursor = row.i64(0)?;
        // Passed through as stored, unparsed. (A catalogue body's own id may be 0: it is written
        // before the id is known. The key is the id.)
        let text = match row.opt_str(3)? {
            Some(text) => Some(text),
            None => bodies.remove(&row.str(1)?),
        };
        let body = match text {
            Some(t) => Some(serde_json::value::RawValue::from_string(t).map_err(|e| DbError::Other(e.to_string()))?),
            None => None,
        };
        items.push(FeedItem {
            key: row.str(1)?,
            deleted: row.i64(2)? != 0,
            body,
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
