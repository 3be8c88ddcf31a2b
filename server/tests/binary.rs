//! The `cml-hub` program itself: its flags, its failures, and graceful shutdown.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn hub() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_cml-hub"));
    cmd.env("CML_HUB_PIN_HASH_KIB", "256")
        .env_remove("CML_HUB_DATABASE")
        .env_remove("CML_HUB_LISTEN");
    cmd
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[test]
fn demo_accounts_are_listed_as_json() {
    let out = hub().args(["demo-accounts", "--json"]).output().unwrap();
    assert!(out.status.success());
    let accounts: Vec<cml_api::DemoAccount> = serde_json::from_slice(&out.stdout).unwrap();
    let roles: Vec<_> = accounts.iter().map(|a| a.role.as_str()).collect();
    for role in ["member", "housebound reader", "carer", "volunteer", "coordinator"] {
        assert!(roles.contains(&role), "{role} missing");
    }
}

#[test]
fn a_bad_flag_is_refused() {
    let out = hub().args(["serve", "--no-such-flag"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--no-such-flag"));
    let out = hub().args(["serve", "--listen", "not-an-address"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = hub().args(["serve", "--tls-cert", "c.pem"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a certificate needs a key");
}

#[test]
fn a_busy_port_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = hub()
        .args(["serve", "--listen", &addr, "--database"])
        .arg(dir.path().join("hub.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("could not listen on {addr}")), "{err}");
}

#[test]
fn an_unreachable_database_is_reported() {
    let port = free_port();
    let out = hub()
        .args(["serve", "--listen", "127.0.0.1:0", "--database"])
        .arg(format!("postgres://cml:secret@127.0.0.1:{port}/cml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("could not open the database"), "{err}");
    assert!(!err.contains("secret"), "the password is not printed: {err}");
}

#[test]
fn a_database_from_a_newer_hub_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hub.db");
    let url = format!("sqlite:{}", path.display());
    let db = cml_hub::db::Db::open(&url).unwrap();
    db.write_blocking(|c| {
        c.exec(
            "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
            cml_hub::params![50_i64, "2030-01-01T00:00:00Z"],
        )
    })
    .unwrap();
    drop(db);
    let out = hub()
        .args(["serve", "--listen", "127.0.0.1:0", "--database", &url])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("newer"), "{err}");
}

#[test]
fn serve_demo_answers_and_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = hub()
        .current_dir(dir.path())
        .args(["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The demo prints its accounts once it listens.
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    assert!(line.starts_with("Demo hub at http://127.0.0.1:"), "{line}");
    let mut rest = String::new();
    for _ in 0..7 {
        out.read_line(&mut rest).unwrap();
    }
    assert!(rest.contains("2100000001"), "{rest}");
    // With no --database it made ./cml-hub.db.
    assert!(dir.path().join("cml-hub.db").exists());

    let body = plain_http::get(&format!("http://127.0.0.1:{port}/health"));
    assert!(body.contains("\"status\":\"ok\""), "{body}");

    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(started.elapsed() < Duration::from_secs(15), "the hub did not stop");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    let mut logs = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut logs).unwrap();
    assert!(logs.contains("shutting down") && logs.contains("stopped"), "{logs}");
}

mod plain_http {
    /// A tiny blocking GET over a plain TCP socket (the hub's tests avoid a second HTTP client).
    pub fn get(url: &str) -> String {
        use std::io::{Read, Write};
        let rest = url.strip_prefix("http://").unwrap();
        let (host, path) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap();
        let mut s = std::net::TcpStream::connect(host).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").unwrap();
        let mut body = String::new();
        s.read_to_string(&mut body).unwrap();
        body
    }
}

#[test]
fn the_demo_hub_keeps_serving_when_its_output_is_closed() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = hub()
        .current_dir(dir.path())
        .args(["serve", "--demo", "--listen", &format!("127.0.0.1:{port}")])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    drop(out); // like `cml-hub serve --demo | head -1`
    std::thread::sleep(Duration::from_millis(300));
    let body = plain_http::get(&format!("http://127.0.0.1:{port}/health"));
    assert!(body.contains("\"status\":\"ok\""), "{body}");
    assert!(child.try_wait().unwrap().is_none(), "the hub died");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn the_impact_report_comes_as_csv_or_json_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("hub.db").display());
    let db = cml_hub::db::Db::open(&url).unwrap();
    db.write_blocking(|c| cml_hub::demo::seed(c, &cml_hub::testing::TEST_PIN_HASHING))
        .unwrap();
    drop(db);
    let today = cml_api::london::today(chrono::Utc::now());
    let (from, to) = (today.to_string(), (today + chrono::Duration::days(6)).to_string());
    let args = |format: &str| {
        let mut cmd = hub();
        cmd.args([
            "report",
            "impact",
            "--database",
            &url,
            "--library",
            "GLA",
            "--from",
            &from,
            "--to",
            &to,
        ])
        .args(["--format", format]);
        cmd
    };
    let csv = args("csv").output().unwrap();
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    let text = String::from_utf8_lossy(&csv.stdout);
    // Each row: the figure's code, its category, its value and its label (English here).
    assert!(
        text.starts_with("figure,category,value,label\nlibrary,,GLA,Library\n"),
        "{text}"
    );
    assert!(text.contains(&format!("period_from,,{from},From\nperiod_to,,{to},To\ngenerated_at,,")));
    // Priya, the demo volunteer, is Glascote's one member, new today.
    assert!(
        text.contains("members_total,,1,Members\nmembers_new,,1,New members\n"),
        "{text}"
    );
    // Nobody has checked in yet: zero hours, not "-0.00".
    assert!(
        text.contains("volunteer_hours,,0.00,Volunteer hours\nactive_volunteers,,0,Active volunteers\n"),
        "{text}"
    );
    let json = args("json").output().unwrap();
    let report: cml_api::ImpactReport = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        report.events_held,
        report.attendance.iter().map(|a| a.events).sum::<i64>()
    );
    assert!(report.events_held >= 4, "a week of Glascote's programme: {report:?}");
    let bad = hub()
        .args([
            "report",
            "impact",
            "--database",
            &url,
            "--library",
            "NOPE",
            "--from",
            &from,
            "--to",
            &to,
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no library with the code NOPE"));
}

/// A real deployment's first admin, PIN resets, roles, stopped cards and members loaded from the
/// council's CSV, all from the command line, then used by signing in to the hub.
#[tokio::test]
async fn accounts_are_made_and_looked_after_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite:{}", dir.path().join("hub.db").display());
    let run = |args: &[&str]| {
        let out = hub().args(args).args(["--database", &url]).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, err) = run(&[
        "account",
        "create",
        "--card",
        "2100009999",
        "--name",
        "Sam Lee",
        "--roles",
        "admin,coordinator",
        "--json",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let made: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(made["roles"], serde_json::json!(["admin", "coordinator"]));
    let pin = made["pin"].as_str().unwrap().to_owned();
    assert!(cml_api::valid_pin(&pin));
    // Bad input: a typed refusal, exit 2, nothing made.
    let (code, _, err) = run(&[
        "account",
        "create",
        "--card",
        "2100009998",
        "--name",
        "X",
        "--roles",
        "wizard",
    ]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("wizard is not a role"), "{err}");
    let (code, _, err) = run(&["account", "create", "--card", "2100009999", "--name", "Again"]);
    assert_eq!(code, Some(1));
    assert!(err.contains("taken"), "{err}");
    let csv = dir.path().join("members.csv");
    std::fs::write(
        &csv,
        "card,name,pin,roles\n2100007001,\"Hughes, Margaret\",2468,\n2100007002,Tom Baker,,\n12ab,Nobody,,\n2100007003,Vi Coe,1357,wizard\n",
    )
    .unwrap();
    let (code, out, err) = run(&["import-members", "--json", csv.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (summary["read"].as_u64(), summary["created"].as_u64()),
        (Some(4), Some(2)),
        "{summary}"
    );
    let rejected: Vec<u64> = summary["rejected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["line"].as_u64().unwrap())
        .collect();
    assert_eq!(rejected, [4, 5]);
    assert_eq!(summary["new_pins"][0]["card"], "2100007002");
    let toms_pin = summary["new_pins"][0]["pin"].as_str().unwrap().to_owned();

    let port = free_port();
    let mut child = hub()
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--database", &url])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let started = Instant::now();
    while http.get(format!("{base}/health")).send().await.is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "the hub did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let login = |card: &'static str, pin: String| {
        let (http, base) = (http.clone(), base.clone());
        async move {
            let resp = http
                .post(format!("{base}/v1/auth/login"))
                .json(&serde_json::json!({ "card": card, "pin": pin }))
                .send()
                .await
                .unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<serde_json::Value>().await.unwrap())
        }
    };
    let roles_of = |token: String| {
        let (http, base) = (http.clone(), base.clone());
        async move {
            let resp = http
                .get(format!("{base}/v1/me"))
                .bearer_auth(token)
                .send()
                .await
                .unwrap();
            (resp.status().as_u16(), resp.json::<serde_json::Value>().await.ok())
        }
    };
    let (status, body) = login("2100009999", pin.clone()).await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().unwrap().to_owned();
    assert_eq!(login("2100007001", "2468".into()).await.0, 200);
    assert_eq!(login("2100007002", toms_pin).await.0, 200);

    // A new PIN signs the card out everywhere.
    let (code, _, err) = run(&["account", "reset-pin", "2100009999", "--pin", "4321"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(roles_of(token).await.0, 401);
    assert_eq!(login("2100009999", pin).await.0, 401);
    let token = login("2100009999", "4321".into()).await.1["token"]
        .as_str()
        .unwrap()
        .to_owned();
    // Roles replaced take effect at once.
    assert_eq!(run(&["account", "roles", "2100009999", "--set", "member"]).0, Some(0));
    let me = roles_of(token.clone()).await.1.unwrap();
    assert_eq!(me["roles"], serde_json::json!(["member"]));
    // A stopped card is signed out and cannot sign in; started again, it can.
    assert_eq!(run(&["account", "disable", "2100009999"]).0, Some(0));
    assert_eq!(roles_of(token).await.0, 401);
    let (status, body) = login("2100009999", "4321".into()).await;
    assert_eq!(status, 403, "{body}");
    assert!(body["message"].as_str().unwrap().contains("stopped"), "{body}");
    assert_eq!(
        login("2100009999", "1111".into()).await.0,
        401,
        "a wrong PIN learns nothing more"
    );
    let (code, out, _) = run(&["account", "enable", "2100009999"]);
    assert_eq!(code, Some(0));
    assert!(out.contains("2100009999 Sam Lee: member"), "{out}");
    assert_eq!(login("2100009999", "4321".into()).await.0, 200);
    let _ = child.kill();
    let _ = child.wait();
}
