//! Benchmarks for the goals in the issues. Each subcommand measures one thing and prints one JSON
//! line; `scripts/bench` runs them as separate processes (so each peak resident memory is its own,
//! read by /usr/bin/time) and prints the table that the README quotes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use cml_ffi::cml_core::{Config, SearchQuery};
use cml_ffi::CmlApp;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde_json::json;

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import a MARC file into a new hub database.
    Import { file: PathBuf, db: PathBuf },
    /// yaz-marcdump reading the same file (the reference for import).
    Yaz { file: PathBuf },
    /// The import's reading thread alone: read and prepare every record, write nothing.
    Read { file: PathBuf },
    /// First sync from a hub (on `db`) to an empty device in `device`, over loopback.
    Sync { db: PathBuf, device: PathBuf },
    /// A raw SQLite bulk load of the same rows (records, search index) into `out`.
    Rawload { device: PathBuf, out: PathBuf },
    /// 1,000 changes at the hub, then a delta sync of the device.
    Delta { db: PathBuf, device: PathBuf },
    /// Offline search through the bindings' API: p50/p95 per query shape.
    Search { device: PathBuf },
    /// The same queries on tantivy over the same records.
    Tantivy { device: PathBuf, index: PathBuf },
    /// Open the app on an existing store and answer a first search.
    ColdOpen { device: PathBuf },
    /// 2,000 concurrent bookings for 20 places.
    Storm {
        /// sqlite:PATH or postgres://…
        database: String,
        #[arg(long, default_value_t = 2000)]
        requests: usize,
    },
}

fn app(device: &Path, hub: &str) -> Result<Arc<CmlApp>> {
    Ok(CmlApp::new(Config {
        data_dir: device.display().to_string(),
        hub_url: hub.to_owned(),
        hub_certificate_pem: None,
        device_name: Some("bench".into()),
        language: None,
    })?)
}

/// The hub address a device store was synced with (opening it with another would clear it).
fn stored_hub(device: &Path) -> Result<String> {
    let conn = rusqlite::Connection::open(device.join("cml.db"))?;
    Ok(conn.query_row("SELECT value FROM meta WHERE key = 'hub_url'", [], |r| r.get(0))?)
}

/// The hub as its own process (so the device's memory is measured alone).
struct HubProcess {
    child: std::process::Child,
    url: String,
}

impl HubProcess {
    fn start(db: &Path) -> Result<HubProcess> {
        use std::io::BufRead;
        let mut child = std::process::Command::new(hub_binary()?)
            // One fixed address: a device opened against another hub address starts afresh.
            .args(["serve", "--demo", "--listen", "127.0.0.1:18088", "--database"])
            .arg(format!("sqlite:{}", db.display()))
            .env("CML_LOG", "warn")
            .env("CML_HUB_PIN_HASH_KIB", "256")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .context("start cml-hub (build it first)")?;
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().context("hub output")?).read_line(&mut line)?;
        let url = line
            .split_whitespace()
            .last()
            .context("the hub did not start")?
            .to_owned();
        Ok(HubProcess { child, url })
    }
}

impl Drop for HubProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The hub binary: `CML_HUB_BIN`, else `cml-hub` beside this one. `scripts/bench` builds the hub
/// with the `server` profile (speed), this binary with `release` (the phones' size-tuned profile).
fn hub_binary() -> Result<PathBuf> {
    Ok(match std::env::var_os("CML_HUB_BIN") {
        Some(p) => PathBuf::from(p),
        None => std::env::current_exe()?.with_file_name("cml-hub"),
    })
}

fn dir_size(p: &Path) -> u64 {
    std::fs::read_dir(p)
        .map(|d| d.flatten().filter_map(|e| e.metadata().ok()).map(|m| m.len()).sum())
        .unwrap_or(0)
}

/// Query shapes drawn from the records themselves (seeded, so every run asks the same).
fn queries(device: &Path) -> Result<Vec<(&'static str, String)>> {
    let conn = rusqlite::Connection::open(device.join("cml.db"))?;
    let max: i64 = conn.query_row("SELECT MAX(id) FROM records", [], |r| r.get(0))?;
    let mut rng = StdRng::seed_from_u64(42);
    let mut out = Vec::new();
    let (mut single, mut two, mut author, mut prefix, mut isbn) = (0, 0, 0, 0, 0);
    while single + two + author + prefix + isbn < 1000 {
        let id = rng.gen_range(1..=max);
        let Ok(body) = conn.query_row("SELECT body FROM records WHERE id >= ?1 LIMIT 1", [id], |r| {
            r.get::<_, String>(0)
        }) else {
            continue;
        };
        let r: cml_api::CatalogueRecord = serde_json::from_str(&body)?;
        let words: Vec<String> = r
            .title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(|w| w.to_lowercase())
            .collect();
        if single < 200 && !words.is_empty() {
            out.push(("single word", words[rng.gen_range(0..words.len())].clone()));
            single += 1;
        }
        if two < 200 && words.len() >= 2 {
            let i = rng.gen_range(0..words.len() - 1);
            out.push(("two words", format!("{} {}", words[i], words[i + 1])));
            two += 1;
        }
        if author < 200 {
            if let Some(surname) = r
                .authors
                .first()
                .and_then(|a| a.split(',').next())
                .filter(|s| s.chars().count() >= 3)
            {
                out.push(("author", surname.to_lowercase()));
                author += 1;
            }
        }
        if prefix < 200 && !words.is_empty() {
            out.push((
                "3-letter prefix",
                words[rng.gen_range(0..words.len())].chars().take(3).collect(),
            ));
            prefix += 1;
        }
        if isbn < 200 {
            if let Some(i) = r.isbns.iter().find_map(|i| i.isbn13.clone()) {
                out.push(("ISBN", i));
                isbn += 1;
            }
        }
    }
    Ok(out)
}

fn percentiles(mut v: Vec<Duration>) -> (f64, f64) {
    v.sort();
    let at = |p: f64| v[((v.len() as f64 * p) as usize).min(v.len() - 1)].as_secs_f64() * 1000.0;
    (at(0.5), at(0.95))
}

fn report(shapes: &[(&str, String)], mut run: impl FnMut(&str) -> Result<usize>) -> Result<serde_json::Value> {
    // Warm up once over all queries, then measure.
    for (_, q) in shapes {
        run(q)?;
    }
    let mut by_shape: Vec<(&str, Vec<Duration>, usize)> = Vec::new();
    let mut slowest: Vec<(Duration, &str, &str)> = Vec::new();
    for (shape, q) in shapes {
        let t = Instant::now();
        let n = run(q)?;
        let d = t.elapsed();
        slowest.push((d, shape, q));
        match by_shape.iter_mut().find(|(s, _, _)| s == shape) {
            Some((_, v, hits)) => {
                v.push(d);
                *hits += n;
            }
            None => by_shape.push((shape, vec![d], n)),
        }
    }
    // CML_BENCH_SLOWEST=N: the N slowest queries on stderr, to see where the tail comes from.
    if let Some(n) = std::env::var("CML_BENCH_SLOWEST")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
        for (d, shape, q) in slowest.iter().take(n) {
            eprintln!("{:>8.3} ms  {shape:<16} {q}", d.as_secs_f64() * 1000.0);
        }
    }
    let mut out = serde_json::Map::new();
    for (shape, v, hits) in by_shape {
        let count = v.len();
        let (p50, p95) = percentiles(v);
        out.insert(
            shape.to_owned(),
            json!({ "queries": count, "p50_ms": p50, "p95_ms": p95, "hits": hits }),
        );
    }
    Ok(serde_json::Value::Object(out))
}

fn tantivy_bench(device: &Path, index_dir: &Path) -> Result<serde_json::Value> {
    use tantivy::collector::TopDocs;
    use tantivy::query::{BooleanQuery, Occur, Query, RegexQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, STRING, TEXT};
    use tantivy::{doc, Index, Term};
    let mut sb = Schema::builder();
    let text = sb.add_text_field("text", TEXT);
    let title = sb.add_text_field("title", TEXT);
    let isbn = sb.add_text_field("isbn", STRING);
    let schema = sb.build();
    std::fs::create_dir_all(index_dir)?;
    let index = Index::create_in_dir(index_dir, schema)?;
    let mut writer = index.writer(100_000_000)?;
    let conn = rusqlite::Connection::open(device.join("cml.db"))?;
    let mut stmt = conn.prepare("SELECT body FROM records")?;
    let started = Instant::now();
    for body in stmt.query_map([], |r| r.get::<_, String>(0))? {
        let r: cml_api::CatalogueRecord = serde_json::from_str(&body?)?;
        let mut d = doc!(
            title => r.title.clone(),
            text => format!("{} {} {} {}", r.title, r.authors.join(" "), r.subjects.join(" "), r.series.join(" "))
        );
        for i in r.isbns.iter().filter_map(|i| i.isbn13.clone()) {
            d.add_text(isbn, i);
        }
        writer.add_document(d)?;
    }
    writer.commit()?;
    let index_secs = started.elapsed().as_secs_f64();
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let shapes = queries(device)?;
    let stats = report(&shapes, |q| {
        let query: Box<dyn Query> = if q.chars().all(|c| c.is_ascii_digit()) && q.len() == 13 {
            Box::new(TermQuery::new(Term::from_field_text(isbn, q), IndexRecordOption::Basic))
        } else if q.len() == 3 && !q.contains(' ') {
            Box::new(RegexQuery::from_pattern(&format!("{}.*", regex_escape(q)), text)?)
        } else {
            let terms: Vec<(Occur, Box<dyn Query>)> = q
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let t: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(text, &w.to_lowercase()),
                        IndexRecordOption::WithFreqs,
                    ));
                    (Occur::Must, t)
                })
                .collect();
            Box::new(BooleanQuery::new(terms))
        };
        Ok(searcher.search(&query, &TopDocs::with_limit(20))?.len())
    })?;
    Ok(json!({ "index_seconds": index_secs, "search": stats }))
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<()> {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import { file, db } => {
            let t = Instant::now();
            let out = std::process::Command::new(hub_binary()?)
                .args(["import-marc", "--json", "--database"])
                .arg(format!("sqlite:{}", db.display()))
                .arg(&file)
                .env("CML_LOG", "warn")
                .output()
                .context("run cml-hub import-marc (build it first)")?;
            anyhow::ensure!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            let summary: serde_json::Value = serde_json::from_slice(&out.stdout)?;
            json!({ "seconds": t.elapsed().as_secs_f64(), "read": summary["read"], "imported": summary["imported"],
                    "rejected": summary["rejected"].as_array().map(|a| a.len()) })
        }
        Command::Read { file } => {
            let t = Instant::now();
            let (mut prepared, mut rejected) = (0, 0);
            for raw in cml_hub::marc::open_file(&file)?.records {
                match raw.map(|r| cml_hub::catalogue::prepare(&r, None)) {
                    Ok(Ok(_)) => prepared += 1,
                    _ => rejected += 1,
                }
            }
            json!({ "seconds": t.elapsed().as_secs_f64(), "prepared": prepared, "rejected": rejected })
        }
        Command::Yaz { file } => {
            let t = Instant::now();
            let status = std::process::Command::new("yaz-marcdump")
                .arg(&file)
                .stdout(std::process::Stdio::null())
                .status()
                .context("yaz-marcdump (apt-get install yaz)")?;
            anyhow::ensure!(status.success());
            json!({ "seconds": t.elapsed().as_secs_f64() })
        }
        Command::Sync { db, device } => {
            let hub = HubProcess::start(&db)?;
            let app = app(&device, &hub.url)?;
            let t = Instant::now();
            let report = app.sync(None).await?;
            let secs = t.elapsed().as_secs_f64();
            json!({ "seconds": secs, "changes": report.changes, "store_bytes": dir_size(&device) })
        }
        Command::Rawload { device, out } => {
            // The same rows the device keeps, straight into SQLite: the floor a sync could reach.
            let src = rusqlite::Connection::open(device.join("cml.db"))?;
            let mut stmt = src.prepare("SELECT id, body, format, language, held, available FROM records")?;
            type Row = (i64, String, String, Option<String>, String, String);
            let rows: Vec<Row> = stmt
                .query_map([], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
                })?
                .collect::<Result<_, _>>()?;
            let _ = std::fs::remove_file(&out);
            let mut dst = rusqlite::Connection::open(&out)?;
            dst.execute_batch(
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
                 CREATE TABLE records (id INTEGER PRIMARY KEY, body TEXT, format TEXT, language TEXT, held TEXT, available TEXT);
                 CREATE VIRTUAL TABLE records_fts USING fts5(title, authors, subjects, series, content='', contentless_delete=1,
                     tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');",
            )?;
            let t = Instant::now();
            let tx = dst.transaction()?;
            for (id, body, format, language, held, available) in &rows {
                let r: cml_api::CatalogueRecord = serde_json::from_str(body)?;
                tx.prepare_cached("INSERT INTO records VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
                    .execute(rusqlite::params![id, body, format, language, held, available])?;
                tx.prepare_cached(
                    "INSERT INTO records_fts (rowid, title, authors, subjects, series) VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(rusqlite::params![
                    id,
                    r.title,
                    r.authors.join(" ; "),
                    r.subjects.join(" ; "),
                    r.series.join(" ; ")
                ])?;
            }
            tx.commit()?;
            json!({ "seconds": t.elapsed().as_secs_f64(), "rows": rows.len() })
        }
        Command::Delta { db, device } => {
            let hub = HubProcess::start(&db)?;
            let app = app(&device, &hub.url)?;
            app.sync(None).await?;
            // 1,000 records change at the hub (their copies are re-read and republished), written
            // straight into its database.
            let hub_db = cml_hub::db::Db::open(&format!("sqlite:{}", db.display()))?;
            hub_db
                .write(|c| {
                    let ids: Vec<i64> = c
                        .query("SELECT id FROM records ORDER BY id DESC LIMIT 1000", &[])?
                        .iter()
                        .map(|r| r.i64(0))
                        .collect::<Result<_, _>>()?;
                    for id in ids {
                        cml_hub::catalogue::refresh_record(c, id)?;
                    }
                    Ok::<_, cml_hub::error::HubError>(())
                })
                .await?;
            let t = Instant::now();
            let report = app.sync(None).await?;
            json!({ "seconds": t.elapsed().as_secs_f64(), "changes": report.changes })
        }
        Command::Search { device } => {
            let app = app(&device, &stored_hub(&device)?)?;
            let mut shapes = queries(&device)?;
            // CML_BENCH_QUERY=TEXT: only that query, 200 times (to profile one slow query).
            if let Ok(q) = std::env::var("CML_BENCH_QUERY") {
                shapes = (0..200).map(|_| ("one query", q.clone())).collect();
            }
            let stats = report(&shapes, |q| {
                Ok(app
                    .search(SearchQuery {
                        text: q.to_owned(),
                        limit: 20,
                        ..Default::default()
                    })?
                    .hits
                    .len())
            })?;
            json!({ "search": stats })
        }
        Command::Tantivy { device, index } => tantivy_bench(&device, &index)?,
        Command::ColdOpen { device } => {
            let url = stored_hub(&device)?;
            let t = Instant::now();
            let app = app(&device, &url)?;
            let opened = t.elapsed().as_secs_f64();
            let hits = app
                .search(SearchQuery {
                    text: "history".into(),
                    limit: 20,
                    ..Default::default()
                })?
                .hits
                .len();
            json!({ "open_ms": opened * 1000.0, "first_search_ms": t.elapsed().as_secs_f64() * 1000.0, "hits": hits })
        }
        Command::Storm { database, requests } => storm(&database, requests).await?,
    };
    println!("{result}");
    Ok(())
}

async fn storm(database: &str, requests: usize) -> Result<serde_json::Value> {
    let hub = cml_hub::start(cml_hub::HubConfig {
        listen: "127.0.0.1:0".parse()?,
        database: database.to_owned(),
        demo: true,
        tls: None,
        pin_hashing: cml_hub::testing::TEST_PIN_HASHING,
    })
    .await?;
    let starts = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    let ends = (chrono::Utc::now() + chrono::Duration::days(2) + chrono::Duration::hours(1)).to_rfc3339();
    let n = requests;
    let (event, tokens) = hub
        .db
        .write(move |c| {
            let event = c
                .query_one(
                    "INSERT INTO events (library_code, title, description, category, starts_at, ends_at, capacity, \
                     booking_required, accessibility) VALUES ('BAS', 'Storm', 'x', 'yoga', $1, $2, 20, 1, '') RETURNING id",
                    cml_hub::params![starts.clone(), ends.clone()],
                )?
                .i64(0)?;
            let mut tokens = Vec::new();
            let base: i64 = rand::random::<u32>() as i64 * 10_000;
            for i in 0..n {
                // Accounts made straight in the database with a precomputed hash: the storm
                // measures booking, not sign-in.
                let id = c
                    .query_one(
                        "INSERT INTO accounts (card, name, pin_hash, roles, created_at) VALUES ($1, $2, 'x', 'member', $3) RETURNING id",
                        cml_hub::params![format!("{}", 3_000_000_000_i64 + base + i as i64), format!("Storm {i}"), starts.clone()],
                    )?
                    .i64(0)?;
                let token = format!("storm-{base}-{i}");
                c.exec(
                    "INSERT INTO sessions (token_hash, account_id, created_at) VALUES ($1, $2, $3)",
                    cml_hub::params![cml_hub::auth::token_hash(&token), id, starts.clone()],
                )?;
                tokens.push(token);
            }
            Ok::<_, cml_hub::error::HubError>((event, tokens))
        })
        .await?;
    let url = format!("{}/v1/changes", hub.url());
    let client = reqwest::Client::builder().pool_max_idle_per_host(256).build()?;
    let t = Instant::now();
    let tasks: Vec<_> = tokens
        .into_iter()
        .enumerate()
        .map(|(i, token)| {
            let (client, url) = (client.clone(), url.clone());
            tokio::spawn(async move {
                let body = json!({ "changes": [{ "key": format!("storm-key-{i:06}"), "made_at": chrono::Utc::now(),
                    "change": { "type": "book_event", "event_id": event, "places": 1 } }] });
                let resp = client.post(&url).bearer_auth(token).json(&body).send().await?;
                anyhow::ensure!(resp.status().is_success(), "status {}", resp.status());
                let v: serde_json::Value = resp.json().await?;
                Ok::<_, anyhow::Error>(v["results"][0]["code"].as_str().unwrap_or("").to_owned())
            })
        })
        .collect();
    let (mut confirmed, mut waitlisted, mut errors) = (0, 0, 0);
    for t in tasks {
        match t.await? {
            Ok(code) if code == "confirmed" => confirmed += 1,
            Ok(code) if code == "waitlisted" => waitlisted += 1,
            _ => errors += 1,
        }
    }
    let secs = t.elapsed().as_secs_f64();
    Ok(
        json!({ "database": hub.db.dialect().name(), "requests": requests, "seconds": secs,
               "requests_per_second": requests as f64 / secs, "confirmed": confirmed, "waitlisted": waitlisted, "errors": errors }),
    )
}
