//! The catalogue on the hub: MARC import, holdings import, availability, search, and the
//! catalogue's change feed (whose entries carry no copy of the record: pages read it from the
//! records table, so a 250,000-record catalogue is not stored twice).

use std::collections::HashMap;

use chrono::Utc;
use cml_api::{CatalogueRecord, Item, ItemStatus, SearchResults};
use serde::Serialize;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::db::{Conn, DbError, Dialect, Value};
use crate::error::{HubError, HubResult};
use crate::i18n::{say, say_msg, Msg};
use crate::isbn_ranges::Ranges;
use crate::marc::{extract, RawRecord, Rejection};
use crate::{feed, params};

/// Lower case, without accents: "Brontë" → "bronte".
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(&mut out, text);
    out
}

/// `fold`, added to `out`.
fn fold_into(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    // Composed first (NFC), so that text typed or stored decomposed folds as the composed form
    // does; then each character not ASCII decomposed, its marks dropped.
    for ch in text.nfc() {
        if ch.is_ascii() {
            out.push(ch.to_ascii_lowercase());
        } else {
            unicode_normalization::char::decompose_canonical(ch, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
}

/// The text the hub searches: title first (earlier matches rank higher), then the rest, folded.
fn search_text(r: &CatalogueRecord) -> String {
    let parts = std::iter::once(&r.title)
        .chain(&r.subtitle)
        .chain(&r.authors)
        .chain(&r.series)
        .chain(&r.subjects)
        .chain(r.isbns.iter().filter_map(|i| i.isbn13.as_ref()));
    let mut out = String::with_capacity(256);
    for (n, part) in parts.enumerate() {
        if n > 0 {
            out.push_str(" | ");
        }
        fold_into(&mut out, part);
    }
    out
}

pub fn status_text(s: ItemStatus) -> &'static str {
    match s {
        ItemStatus::OnShelf => "on_shelf",
        ItemStatus::OnLoan => "on_loan",
        ItemStatus::InTransit => "in_transit",
        ItemStatus::HoldShelf => "hold_shelf",
        ItemStatus::Missing => "missing",
        ItemStatus::Reference => "reference",
    }
}

pub fn status_from(s: &str) -> ItemStatus {
    match s {
        "on_loan" => ItemStatus::OnLoan,
        "in_transit" => ItemStatus::InTransit,
        "hold_shelf" => ItemStatus::HoldShelf,
        "missing" => ItemStatus::Missing,
        "reference" => ItemStatus::Reference,
        _ => ItemStatus::OnShelf,
    }
}

fn items_of(c: &mut dyn Conn, record_id: i64) -> HubResult<Vec<Item>> {
    let rows = c.query(
        "SELECT barcode, library_code, location, call_number, loan_type, status, due_date FROM items \
         WHERE record_id = $1 ORDER BY library_code, barcode",
        params![record_id],
    )?;
    rows.iter()
        .map(|r| {
            Ok(Item {
                barcode: r.str(0)?,
                library: r.str(1)?,
                location: r.opt_str(2)?,
                call_number: r.opt_str(3)?,
                loan_type: r.str(4)?,
                status: status_from(&r.str(5)?),
                due: r
                    .opt_str(6)?
                    .and_then(|d| chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
            })
        })
        .collect()
}

/// Rewrites a record's stored body with its current copies and sends it to the feed.
pub fn refresh_record(c: &mut dyn Conn, record_id: i64) -> HubResult<()> {
    let Some(row) = c.query_opt("SELECT id, body FROM records WHERE id = $1", params![record_id])? else {
        return Err(HubError::NotFound(say("hub-no-such-record")));
    };
    let mut record = with_id(&row)?;
    record.items = items_of(c, record_id)?;
    c.exec(
        "UPDATE records SET body = $2, updated_at = $3 WHERE id = $1",
        params![record_id, serde_json::to_string(&record)?, Utc::now().to_rfc3339()],
    )?;
    feed::publish_record(c, record_id)?;
    Ok(())
}

pub fn get(c: &mut dyn Conn, id: i64) -> HubResult<CatalogueRecord> {
    match c.query_opt("SELECT id, body FROM records WHERE id = $1", params![id])? {
        Some(row) => with_id(&row),
        None => Err(HubError::NotFound(say_msg(Msg::new("hub-no-record").arg("id", id)))),
    }
}

/// A stored record from a row of (id, body): a new record's body is written before its id is known.
fn with_id(row: &crate::db::Row) -> HubResult<CatalogueRecord> {
    let mut record: CatalogueRecord = serde_json::from_str(&row.str(1)?)?;
    record.id = row.i64(0)?;
    Ok(record)
}

/// What an import did, as `cml-hub import-marc` prints it.
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct ImportSummary {
    pub read: u64,
    pub imported: u64,
    pub updated: u64,
    pub rejected: Vec<RejectedRecord>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RejectedRecord {
    pub file: String,
    /// 1 for the first record of the file.
    pub position: u64,
    pub reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub control_number: Option<String>,
}

/// A record ready to write: extracted, serialised (without copies), with its search text, and
/// already laid out as the insert's parameters. All of this is done on the reading thread, so the
/// writing thread only writes.
pub struct Prepared {
    pub record: CatalogueRecord,
    /// control number, system number, title, body, search text, format, language, updated at, and
    /// the feed's entry number (given by the writer).
    insert: [Value; 9],
}

impl Prepared {
    fn system_number(&self) -> Value {
        self.insert[1].clone()
    }

    fn search_text(&self) -> Value {
        self.insert[4].clone()
    }
}

/// Turns a MARC record into a catalogue record, or says why not.
pub fn prepare(raw: &RawRecord, ranges: Option<&Ranges>) -> Result<Prepared, String> {
    let record = extract::extract(raw, ranges)?;
    let system_number = raw
        .first("999", 'c')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty());
    let search_text = search_text(&record);
    let body = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    let insert = [
        record.control_number.clone().into(),
        system_number.into(),
        record.title.clone().into(),
        body.into(),
        search_text.into(),
        record.format.clone().into(),
        record.language.clone().into(),
        Utc::now().to_rfc3339().into(),
        Value::Null,
    ];
    Ok(Prepared { record, insert })
}

/// Writes a batch of prepared records in one transaction: new control numbers are added, known
/// ones updated (their copies kept); each goes to the end of the feed, in the batch's order.
/// Returns (added, updated).
pub fn write_batch(c: &mut dyn Conn, batch: &mut [Prepared]) -> HubResult<(u64, u64)> {
    let now = Utc::now().to_rfc3339();
    let (mut added, mut updated) = (0, 0);
    // The batch's ISBNs, and the records written so far.
    let (mut isbns, mut ids) = (Vec::new(), Vec::with_capacity(batch.len()));
    // SQLite's OR IGNORE, unlike ON CONFLICT DO NOTHING, also spares each insert a statement
    // journal (it can no longer fail half done): a tenth of the import's time.
    let (or_ignore, on_conflict) = match c.dialect() {
        Dialect::Sqlite => ("OR IGNORE", ""),
        Dialect::Postgres => ("", "ON CONFLICT (control_number) DO NOTHING"),
    };
    let insert = format!(
        "INSERT {or_ignore} INTO records (control_number, system_number, title, body, search_text, format, \
         language, updated_at, feed_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) {on_conflict}"
    );
    feed::take_turn(c)?;
    let mut seq = feed::last_record_seq(c)?;
    for p in batch.iter_mut() {
        seq += 1;
        p.insert[8] = seq.into();
        // New control numbers (nearly all, in a first import) go in at once; a known one is
        // updated, its copies kept.
        // The stored body's id is filled in when it is read (see `with_id`).
        let inserted = c.insert_id(&insert, &p.insert)?;
        let was_new = inserted.is_some();
        let id = match inserted {
            Some(id) => {
                added += 1;
                id
            }
            None => {
                let id = c
                    .query_one(
                        "SELECT id FROM records WHERE control_number = $1",
                        params![p.record.control_number.clone()],
                    )?
                    .i64(0)?;
                let mut record = p.record.clone();
                record.id = id;
                record.items = items_of(c, id)?;
                c.exec(
                    "UPDATE records SET system_number = $2, title = $3, body = $4, search_text = $5, format = $6, \
                     language = $7, updated_at = $8, feed_seq = $9 WHERE id = $1",
                    params![
                        id,
                        p.system_number(),
                        record.title.clone(),
                        serde_json::to_string(&record)?,
                        p.search_text(),
                        record.format.clone(),
                        record.language.clone(),
                        now.clone(),
                        seq
                    ],
                )?;
                c.exec("DELETE FROM record_isbns WHERE record_id = $1", params![id])?;
                updated += 1;
                id
            }
        };
        // A control number twice in one batch: its later version replaces the earlier.
        if !was_new && ids.contains(&id) {
            isbns.retain(|(_, of)| *of != id);
        }
        // An ISBN given as ISBN-10 and as ISBN-13 is one ISBN.
        let mut own: Vec<&str> = p.record.isbns.iter().filter_map(|i| i.isbn13.as_deref()).collect();
        own.sort_unstable();
        own.dedup();
        isbns.extend(own.into_iter().map(|i| (i, id)));
        ids.push(id);
    }
    // The batch's ISBNs in one statement (a statement a row cost a tenth of the import's time).
    let each_isbn = match c.dialect() {
        Dialect::Sqlite => "SELECT j.value ->> 0, j.value ->> 1 FROM json_each($1) j",
        Dialect::Postgres => "SELECT e ->> 0, (e ->> 1)::bigint FROM json_array_elements($1::text::json) e",
    };
    if !isbns.is_empty() {
        c.exec(
            &format!("INSERT INTO record_isbns (isbn13, record_id) {each_isbn}"),
            params![serde_json::to_string(&isbns)?],
        )?;
    }
    Ok((added, updated))
}

/// Reads records from `source`, prepares them on a second thread, and writes them in batches.
pub fn import(
    db: &crate::db::Db,
    file: &str,
    source: Box<dyn Iterator<Item = Result<RawRecord, Rejection>> + Send>,
    ranges: Option<std::sync::Arc<Ranges>>,
    summary: &mut ImportSummary,
    mut progress: impl FnMut(&ImportSummary),
) -> HubResult<()> {
    const BATCH: usize = 2000;
    let _checkpoints = db.background_checkpoints()?;
    type Batch = Vec<Result<Prepared, RejectedRecord>>;
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    // Written batches go back to be freed where they were allocated: the allocator frees memory
    // from another thread the slow way.
    let (spent_tx, spent_rx) = std::sync::mpsc::channel::<Vec<Prepared>>();
    let file_name = file.to_owned();
    let producer = std::thread::spawn(move || {
        let mut batch: Batch = Vec::with_capacity(BATCH);
        for item in source {
            let prepared = match item {
                Ok(raw) => prepare(&raw, ranges.as_deref()).map_err(|reason| RejectedRecord {
                    file: file_name.clone(),
                    position: 0,
                    reason,
                    control_number: raw.control("001").map(str::to_owned),
                }),
                Err(r) => Err(RejectedRecord {
                    file: file_name.clone(),
                    position: r.position,
                    reason: r.reason,
                    control_number: None,
                }),
            };
            batch.push(prepared);
            if batch.len() == BATCH {
                if tx
                    .send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)))
                    .is_err()
                {
                    return;
                }
                while let Ok(spent) = spent_rx.try_recv() {
                    drop(spent);
                }
            }
        }
        if !batch.is_empty() {
            let _ = tx.send(batch);
        }
    });
    for batch in rx {
        let mut good = Vec::with_capacity(batch.len());
        for item in batch {
            summary.read += 1;
            match item {
                Ok(p) => good.push(p),
                Err(mut r) => {
                    if r.position == 0 {
                        r.position = summary.read;
                    }
                    summary.rejected.push(r);
                }
            }
        }
        let (added, updated) = db.write_blocking(|c| write_batch(c, &mut good))?;
        // Gone only if the reader has finished, and then it does not matter where this is freed.
        let _ = spent_tx.send(good);
        summary.imported += added;
        summary.updated += updated;
        progress(summary);
    }
    producer
        .join()
        .map_err(|_| HubError::Internal("the MARC reader failed".into()))?;
    Ok(())
}

/// Holdings from CSV: a header row naming the columns (barcode; record, control_number or
/// biblionumber; branch or homebranch; call_number or itemcallnumber; item_type or itype;
/// optionally location, notforloan, itemlost).
#[derive(Debug, Default, Clone, Serialize, PartialEq)]
pub struct ItemsSummary {
    pub read: u64,
    pub imported: u64,
    pub rejected: Vec<RejectedRecord>,
}

pub enum BranchMapping {
    /// Branch codes are library codes.
    AsIs,
    /// Map these branch codes onto library codes.
    Map(HashMap<String, String>),
    /// Spread the copies round the given libraries (demo data).
    Spread(Vec<String>),
}

fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

pub fn import_items(db: &crate::db::Db, file: &str, text: &str, mapping: &BranchMapping) -> HubResult<ItemsSummary> {
    let mut lines = text.lines();
    let header: Vec<String> = split_csv_line(lines.next().unwrap_or(""))
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
    let barcode = col(&["barcode"]);
    let record = col(&["record", "control_number", "biblionumber"]);
    let branch = col(&["branch", "homebranch", "library"]);
    let (Some(barcode), Some(record), Some(branch)) = (barcode, record, branch) else {
        return Err(HubError::invalid("header", say("hub-items-csv-columns")));
    };
    let call = col(&["call_number", "itemcallnumber"]);
    let itype = col(&["item_type", "itype"]);
    let location = col(&["location"]);
    let notforloan = col(&["notforloan"]);
    let lost = col(&["itemlost"]);
    let mut summary = ItemsSummary::default();
    let rows: Vec<(u64, Vec<String>)> = lines
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i as u64 + 2, split_csv_line(l)))
        .collect();
    let file = file.to_owned();
    let (imported, rejected, read) = db.write_blocking(|c| {
        let mut imported = 0;
        let mut rejected = Vec::new();
        let mut touched = Vec::new();
        let libraries: Vec<String> = c
            .query("SELECT code FROM libraries", &[])?
            .iter()
            .map(|r| r.str(0))
            .collect::<Result<_, DbError>>()?;
        for (n, (line, cells)) in rows.iter().enumerate() {
            let cell = |i: Option<usize>| {
                i.and_then(|i| cells.get(i))
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
            };
            let reject = |reason: String| RejectedRecord {
                file: file.clone(),
                position: *line,
                reason,
                control_number: None,
            };
            let (Some(bc), Some(rec)) = (cell(Some(barcode)), cell(Some(record))) else {
                rejected.push(reject("no barcode or record".into()));
                continue;
            };
            let raw_branch = cell(Some(branch)).unwrap_or_default();
            let library = match mapping {
                BranchMapping::AsIs => raw_branch.clone(),
                BranchMapping::Map(m) => m.get(&raw_branch).cloned().unwrap_or(raw_branch.clone()),
                BranchMapping::Spread(codes) => codes[n % codes.len()].clone(),
            };
            if !libraries.contains(&library) {
                rejected.push(reject(format!("the branch {raw_branch} is not a library of this hub")));
                continue;
            }
            let Some(record_id) = c
                .query_opt(
                    "SELECT id FROM records WHERE control_number = $1 OR system_number = $1 ORDER BY id LIMIT 1",
                    params![rec.clone()],
                )?
                .map(|r| r.i64(0))
                .transpose()?
            else {
                rejected.push(reject(format!("no record with the number {rec}")));
                continue;
            };
            let status = if cell(lost).is_some_and(|v| v != "0") {
                ItemStatus::Missing
            } else if cell(notforloan).is_some_and(|v| v != "0") || cell(location).as_deref() == Some("REF") {
                ItemStatus::Reference
            } else {
                ItemStatus::OnShelf
            };
            let old = c.query_opt("SELECT record_id FROM items WHERE barcode = $1", params![bc.clone()])?;
            c.exec("DELETE FROM items WHERE barcode = $1", params![bc.clone()])?;
            c.exec(
                "INSERT INTO items (barcode, record_id, library_code, location, call_number, loan_type, status) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
                params![
                    bc,
                    record_id,
                    library,
                    cell(location),
                    cell(call),
                    cell(itype).unwrap_or_else(|| "BK".into()),
                    status_text(status)
                ],
            )?;
            if let Some(old) = old {
                touched.push(old.i64(0)?);
            }
            touched.push(record_id);
            imported += 1;
        }
        touched.sort_unstable();
        touched.dedup();
        for id in touched {
            refresh_record(c, id)?;
        }
        Ok::<_, HubError>((imported, rejected, rows.len() as u64))
    })?;
    summary.read = read;
    summary.imported = imported;
    summary.rejected = rejected;
    Ok(summary)
}

/// The longest search the hub takes, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The most distinct words in one search.
pub const MAX_QUERY_WORDS: usize = 12;
/// The deepest page: `offset` is at most this.
pub const MAX_OFFSET: i64 = 10_000;

/// A catalogue search on the hub.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Words (all must match, accents and case ignored; at most 12 different words) or an ISBN.
    #[param(min_length = 1, max_length = 200)]
    pub q: String,
    /// Only records with a copy at this library.
    pub branch: Option<String>,
    /// Only this format ("book", "large_print", "audiobook", …).
    pub format: Option<String>,
    /// Only this MARC language code ("eng", …).
    pub language: Option<String>,
    /// Only records with a copy on the shelf (at `branch`, if given).
    #[serde(default)]
    pub available: bool,
    /// At most this many (1 to 100; default 20).
    #[serde(default = "default_limit")]
    #[param(minimum = 1, maximum = 100)]
    pub limit: i64,
    /// Skip this many (0 to 10000; default 0).
    #[serde(default)]
    #[param(minimum = 0, maximum = 10000)]
    pub offset: i64,
}

fn default_limit() -> i64 {
    20
}

/// The words a search needs, folded as the search text is: longest first (the rarest, checked
/// first), without repeats or words inside a longer one (which that one's match implies); and the
/// first word typed, which ranks the results.
fn search_words(query: &str) -> (Vec<String>, String) {
    let all: Vec<String> = fold(query)
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let Some(first) = all.first().cloned() else {
        return (Vec::new(), String::new());
    };
    let mut by_length = all;
    by_length.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
    by_length.dedup();
    let mut words: Vec<String> = Vec::new();
    for w in by_length {
        if !words.iter().any(|kept| kept.contains(w.as_str())) {
            words.push(w);
        }
    }
    (words, first)
}

/// The page cache a search's scan may fill on SQLite (KiB): a word search reads every record
/// once, which a bigger cache does not speed up; left at the connection's 64 MiB, every pooled
/// connection that ever served a search kept 64 MiB of catalogue pages.
const SEARCH_CACHE_KIB: i64 = 4096;

/// Hub search: every word must appear (accents and case ignored); title matches first.
pub fn search(c: &mut dyn Conn, q: &SearchQuery) -> HubResult<SearchResults> {
    if c.dialect() != Dialect::Sqlite {
        return search_in(c, q);
    }
    let cache = c.query_one("PRAGMA cache_size", &[])?.i64(0)?;
    c.query(&format!("PRAGMA cache_size = -{SEARCH_CACHE_KIB}"), &[])?;
    let result = search_in(c, q);
    c.query(&format!("PRAGMA cache_size = {cache}"), &[])?;
    result
}

fn search_in(c: &mut dyn Conn, q: &SearchQuery) -> HubResult<SearchResults> {
    let (query, branch, format, language, available, limit, offset) = (
        q.q.as_str(),
        q.branch.as_deref(),
        q.format.as_deref(),
        q.language.as_deref(),
        q.available,
        q.limit,
        q.offset,
    );
    // Bounded before any work: a public search must stay cheap (a 64 KB address of short words
    // once cost seconds and 100 MB; one 50,000-letter word, a LIKE pattern too complex).
    if query.chars().nth(MAX_QUERY_CHARS).is_some() {
        return Err(HubError::invalid(
            "q",
            say_msg(Msg::new("hub-search-chars").arg("max", MAX_QUERY_CHARS as i64)),
        ));
    }
    if !(1..=100).contains(&limit) {
        return Err(HubError::invalid("limit", say("hub-page-records")));
    }
    if !(0..=MAX_OFFSET).contains(&offset) {
        return Err(HubError::invalid(
            "offset",
            say_msg(Msg::new("hub-offset").arg("max", MAX_OFFSET)),
        ));
    }
    let (words, first) = search_words(query);
    if words.is_empty() {
        return Err(HubError::invalid("q", say("hub-search-empty")));
    }
    if words.len() > MAX_QUERY_WORDS {
        return Err(HubError::invalid(
            "q",
            say_msg(Msg::new("hub-search-words").arg("max", MAX_QUERY_WORDS as i64)),
        ));
    }
    let mut values: Vec<Value> = Vec::new();
    let mut conds = Vec::new();
    let isbn = cml_api::isbn::to_isbn13(query.trim());
    if let Some(isbn) = &isbn {
        values.push(isbn.into());
        conds.push(format!(
            "r.id IN (SELECT record_id FROM record_isbns WHERE isbn13 = ${})",
            values.len()
        ));
    } else {
        for w in &words {
            values.push(format!("%{w}%").into());
            conds.push(format!("r.search_text LIKE ${}", values.len()));
        }
    }
    if let Some(f) = format {
        values.push(f.into());
        conds.push(format!("r.format = ${}", values.len()));
    }
    if let Some(l) = language {
        values.push(l.into());
        conds.push(format!("r.language = ${}", values.len()));
    }
    if branch.is_some() || available {
        let mut item = "SELECT 1 FROM items i WHERE i.record_id = r.id".to_owned();
        if let Some(b) = branch {
            values.push(b.into());
            item.push_str(&format!(" AND i.library_code = ${}", values.len()));
        }
        if available {
            item.push_str(" AND i.status = 'on_shelf'");
        }
        conds.push(format!("EXISTS ({item})"));
    }
    let filter = conds.join(" AND ");
    let filter_values = values.len();
    let position = match c.dialect() {
        Dialect::Sqlite => "instr(r.search_text, $1)",
        Dialect::Postgres => "strpos(r.search_text, $1)",
    };
    // Ranking: where the first word first appears (the title comes first in the search text); an
    // ISBN's records in the order they were added.
    let order = if isbn.is_some() {
        "r.id".to_owned()
    } else {
        values.push(first.into());
        format!("{}, r.id", position.replace("$1", &format!("${}", values.len())))
    };
    values.push(limit.into());
    values.push(offset.into());
    let n = values.len();
    // The total comes with the page's ids (a word search reads every record's search text: once,
    // not twice; the bodies, only the page's, after); counted on its own only for a page past
    // the end.
    let rows = c.query(
        &format!(
            "SELECT r.id, CAST(COUNT(*) OVER () AS BIGINT) FROM records r WHERE {filter} \
             ORDER BY {order} LIMIT ${} OFFSET ${n}",
            n - 1
        ),
        &values,
    )?;
    let total = match rows.first() {
        Some(row) => row.i64(1)?,
        None if offset > 0 => c
            .query_one(
                &format!("SELECT CAST(COUNT(*) AS BIGINT) FROM records r WHERE {filter}"),
                &values[..filter_values],
            )?
            .i64(0)?,
        None => 0,
    };
    let ids = rows.iter().map(|r| r.i64(0)).collect::<Result<Vec<_>, _>>()?;
    let mut records = Vec::with_capacity(ids.len());
    if !ids.is_empty() {
        let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
        let values: Vec<Value> = ids.iter().map(|&i| i.into()).collect();
        let mut bodies: HashMap<i64, CatalogueRecord> = HashMap::new();
        for row in c.query(
            &format!("SELECT id, body FROM records WHERE id IN ({})", marks.join(", ")),
            &values,
        )? {
            let record = with_id(&row)?;
            bodies.insert(record.id, record);
        }
        records.extend(ids.iter().filter_map(|id| bodies.remove(id)));
    }
    Ok(SearchResults { total, records })
}

#[cfg(test)]
mod tests {
    #[test]
    fn folds_case_and_accents() {
        assert_eq!(super::fold("Brontë, CHARLOTTE"), "bronte, charlotte");
        assert_eq!(super::fold("Ærøskøbing Ça"), "ærøskøbing ca");
        assert_eq!(super::fold("plain"), "plain");
    }

    /// Text typed or stored decomposed (NFD: "e" then a combining diaeresis) folds as the
    /// composed form does, in the search words and in a record's search text alike.
    #[test]
    fn decomposed_text_folds_as_composed() {
        let composed = "Bront\u{eb} \u{c6}r\u{f8}sk\u{f8}bing \u{1ff}";
        let decomposed: String = unicode_normalization::UnicodeNormalization::nfd(composed).collect();
        assert_ne!(composed, decomposed);
        assert_eq!(super::fold(&decomposed), super::fold(composed));
        let record = |title: &str| -> cml_api::CatalogueRecord {
            serde_json::from_value(serde_json::json!({
                "id": 0, "control_number": "cn1", "title": title, "format": "book"
            }))
            .unwrap()
        };
        assert_eq!(
            super::search_text(&record(&decomposed)),
            super::search_text(&record(composed))
        );
        assert_eq!(super::search_words(&decomposed), super::search_words(composed));
    }

    #[test]
    fn search_words_drop_repeats_and_words_inside_longer_ones() {
        let (words, first) = super::search_words("the THE bront brontë jane-eyre");
        assert_eq!(words, vec!["bronte", "eyre", "jane", "the"]);
        assert_eq!(first, "the");
    }
}
