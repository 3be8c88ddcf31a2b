//! One storage layer over two databases: embedded SQLite (the default) and PostgreSQL.
//!
//! The hub's rules are written once, as plain synchronous functions over [`Conn`], and run inside a
//! transaction on a blocking thread. SQL is written with `$1`-style placeholders and portable types
//! (BIGINT, TEXT, DOUBLE PRECISION); for SQLite the placeholders become `?1`. Migrations spell the
//! two dialects' few differences with `{id}` (an auto-numbered primary key).

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use thiserror::Error;

/// The newest schema this build knows.
pub const SCHEMA_VERSION: i64 = crate::schema::MIGRATIONS.len() as i64;

#[derive(Debug, Error)]
pub enum DbError {
    #[error("the database could not be opened: {0}")]
    Open(String),
    #[error("the database has schema version {found}, newer than this hub knows ({known}); use a newer cml-hub")]
    NewerSchema { found: i64, known: i64 },
    #[error("a row with the same unique value exists already")]
    Unique,
    /// A serialisation failure or deadlock: the transaction is run again.
    #[error("the transaction met a concurrent one: {0}")]
    Retry(String),
    #[error("database error: {0}")]
    Other(String),
    #[error("column {index}: {message}")]
    Column { index: usize, message: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "sqlite",
            Dialect::Postgres => "postgres",
        }
    }
}

/// A value passed to or read from SQL.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Int(v as i64)
    }
}
impl From<f64> for Value {
    fn from(v: f64) -> Self {
        Value::Real(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(v.to_owned())
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(v)
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(v.clone())
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Self {
        v.map_or(Value::Null, Into::into)
    }
}

/// Builds a parameter list: `params![a, b, c]`.
#[macro_export]
macro_rules! params {
    ($($v:expr),* $(,)?) => { &[$($crate::db::Value::from($v)),*] };
}

/// A result row; columns by position.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Value>);

impl Row {
    fn col(&self, index: usize) -> Result<&Value, DbError> {
        self.0.get(index).ok_or(DbError::Column {
            index,
            message: "no such column".into(),
        })
    }

    pub fn i64(&self, index: usize) -> Result<i64, DbError> {
        self.opt_i64(index)?.ok_or(DbError::Column {
            index,
            message: "is null".into(),
        })
    }

    pub fn opt_i64(&self, index: usize) -> Result<Option<i64>, DbError> {
        match self.col(index)? {
            Value::Null => Ok(None),
            Value::Int(v) => Ok(Some(*v)),
            other => Err(DbError::Column {
                index,
                message: format!("expected an integer, found {other:?}"),
            }),
        }
    }

    pub fn f64(&self, index: usize) -> Result<f64, DbError> {
        match self.col(index)? {
            Value::Real(v) => Ok(*v),
            Value::Int(v) => Ok(*v as f64),
            other => Err(DbError::Column {
                index,
                message: format!("expected a number, found {other:?}"),
            }),
        }
    }

    pub fn str(&self, index: usize) -> Result<String, DbError> {
        self.opt_str(index)?.ok_or(DbError::Column {
            index,
            message: "is null".into(),
        })
    }

    pub fn opt_str(&self, index: usize) -> Result<Option<String>, DbError> {
        match self.col(index)? {
            Value::Null => Ok(None),
            Value::Text(v) => Ok(Some(v.clone())),
            other => Err(DbError::Column {
                index,
                message: format!("expected text, found {other:?}"),
            }),
        }
    }
}

/// An error a transaction closure may return; a retryable one runs the transaction again.
pub trait TxErr: From<DbError> {
    fn retryable(&self) -> bool;
}

impl TxErr for DbError {
    fn retryable(&self) -> bool {
        matches!(self, DbError::Retry(_))
    }
}

/// A connection inside a transaction.
pub trait Conn {
    fn dialect(&self) -> Dialect;
    /// Runs a statement; returns the number of rows changed.
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError>;
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError>;
    /// Runs several statements without parameters (migrations).
    fn batch(&mut self, sql: &str) -> Result<(), DbError>;

    fn query_opt(&mut self, sql: &str, params: &[Value]) -> Result<Option<Row>, DbError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// Runs an INSERT of one row (written without RETURNING) into a table keyed by `id`, and
    /// returns the new row's id; `None` if the row was not added (OR IGNORE, ON CONFLICT DO
    /// NOTHING).
    fn insert_id(&mut self, sql: &str, params: &[Value]) -> Result<Option<i64>, DbError> {
        match self.query_opt(&format!("{sql} RETURNING id"), params)? {
            Some(row) => Ok(Some(row.i64(0)?)),
            None => Ok(None),
        }
    }

    fn query_one(&mut self, sql: &str, params: &[Value]) -> Result<Row, DbError> {
        self.query_opt(sql, params)?
            .ok_or_else(|| DbError::Other(format!("no row from: {sql}")))
    }

    /// Locks a row until the transaction ends, so that read-decide-write on it is exact. SQLite
    /// needs nothing: the hub has one writer connection and writes begin IMMEDIATE.
    fn lock(&mut self, table: &str, key_column: &str, key: Value) -> Result<(), DbError> {
        if self.dialect() == Dialect::Postgres {
            let sql = format!("SELECT 1 FROM {table} WHERE {key_column} = $1 FOR UPDATE");
            self.query(&sql, &[key])?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// SQLite

fn sqlite_sql(sql: &str) -> String {
    // `$1` → `?1`. The hub's SQL never has `$` inside string literals.
    sql.replace('$', "?")
}

fn sqlite_err(e: rusqlite::Error) -> DbError {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        match f.code {
            rusqlite::ErrorCode::ConstraintViolation
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                return DbError::Unique
            }
            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => {
                return DbError::Retry(e.to_string())
            }
            _ => {}
        }
    }
    DbError::Other(e.to_string())
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(v) => ValueRef::Integer(*v),
            Value::Real(v) => ValueRef::Real(*v),
            Value::Text(v) => ValueRef::Text(v.as_bytes()),
        }))
    }
}

struct SqliteConn<'a>(&'a rusqlite::Connection);

impl Conn for SqliteConn<'_> {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError> {
        let mut stmt = self.0.prepare_cached(&sqlite_sql(sql)).map_err(sqlite_err)?;
        let n = stmt.execute(rusqlite::params_from_iter(params)).map_err(sqlite_err)?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError> {
        use rusqlite::types::ValueRef;
        let mut stmt = self.0.prepare_cached(&sqlite_sql(sql)).map_err(sqlite_err)?;
        let n = stmt.column_count();
        let mut rows = stmt.query(rusqlite::params_from_iter(params)).map_err(sqlite_err)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(sqlite_err)? {
            let mut values = Vec::with_capacity(n);
            for i in 0..n {
                values.push(match row.get_ref(i).map_err(sqlite_err)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(v) => Value::Int(v),
                    ValueRef::Real(v) => Value::Real(v),
                    ValueRef::Text(t) | ValueRef::Blob(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                });
            }
            out.push(Row(values));
        }
        Ok(out)
    }

    fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        self.0.execute_batch(sql).map_err(sqlite_err)
    }

    /// Without RETURNING, which makes SQLite fill a temporary table for every statement (a tenth
    /// of the time of each insert of an import).
    fn insert_id(&mut self, sql: &str, params: &[Value]) -> Result<Option<i64>, DbError> {
        let added = self.exec(sql, params)? > 0;
        Ok(added.then(|| self.0.last_insert_rowid()))
    }
}

pub struct SqliteDb {
    path: String,
    writer: Mutex<rusqlite::Connection>,
    readers: Mutex<Vec<rusqlite::Connection>>,
}

fn open_sqlite_conn(path: &str) -> Result<rusqlite::Connection, DbError> {
    let conn = rusqlite::Connection::open(path).map_err(|e| DbError::Open(format!("{path}: {e}")))?;
    conn.busy_timeout(Duration::from_secs(10))
        .map_err(|e| DbError::Open(e.to_string()))?;
    // 8 KB pages (as PostgreSQL's) for a new database: the catalogue's records are near a
    // kilobyte each, and importing 250,000 took 7% less time than with SQLite's 4 KB. An existing
    // database keeps its page size (this is a no-op once it has tables).
    conn.execute_batch("PRAGMA page_size = 8192")
        .map_err(|e| DbError::Open(format!("{path}: {e}")))?;
    // journal_mode answers with a row, so it is read rather than executed.
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(|e| DbError::Open(format!("{path}: {e}")))?;
    if mode != "wal" {
        return Err(DbError::Open(format!("{path}: could not use WAL journal mode")));
    }
    // A 64 MB page cache: catalogue imports insert into large indexes in no useful order.
    conn.execute_batch("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536;")
        .map_err(|e| DbError::Open(e.to_string()))?;
    Ok(conn)
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

mod pg {
    use super::{Conn, DbError, Dialect, Row, Value};
    use bytes::BytesMut;
    use postgres::types::{IsNull, ToSql, Type};

    impl ToSql for Value {
        fn to_sql(&self, ty: &Type, out: &mut BytesMut) -> Result<IsNull, Box<dyn std::error::Error + Sync + Send>> {
            match self {
                Value::Null => Ok(IsNull::Yes),
                Value::Int(v) => match *ty {
                    Type::INT2 => i16::try_from(*v)?.to_sql(ty, out),
                    Type::INT4 => i32::try_from(*v)?.to_sql(ty, out),
                    Type::BOOL => (*v != 0).to_sql(ty, out),
                    Type::FLOAT8 => (*v as f64).to_sql(ty, out),
                    Type::TEXT | Type::VARCHAR => v.to_string().to_sql(ty, out),
                    _ => v.to_sql(ty, out),
                },
                Value::Real(v) => match *ty {
                    Type::FLOAT4 => (*v as f32).to_sql(ty, out),
                    _ => v.to_sql(ty, out),
                },
                Value::Text(v) => v.to_sql(ty, out),
            }
        }

        fn accepts(_ty: &Type) -> bool {
            true
        }

        postgres::types::to_sql_checked!();
    }

    pub(super) fn err(e: postgres::Error) -> DbError {
        if let Some(state) = e.code() {
            use postgres::error::SqlState;
            if *state == SqlState::UNIQUE_VIOLATION {
                return DbError::Unique;
            }
            if *state == SqlState::T_R_SERIALIZATION_FAILURE || *state == SqlState::T_R_DEADLOCK_DETECTED {
                return DbError::Retry(e.to_string());
            }
        }
        match e.as_db_error() {
            Some(db) => DbError::Other(format!("{}: {}", db.code().code(), db.message())),
            None => DbError::Other(e.to_string()),
        }
    }

    fn params(values: &[Value]) -> Vec<&(dyn ToSql + Sync)> {
        values.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
    }

    pub(super) struct PgConn<'a, 'b>(pub &'a mut postgres::Transaction<'b>);

    impl Conn for PgConn<'_, '_> {
        fn dialect(&self) -> Dialect {
            Dialect::Postgres
        }

        fn exec(&mut self, sql: &str, values: &[Value]) -> Result<u64, DbError> {
            let stmt = self.0.prepare(sql).map_err(err)?;
            self.0.execute(&stmt, &params(values)).map_err(err)
        }

        fn query(&mut self, sql: &str, values: &[Value]) -> Result<Vec<Row>, DbError> {
            let stmt = self.0.prepare(sql).map_err(err)?;
            let rows = self.0.query(&stmt, &params(values)).map_err(err)?;
            let mut out = Vec::with_capacity(rows.len());
            for row in rows {
                let mut values = Vec::with_capacity(row.len());
                for (i, col) in row.columns().iter().enumerate() {
                    let bad = |e: postgres::Error| DbError::Column {
                        index: i,
                        message: e.to_string(),
                    };
                    let v = match *col.type_() {
                        Type::INT8 => row.try_get::<_, Option<i64>>(i).map_err(bad)?.map(Value::Int),
                        Type::INT4 => row
                            .try_get::<_, Option<i32>>(i)
                            .map_err(bad)?
                            .map(|v| Value::Int(v.into())),
                        Type::INT2 => row
                            .try_get::<_, Option<i16>>(i)
                            .map_err(bad)?
                            .map(|v| Value::Int(v.into())),
                        Type::BOOL => row
                            .try_get::<_, Option<bool>>(i)
                            .map_err(bad)?
                            .map(|v| Value::Int(v.into())),
                        Type::FLOAT8 => row.try_get::<_, Option<f64>>(i).map_err(bad)?.map(Value::Real),
                        Type::FLOAT4 => row
                            .try_get::<_, Option<f32>>(i)
                            .map_err(bad)?
                            .map(|v| Value::Real(v.into())),
                        Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR => {
                            row.try_get::<_, Option<String>>(i).map_err(bad)?.map(Value::Text)
                        }
                        ref other => {
                            return Err(DbError::Column {
                                index: i,
                                message: format!("unsupported column type {other}; cast it in SQL"),
                            })
                        }
                    };
                    values.push(v.unwrap_or(Value::Null));
                }
                out.push(Row(values));
            }
            Ok(out)
        }

        fn batch(&mut self, sql: &str) -> Result<(), DbError> {
            self.0.batch_execute(sql).map_err(err)
        }
    }
}

pub struct PgDb {
    url: String,
    idle: Mutex<Vec<postgres::Client>>,
    open: Mutex<usize>,
    freed: Condvar,
    max: usize,
}

impl PgDb {
    fn connect(&self) -> Result<postgres::Client, DbError> {
        postgres::Client::connect(&self.url, postgres::NoTls)
            .map_err(|e| DbError::Open(format!("PostgreSQL at {}: {e}", redact(&self.url))))
    }

    fn take(&self) -> Result<postgres::Client, DbError> {
        loop {
            if let Some(c) = self.idle.lock().expect("pool lock").pop() {
                if !c.is_closed() {
                    return Ok(c);
                }
                *self.open.lock().expect("pool lock") -= 1;
                continue;
            }
            let mut open = self.open.lock().expect("pool lock");
            if *open < self.max {
                *open += 1;
                drop(open);
                return self.connect().inspect_err(|_| {
                    *self.open.lock().expect("pool lock") -= 1;
                });
            }
            let _unused = self
                .freed
                .wait_timeout(open, Duration::from_millis(50))
                .expect("pool lock");
        }
    }

    fn give_back(&self, client: postgres::Client) {
        if client.is_closed() {
            *self.open.lock().expect("pool lock") -= 1;
        } else {
            self.idle.lock().expect("pool lock").push(client);
        }
        self.freed.notify_one();
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        // Each synchronous client owns a small runtime, which must not be dropped on an async
        // thread: let a plain thread close them.
        let clients = std::mem::take(&mut *self.idle.lock().unwrap_or_else(|p| p.into_inner()));
        if !clients.is_empty() {
            let _ = std::thread::spawn(move || drop(clients)).join();
        }
    }
}

/// Hides the password of a database URL for messages and logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!("{}{}:***{}", &url[..scheme + 3], &creds[..colon], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

// ---------------------------------------------------------------------------------------------

fn set_autocheckpoint(s: &SqliteDb, pages: i64) -> Result<(), DbError> {
    let conn = s.writer.lock().unwrap_or_else(|p| p.into_inner());
    conn.query_row(&format!("PRAGMA wal_autocheckpoint = {pages}"), [], |_| Ok(()))
        .map_err(sqlite_err)
}

/// See [`Db::background_checkpoints`].
pub struct Checkpointer {
    db: Arc<SqliteDb>,
    stop: Arc<(Mutex<bool>, Condvar)>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        *self.stop.0.lock().unwrap_or_else(|p| p.into_inner()) = true;
        self.stop.1.notify_all();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        if let Err(e) = set_autocheckpoint(&self.db, 1000) {
            tracing::warn!(error = %e, "could not restore automatic checkpoints");
        }
    }
}

/// The hub's database: cheap to clone.
#[derive(Clone)]
pub enum Db {
    Sqlite(Arc<SqliteDb>),
    Postgres(Arc<PgDb>),
}

const MAX_RETRIES: usize = 8;

impl Db {
    /// Opens (creating if needed) and migrates the database named by `url`: `postgres://…` or
    /// `postgresql://…` for PostgreSQL; `sqlite:PATH` or a plain path for SQLite.
    pub fn open(url: &str) -> Result<Db, DbError> {
        Db::open_at(url, SCHEMA_VERSION)
    }

    /// Opens the database migrated no further than `version`: a migration's test starts from the
    /// version before it.
    pub fn open_at(url: &str, version: i64) -> Result<Db, DbError> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let pg = PgDb {
                url: url.to_owned(),
                idle: Mutex::new(Vec::new()),
                open: Mutex::new(0),
                freed: Condvar::new(),
                max: 16,
            };
            let first = pg.connect()?;
            *pg.open.lock().expect("pool lock") = 1;
            pg.idle.lock().expect("pool lock").push(first);
            Db::Postgres(Arc::new(pg))
        } else {
            let path = url.strip_prefix("sqlite:").unwrap_or(url);
            let path = path.strip_prefix("//").unwrap_or(path);
            let writer = open_sqlite_conn(path)?;
            Db::Sqlite(Arc::new(SqliteDb {
                path: path.to_owned(),
                writer: Mutex::new(writer),
                readers: Mutex::new(Vec::new()),
            }))
        };
        db.migrate(version)?;
        Ok(db)
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Db::Sqlite(_) => Dialect::Sqlite,
            Db::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Applies the migrations up to `target` this database has not had yet, refusing a newer
    /// schema.
    fn migrate(&self, target: i64) -> Result<(), DbError> {
        let dialect = self.dialect();
        self.write_blocking(|c| {
            c.batch(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)",
            )?;
            let found = c
                .query_one(
                    "SELECT CAST(COALESCE(MAX(version), 0) AS BIGINT) FROM schema_migrations",
                    &[],
                )?
                .i64(0)?;
            if found > SCHEMA_VERSION {
                return Err(DbError::NewerSchema {
                    found,
                    known: SCHEMA_VERSION,
                });
            }
            for (i, sql) in crate::schema::MIGRATIONS.iter().enumerate() {
                let version = i as i64 + 1;
                if version <= found || version > target {
                    continue;
                }
                tracing::info!(version, "applying database migration");
                c.batch(&crate::schema::for_dialect(sql, dialect))?;
                if version == crate::schema::COORDINATOR_COLLECTIONS {
                    // The coordinators' delivery queue and volunteer list start full, not empty.
                    crate::deliveries::publish_for_coordinators(c, chrono::Utc::now())
                        .map_err(|e| DbError::Other(format!("publishing for coordinators: {e}")))?;
                }
                if version == crate::schema::COORDINATOR_ROOM_BOOKINGS {
                    crate::rooms::publish_for_coordinators(c, chrono::Utc::now())
                        .map_err(|e| DbError::Other(format!("publishing room bookings for coordinators: {e}")))?;
                }
                c.exec(
                    "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                    crate::params![version, chrono::Utc::now().to_rfc3339()],
                )?;
            }
            Ok(())
        })
    }

    /// The schema version the database is at.
    pub fn schema_version(&self) -> Result<i64, DbError> {
        self.read_blocking(|c| {
            c.query_one(
                "SELECT CAST(COALESCE(MAX(version), 0) AS BIGINT) FROM schema_migrations",
                &[],
            )?
            .i64(0)
        })
    }

    /// Runs `f` in a write transaction on this thread, retrying it on a serialisation failure.
    pub fn write_blocking<R, E, F>(&self, mut f: F) -> Result<R, E>
    where
        E: TxErr,
        F: FnMut(&mut dyn Conn) -> Result<R, E>,
    {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = self.write_once(&mut f);
            match result {
                Err(TxError::Db(DbError::Retry(msg))) if attempt < MAX_RETRIES => {
                    tracing::debug!(attempt, %msg, "retrying transaction");
                    std::thread::sleep(Duration::from_millis(2 * attempt as u64));
                }
                Err(TxError::App(e)) if e.retryable() && attempt < MAX_RETRIES => {
                    tracing::debug!(attempt, "retrying transaction");
                    std::thread::sleep(Duration::from_millis(2 * attempt as u64));
                }
                Err(TxError::Db(e)) => return Err(e.into()),
                Err(TxError::App(e)) => return Err(e),
                Ok(r) => return Ok(r),
            }
        }
    }

    fn write_once<R, E, F>(&self, f: &mut F) -> Result<R, TxError<E>>
    where
        F: FnMut(&mut dyn Conn) -> Result<R, E>,
    {
        match self {
            Db::Sqlite(s) => {
                let conn = s.writer.lock().unwrap_or_else(|p| p.into_inner());
                conn.execute_batch("BEGIN IMMEDIATE")
                    .map_err(|e| TxError::Db(sqlite_err(e)))?;
                let result = f(&mut SqliteConn(&conn));
                finish_sqlite(&conn, result)
            }
            Db::Postgres(p) => {
                let mut client = p.take().map_err(TxError::Db)?;
                let result = (|| {
                    let mut tx = client.transaction().map_err(|e| TxError::Db(pg::err(e)))?;
                    let r = f(&mut pg::PgConn(&mut tx)).map_err(TxError::App)?;
                    tx.commit().map_err(|e| TxError::Db(pg::err(e)))?;
                    Ok(r)
                })();
                p.give_back(client);
                result
            }
        }
    }

    /// Runs `f` in a read-only transaction (one consistent snapshot) on this thread.
    pub fn read_blocking<R, E, F>(&self, mut f: F) -> Result<R, E>
    where
        E: TxErr,
        F: FnMut(&mut dyn Conn) -> Result<R, E>,
    {
        match self {
            Db::Sqlite(s) => {
                let conn = match s.readers.lock().expect("pool lock").pop() {
                    Some(c) => c,
                    None => open_sqlite_conn(&s.path)?,
                };
                conn.execute_batch("BEGIN").map_err(sqlite_err)?;
                let result = finish_sqlite(&conn, f(&mut SqliteConn(&conn)));
                s.readers.lock().expect("pool lock").push(conn);
                result.map_err(|e| match e {
                    TxError::Db(e) => e.into(),
                    TxError::App(e) => e,
                })
            }
            Db::Postgres(_) => self.write_blocking(f),
        }
    }

    /// For a bulk load on SQLite: while the returned guard lives, a thread of its own copies the
    /// write-ahead log into the database (each copy ends with an fsync), so the writer does not
    /// stop and wait for the disk every 4 MB as it otherwise does. The writer still checkpoints
    /// itself should the log pass 64 MB. Dropping the guard copies what is left. On PostgreSQL,
    /// nothing to do.
    pub fn background_checkpoints(&self) -> Result<Option<Checkpointer>, DbError> {
        let Db::Sqlite(s) = self else { return Ok(None) };
        let conn = open_sqlite_conn(&s.path)?;
        set_autocheckpoint(s, 16_384)?;
        let stop = Arc::new((Mutex::new(false), Condvar::new()));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let (lock, wake) = &*flag;
            let mut stopped = lock.lock().unwrap_or_else(|p| p.into_inner());
            loop {
                if let Err(e) = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(())) {
                    tracing::warn!(error = %e, "a background checkpoint failed");
                }
                if *stopped {
                    return;
                }
                stopped = wake
                    .wait_timeout(stopped, Duration::from_millis(100))
                    .unwrap_or_else(|p| p.into_inner())
                    .0;
            }
        });
        Ok(Some(Checkpointer {
            db: s.clone(),
            stop,
            thread: Some(thread),
        }))
    }

    /// [`Db::write_blocking`] on a blocking thread.
    pub async fn write<R, E, F>(&self, f: F) -> Result<R, E>
    where
        R: Send + 'static,
        E: TxErr + Send + 'static,
        F: FnMut(&mut dyn Conn) -> Result<R, E> + Send + 'static,
    {
        let db = self.clone();
        run_blocking(move || db.write_blocking(f)).await
    }

    /// [`Db::read_blocking`] on a blocking thread.
    pub async fn read<R, E, F>(&self, f: F) -> Result<R, E>
    where
        R: Send + 'static,
        E: TxErr + Send + 'static,
        F: FnMut(&mut dyn Conn) -> Result<R, E> + Send + 'static,
    {
        let db = self.clone();
        run_blocking(move || db.read_blocking(f)).await
    }
}

async fn run_blocking<R, E>(f: impl FnOnce() -> Result<R, E> + Send + 'static) -> Result<R, E>
where
    R: Send + 'static,
    E: From<DbError> + Send + 'static,
{
    // The work answers in the request's language (its errors are worded as they are made).
    let lang = crate::i18n::lang();
    match tokio::task::spawn_blocking(move || crate::i18n::in_lang(lang, f)).await {
        Ok(r) => r,
        Err(e) => Err(DbError::Other(format!("database task failed: {e}")).into()),
    }
}

enum TxError<E> {
    Db(DbError),
    App(E),
}

fn finish_sqlite<R, E>(conn: &rusqlite::Connection, result: Result<R, E>) -> Result<R, TxError<E>> {
    match result {
        Ok(r) => {
            if let Err(e) = conn.execute_batch("COMMIT") {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(TxError::Db(sqlite_err(e)));
            }
            Ok(r)
        }
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(TxError::App(e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://cml:secret@localhost/db"),
            "postgres://cml:***@localhost/db"
        );
        assert_eq!(redact("postgres://localhost/db"), "postgres://localhost/db");
    }
}
