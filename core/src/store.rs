//! The device store: one SQLite file per device (WAL mode), the offline cache that every screen
//! reads from. Versioned by `PRAGMA user_version`; a store written by a newer app is refused, and
//! a damaged one is reported and left untouched.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use cml_api::{Account, FeedItem, Library};
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{CoreError, CoreResult};
use crate::secrets::{FileSecrets, Secrets, PENDING_SIGNOUTS, SESSION_TOKEN};

/// Each entry takes the store from version i to i + 1.
const MIGRATIONS: &[&str] = &[
    // 1: settings, the session, sync cursors, libraries, events and bookings, the outbox of
    //    changes, sign-outs still to tell the hub.
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE session (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    account TEXT NOT NULL,
    signed_in_at TEXT NOT NULL
);
CREATE TABLE cursors (collection TEXT PRIMARY KEY, cursor INTEGER NOT NULL, synced_at TEXT NOT NULL);
CREATE TABLE libraries (code TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE pending_signouts (token TEXT PRIMARY KEY, made_at TEXT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, starts_at TEXT NOT NULL, library TEXT NOT NULL, body TEXT NOT NULL);
CREATE INDEX events_start ON events (starts_at);
CREATE TABLE bookings (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX bookings_event ON bookings (event_id);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL,
    change TEXT NOT NULL,
    summary TEXT NOT NULL,
    made_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'waiting',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    code TEXT,
    outcome TEXT,
    settled_at TEXT,
    seen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_waiting ON outbox (account_id, state, id);
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    body TEXT NOT NULL,
    format TEXT NOT NULL,
    language TEXT,
    held TEXT NOT NULL,
    available TEXT NOT NULL
);
CREATE TABLE record_isbns (isbn13 TEXT NOT NULL, record_id INTEGER NOT NULL);
CREATE INDEX record_isbns_isbn ON record_isbns (isbn13);
CREATE INDEX record_isbns_record ON record_isbns (record_id);
CREATE VIRTUAL TABLE records_fts USING fts5(
    title, authors, subjects, series,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
-- No automatic merging: merging into the large segments of a 250,000-record index made every later
-- update cost milliseconds (a 1,000-record delta sync took 2.3 s; without it, 0.1 s). Crisis
-- merges still bound the number of segments.
INSERT INTO records_fts (records_fts, rank) VALUES ('automerge', 0);
"#,
    // 2: the member's own reservations, loans and reading history, as the hub sent them.
    r#"
CREATE TABLE personal (
    collection TEXT NOT NULL,
    id INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (collection, id)
);
"#,
    // 3: notices: what happened to the person's bookings and reservations, learnt at a sync.
    r#"
CREATE TABLE notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    made_at TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0
);
"#,
    // 4: which hub each waiting change and each sign-out still to tell is for. Account ids and
    //    event ids are a hub's own: a change made for one hub must never be sent to another.
    r#"
ALTER TABLE outbox ADD COLUMN hub_url TEXT;
UPDATE outbox SET hub_url = (SELECT value FROM meta WHERE key = 'hub_url');
ALTER TABLE pending_signouts ADD COLUMN hub_url TEXT;
UPDATE pending_signouts SET hub_url = (SELECT value FROM meta WHERE key = 'hub_url');
"#,
    // 5: reminders the app has raised as notifications, and those the person has opened.
    r#"
CREATE TABLE reminders (id TEXT PRIMARY KEY, raised_at TEXT, seen_at TEXT);
"#,
    // 6: notices, change summaries and outcomes kept as a message id with its arguments (JSON),
    //    worded when read in the language chosen then. Older rows keep their English text.
    r#"
ALTER TABLE notices ADD COLUMN msg TEXT;
ALTER TABLE outbox ADD COLUMN summary_msg TEXT;
ALTER TABLE outbox ADD COLUMN outcome_msg TEXT;
"#,
];

/// SQL for "the hub this device now uses", for rows that belong to one hub.
pub const THIS_HUB: &str = "(SELECT value FROM meta WHERE key = 'hub_url')";

pub const STORE_VERSION: i64 = MIGRATIONS.len() as i64;

pub const FILE_NAME: &str = "cml.db";

pub struct Store {
    path: PathBuf,
    conn: Mutex<Connection>,
    /// The session token and the tokens of sign-outs still to tell a hub: never in the file.
    secrets: Arc<dyn Secrets>,
}

/// A sign-out the hub has not heard of yet: the token to revoke, and which hub it is for.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct PendingSignout {
    token: String,
    hub_url: Option<String>,
}

fn classify(path: &Path, e: rusqlite::Error) -> CoreError {
    let path_text = path.display().to_string();
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        match f.code {
            rusqlite::ErrorCode::NotADatabase => return CoreError::StoreCorrupt { path: path_text },
            rusqlite::ErrorCode::DatabaseCorrupt => return CoreError::StoreCorrupt { path: path_text },
            rusqlite::ErrorCode::CannotOpen
            | rusqlite::ErrorCode::PermissionDenied
            | rusqlite::ErrorCode::ReadOnly
            | rusqlite::ErrorCode::SystemIoFailure => {
                return CoreError::StoreUnavailable {
                    path: path_text,
                    detail: e.to_string(),
                }
            }
            _ => {}
        }
    }
    CoreError::StoreUnavailable {
        path: path_text,
        detail: e.to_string(),
    }
}

impl Store {
    /// Opens the store in `dir` (creating the folder and file if needed) and migrates it, with
    /// its secrets in a file beside it ([`FileSecrets`]).
    pub fn open(dir: &Path) -> CoreResult<Store> {
        Self::open_with(dir, Arc::new(FileSecrets::new(dir)))
    }

    /// [`Store::open`] with the secrets kept by `secrets` (the platform's Keystore or Keychain).
    pub fn open_with(dir: &Path, secrets: Arc<dyn Secrets>) -> CoreResult<Store> {
        std::fs::create_dir_all(dir).map_err(|e| CoreError::StoreUnavailable {
            path: dir.display().to_string(),
            detail: e.to_string(),
        })?;
        let path = dir.join(FILE_NAME);
        let conn = Connection::open(&path).map_err(|e| classify(&path, e))?;
        // Read before anything writes: a damaged file fails here and stays as it was.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|e| classify(&path, e))?;
        conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
            .map_err(|e| classify(&path, e))?;
        if version > STORE_VERSION {
            return Err(CoreError::StoreTooNew {
                path: path.display().to_string(),
                found: version,
                known: STORE_VERSION,
            });
        }
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|e| classify(&path, e))?;
        conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
            .map_err(|e| classify(&path, e))?;
        conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")
            .map_err(|e| classify(&path, e))?;
        let store = Store {
            path,
            conn: Mutex::new(conn),
            secrets,
        };
        store.migrate(version)?;
        store.move_tokens_to_secrets()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn migrate(&self, from: i64) -> CoreResult<()> {
        let mut conn = self.lock();
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = conn.transaction().map_err(|e| classify(&self.path, e))?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit().map_err(|e| classify(&self.path, e))?;
            tracing::info!(version = i + 1, "device store migrated");
        }
        Ok(())
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back).
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs `f` in one transaction.
    pub fn write<R>(&self, f: impl FnOnce(&rusqlite::Transaction<'_>) -> CoreResult<R>) -> CoreResult<R> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let r = f(&tx)?;
        tx.commit()?;
        Ok(r)
    }

    pub fn read<R>(&self, f: impl FnOnce(&Connection) -> CoreResult<R>) -> CoreResult<R> {
        let conn = self.lock();
        f(&conn)
    }

    // --- settings ------------------------------------------------------------------------------

    pub fn meta(&self, key: &str) -> CoreResult<Option<String>> {
        self.read(|c| {
            Ok(
                c.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
                    .optional()?,
            )
        })
    }

    pub fn set_meta(&self, key: &str, value: &str) -> CoreResult<()> {
        self.write(|tx| {
            set_meta(tx, key, value)?;
            Ok(())
        })
    }

    pub fn delete_meta(&self, key: &str) -> CoreResult<()> {
        self.write(|tx| {
            tx.execute("DELETE FROM meta WHERE key = ?1", [key])?;
            Ok(())
        })
    }

    // --- session -------------------------------------------------------------------------------

    /// The signed-in person and their token. The token is in the secret store: when the store has
    /// lost it (an app restored from a backup, say), nobody is signed in.
    pub fn session(&self) -> CoreResult<Option<(String, Account)>> {
        let account: Option<String> = self.read(|c| {
            Ok(
                c.query_row("SELECT account FROM session WHERE id = 1", [], |r| r.get(0))
                    .optional()?,
            )
        })?;
        let Some(account) = account else { return Ok(None) };
        let Some(token) = self.secrets.get(SESSION_TOKEN)? else {
            return Ok(None);
        };
        Ok(Some((token, serde_json::from_str(&account)?)))
    }

    pub fn save_session(&self, token: &str, account: &Account) -> CoreResult<()> {
        self.secrets.set(SESSION_TOKEN, token)?;
        let account = serde_json::to_string(account)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO session (id, token, account, signed_in_at) VALUES (1, '', ?1, ?2) \
                 ON CONFLICT (id) DO UPDATE SET token = '', account = excluded.account, \
                 signed_in_at = excluded.signed_in_at",
                params![account, Utc::now().to_rfc3339()],
            )?;
            Ok(())
        })
    }

    /// Earlier versions kept tokens in the file: they move to the secret store, and go from the
    /// file.
    fn move_tokens_to_secrets(&self) -> CoreResult<()> {
        let (token, pending): (Option<String>, Vec<PendingSignout>) = self.read(|c| {
            let token: Option<String> = c
                .query_row("SELECT token FROM session WHERE id = 1 AND token != ''", [], |r| {
                    r.get(0)
                })
                .optional()?;
            let mut stmt = c.prepare("SELECT token, hub_url FROM pending_signouts ORDER BY made_at")?;
            let pending = stmt
                .query_map([], |r| {
                    Ok(PendingSignout {
                        token: r.get(0)?,
                        hub_url: r.get(1)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok((token, pending))
        })?;
        if token.is_none() && pending.is_empty() {
            return Ok(());
        }
        if let Some(token) = token {
            self.secrets.set(SESSION_TOKEN, &token)?;
        }
        let mut all = self.pending()?;
        all.extend(pending);
        self.set_pending(&all)?;
        self.write(|tx| {
            tx.execute("UPDATE session SET token = ''", [])?;
            tx.execute("DELETE FROM pending_signouts", [])?;
            Ok(())
        })
    }

    fn pending(&self) -> CoreResult<Vec<PendingSignout>> {
        Ok(match self.secrets.get(PENDING_SIGNOUTS)? {
            Some(text) => serde_json::from_str(&text)?,
            None => Vec::new(),
        })
    }

    fn set_pending(&self, all: &[PendingSignout]) -> CoreResult<()> {
        if all.is_empty() {
            self.secrets.delete(PENDING_SIGNOUTS)
        } else {
            self.secrets.set(PENDING_SIGNOUTS, &serde_json::to_string(all)?)
        }
    }

    /// Ends the session's token here, keeping it to revoke at its hub later unless `revoked`.
    fn end_token(&self, revoked: bool) -> CoreResult<()> {
        if let Some(token) = self.secrets.get(SESSION_TOKEN)? {
            if !revoked {
                let mut all = self.pending()?;
                if !all.iter().any(|p| p.token == token) {
                    all.push(PendingSignout {
                        token,
                        hub_url: self.meta("hub_url")?,
                    });
                    self.set_pending(&all)?;
                }
            }
            self.secrets.delete(SESSION_TOKEN)?;
        }
        Ok(())
    }

    pub fn update_account(&self, account: &Account) -> CoreResult<()> {
        let account = serde_json::to_string(account)?;
        self.write(|tx| {
            tx.execute("UPDATE session SET account = ?1 WHERE id = 1", [account])?;
            Ok(())
        })
    }

    /// Forgets the session and this person's data; the token is kept to revoke at the hub when it
    /// is next reachable (unless `revoked`, when the hub has done so already).
    pub fn sign_out(&self, revoked: bool) -> CoreResult<()> {
        self.end_token(revoked)?;
        self.write(|tx| {
            tx.execute("DELETE FROM session", [])?;
            forget_personal(tx)?;
            Ok(())
        })
    }

    /// The secret store (the Keystore or Keychain), for what must not be in the SQLite file.
    pub fn secrets(&self) -> &dyn Secrets {
        self.secrets.as_ref()
    }

    /// Tokens to revoke at the hub this device uses (never another hub's).
    pub fn pending_signouts(&self) -> CoreResult<Vec<String>> {
        let hub = self.meta("hub_url")?;
        Ok(self
            .pending()?
            .into_iter()
            .filter(|p| p.hub_url == hub)
            .map(|p| p.token)
            .collect())
    }

    pub fn forget_signout(&self, token: &str) -> CoreResult<()> {
        let mut all = self.pending()?;
        all.retain(|p| p.token != token);
        self.set_pending(&all)
    }

    // --- sync ----------------------------------------------------------------------------------

    pub fn cursor(&self, collection: &str) -> CoreResult<i64> {
        self.read(|c| {
            Ok(
                c.query_row("SELECT cursor FROM cursors WHERE collection = ?1", [collection], |r| {
                    r.get(0)
                })
                .optional()?
                .unwrap_or(0),
            )
        })
    }

    /// Applies one page of a collection's feed and moves its cursor, in one transaction: an
    /// interrupted sync resumes after the last page applied.
    pub fn apply_page(&self, collection: &str, items: &[FeedItem], cursor: i64) -> CoreResult<()> {
        let mine = crate::catalogue::my_libraries(self)?;
        self.write(|tx| {
            for item in items {
                match collection {
                    cml_api::collections::LIBRARIES => apply_library(tx, item)?,
                    cml_api::collections::EVENTS => crate::events::apply_event(tx, item)?,
                    cml_api::collections::BOOKINGS => crate::events::apply_booking(tx, item)?,
                    cml_api::collections::HOLDS
                    | cml_api::collections::LOANS
                    | cml_api::collections::HISTORY
                    | cml_api::collections::ROSTERS
                    | cml_api::collections::ROOM_BOOKINGS
                    | cml_api::collections::DELIVERIES
                    | cml_api::collections::ROUNDS
                    | cml_api::collections::PROXIES
                    | cml_api::collections::CONCERNS
                    | cml_api::collections::DELIVERY_QUEUE
                    | cml_api::collections::VOLUNTEER_ROLES
                    | cml_api::collections::SHIFTS
                    | cml_api::collections::SESSIONS
                    | cml_api::collections::CONSULTATIONS
                    | cml_api::collections::ANSWERS
                    | cml_api::collections::READING_LISTS => crate::circulation::apply(tx, collection, item)?,
                    cml_api::collections::CATALOGUE => crate::catalogue::apply_record(tx, item, &mine)?,
                    other => tracing::warn!(collection = other, "ignoring a collection this app does not know"),
                }
            }
            if collection == cml_api::collections::CATALOGUE && !items.is_empty() {
                crate::catalogue::count_unmerged(tx, items.len())?;
            }
            tx.execute(
                "INSERT INTO cursors (collection, cursor, synced_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (collection) DO UPDATE SET cursor = excluded.cursor, synced_at = excluded.synced_at",
                params![collection, cursor, Utc::now().to_rfc3339()],
            )?;
            Ok(())
        })
    }

    /// Empties the cache for a new hub at `hub_url`. The session of the hub before is ended here,
    /// its token kept to revoke if the device goes back to that hub; changes waiting for it stay,
    /// held, until they are sent there or discarded.
    pub fn switch_hub(&self, hub_url: &str) -> CoreResult<()> {
        self.end_token(false)?;
        self.write(|tx| {
            // What the status line says of the last sync was about the other hub.
            tx.execute("DELETE FROM meta WHERE key IN ('last_sync', 'online')", [])?;
            Ok(())
        })?;
        self.reset_cache()?;
        self.set_meta("hub_url", hub_url)
    }

    /// Forgets everything pulled from a hub, so the next sync starts afresh (another hub).
    pub fn reset_cache(&self) -> CoreResult<()> {
        self.write(|tx| {
            tx.execute_batch(
                "DELETE FROM cursors; DELETE FROM libraries; DELETE FROM events; DELETE FROM bookings; DELETE FROM personal; DELETE FROM notices; \
                 DELETE FROM session; DELETE FROM records; DELETE FROM record_isbns; DELETE FROM records_fts;",
            )?;
            Ok(())
        })
    }

    pub fn last_sync(&self) -> CoreResult<Option<DateTime<Utc>>> {
        Ok(self
            .meta("last_sync")?
            .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
            .map(|d| d.with_timezone(&Utc)))
    }

    // --- libraries -----------------------------------------------------------------------------

    pub fn libraries(&self) -> CoreResult<Vec<Library>> {
        self.read(|c| {
            let mut stmt = c.prepare("SELECT body FROM libraries")?;
            let bodies = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let mut libraries = bodies
                .iter()
                .map(|b| serde_json::from_str::<Library>(b))
                .collect::<Result<Vec<_>, _>>()?;
            libraries.sort_unstable_by(|a, b| a.name.cmp(&b.name));
            Ok(libraries)
        })
    }
}

/// Forgets the signed-in person's own data (not the outbox: its changes wait for that person to
/// sign in again). Their collections are pulled afresh by the next person.
fn forget_personal(tx: &rusqlite::Transaction<'_>) -> CoreResult<()> {
    tx.execute("DELETE FROM bookings", [])?;
    tx.execute("DELETE FROM personal", [])?;
    tx.execute("DELETE FROM notices", [])?;
    for collection in cml_api::collections::PERSONAL {
        tx.execute("DELETE FROM cursors WHERE collection = ?1", [collection])?;
    }
    Ok(())
}

pub fn set_meta(tx: &rusqlite::Transaction<'_>, key: &str, value: &str) -> CoreResult<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

fn apply_library(tx: &rusqlite::Transaction<'_>, item: &FeedItem) -> CoreResult<()> {
    match (item.parse::<Library>(), item.deleted) {
        (Some(parsed), false) => {
            // Check the body is a library before keeping it.
            let library =
                parsed.map_err(|e| CoreError::Hub(format!("the hub sent a library that cannot be read: {e}")))?;
            tx.execute(
                "INSERT INTO libraries (code, body) VALUES (?1, ?2) ON CONFLICT (code) DO UPDATE SET body = excluded.body",
                params![library.code, serde_json::to_string(&library)?],
            )?;
        }
        _ => {
            tx.execute("DELETE FROM libraries WHERE code = ?1", [&item.key])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_store_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let garbage = b"this is not a SQLite database, just some bytes that happen to be here".repeat(100);
        std::fs::write(&path, &garbage).unwrap();
        let err = Store::open(dir.path()).err().expect("must fail");
        assert!(matches!(err, CoreError::StoreCorrupt { .. }), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), garbage, "the file is untouched");
    }

    #[test]
    fn the_search_index_settings_survive_a_reset() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let automerge = |store: &Store| -> Option<i64> {
            store
                .read(|c| {
                    Ok(
                        c.query_row("SELECT v FROM records_fts_config WHERE k = 'automerge'", [], |r| {
                            r.get(0)
                        })
                        .optional()?,
                    )
                })
                .unwrap()
        };
        assert_eq!(automerge(&store), Some(0), "after the migrations");
        store.reset_cache().unwrap();
        assert_eq!(automerge(&store), Some(0), "after a reset");
    }

    #[test]
    fn a_newer_store_is_refused_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store.set_meta("hub_url", "https://hub.example").unwrap();
            store.read(|c| Ok(c.pragma_update(None, "user_version", 99)?)).unwrap();
        }
        let err = Store::open(dir.path()).err().expect("must fail");
        assert!(matches!(err, CoreError::StoreTooNew { found: 99, .. }), "{err:?}");
        let conn = Connection::open(dir.path().join(FILE_NAME)).unwrap();
        let kept: String = conn
            .query_row("SELECT value FROM meta WHERE key = 'hub_url'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, "https://hub.example");
    }

    #[test]
    fn sign_out_keeps_the_token_to_revoke_later() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let account = Account {
            id: 1,
            card: "2100000001".into(),
            name: "A".into(),
            roles: vec![],
            home_library: None,
            provisional: false,
            default_pickup: None,
            history_enabled: false,
            card_symbology: cml_api::CARD_SYMBOLOGY.into(),
            desk_libraries: vec![],
        };
        store.save_session("tok", &account).unwrap();
        store.sign_out(false).unwrap();
        assert!(store.session().unwrap().is_none());
        assert_eq!(store.pending_signouts().unwrap(), vec!["tok".to_owned()]);
    }
}
