//! Starting a real hub for tests, on SQLite or (when `CML_TEST_POSTGRES_URL` names a PostgreSQL
//! server) on a fresh PostgreSQL database. The same tests run on both: `scripts/test` runs them
//! once for each.

use std::net::SocketAddr;
use std::path::PathBuf;

use rand::RngCore;

use crate::auth::PinHashing;
use crate::{start, HubConfig, RunningHub, TlsFiles};

/// Cheap PIN hashing, so that tests that sign in many people stay fast.
pub const TEST_PIN_HASHING: PinHashing = PinHashing {
    memory_kib: 256,
    passes: 1,
};

/// A database made for one test, removed when dropped.
pub struct TestDatabase {
    pub url: String,
    dir: Option<PathBuf>,
    pg: Option<(String, String)>,
}

fn random_name() -> String {
    let mut raw = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut raw);
    raw.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs one statement on the PostgreSQL admin database, on a plain thread (the synchronous client
/// cannot run on an async one).
fn admin_sql(admin: &str, sql: &str) -> Result<(), String> {
    let (admin, sql) = (admin.to_owned(), sql.to_owned());
    std::thread::spawn(move || {
        let mut client = postgres::Client::connect(&admin, postgres::NoTls).map_err(|e| e.to_string())?;
        client.batch_execute(&sql).map_err(|e| e.to_string())
    })
    .join()
    .map_err(|_| "the PostgreSQL admin thread failed".to_owned())?
}

impl TestDatabase {
    /// A new empty database: PostgreSQL when `CML_TEST_POSTGRES_URL` is set, else a SQLite file.
    pub fn new() -> TestDatabase {
        match std::env::var("CML_TEST_POSTGRES_URL").ok().filter(|v| !v.is_empty()) {
            Some(admin) => {
                let name = format!("cml_test_{}", random_name());
                admin_sql(&admin, &format!("CREATE DATABASE {name}")).unwrap_or_else(|e| {
                    panic!("CML_TEST_POSTGRES_URL is set but the test database could not be made: {e}")
                });
                let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
                TestDatabase {
                    url: format!("{base}/{name}"),
                    dir: None,
                    pg: Some((admin, name)),
                }
            }
            None => {
                let dir = std::env::temp_dir().join(format!("cml-hub-test-{}", random_name()));
                std::fs::create_dir_all(&dir).expect("create a temporary folder");
                TestDatabase {
                    url: format!("sqlite:{}", dir.join("hub.db").display()),
                    dir: Some(dir),
                    pg: None,
                }
            }
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }
}

impl Default for TestDatabase {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
        if let Some((admin, name)) = &self.pg {
            let _ = admin_sql(admin, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

/// A hub on 127.0.0.1 (a free port) with its own database; it can be stopped and started again on
/// the same address and database, as a hub restart.
pub struct TestHub {
    hub: Option<RunningHub>,
    addr: SocketAddr,
    tls: Option<TlsFiles>,
    pub database: TestDatabase,
    /// When the hub runs as its own `cml-hub` process: the program, the process, and the test's
    /// own connection to the database.
    process: Option<HubProcess>,
}

struct HubProcess {
    bin: PathBuf,
    child: Option<std::process::Child>,
    db: crate::db::Db,
}

impl TestHub {
    pub async fn start(demo: bool) -> TestHub {
        Self::start_with(demo, None).await
    }

    pub async fn start_with(demo: bool, tls: Option<TlsFiles>) -> TestHub {
        let database = TestDatabase::new();
        let hub = Self::run(&database, SocketAddr::from(([127, 0, 0, 1], 0)), demo, tls.clone()).await;
        TestHub {
            addr: hub.addr,
            hub: Some(hub),
            tls,
            database,
            process: None,
        }
    }

    async fn run(database: &TestDatabase, listen: SocketAddr, demo: bool, tls: Option<TlsFiles>) -> RunningHub {
        start(HubConfig {
            listen,
            database: database.url.clone(),
            demo,
            tls,
            pin_hashing: TEST_PIN_HASHING,
        })
        .await
        .expect("start the test hub")
    }

    fn running(&self) -> &RunningHub {
        self.hub.as_ref().expect("the test hub is stopped")
    }

    pub fn url(&self) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn db(&self) -> &crate::db::Db {
        match &self.process {
            Some(p) => &p.db,
            None => &self.running().db,
        }
    }

    /// Stops the hub (gracefully; a hub process is killed); its address then refuses connections.
    pub async fn stop(&mut self) {
        if let Some(hub) = self.hub.take() {
            hub.shutdown().await.expect("stop the test hub");
        }
        self.kill();
    }

    /// Starts the hub again on the same address and database.
    pub async fn restart(&mut self) {
        self.stop().await;
        if self.process.is_some() {
            self.spawn().await;
            return;
        }
        let hub = Self::run(&self.database, self.addr, false, self.tls.clone()).await;
        self.hub = Some(hub);
    }

    /// From now on the hub runs as its own `cml-hub serve` process (`bin`), on the same address
    /// and database, so that [`TestHub::kill`] can end it with SIGKILL as a crash would.
    pub async fn run_as_process(&mut self, bin: PathBuf) {
        self.stop().await;
        // The PostgreSQL client is synchronous and runs a runtime of its own: opened off this one.
        let url = self.database.url.clone();
        let db = tokio::task::spawn_blocking(move || crate::db::Db::open(&url))
            .await
            .expect("the database opener")
            .expect("open the test database");
        self.process = Some(HubProcess { bin, child: None, db });
        self.spawn().await;
    }

    /// Kills the hub process at once (SIGKILL): no graceful stop, work in flight is cut off.
    pub fn kill(&mut self) {
        if let Some(child) = self.process.as_mut().and_then(|p| p.child.as_mut()) {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(p) = self.process.as_mut() {
            p.child = None;
        }
    }

    /// Whether the hub is running: false once it is stopped, or its process has died (killed by
    /// [`TestHub::kill`] or from outside), until a restart.
    pub fn is_running(&mut self) -> bool {
        match &mut self.process {
            Some(p) => {
                let alive = p.child.as_mut().is_some_and(|c| matches!(c.try_wait(), Ok(None)));
                if !alive {
                    p.child = None;
                }
                alive
            }
            None => self.hub.is_some(),
        }
    }

    /// The hub process's id, to kill it from elsewhere (a fault proxy, between commit and reply).
    pub fn pid(&self) -> Option<u32> {
        self.process.as_ref().and_then(|p| p.child.as_ref()).map(|c| c.id())
    }

    async fn spawn(&mut self) {
        let addr = self.addr;
        let url = self.database.url.clone();
        let p = self.process.as_mut().expect("a hub process");
        let child = std::process::Command::new(&p.bin)
            .args(["serve", "--listen", &addr.to_string(), "--database", &url])
            .env("CML_HUB_PIN_HASH_KIB", TEST_PIN_HASHING.memory_kib.to_string())
            .env("CML_DEMO_CATALOGUE", "off")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", p.bin.display()));
        p.child = Some(child);
        let started = std::time::Instant::now();
        while tokio::net::TcpStream::connect(addr).await.is_err() {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(30),
                "the hub process did not start listening"
            );
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }
}

impl Drop for TestHub {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A person made directly in the database, with a session token.
#[derive(Debug, Clone)]
pub struct TestPerson {
    pub id: i64,
    pub card: String,
    pub pin: String,
    pub token: String,
}

impl TestHub {
    /// Makes a member (with the given roles; member if empty) and signs them in, straight in the
    /// database: quicker than the sign-in endpoint when a test needs hundreds.
    pub async fn person(&self, name: &str, roles: &[cml_api::Role]) -> TestPerson {
        self.person_at(name, roles, "BAS").await
    }

    /// [`TestHub::person`] whose home library is `home`.
    pub async fn person_at(&self, name: &str, roles: &[cml_api::Role], home: &str) -> TestPerson {
        let home = home.to_owned();
        let roles = if roles.is_empty() {
            vec![cml_api::Role::Member]
        } else {
            roles.to_vec()
        };
        let name = name.to_owned();
        let mut raw = [0u8; 5];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let card = format!(
            "29{}",
            raw.iter().map(|b| format!("{:02}", b % 100)).collect::<String>()
        );
        let token = format!("test-{}", random_name());
        let (c2, t2) = (card.clone(), token.clone());
        let id = self
            .db()
            .write(move |c| {
                let id = crate::auth::create_account(c, &TEST_PIN_HASHING, &c2, "1234", &name, &roles, Some(&home))?;
                c.exec(
                    "INSERT INTO sessions (token_hash, account_id, device, created_at) VALUES ($1, $2, 'test', $3)",
                    crate::params![crate::auth::token_hash(&t2), id, chrono::Utc::now().to_rfc3339()],
                )?;
                Ok::<_, crate::error::HubError>(id)
            })
            .await
            .expect("make a test person");
        TestPerson {
            id,
            card,
            pin: "1234".into(),
            token,
        }
    }

    /// Makes `who` a branch volunteer (the desk) at each of `libraries`.
    pub async fn desk_volunteer(&self, who: &TestPerson, libraries: &[&str]) {
        for library in libraries {
            let (card, library) = (who.card.clone(), (*library).to_owned());
            self.db()
                .write(move |c| {
                    crate::deliveries::grant_role(
                        c,
                        &card,
                        &cml_api::VolunteerRole {
                            library: library.clone(),
                            role: "branch_volunteer".into(),
                        },
                        chrono::Utc::now(),
                    )
                })
                .await
                .expect("grant a desk role");
        }
    }

    /// Adds an event at Baswich starting `starts_in` from now, an hour long, and publishes it.
    pub async fn event(&self, title: &str, capacity: i64, starts_in: chrono::Duration) -> i64 {
        let title = title.to_owned();
        let starts = chrono::Utc::now() + starts_in;
        self.db()
            .write(move |c| {
                let id = c
                    .query_one(
                        "INSERT INTO events (library_code, title, description, category, starts_at, ends_at, capacity, \
                         booking_required, accessibility) VALUES ('BAS', $1, 'A test event.', 'yoga', $2, $3, $4, 1, \
                         'Step-free.') RETURNING id",
                        crate::params![
                            title.clone(),
                            starts.to_rfc3339(),
                            (starts + chrono::Duration::hours(1)).to_rfc3339(),
                            capacity
                        ],
                    )?
                    .i64(0)?;
                crate::events::publish_event(c, id)?;
                Ok::<_, crate::error::HubError>(id)
            })
            .await
            .expect("make a test event")
    }
}
