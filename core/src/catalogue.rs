//! The catalogue on the device: kept from the hub's feed, searched offline with SQLite FTS5.
//!
//! Search is built to answer in a couple of milliseconds on a phone over a quarter of a million
//! records: queries run in tiers (the title begins with the first word; every word in the title;
//! in title or author; anywhere), each
//! tier reading FTS5 matches in index order and stopping as soon as it has the page, so a common
//! word or a three-letter type-ahead prefix never ranks every match. When one of the whole words
//! is rare (in at most 500 records), every match is read in one query and ranked in that same
//! order here instead: each FTS5 query pays for the type-ahead prefix in full, so one beats four.
//! ISBNs go straight to an index.
//! Accents and case are ignored (`unicode61 remove_diacritics 2`): "bronte" finds "Brontë".

use chrono::Utc;
use cml_api::{CatalogueRecord, FeedItem, ItemStatus};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::i18n::{num, Lang, Msg, Words};
use crate::store::Store;
use crate::views::{CopyView, RecordView, SearchHit, SearchPage, SearchQuery};

/// The libraries whose catalogue the member keeps (empty: all).
pub fn my_libraries(store: &Store) -> CoreResult<Vec<String>> {
    Ok(store
        .meta("my_libraries")?
        .map(|v| v.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect())
        .unwrap_or_default())
}

fn codes(items: &[cml_api::Item], only_on_shelf: bool) -> String {
    let mut v: Vec<&str> = items
        .iter()
        .filter(|i| !only_on_shelf || i.status == ItemStatus::OnShelf)
        .map(|i| i.library.as_str())
        .collect();
    v.sort_unstable();
    v.dedup();
    format!(",{},", v.join(","))
}

fn remove(tx: &Connection, id: i64) -> CoreResult<()> {
    let existed = tx.execute("DELETE FROM records WHERE id = ?1", [id])? > 0;
    if existed {
        tx.execute("DELETE FROM records_fts WHERE rowid = ?1", [id])?;
        tx.execute("DELETE FROM record_isbns WHERE record_id = ?1", [id])?;
    }
    Ok(())
}

/// Applies one catalogue feed entry. With libraries chosen, a record whose copies are all
/// elsewhere is not kept (a record with no copies yet is).
pub fn apply_record(tx: &Connection, item: &FeedItem, mine: &[String]) -> CoreResult<()> {
    let id: i64 = item
        .key
        .parse()
        .map_err(|_| CoreError::Hub(format!("a catalogue key {:?} is not a number", item.key)))?;
    let (mut record, raw): (CatalogueRecord, &str) = match (&item.body, item.deleted) {
        (Some(body), false) => (
            serde_json::from_str(body.get())
                .map_err(|e| CoreError::Hub(format!("the hub sent a record that cannot be read: {e}")))?,
            body.get(),
        ),
        _ => return remove(tx, id),
    };
    record.id = id;
    if !mine.is_empty() && !record.items.is_empty() && !record.items.iter().any(|i| mine.contains(&i.library)) {
        return remove(tx, id);
    }
    remove(tx, id)?;
    tx.prepare_cached(
        "INSERT INTO records (id, body, format, language, held, available) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        id,
        // Stored as it came (its own "id" may be 0: the row id is the record's id).
        raw,
        record.format,
        record.language,
        codes(&record.items, false),
        codes(&record.items, true)
    ])?;
    let title = match &record.subtitle {
        Some(s) => format!("{} {}", record.title, s),
        None => record.title.clone(),
    };
    tx.prepare_cached("INSERT INTO records_fts (rowid, title, authors, subjects, series) VALUES (?1, ?2, ?3, ?4, ?5)")?
        .execute(params![
            id,
            nfc(&title),
            nfc(&record.authors.join(" ; ")),
            nfc(&record.subjects.join(" ; ")),
            nfc(&record.series.join(" ; "))
        ])?;
    for isbn in record.isbns.iter().filter_map(|i| i.isbn13.as_ref()) {
        tx.prepare_cached("INSERT INTO record_isbns (isbn13, record_id) VALUES (?1, ?2)")?
            .execute(params![isbn, id])?;
    }
    Ok(())
}

/// Plain words for a format code.
pub fn format_label(w: &Words<'_>, format: &str) -> String {
    w.code("format", format)
}

/// The words of a query, as FTS5 sees them (letters and digits; everything else separates).
/// Text in Unicode's composed form (NFC), as the index keeps it: "e" followed by a combining
/// accent (as some keyboards, pasted text and MARC-8 records give) becomes "é", which the index's
/// tokenizer then folds to "e" like any other accent.
fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text)
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(12)
        .map(|w| w.to_owned())
        .collect()
}

/// An FTS5 expression: every word (the last as a prefix, for type-ahead) in the given columns.
fn match_expr(words: &[String], columns: Option<&str>, prefix_last: bool, anchored: bool) -> String {
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let star = if prefix_last && i + 1 == words.len() { " *" } else { "" };
            let caret = if anchored && i == 0 { "^ " } else { "" };
            let phrase = format!("{caret}\"{}\"{star}", w.replace('"', ""));
            match columns {
                Some(cols) => format!("{cols} : {phrase}"),
                None => phrase,
            }
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

struct Filters {
    sql: String,
    values: Vec<rusqlite::types::Value>,
}

impl Filters {
    /// A query's parameters: its own first (`?1`), then the filters' (numbered from `?2`).
    fn params(&self, first: String) -> Vec<rusqlite::types::Value> {
        let mut values = Vec::with_capacity(self.values.len() + 2);
        values.push(rusqlite::types::Value::Text(first));
        values.extend(self.values.iter().cloned());
        values
    }
}

fn filters(q: &SearchQuery, mine: &[String]) -> Filters {
    use rusqlite::types::Value;
    let mut sql = String::new();
    let mut values = Vec::new();
    if let Some(f) = &q.format {
        values.push(Value::Text(f.clone()));
        sql.push_str(&format!(" AND r.format = ?{}", values.len() + 1));
    }
    if let Some(l) = &q.language {
        values.push(Value::Text(l.clone()));
        sql.push_str(&format!(" AND r.language = ?{}", values.len() + 1));
    }
    let column = if q.available_now { "r.available" } else { "r.held" };
    match &q.library {
        Some(lib) => {
            values.push(Value::Text(format!(",{lib},")));
            sql.push_str(&format!(" AND instr({column}, ?{}) > 0", values.len() + 1));
        }
        None if q.available_now => {
            if mine.is_empty() {
                sql.push_str(" AND r.available != ',,'");
            } else {
                let ors: Vec<String> = mine
                    .iter()
                    .map(|m| {
                        values.push(Value::Text(format!(",{m},")));
                        format!("instr(r.available, ?{}) > 0", values.len() + 1)
                    })
                    .collect();
                sql.push_str(&format!(" AND ({})", ors.join(" OR ")));
            }
        }
        None => {}
    }
    Filters { sql, values }
}

/// A record's availability line at the member's libraries, and whether a copy is on the shelf.
pub fn availability_of(
    w: &Words<'_>,
    record: &CatalogueRecord,
    mine: &[String],
    names: &[(String, String)],
) -> (String, bool) {
    let relevant: Vec<_> = record
        .items
        .iter()
        .filter(|i| mine.is_empty() || mine.contains(&i.library))
        .collect();
    if relevant.is_empty() {
        return (
            if record.items.is_empty() {
                w.t("avail-no-copies-yet")
            } else {
                w.t("avail-none-at-yours")
            },
            false,
        );
    }
    let mut shelves: Vec<String> = relevant
        .iter()
        .filter(|i| i.status == ItemStatus::OnShelf)
        .map(|i| {
            names
                .iter()
                .find(|(c, _)| *c == i.library)
                .map(|(_, n)| n.clone())
                .unwrap_or_else(|| i.library.clone())
        })
        .collect();
    shelves.sort_unstable();
    shelves.dedup();
    if !shelves.is_empty() {
        let list = match shelves.len() {
            1 => shelves[0].clone(),
            n => w.a(
                "list-and",
                &[
                    ("first", shelves[..n - 1].join(&w.t("list-separator")).into()),
                    ("last", shelves[n - 1].clone().into()),
                ],
            ),
        };
        return (w.a("avail-on-shelf", &[("list", list.into())]), true);
    }
    let n = relevant.len();
    if relevant.iter().all(|i| i.status == ItemStatus::Reference) {
        return (w.t("avail-reference"), false);
    }
    (w.a("avail-on-loan", &[("n", num(n as i64))]), false)
}

fn hit(w: &Words<'_>, record: &CatalogueRecord, mine: &[String], names: &[(String, String)]) -> SearchHit {
    let (availability, available_now) = availability_of(w, record, mine, names);
    let format = format_label(w, &record.format);
    let mut line = vec![format.clone()];
    line.extend(record.year.clone());
    line.extend(record.publisher.clone());
    SearchHit {
        id: record.id,
        title: match &record.subtitle {
            Some(s) => format!("{}: {}", record.title, s),
            None => record.title.clone(),
        },
        author: record.authors.first().cloned(),
        year: record.year.clone(),
        format,
        summary_line: line.join(" · "),
        availability,
        available_now,
    }
}

pub fn load(c: &Connection, id: i64) -> CoreResult<Option<CatalogueRecord>> {
    let body: Option<String> = c
        .prepare_cached("SELECT body FROM records WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let Some(body) = body else { return Ok(None) };
    let mut record: CatalogueRecord = serde_json::from_str(&body)?;
    // A body is stored as the hub sent it, and the hub writes a new record's body before its id
    // is known: the row's id is the record's.
    record.id = id;
    Ok(Some(record))
}

/// A search with a whole word in at most this many records is answered by one FTS5 query and
/// ranked here, instead of tier by tier.
const FEW: i64 = 500;

/// Whether one of the words before the last (whole words, cheap to count) is in at most [`FEW`]
/// records, so that every match can be read and ranked at once.
///
/// Every FTS5 query with the type-ahead prefix reads all the index entries of every word that
/// begins with it ("history*" reads 46,000 records' entries), so four tiers read them four times:
/// a rare word followed by a common one took 8 ms. Counting a whole word stops at [`FEW`].
fn few_matches(c: &Connection, words: &[String]) -> CoreResult<bool> {
    let mut whole: Vec<&String> = words[..words.len().saturating_sub(1)].iter().collect();
    // Longer words tend to be rarer: try them first.
    whole.sort_unstable_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let mut stmt = c.prepare_cached(&format!(
        "SELECT count(*) FROM (SELECT rowid FROM records_fts WHERE records_fts MATCH ?1 LIMIT {})",
        FEW + 1
    ))?;
    for w in whole {
        let n: i64 = stmt.query_row([match_expr(std::slice::from_ref(w), None, false, false)], |r| r.get(0))?;
        if n <= FEW {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Every match of `words` (at most [`FEW`]), in the tiers' order: the title begins with the first
/// word; every word in the title; every word in the title or the authors; anywhere. Within a tier,
/// in the index's order, as the tiers give them.
fn ranked_few(c: &Connection, words: &[String], f: &Filters) -> CoreResult<Vec<i64>> {
    #[derive(serde::Deserialize)]
    struct Ranked {
        title: String,
        subtitle: Option<String>,
        #[serde(default)]
        authors: Vec<String>,
    }
    let mut stmt = c.prepare_cached(&format!(
        "SELECT f.rowid, r.body FROM records_fts f JOIN records r ON r.id = f.rowid WHERE records_fts MATCH ?1{}",
        f.sql
    ))?;
    let values = f.params(match_expr(words, None, true, false));
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut found: Vec<(u8, i64)> = Vec::new();
    let mut rows = stmt.query(rusqlite::params_from_iter(values))?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let r: Ranked = serde_json::from_str(row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?)?;
        let title = match &r.subtitle {
            Some(s) => format!("{} {}", r.title, s),
            None => r.title,
        };
        found.push((tier(&folded, &fold(&title), &fold(&r.authors.join(" "))), id));
    }
    // Stable: ties keep the index's order.
    found.sort_by_key(|(tier, _)| *tier);
    Ok(found.into_iter().map(|(_, id)| id).collect())
}

/// Which tier a record falls in (0 first), from its folded title and authors. The match itself
/// was FTS5's; this only orders, so a word folded differently here only moves a record down.
fn tier(words: &[String], title: &str, authors: &str) -> u8 {
    fn tokens(s: &str) -> Vec<&str> {
        s.split(|ch: char| !ch.is_alphanumeric())
            .filter(|t| !t.is_empty())
            .collect()
    }
    let (title, authors) = (tokens(title), tokens(authors));
    let last = words.len() - 1;
    let matches = |i: usize, t: &str| {
        if i == last {
            t.starts_with(words[i].as_str())
        } else {
            t == words[i]
        }
    };
    let in_title = |i: usize| title.iter().any(|t| matches(i, t));
    let in_authors = |i: usize| authors.iter().any(|t| matches(i, t));
    let all_in_title = (0..words.len()).all(in_title);
    if all_in_title && title.first().is_some_and(|t| matches(0, t)) {
        0
    } else if all_in_title {
        1
    } else if (0..words.len()).all(|i| in_title(i) || in_authors(i)) {
        2
    } else {
        3
    }
}

/// Lower case without the accents of Latin letters (precomposed or combining), near enough to
/// FTS5's `remove_diacritics` to rank by.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|ch| !('\u{300}'..='\u{36f}').contains(ch))
        .flat_map(char::to_lowercase)
        .map(|ch| match ch {
            'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
            'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
            'ď' | 'đ' => 'd',
            'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
            'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
            'ĥ' | 'ħ' => 'h',
            'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
            'ĵ' => 'j',
            'ķ' => 'k',
            'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
            'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
            'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
            'ŕ' | 'ŗ' | 'ř' => 'r',
            'ś' | 'ŝ' | 'ş' | 'š' => 's',
            'ţ' | 'ť' | 'ŧ' => 't',
            'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
            'ŵ' => 'w',
            'ý' | 'ÿ' | 'ŷ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            _ => ch,
        })
        .collect()
}

/// The first `want` matches of `words`, tier by tier: titles that begin with the first word; every
/// word in the title; in title or author; anywhere. Each tier stops once the page is full.
fn tiered(c: &Connection, words: &[String], f: &Filters, want: usize) -> CoreResult<Vec<i64>> {
    let tiers = [
        (Some("title"), true),
        (Some("title"), false),
        (Some("{title authors}"), false),
        (None, false),
    ];
    let mut ids: Vec<i64> = Vec::new();
    for (columns, anchored) in tiers {
        if ids.len() >= want {
            break;
        }
        let mut stmt = c.prepare_cached(&format!(
            "SELECT f.rowid FROM records_fts f JOIN records r ON r.id = f.rowid \
             WHERE records_fts MATCH ?1{} LIMIT ?{}",
            f.sql,
            f.values.len() + 2
        ))?;
        let mut values = f.params(match_expr(words, columns, true, anchored));
        // Enough to fill the page after the ones earlier tiers found.
        values.push(rusqlite::types::Value::Integer((want + ids.len()) as i64));
        let found: Vec<i64> = stmt
            .query_map(rusqlite::params_from_iter(values), |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in found {
            if !ids.contains(&id) {
                ids.push(id);
                if ids.len() >= want {
                    break;
                }
            }
        }
    }
    Ok(ids)
}

/// Searches the device's catalogue: one page of results, ready to show.
pub fn search(c: &Connection, w: &Words<'_>, q: &SearchQuery, mine: &[String]) -> CoreResult<SearchPage> {
    let limit = if q.limit == 0 { 20 } else { q.limit.min(100) } as usize;
    let want = q.offset as usize + limit + 1;
    let text = nfc(q.text.trim());
    let text = text.as_ref();
    if text.chars().count() > 200 {
        return Err(CoreError::invalid("text", w.t("error-search-too-long")));
    }
    let f = filters(q, mine);
    let mut ids: Vec<i64> = Vec::new();
    let isbn_like = text
        .chars()
        .all(|ch| ch.is_ascii_digit() || matches!(ch, '-' | ' ' | 'x' | 'X'))
        && text.chars().filter(char::is_ascii_digit).count() >= 9;
    if isbn_like {
        if let Some(isbn) = cml_api::isbn::to_isbn13(text) {
            let mut stmt = c.prepare_cached(&format!(
                "SELECT r.id FROM record_isbns i JOIN records r ON r.id = i.record_id WHERE i.isbn13 = ?1{} LIMIT {want}",
                f.sql
            ))?;
            ids = stmt
                .query_map(rusqlite::params_from_iter(f.params(isbn)), |r| r.get(0))?
                .collect::<Result<_, _>>()?;
        }
    } else {
        let words = words(text);
        if words.is_empty() {
            return Ok(SearchPage {
                hits: vec![],
                has_more: false,
            });
        }
        ids = if few_matches(c, &words)? {
            ranked_few(c, &words, &f)?
        } else {
            tiered(c, &words, &f, want)?
        };
    }
    let has_more = ids.len() > q.offset as usize + limit;
    let names = crate::events::library_names(c)?;
    let mut hits = Vec::with_capacity(limit);
    for id in ids.into_iter().skip(q.offset as usize).take(limit) {
        if let Some(record) = load(c, id)? {
            hits.push(hit(w, &record, mine, &names));
        }
    }
    Ok(SearchPage { hits, has_more })
}

fn copy_status(w: &Words<'_>, item: &cml_api::Item) -> (String, bool) {
    match item.status {
        ItemStatus::OnShelf => (w.t("copy-on-shelf"), true),
        ItemStatus::OnLoan => (
            match item.due {
                Some(d) => w.a("copy-on-loan-until", &[("due", w.date(d).into())]),
                None => w.t("copy-on-loan"),
            },
            false,
        ),
        ItemStatus::InTransit => (w.t("copy-in-transit"), false),
        ItemStatus::HoldShelf => (w.t("copy-hold-shelf"), false),
        ItemStatus::Missing => (w.t("copy-missing"), false),
        ItemStatus::Reference => (w.t("avail-reference"), false),
    }
}

/// The Title screen for one record.
pub fn record(c: &Connection, w: &Words<'_>, id: i64, mine: &[String]) -> CoreResult<RecordView> {
    let record = load(c, id)?.ok_or_else(|| CoreError::NotFound(w.a("error-no-record", &[("id", num(id))])))?;
    let names = crate::events::library_names(c)?;
    let (availability, _) = availability_of(w, &record, mine, &names);
    let mut copies: Vec<CopyView> = record
        .items
        .iter()
        .map(|i| {
            let (status, available) = copy_status(w, i);
            CopyView {
                barcode: i.barcode.clone(),
                library_code: i.library.clone(),
                library_name: names
                    .iter()
                    .find(|(c, _)| *c == i.library)
                    .map(|(_, n)| n.clone())
                    .unwrap_or_else(|| i.library.clone()),
                status,
                available,
                call_number: i.call_number.clone(),
                location: i.location.clone(),
            }
        })
        .collect();
    // The member's own libraries first.
    copies.sort_unstable_by(|a, b| {
        (!mine.contains(&a.library_code), &a.library_name, &a.barcode).cmp(&(
            !mine.contains(&b.library_code),
            &b.library_name,
            &b.barcode,
        ))
    });
    Ok(RecordView {
        id,
        title: record.title,
        subtitle: record.subtitle,
        responsibility: record.responsibility,
        authors: record.authors,
        format: format_label(w, &record.format),
        year: record.year,
        publisher: record.publisher,
        edition: record.edition,
        physical: record.physical,
        language: record.language,
        isbns: record
            .isbns
            .iter()
            .map(|i| {
                if i.valid {
                    i.display.clone()
                } else {
                    w.a("isbn-invalid", &[("isbn", i.display.clone().into())])
                }
            })
            .collect(),
        summary: record.summary,
        subjects: record.subjects,
        series: record.series,
        audience: record.audience,
        copies,
        availability,
    })
}

/// Index pages merged per step of [`tidy_index`]: a few milliseconds of work, after which a
/// search waiting for the store gets its turn.
const MERGE_STEP_PAGES: i64 = 256;

/// Whether enough of the catalogue has been written since the index was last merged to merge now:
/// a tenth of the catalogue, or 20,000 records. A first sync always qualifies; a day's changes do
/// not, so a small delta sync stays quick.
fn worth_merging(c: &Connection) -> CoreResult<bool> {
    let unmerged: i64 = c
        .query_row(
            "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_unmerged'",
            [],
            |r| r.get(0),
        )
        .optional()?
        .unwrap_or(0);
    if unmerged == 0 {
        return Ok(false);
    }
    // The highest record id stands in for the catalogue's size: counting 250,000 rows would take
    // longer than the small delta syncs this check is there to keep quick.
    let records: i64 = c.query_row("SELECT COALESCE(MAX(id), 0) FROM records", [], |r| r.get(0))?;
    Ok(unmerged * 10 >= records || unmerged >= 20_000)
}

/// Counts catalogue writes towards the next merge (in the transaction that writes them).
pub fn count_unmerged(tx: &Connection, n: usize) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('search_unmerged', ?1) \
         ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value",
        [n as i64],
    )?;
    Ok(())
}

/// Merges the search index into one segment once enough of the catalogue has changed.
///
/// Every sync page writes a small segment of its own (automatic merging is off so that writes
/// stay cheap), and a search looks each word up in every segment: after a first sync of 250,000
/// records a two-word search took twice as long as on a merged index. This runs FTS5's
/// incremental optimise in short steps, each its own transaction, so searches interleave with it.
/// Returns whether it merged.
pub fn tidy_index(store: &Store) -> CoreResult<bool> {
    if !store.read(worth_merging)? {
        return Ok(false);
    }
    loop {
        // The index's structure record (rowid 10) changes whenever a step did some work.
        let worked = store.write(|tx| {
            let structure = "SELECT block FROM records_fts_data WHERE id = 10";
            let before: Option<Vec<u8>> = tx.query_row(structure, [], |r| r.get(0)).optional()?;
            tx.execute(
                "INSERT INTO records_fts (records_fts, rank) VALUES ('merge', ?1)",
                [-MERGE_STEP_PAGES],
            )?;
            let after: Option<Vec<u8>> = tx.query_row(structure, [], |r| r.get(0)).optional()?;
            Ok(before != after)
        })?;
        if !worked {
            break;
        }
    }
    store.write(|tx| crate::store::set_meta(tx, "search_unmerged", "0"))?;
    Ok(true)
}

/// Chooses the libraries whose catalogue the member keeps (empty: all). Narrowing drops records
/// held only elsewhere now; widening pulls the catalogue again at the next sync.
pub fn set_my_libraries(store: &Store, codes: &[String], lang: Lang) -> CoreResult<()> {
    let known: Vec<String> =
        store.read(|c| Ok(crate::events::library_names(c)?.into_iter().map(|(k, _)| k).collect()))?;
    for code in codes {
        if !known.contains(code) {
            return Err(CoreError::invalid(
                "libraries",
                crate::i18n::words(lang).msg(&Msg::new("error-no-library").arg("code", code.as_str())),
            ));
        }
    }
    let before = my_libraries(store)?;
    let widening =
        codes.is_empty() && !before.is_empty() || codes.iter().any(|c| !before.is_empty() && !before.contains(c));
    store.write(|tx| {
        crate::store::set_meta(tx, "my_libraries", &codes.join(","))?;
        if widening {
            tx.execute(
                "DELETE FROM cursors WHERE collection = ?1",
                [cml_api::collections::CATALOGUE],
            )?;
        } else if !codes.is_empty() {
            let mut stmt = tx.prepare("SELECT id, held FROM records WHERE held != ',,'")?;
            let drop: Vec<i64> = stmt
                .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
                .filter_map(Result::ok)
                .filter(|(_, held)| !codes.iter().any(|c| held.contains(&format!(",{c},"))))
                .map(|(id, _)| id)
                .collect();
            drop_records(tx, &drop)?;
            count_unmerged(tx, drop.len())?;
        }
        crate::store::set_meta(tx, "my_libraries_changed", &Utc::now().to_rfc3339())?;
        Ok(())
    })
}

fn drop_records(tx: &Connection, ids: &[i64]) -> CoreResult<()> {
    for id in ids {
        remove(tx, *id)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::views::SearchQuery;

    fn record(id: i64, title: &str, author: &str, subjects: &[&str]) -> FeedItem {
        serde_json::from_value(serde_json::json!({
            "key": id.to_string(), "deleted": false,
            "body": { "id": id, "control_number": format!("c{id}"), "title": title,
                      "authors": [author], "subjects": subjects, "format": "book" }
        }))
        .unwrap()
    }

    fn item(id: i64, title: &str) -> FeedItem {
        record(id, title, "Brontë, Charlotte", &[])
    }

    fn found(store: &Store, text: &str) -> Vec<String> {
        let q = SearchQuery {
            text: text.into(),
            limit: 100,
            ..Default::default()
        };
        store
            .read(|c| search(c, &crate::i18n::words(crate::i18n::Lang::En), &q, &[]))
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.title)
            .collect()
    }

    #[test]
    fn several_words_rank_the_same_whether_their_matches_are_few_or_many() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // Lowest ids (the index's order) for the weakest matches, so only ranking puts them last.
        let items = vec![
            record(1, "Lessons", "Smith, Ann", &["Queer history"]),
            record(2, "History lessons", "Quéer, Alan", &["Schools"]),
            record(3, "A queer history", "Jones, Bea", &["Britain"]),
            record(4, "Queer histories of Britain", "Khan, Sara", &["Britain"]),
            record(5, "Queer times", "Khan, Sara", &["Britain"]),
        ];
        store.apply_page(cml_api::collections::CATALOGUE, &items, 1).unwrap();
        let expected = [
            "Queer histories of Britain",
            "A queer history",
            "History lessons",
            "Lessons",
        ];
        // "queer" is in five records: every match is read and ranked at once.
        let few = |s: &Store| s.read(|c| few_matches(c, &words("queer hist"))).unwrap();
        assert!(few(&store));
        assert_eq!(found(&store, "queer hist"), expected);
        assert_eq!(found(&store, "QUEER HISTORIES"), ["Queer histories of Britain"]);
        // Six hundred more records with "queer" but not "hist…": now ranked tier by tier.
        let more: Vec<FeedItem> = (10..610)
            .map(|id| record(id, "Pride", "Lee, Kim", &["Queer studies"]))
            .collect();
        store.apply_page(cml_api::collections::CATALOGUE, &more, 2).unwrap();
        assert!(!few(&store));
        assert_eq!(found(&store, "queer hist"), expected);
    }

    #[test]
    fn fold_ignores_case_and_accents_as_the_index_does() {
        assert_eq!(fold("Brontë"), "bronte");
        assert_eq!(fold("ÉCOLE Łódź"), "ecole lodz");
        // A combining accent (as MARC-8 records convert) goes too.
        assert_eq!(fold("Bronte\u{308}"), "bronte");
    }

    #[test]
    fn the_index_is_merged_after_a_large_change_and_left_alone_after_a_small_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        // Forty sync pages of five records: forty small index segments.
        for page in 0..40 {
            let items: Vec<FeedItem> = (0..5)
                .map(|i| {
                    let id = page * 5 + i + 1;
                    item(id, &format!("Volume {id} of the garden letters"))
                })
                .collect();
            store
                .apply_page(cml_api::collections::CATALOGUE, &items, page + 1)
                .unwrap();
        }
        let unmerged = |s: &Store| s.meta("search_unmerged").unwrap();
        let segments = |s: &Store| -> i64 {
            s.read(|c| Ok(c.query_row("SELECT COUNT(DISTINCT segid) FROM records_fts_idx", [], |r| r.get(0))?))
                .unwrap()
        };
        assert_eq!(unmerged(&store).as_deref(), Some("200"));
        assert!(segments(&store) > 2, "{} segments", segments(&store));
        assert!(tidy_index(&store).unwrap(), "a first sync's worth of records is merged");
        assert_eq!(segments(&store), 1);
        assert_eq!(unmerged(&store).as_deref(), Some("0"));
        assert!(!tidy_index(&store).unwrap(), "nothing left to merge");
        store
            .write(|tx| Ok(tx.execute("INSERT INTO records_fts (records_fts) VALUES ('integrity-check')", [])?))
            .unwrap();
        assert_eq!(found(&store, "garden letters").len(), 100, "a page of matches");
        assert_eq!(found(&store, "volume 137"), ["Volume 137 of the garden letters"]);

        // A few changed records (under a tenth of the catalogue) wait for a later merge, and are
        // found (or gone) all the same.
        let changed = [item(7, "The seventh garden"), item(201, "A new arrival")];
        store.apply_page(cml_api::collections::CATALOGUE, &changed, 41).unwrap();
        let gone: FeedItem = serde_json::from_str(r#"{"key": "9", "deleted": true}"#).unwrap();
        store.apply_page(cml_api::collections::CATALOGUE, &[gone], 42).unwrap();
        assert!(!tidy_index(&store).unwrap());
        assert_eq!(unmerged(&store).as_deref(), Some("3"));
        assert!(segments(&store) > 1);
        assert_eq!(found(&store, "seventh"), ["The seventh garden"]);
        assert_eq!(found(&store, "arrival"), ["A new arrival"]);
        assert!(found(&store, "volume 9")
            .iter()
            .all(|t| t != "Volume 9 of the garden letters"));
        assert!(found(&store, "volume 7")
            .iter()
            .all(|t| t != "Volume 7 of the garden letters"));
    }
}
