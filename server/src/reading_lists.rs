//! Reading lists: coordinators publish lists of titles from the catalogue (Reading Well's books
//! on prescription, a book group's choices) to every phone, and withdraw them.

use chrono::{DateTime, Utc};
use cml_api::reading_lists::MAX_TITLES;
use cml_api::{collections, ListEntry, ReadingList, ReadingListDraft};

use crate::db::Conn;
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::{feed, params};

fn load(c: &mut dyn Conn, id: i64) -> HubResult<Option<ReadingList>> {
    let Some(r) = c.query_opt(
        "SELECT id, library_code, title, description, entries, published_at FROM reading_lists \
         WHERE id = $1 AND withdrawn_at IS NULL",
        params![id],
    )?
    else {
        return Ok(None);
    };
    Ok(Some(ReadingList {
        id: r.i64(0)?,
        library: r.opt_str(1)?,
        title: r.str(2)?,
        description: r.str(3)?,
        entries: serde_json::from_str(&r.str(4)?)?,
        published_at: DateTime::parse_from_rfc3339(&r.str(5)?)
            .map_err(|e| HubError::Internal(e.to_string()))?
            .with_timezone(&Utc),
    }))
}

/// Every list still published, newest first.
pub fn all(c: &mut dyn Conn) -> HubResult<Vec<ReadingList>> {
    let ids: Vec<i64> = c
        .query(
            "SELECT id FROM reading_lists WHERE withdrawn_at IS NULL ORDER BY id DESC",
            &[],
        )?
        .iter()
        .map(|r| r.i64(0))
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for id in ids {
        out.extend(load(c, id)?);
    }
    Ok(out)
}

pub fn publish(c: &mut dyn Conn, d: &ReadingListDraft, author: i64, now: DateTime<Utc>) -> HubResult<ReadingList> {
    if let Some(code) = &d.library {
        crate::libraries::require(c, "library", code)?;
    }
    let title = d.title.trim();
    if title.is_empty() || title.chars().count() > 120 || title.chars().any(char::is_control) {
        return Err(HubError::invalid("title", say("hub-list-title")));
    }
    let description = d.description.trim();
    if description.chars().count() > 2000 || description.contains('\0') {
        return Err(HubError::invalid("description", say("hub-description-length")));
    }
    if d.record_ids.is_empty() || d.record_ids.len() > MAX_TITLES {
        return Err(HubError::invalid(
            "record_ids",
            say_msg(Msg::new("hub-list-size").arg("max", MAX_TITLES as i64)),
        ));
    }
    let mut entries = Vec::new();
    let mut missing = Vec::new();
    for &id in &d.record_ids {
        if entries.iter().any(|e: &ListEntry| e.record_id == id) {
            continue;
        }
        match crate::catalogue::get(c, id) {
            Ok(r) => entries.push(ListEntry {
                record_id: id,
                title: match &r.subtitle {
                    Some(s) => format!("{}: {s}", r.title),
                    None => r.title.clone(),
                },
                author: r.authors.first().cloned(),
            }),
            Err(HubError::NotFound(_)) => missing.push(id.to_string()),
            Err(e) => return Err(e),
        }
    }
    if !missing.is_empty() {
        return Err(HubError::invalid(
            "record_ids",
            say_msg(Msg::new("hub-not-in-catalogue").arg("ids", missing.join(", "))),
        ));
    }
    let id = c
        .query_one(
            "INSERT INTO reading_lists (library_code, title, description, entries, published_by, published_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            params![
                d.library.clone(),
                title,
                description,
                serde_json::to_string(&entries)?,
                author,
                now.to_rfc3339()
            ],
        )?
        .i64(0)?;
    let list = load(c, id)?.ok_or_else(|| HubError::Internal("the list went missing".into()))?;
    feed::publish(
        c,
        collections::READING_LISTS,
        feed::PUBLIC,
        &id.to_string(),
        Some(&serde_json::to_value(&list)?),
    )?;
    Ok(list)
}

/// Takes a list down: phones drop it at their next sync.
pub fn withdraw(c: &mut dyn Conn, id: i64, now: DateTime<Utc>) -> HubResult<()> {
    if load(c, id)?.is_none() {
        return Err(HubError::NotFound(say_msg(
            Msg::new("hub-no-reading-list").arg("id", id),
        )));
    }
    c.exec(
        "UPDATE reading_lists SET withdrawn_at = $2 WHERE id = $1",
        params![id, now.to_rfc3339()],
    )?;
    feed::publish(c, collections::READING_LISTS, feed::PUBLIC, &id.to_string(), None)?;
    Ok(())
}
