//! The core, through the Rust API that the bindings export (`CmlApp`), against a real hub on
//! 127.0.0.1 and real store files.

use std::sync::{Arc, Mutex};

use cml_ffi::cml_core::{Config, SearchQuery, SyncProgress};
use cml_ffi::{CmlApp, CmlError, SyncProgressListener};
use cml_hub::testing::TestHub;
use tempfile::TempDir;

const MEMBER: (&str, &str) = ("2100000001", "1234");

fn app(dir: &TempDir, hub_url: &str) -> Arc<CmlApp> {
    app_with(dir, hub_url, None)
}

fn app_with(dir: &TempDir, hub_url: &str, cert: Option<String>) -> Arc<CmlApp> {
    CmlApp::new(Config {
        data_dir: dir.path().join("device").display().to_string(),
        hub_url: hub_url.to_owned(),
        hub_certificate_pem: cert,
        device_name: Some("test phone".into()),
        language: None,
    })
    .expect("open the app")
}

/// The token the device keeps, read from its store file.
/// The session token, from the file secret store the command line and tests use.
fn stored_token(dir: &TempDir) -> Option<String> {
    let bytes = std::fs::read(dir.path().join("device").join("secrets.json")).ok()?;
    let all: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    all["session_token"].as_str().map(str::to_owned)
}

async fn hub_knows_token(hub: &TestHub, token: &str) -> bool {
    let resp = reqwest::Client::new()
        .get(format!("{}/v1/me", hub.url()))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    resp.status().is_success()
}

#[tokio::test]
async fn sign_in_sync_and_read_everything_offline() {
    let mut hub = TestHub::start(true).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    assert!(app.whoami().unwrap().is_none());
    assert_eq!(app.status().unwrap().summary, "Not updated yet.");

    let me = app.login(MEMBER.0.into(), MEMBER.1.into()).await.unwrap();
    assert_eq!(me.name, "Margaret Hughes");
    assert_eq!(me.roles, vec!["member".to_owned()]);
    assert_eq!(me.home_library.as_deref(), Some("BAS"));

    let report = app.sync(None).await.unwrap();
    assert_eq!(report.collections[0].collection, "libraries");
    assert_eq!(report.collections[0].changes, 8);
    let libraries = app.libraries().unwrap();
    assert_eq!(libraries.len(), 8);
    let baswich = libraries.iter().find(|l| l.code == "BAS").unwrap();
    assert_eq!(baswich.week.len(), 7);
    assert!(baswich.today.starts_with("Open today") || baswich.today.starts_with("Closed today"));
    assert_eq!(baswich.week[0].day, "Monday");
    assert_eq!(baswich.week[0].hours, "9:30am to 1pm");
    assert_eq!(baswich.week[2].hours, "9:30am to 1pm, 2pm to 5pm");
    assert_eq!(baswich.week[6].hours, "Closed");
    let status = app.status().unwrap();
    assert!(status.summary.starts_with("Up to date"), "{}", status.summary);
    assert_eq!(status.name.as_deref(), Some("Margaret Hughes"));

    // A second sync brings nothing new.
    assert_eq!(app.sync(None).await.unwrap().changes, 0);

    // The hub goes away: reads still work, a sync says offline.
    hub.stop().await;
    match app.sync(None).await {
        Err(CmlError::Offline { detail: message }) => assert!(message.contains("offline")),
        other => panic!("expected Offline, got {other:?}"),
    }
    assert_eq!(app.whoami().unwrap().unwrap().name, "Margaret Hughes");
    assert_eq!(app.libraries().unwrap().len(), 8);
    assert!(app.status().unwrap().summary.starts_with("Offline"));

    // The app is closed and opened again with the hub still down: all still there.
    drop(app);
    let app = self::app(&dir, &hub.url());
    assert_eq!(app.libraries().unwrap().len(), 8);
    assert_eq!(app.whoami().unwrap().unwrap().card, MEMBER.0);

    // The hub comes back: sync works again.
    hub.restart().await;
    app.sync(None).await.unwrap();
    assert!(app.status().unwrap().summary.starts_with("Up to date"));
}

#[tokio::test]
async fn wrong_pin_and_unknown_card_say_the_same_and_keep_the_session() {
    let hub = TestHub::start(true).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    app.login(MEMBER.0.into(), MEMBER.1.into()).await.unwrap();

    let wrong_pin = app.login(MEMBER.0.into(), "9999".into()).await.unwrap_err();
    let unknown = app.login("2199999999".into(), "1234".into()).await.unwrap_err();
    assert!(matches!(wrong_pin, CmlError::NotSignedIn { .. }), "{wrong_pin:?}");
    assert_eq!(wrong_pin, unknown);
    assert!(wrong_pin.to_string().contains("card number and PIN do not match"));
    // The earlier sign-in is still there.
    assert_eq!(app.whoami().unwrap().unwrap().card, MEMBER.0);

    // Malformed input is refused on the device, naming the field.
    match app.login("12ab".into(), "1234".into()).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "card"),
        other => panic!("{other:?}"),
    }
    match app.login(MEMBER.0.into(), "12".into()).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "pin"),
        other => panic!("{other:?}"),
    }

    // Five wrong PINs lock the card for a while, and the app says how long.
    for _ in 0..4 {
        let _ = app.login(MEMBER.0.into(), "9999".into()).await;
    }
    match app.login(MEMBER.0.into(), MEMBER.1.into()).await {
        Err(CmlError::TooManyAttempts {
            retry_after_seconds,
            detail: message,
        }) => {
            assert!(retry_after_seconds > 0 && retry_after_seconds <= 30);
            assert!(message.contains("wait"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn signing_in_to_a_stopped_hub_says_offline() {
    let mut hub = TestHub::start(true).await;
    let url = hub.url();
    hub.stop().await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &url);
    match app.login(MEMBER.0.into(), MEMBER.1.into()).await {
        Err(CmlError::Offline { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(app.whoami().unwrap().is_none());
}

#[tokio::test]
async fn sign_out_offline_is_told_to_the_hub_later() {
    let mut hub = TestHub::start(true).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    app.login(MEMBER.0.into(), MEMBER.1.into()).await.unwrap();
    let token = stored_token(&dir).unwrap();
    assert!(hub_knows_token(&hub, &token).await);

    hub.stop().await;
    app.logout().await.unwrap();
    assert!(app.whoami().unwrap().is_none());
    assert!(stored_token(&dir).is_none());
    let status = app.status().unwrap();
    assert_eq!(status.pending_changes, 1);
    assert_eq!(
        status.summary,
        "Offline: 1 change will be sent when you are back online."
    );

    hub.restart().await;
    // Still valid at the hub until the device syncs.
    assert!(hub_knows_token(&hub, &token).await);
    app.sync(None).await.unwrap();
    assert!(!hub_knows_token(&hub, &token).await);
    assert_eq!(app.status().unwrap().pending_changes, 0);
}

#[tokio::test]
async fn a_session_revoked_at_the_hub_signs_the_device_out() {
    let hub = TestHub::start(true).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    app.login(MEMBER.0.into(), MEMBER.1.into()).await.unwrap();
    app.sync(None).await.unwrap();
    let token = stored_token(&dir).unwrap();
    reqwest::Client::new()
        .post(format!("{}/v1/auth/logout", hub.url()))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    match app.sync(None).await {
        Err(CmlError::NotSignedIn { detail: message }) => assert!(message.contains("signed out")),
        other => panic!("{other:?}"),
    }
    assert!(app.whoami().unwrap().is_none());
    // The public data stays.
    assert_eq!(app.libraries().unwrap().len(), 8);
}

#[tokio::test]
async fn a_damaged_store_is_reported_and_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let device = dir.path().join("device");
    std::fs::create_dir_all(&device).unwrap();
    let junk = vec![0x42u8; 8192];
    std::fs::write(device.join("cml.db"), &junk).unwrap();
    let err = CmlApp::new(Config {
        data_dir: device.display().to_string(),
        hub_url: "http://127.0.0.1:9".into(),
        hub_certificate_pem: None,
        device_name: None,
        language: None,
    })
    .err()
    .expect("a damaged store must be refused");
    match err {
        CmlError::Storage { detail: message } => assert!(message.contains("damaged"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(std::fs::read(device.join("cml.db")).unwrap(), junk);
}

#[tokio::test]
async fn plain_http_is_refused_except_to_this_computer() {
    let dir = tempfile::tempdir().unwrap();
    let err = CmlApp::new(Config {
        data_dir: dir.path().display().to_string(),
        hub_url: "http://hub.example.org".into(),
        hub_certificate_pem: None,
        device_name: None,
        language: None,
    })
    .err()
    .unwrap();
    match err {
        CmlError::InvalidInput { field, detail: message } => {
            assert_eq!(field, "hub_url");
            assert!(message.contains("https://"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_core_talks_tls_to_a_hub_with_a_private_certificate() {
    let certs = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let (cert_path, key_path) = (certs.path().join("c.pem"), certs.path().join("k.pem"));
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.key_pair.serialize_pem()).unwrap();
    let hub = TestHub::start_with(
        true,
        Some(cml_hub::TlsFiles {
            cert: cert_path,
            key: key_path,
        }),
    )
    .await;
    let url = format!("https://localhost:{}", hub.addr().port());

    let dir = tempfile::tempdir().unwrap();
    let trusting = app_with(&dir, &url, Some(cert.cert.pem()));
    trusting.login(MEMBER.0.into(), MEMBER.1.into()).await.unwrap();
    assert_eq!(trusting.sync(None).await.unwrap().collections[0].changes, 8);

    // Without the certificate the app refuses the hub, and says it is a certificate problem.
    let other = tempfile::tempdir().unwrap();
    let wary = app(&other, &url);
    match wary.login(MEMBER.0.into(), MEMBER.1.into()).await {
        Err(CmlError::Hub { detail: message }) => assert!(message.contains("certificate"), "{message}"),
        other => panic!("{other:?}"),
    }
}

struct Recorder(Mutex<Vec<SyncProgress>>);

impl SyncProgressListener for Recorder {
    fn on_progress(&self, progress: SyncProgress) {
        self.0.lock().unwrap().push(progress);
    }
}

#[tokio::test]
async fn sync_reports_progress() {
    let hub = TestHub::start(true).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    let recorder = Arc::new(Recorder(Mutex::new(Vec::new())));
    app.sync(Some(recorder.clone())).await.unwrap();
    let seen = recorder.0.lock().unwrap();
    let last = seen.last().expect("progress was reported");
    let libraries = seen.iter().rfind(|p| p.collection == "libraries").unwrap();
    assert_eq!((libraries.done, libraries.total), (8, 8));
    assert_eq!(last.done, last.total);
}

/// A catalogue of several pages (2,500 records; the core asks for 1,000 at a time and fetches the
/// next page while it writes one): every record arrives once, progress counts up page by page,
/// and the next sync asks only for what changed since.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_catalogue_of_several_pages_arrives_whole_and_once() {
    use cml_hub::marc::{RawRecord, Tag};
    let hub = TestHub::start(false).await;
    let db = hub.db().clone();
    let records: Vec<_> = (1..=2500)
        .map(|n| {
            let mut rec = RawRecord::default();
            rec.leader = "00000nam a2200000 a 4500".into();
            rec.push_control(Tag::parse("001").unwrap(), &format!("page-{n}"));
            rec.push_data(Tag::parse("245").unwrap(), '1', '0');
            rec.push_subfield('a', &format!("Pagination volume {n}"));
            Ok(rec)
        })
        .collect();
    let ids = tokio::task::spawn_blocking(move || {
        let mut summary = cml_hub::catalogue::ImportSummary::default();
        cml_hub::catalogue::import(&db, "pages", Box::new(records.into_iter()), None, &mut summary, |_| {}).unwrap();
        assert_eq!(summary.imported, 2500);
        db.read_blocking(|c| {
            let rows = c.query("SELECT id FROM records ORDER BY id", &[])?;
            rows.iter().map(|r| r.i64(0)).collect::<Result<Vec<_>, _>>()
        })
        .unwrap()
    })
    .await
    .unwrap();

    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    let recorder = Arc::new(Recorder(Mutex::new(Vec::new())));
    let report = app.sync(Some(recorder.clone())).await.unwrap();
    let catalogue = report.collections.iter().find(|c| c.collection == "catalogue").unwrap();
    assert_eq!(catalogue.changes, 2500);
    let steps: Vec<(u64, u64)> = recorder
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|p| p.collection == "catalogue")
        .map(|p| (p.done, p.total))
        .collect();
    assert_eq!(steps, vec![(1000, 2500), (2000, 2500), (2500, 2500)]);
    // Every record, the first, the last and one from the middle page, found offline.
    for n in [1, 1500, 2500] {
        let found = app
            .search(SearchQuery {
                text: format!("pagination volume {n}"),
                ..Default::default()
            })
            .unwrap();
        assert!(
            found.hits.iter().any(|h| h.title == format!("Pagination volume {n}")),
            "record {n} is on the device"
        );
    }
    let stored: i64 = rusqlite::Connection::open(dir.path().join("device").join("cml.db"))
        .unwrap()
        .query_row("SELECT COUNT(*) FROM records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 2500);
    // Nothing changed: nothing pulled. One record changed: that one.
    let again = app.sync(None).await.unwrap();
    assert_eq!(again.changes, 0);
    let db = hub.db().clone();
    let changed = ids[1700];
    tokio::task::spawn_blocking(move || db.write_blocking(|c| cml_hub::catalogue::refresh_record(c, changed)))
        .await
        .unwrap()
        .unwrap();
    let after = app.sync(None).await.unwrap();
    let catalogue = after.collections.iter().find(|c| c.collection == "catalogue").unwrap();
    assert_eq!(catalogue.changes, 1);
}

/// The app's secret store, as a Keystore or Keychain would be: in memory here.
#[derive(Default)]
struct MemorySecrets(std::sync::Mutex<std::collections::HashMap<String, String>>);

impl cml_ffi::SecretStore for MemorySecrets {
    fn get(&self, key: String) -> Result<Option<String>, cml_ffi::CmlError> {
        Ok(self.0.lock().unwrap().get(&key).cloned())
    }
    fn set(&self, key: String, value: String) -> Result<(), cml_ffi::CmlError> {
        self.0.lock().unwrap().insert(key, value);
        Ok(())
    }
    fn delete(&self, key: String) -> Result<(), cml_ffi::CmlError> {
        self.0.lock().unwrap().remove(&key);
        Ok(())
    }
}

/// Every byte of the device's SQLite files (the database and its write-ahead log).
fn store_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for name in ["cml.db", "cml.db-wal"] {
        if let Ok(b) = std::fs::read(dir.join(name)) {
            all.extend(b);
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The session token lives in the app's secret store, never in the SQLite file; signing out
/// removes the person's data from the device.
#[tokio::test]
async fn the_token_is_kept_by_the_secret_store_not_the_device_file() {
    let hub = cml_e2e::hub_with_records().await;
    let ann = hub.person("Ann", &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecrets::default());
    let config = Config {
        data_dir: dir.path().display().to_string(),
        hub_url: hub.url(),
        hub_certificate_pem: None,
        device_name: None,
        language: None,
    };
    let app = CmlApp::with_secret_store(config.clone(), secrets.clone()).unwrap();
    app.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    let yoga = hub.event("Chair yoga", 10, chrono::Duration::days(2)).await;
    app.sync(None).await.unwrap();
    app.book_event(yoga, 1).await.unwrap();
    let token = secrets
        .0
        .lock()
        .unwrap()
        .get("session_token")
        .cloned()
        .expect("the token in the secret store");
    assert!(
        !contains(&store_bytes(dir.path()), &token),
        "the token is in the SQLite file"
    );
    assert!(!dir.path().join("secrets.json").exists());
    // Opened again with the same secret store, Ann is still signed in; without it, nobody is.
    drop(app);
    let app = CmlApp::with_secret_store(config.clone(), secrets.clone()).unwrap();
    assert_eq!(app.whoami().unwrap().unwrap().card, ann.card);
    assert_eq!(app.my_bookings().unwrap().len(), 1);
    drop(app);
    let other = CmlApp::with_secret_store(config.clone(), Arc::new(MemorySecrets::default())).unwrap();
    assert!(other.whoami().unwrap().is_none());
    drop(other);

    // Signing out removes her bookings from the device: the next person to sign in there, before
    // any sync, sees none of them.
    let app = CmlApp::with_secret_store(config, secrets.clone()).unwrap();
    app.logout().await.unwrap();
    assert!(app.whoami().unwrap().is_none());
    assert!(secrets.0.lock().unwrap().get("session_token").is_none());
    let bob = hub.person("Bob", &[]).await;
    app.login(bob.card.clone(), bob.pin.clone()).await.unwrap();
    assert!(app.my_bookings().unwrap().is_empty());
    assert!(app.notices().unwrap().is_empty());

    // The command line's file store keeps the token out of the database too.
    let dir2 = tempfile::tempdir().unwrap();
    let cli_like = cml_e2e::app(&dir2, &hub.url());
    cli_like.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    let saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir2.path().join("secrets.json")).unwrap()).unwrap();
    let token = saved["session_token"].as_str().unwrap();
    assert!(!contains(&store_bytes(dir2.path()), token));
}
