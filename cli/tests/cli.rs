//! The `cml` command, run as a program against a real hub on 127.0.0.1.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use cml_hub::testing::TestHub;
use serde_json::Value;

struct Device {
    dir: tempfile::TempDir,
    hub: String,
}

impl Device {
    fn new(hub: &str) -> Device {
        Device {
            dir: tempfile::tempdir().unwrap(),
            hub: hub.to_owned(),
        }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_cml"));
        cmd.args(args)
            .env("CML_HUB", &self.hub)
            .env("CML_DATA", self.dir.path())
            .env_remove("CML_HUB_CERTIFICATE");
        cmd
    }

    /// Runs `cml` in a blocking thread, so that the hub in this process keeps serving.
    async fn run(&self, args: &[&str]) -> Output {
        let mut cmd = self.command(args);
        tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap()
    }

    async fn run_with_stdin(&self, args: &[&str], input: &str) -> Output {
        let mut cmd = self.command(args);
        let input = input.to_owned();
        tokio::task::spawn_blocking(move || {
            let mut child = cmd
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
            child.wait_with_output().unwrap()
        })
        .await
        .unwrap()
    }

    async fn json(&self, args: &[&str]) -> Value {
        let out = self.run(args).await;
        assert!(
            out.status.success(),
            "cml {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[tokio::test]
async fn login_sync_whoami_and_libraries() {
    let hub = TestHub::start(true).await;
    let device = Device::new(&hub.url());

    let out = device.run(&["login", "2100000001", "--pin", "1234"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "Signed in as Margaret Hughes (card 2100000001).");

    let report = device.json(&["sync", "--json"]).await;
    assert_eq!(report["collections"][0]["collection"], "libraries");
    assert_eq!(report["collections"][0]["changes"], 8);
    assert_eq!(report["collections"][1]["collection"], "events");
    assert!(report["collections"][1]["changes"].as_u64().unwrap() > 100);

    let me = device.json(&["whoami", "--json"]).await;
    assert_eq!(me["name"], "Margaret Hughes");
    assert_eq!(me["card"], "2100000001");
    assert_eq!(me["roles"], serde_json::json!(["member"]));

    let libraries = device.json(&["libraries", "--json"]).await;
    let libraries = libraries.as_array().unwrap();
    assert_eq!(libraries.len(), 8);
    let baswich = libraries.iter().find(|l| l["code"] == "BAS").unwrap();
    assert_eq!(baswich["postcode"], "ST17 0EA");
    assert_eq!(baswich["week"].as_array().unwrap().len(), 7);

    let text = device.run(&["libraries"]).await;
    assert!(stdout(&text).contains("Baswich Library [BAS]"));
    assert!(stdout(&text).contains("Monday     9:30am to 1pm"));

    let status = device.json(&["status", "--json"]).await;
    assert_eq!(status["status"]["signed_in"], true);
    assert_eq!(status["status"]["pending_changes"], 0);

    let out = device.run(&["logout"]).await;
    assert!(out.status.success());
    let out = device.run(&["whoami", "--json"]).await;
    assert_eq!(out.status.code(), Some(4));
    let err: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(err["error"]["kind"], "not_signed_in");
}

#[tokio::test]
async fn the_pin_can_come_from_standard_input() {
    let hub = TestHub::start(true).await;
    let device = Device::new(&hub.url());
    let out = device
        .run_with_stdin(&["login", "2100000004", "--json"], "8642\n")
        .await;
    assert!(out.status.success(), "{}", stderr(&out));
    let me: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(me["name"], "Priya Shah");
}

#[tokio::test]
async fn a_wrong_pin_and_an_unknown_card_fail_clearly() {
    let hub = TestHub::start(true).await;
    let device = Device::new(&hub.url());
    let wrong = device.run(&["login", "2100000001", "--pin", "0000"]).await;
    assert_eq!(wrong.status.code(), Some(4));
    assert!(
        stderr(&wrong).contains("card number and PIN do not match"),
        "{}",
        stderr(&wrong)
    );
    let unknown = device.run(&["login", "2100099999", "--pin", "1234", "--json"]).await;
    assert_eq!(unknown.status.code(), Some(4));
    let err: Value = serde_json::from_slice(&unknown.stdout).unwrap();
    assert_eq!(err["error"]["kind"], "not_signed_in");
    let bad = device.run(&["login", "21-00-ab", "--pin", "1234", "--json"]).await;
    assert_eq!(bad.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(err["error"]["field"], "card");
}

#[tokio::test]
async fn a_stopped_hub_is_reported_and_the_store_is_kept() {
    let mut hub = TestHub::start(true).await;
    let device = Device::new(&hub.url());
    assert!(device
        .run(&["login", "2100000001", "--pin", "1234"])
        .await
        .status
        .success());
    assert!(device.run(&["sync"]).await.status.success());
    hub.stop().await;

    let out = device.run(&["sync"]).await;
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("offline"), "{}", stderr(&out));
    let out = device.run(&["login", "2100000001", "--pin", "1234"]).await;
    assert_eq!(out.status.code(), Some(3));
    // What was stored is all still there, offline.
    let me = device.json(&["whoami", "--json"]).await;
    assert_eq!(me["name"], "Margaret Hughes");
    assert_eq!(device.json(&["libraries", "--json"]).await.as_array().unwrap().len(), 8);
    let status = device.json(&["status", "--json"]).await;
    assert_eq!(status["status"]["online"], false);
}

#[tokio::test]
async fn a_corrupt_or_unreadable_store_is_reported_and_left_alone() {
    let device = Device::new("http://127.0.0.1:9");
    let file = device.dir.path().join("cml.db");
    std::fs::write(&file, b"not a database at all".repeat(200)).unwrap();
    let out = device.run(&["status"]).await;
    assert_eq!(out.status.code(), Some(8));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).unwrap(), b"not a database at all".repeat(200));

    // A data folder that is a file cannot be used.
    let not_a_dir = tempfile::NamedTempFile::new().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_cml"))
        .args([
            "--data",
            not_a_dir.path().to_str().unwrap(),
            "--hub",
            "http://127.0.0.1:9",
            "status",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(8));
    assert!(stderr(&out).contains("cannot be opened"), "{}", stderr(&out));
}

#[tokio::test]
async fn a_plain_http_hub_elsewhere_is_refused() {
    let device = Device::new("http://hub.example.org");
    let out = device.run(&["status", "--json"]).await;
    assert_eq!(out.status.code(), Some(2));
    let err: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(err["error"]["field"], "hub_url");
}

/// The `cml` process is killed (SIGKILL) at random moments while it books and cancels; the next
/// run sends whatever was left, and the hub applies every change exactly once.
#[tokio::test]
async fn changes_survive_the_process_being_killed_at_any_moment() {
    let hub = TestHub::start(true).await;
    let member = hub.person("Killed", &[]).await;
    let event = hub.event("Knit and natter", 1000, chrono::Duration::days(2)).await;
    let device = Device::new(&hub.url());
    assert!(device
        .run(&["login", &member.card, "--pin", &member.pin])
        .await
        .status
        .success());
    assert!(device.run(&["sync"]).await.status.success());
    let event_arg = event.to_string();
    let mut seed: u64 = 0x5eed;
    for i in 0..24 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let kill_after = std::time::Duration::from_millis((seed >> 33) % 40);
        let args: Vec<String> = if i % 2 == 0 {
            vec!["book".into(), event_arg.clone()]
        } else {
            vec!["cancel-booking".into(), event_arg.clone()]
        };
        let mut cmd = device.command(&args.iter().map(String::as_str).collect::<Vec<_>>());
        tokio::task::spawn_blocking(move || {
            let mut child = cmd.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
            std::thread::sleep(kill_after);
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
        })
        .await
        .unwrap();
    }
    assert!(device.run(&["sync"]).await.status.success());
    let changes = device.json(&["changes", "--json", "--limit", "1000"]).await;
    let changes = changes.as_array().unwrap();
    assert!(changes.iter().all(|c| c["state"] != "waiting"), "{changes:?}");
    // The hub applied each change the device holds exactly once…
    let account = member.id;
    let (applied, bookings) = hub
        .db()
        .read(move |c| {
            let a = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM applied_changes WHERE account_id = $1",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            let b = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE account_id = $1",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            Ok::<_, cml_hub::db::DbError>((a, b))
        })
        .await
        .unwrap();
    assert_eq!(applied as usize, changes.len());
    // …and made one booking for each confirmed booking change.
    let confirmed = changes.iter().filter(|c| c["code"] == "confirmed").count();
    assert_eq!(bookings as usize, confirmed);
}

#[tokio::test]
async fn join_reserve_borrow_renew_and_history_from_the_command_line() {
    let hub = TestHub::start(true).await;
    let newcomer = Device::new(&hub.url());
    let coordinator = Device::new(&hub.url());
    let desk = Device::new(&hub.url());

    // Joining: bad input names the field (exit 2); a good form gives a provisional card.
    let bad = newcomer
        .run(&[
            "join",
            "--json",
            "--name",
            "Joan",
            "--address",
            "1 Mill Lane",
            "--postcode",
            "nowhere",
            "--dob",
            "1950-02-03",
            "--library",
            "KIN",
            "--pin",
            "4826",
        ])
        .await;
    assert_eq!(bad.status.code(), Some(2), "{}", stdout(&bad));
    let err: Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(err["error"]["field"], "postcode");
    let joined = newcomer
        .json(&[
            "join",
            "--json",
            "--name",
            "Joan Mills",
            "--address",
            "1 Mill Lane, Kinver",
            "--postcode",
            "dy7 6aa",
            "--dob",
            "1950-02-03",
            "--library",
            "KIN",
            "--pin",
            "4826",
        ])
        .await;
    let card = joined["card"].as_str().unwrap().to_owned();
    assert_eq!(joined["provisional"], true);

    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;
    let pending = coordinator.json(&["members", "pending", "--json"]).await;
    assert_eq!(pending[0]["card"], card.as_str());
    coordinator.json(&["members", "confirm", &card, "--json"]).await;

    newcomer.json(&["login", &card, "--pin", "4826", "--json"]).await;
    let shown = newcomer.json(&["card", "--json"]).await;
    assert_eq!(
        (shown["symbology"].as_str(), shown["provisional"].as_bool()),
        (Some("code128"), Some(false))
    );

    // Reserve a title with a copy on the shelf at Glascote; the volunteer on Glascote's desk
    // lends that copy.
    let hits = newcomer
        .json(&["search", "the", "--available", "--branch", "GLA", "--json"])
        .await;
    let mut found = None;
    for hit in hits["hits"].as_array().unwrap() {
        let id = hit["id"].as_i64().unwrap();
        let record = newcomer.json(&["show", &id.to_string(), "--json"]).await;
        if let Some(copy) = record["copies"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["available"] == true && c["library_code"] == "GLA")
        {
            found = Some((id, copy["barcode"].as_str().unwrap().to_owned()));
            break;
        }
    }
    let (id, barcode) = found.expect("a title on the shelf in the demo catalogue");
    let reserved = newcomer.json(&["reserve", &id.to_string(), "--json"]).await;
    assert_eq!(reserved["code"], "reserved");
    let holds = newcomer.json(&["holds", "--json"]).await;
    assert_eq!(
        (holds[0]["pickup"].as_str(), holds[0]["queue_position"].as_i64()),
        (Some("KIN"), Some(1))
    );
    let history = newcomer.json(&["history", "on", "--json"]).await;
    assert_eq!(history["code"], "history_on");

    desk.json(&["login", "2100000004", "--pin", "8642", "--json"]).await;
    let lent = desk
        .json(&["desk", "checkout", &barcode, "--card", &card, "--json"])
        .await;
    assert_eq!(lent["code"], "checked_out", "{lent}");
    newcomer.json(&["sync", "--json"]).await;
    assert_eq!(newcomer.json(&["holds", "--json"]).await, serde_json::json!([]));
    let loans = newcomer.json(&["loans", "--json"]).await;
    let loan = loans[0]["loan_id"].as_i64().unwrap();
    let renewed = newcomer.json(&["renew", &loan.to_string(), "--json"]).await;
    assert_eq!(renewed["code"], "renewed");
    let text = newcomer.run(&["loans"]).await;
    assert!(stdout(&text).contains("Renewed 1 of 3 times."), "{}", stdout(&text));

    let back = desk
        .json(&["desk", "checkin", &barcode, "--library", "GLA", "--json"])
        .await;
    assert_eq!(back["code"], "checked_in");
    newcomer.json(&["sync", "--json"]).await;
    let listed = newcomer.json(&["history", "list", "--json"]).await;
    assert_eq!(listed["enabled"], true);
    assert_eq!(listed["entries"].as_array().unwrap().len(), 1);
    // A member at the desk is refused by the hub, and says so.
    let refused = newcomer
        .json(&["desk", "checkin", &barcode, "--library", "KIN", "--json"])
        .await;
    assert_eq!(refused["state"], "refused");
    assert_eq!(refused["code"], "not_allowed");
}

fn uk_in(minutes: i64) -> String {
    cml_api::london::to_local(chrono::Utc::now() + chrono::Duration::minutes(minutes))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

#[tokio::test]
async fn coordinators_hosts_and_partners_from_the_command_line() {
    let hub = TestHub::start(true).await;
    let coordinator = Device::new(&hub.url());
    let host = Device::new(&hub.url());
    let member = Device::new(&hub.url());
    let partner = Device::new(&hub.url());
    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;
    host.json(&["login", "2100000004", "--pin", "8642", "--json"]).await;
    member.json(&["login", "2100000001", "--pin", "1234", "--json"]).await;
    partner.json(&["login", "2100000006", "--pin", "3141", "--json"]).await;

    let (start, end) = (uk_in(20), uk_in(80));
    let created = coordinator
        .json(&[
            "event",
            "create",
            "--library",
            "GLA",
            "--title",
            "Job club",
            "--category",
            "job_club",
            "--start",
            &start,
            "--end",
            &end,
            "--capacity",
            "4",
            "--host",
            "2100000004",
            "--json",
        ])
        .await;
    let id = created[0]["id"].as_i64().unwrap();
    let bad = coordinator
        .run(&[
            "event",
            "create",
            "--library",
            "GLA",
            "--title",
            "Job club",
            "--category",
            "job_club",
            "--start",
            &end,
            "--end",
            &start,
            "--json",
        ])
        .await;
    assert_eq!(bad.status.code(), Some(2));

    member.json(&["sync", "--json"]).await;
    let booked = member.json(&["book", &id.to_string(), "--places", "2", "--json"]).await;
    assert_eq!(booked["code"], "confirmed");

    host.json(&["sync", "--json"]).await;
    let hosted = host.json(&["attendance", "--json"]).await;
    let list = hosted
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["event_id"] == id)
        .unwrap()
        .clone();
    let booking = list["entries"][0]["booking_id"].as_i64().unwrap().to_string();
    let marked = host
        .json(&[
            "attendance",
            &id.to_string(),
            "--attended",
            &booking,
            "--walk-ins",
            "2",
            "--json",
        ])
        .await;
    assert_eq!(marked["attended"], 2);
    assert_eq!(marked["walk_ins"], 2);
    assert_eq!(marked["summary"], "2 of 2 booked places here, 0 not come, 2 walk-ins");

    let rooms = partner.json(&["rooms", "--branch", "GLA", "--json"]).await;
    let quiet = rooms
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Quiet room")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let (from, to) = (uk_in(24 * 60 + 600), uk_in(24 * 60 + 660));
    let room = partner
        .json(&[
            "room-book",
            &quiet,
            "--start",
            &from,
            "--end",
            &to,
            "--purpose",
            "Wellbeing check-ins",
            "--json",
        ])
        .await;
    assert_eq!(room["code"], "room_booked", "{room}");
    let again = partner
        .json(&[
            "room-book",
            &quiet,
            "--start",
            &from,
            "--end",
            &to,
            "--purpose",
            "Another group",
            "--json",
        ])
        .await;
    assert_eq!(again["code"], "room_taken");
    let mine = partner.json(&["room-bookings", "--json"]).await;
    assert_eq!(mine.as_array().unwrap().len(), 1);

    let cancelled = coordinator
        .json(&[
            "event",
            "cancel",
            &id.to_string(),
            "--reason",
            "Room flooded.",
            "--json",
        ])
        .await;
    assert_eq!(cancelled[0]["cancelled"], true);
    member.json(&["sync", "--json"]).await;
    let news = member.run(&["notices"]).await;
    assert!(
        stdout(&news).contains("The library has cancelled Job club"),
        "{}",
        stdout(&news)
    );
    assert!(stdout(&news).contains("Room flooded."));
}

#[tokio::test]
async fn home_delivery_from_the_command_line() {
    let hub = TestHub::start(true).await;
    let carer = Device::new(&hub.url());
    let volunteer = Device::new(&hub.url());
    let coordinator = Device::new(&hub.url());
    carer.json(&["login", "2100000003", "--pin", "1357", "--json"]).await;
    volunteer
        .json(&["login", "2100000004", "--pin", "8642", "--json"])
        .await;
    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;

    for device in [&carer, &volunteer] {
        device.json(&["sync", "--json"]).await;
    }
    // The demo: Susan manages her father Arthur's fortnightly delivery; Priya visits tomorrow.
    let proxies = carer.json(&["proxy", "list", "--json"]).await;
    assert_eq!(proxies[0]["member_card"], "2100000002");
    assert_eq!(proxies[0]["i_act_for_them"], true);
    let status = carer.json(&["delivery", "status", "--json"]).await;
    assert_eq!(status[0]["reader_name"], "Arthur Bennett");
    assert!(status[0]["status_text"].as_str().unwrap().starts_with("Next visit "));

    let tomorrow = (cml_api::london::today(chrono::Utc::now()) + chrono::Duration::days(1)).to_string();
    let round = volunteer.json(&["round", "--date", &tomorrow, "--json"]).await;
    assert_eq!(round["summary"], "1 visit: 0 recorded, 1 to go.");
    assert_eq!(round["outcomes"][1]["text"], "Not at home");
    let stop = &round["stops"][0];
    assert_eq!(stop["reader_name"], "Arthur Bennett");
    assert_eq!(stop["postcode"], "ST19 9BG");
    let visit = stop["visit_id"].as_i64().unwrap().to_string();
    let bad = volunteer
        .run(&["visit", "record", &visit, "--outcome", "welfare_concern", "--json"])
        .await;
    assert_eq!(bad.status.code(), Some(2));
    let recorded = volunteer
        .json(&["visit", "record", &visit, "--outcome", "not_home", "--json"])
        .await;
    assert_eq!(recorded["code"], "not_home");

    let roles = coordinator.json(&["volunteer", "roles", "2100000004", "--json"]).await;
    assert_eq!(roles.as_array().unwrap().len(), 4);
    let all = coordinator.json(&["delivery", "list", "--json"]).await;
    assert_eq!(all[0]["past_visits"][0]["status"], "not_home");
    let audit = coordinator.json(&["audit", "--reader", "2100000002", "--json"]).await;
    let via: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["via"].as_str().unwrap())
        .collect();
    assert!(
        via.contains(&"round") && via.contains(&"delivery") && via.contains(&"coordinator"),
        "{via:?}"
    );
    let member = Device::new(&hub.url());
    member.json(&["login", "2100000001", "--pin", "1234", "--json"]).await;
    let refused = member.run(&["audit", "--json"]).await;
    assert_eq!(refused.status.code(), Some(5));
}

#[tokio::test]
async fn shifts_hours_and_the_impact_report_from_the_command_line() {
    let hub = TestHub::start(true).await;
    let volunteer = Device::new(&hub.url());
    let coordinator = Device::new(&hub.url());
    volunteer
        .json(&["login", "2100000004", "--pin", "8642", "--json"])
        .await;
    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;

    let made = coordinator
        .json(&[
            "shift",
            "create",
            "--library",
            "GLA",
            "--kind",
            "desk",
            "--start",
            &uk_in(48 * 60),
            "--end",
            &uk_in(48 * 60 + 180),
            "--weekly",
            "1",
            "--json",
        ])
        .await;
    assert_eq!(made.as_array().unwrap().len(), 2);
    let id = made[0]["id"].as_i64().unwrap().to_string();
    volunteer.json(&["sync", "--json"]).await;
    let rota = volunteer.json(&["shifts", "--branch", "GLA", "--json"]).await;
    assert!(rota
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["id"].as_i64().map(|i| i.to_string()) == Some(id.clone()) && s["can_sign_up"] == true));
    let signed = volunteer.json(&["shift", "signup", &id, "--json"]).await;
    assert_eq!(signed["code"], "signed_up");

    let day = cml_api::london::today(chrono::Utc::now()) - chrono::Duration::days(1);
    let (inn, out) = (format!("{day}T09:00:00+00:00"), format!("{day}T12:30:00+00:00"));
    volunteer
        .json(&["shift", "checkin", "--library", "GLA", "--at", &inn, "--json"])
        .await;
    let done = volunteer.json(&["shift", "checkout", "--at", &out, "--json"]).await;
    assert_eq!(done["code"], "checked_out");
    volunteer.json(&["sync", "--json"]).await;
    let hours = volunteer.json(&["hours", "--json"]).await;
    assert_eq!(hours["months"][0]["hours"], 3.5);

    let (from, to) = (day.to_string(), (day + chrono::Duration::days(1)).to_string());
    let lines = coordinator
        .json(&["hours", "--library", "GLA", "--from", &from, "--to", &to, "--json"])
        .await;
    assert_eq!(lines[0]["volunteer_card"], "2100000004");
    assert_eq!(lines[0]["hours"], 3.5);
    let report = coordinator
        .json(&[
            "report",
            "impact",
            "--library",
            "GLA",
            "--from",
            &from,
            "--to",
            &to,
            "--json",
        ])
        .await;
    assert_eq!(report["volunteer_hours"], 3.5);
    assert_eq!(report["active_volunteers"], 1);
    let refused = volunteer
        .run(&["report", "impact", "--from", &from, "--to", &to, "--json"])
        .await;
    assert_eq!(refused.status.code(), Some(5));
}

/// "Have your say" from the command line: a coordinator publishes, a member answers offline,
/// the coordinator reads the results.
#[tokio::test]
async fn consultations_are_published_answered_offline_and_read_from_the_command_line() {
    let mut hub = TestHub::start(true).await;
    let coordinator = Device::new(&hub.url());
    let member = Device::new(&hub.url());
    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;
    member.json(&["login", "2100000001", "--pin", "1234", "--json"]).await;
    let today = cml_api::london::today(chrono::Utc::now());
    let closes = (today + chrono::Duration::days(14)).to_string();
    let made = coordinator
        .json(&[
            "consultation",
            "publish",
            "--json",
            "--library",
            "HOL",
            "--title",
            "Our opening hours",
            "--opens",
            &today.to_string(),
            "--closes",
            &closes,
            "--question",
            "choice:When would you most like us to open?|Weekday mornings|Weekday evenings|Saturdays",
            "--question",
            "scale:How easy is it to get to the library?",
            "--question",
            "text:Anything else?",
        ])
        .await;
    let id = made["id"].as_i64().unwrap().to_string();
    member.json(&["sync", "--json"]).await;
    hub.stop().await;
    let listed = stdout(&member.run(&["consultations"]).await);
    assert!(
        listed.contains("Our opening hours, Holmcroft Library: Open until"),
        "{listed}"
    );
    assert!(
        listed
            .contains("1. When would you most like us to open? (1=Weekday mornings, 2=Weekday evenings, 3=Saturdays)"),
        "{listed}"
    );
    // A wrong option number is refused (exit 2), naming the field.
    let bad = member.run(&["answer", &id, "--choice", "1=9", "--json"]).await;
    assert_eq!(bad.status.code(), Some(2), "{}", stdout(&bad));
    let answered = member
        .json(&[
            "answer",
            &id,
            "--choice",
            "1=3",
            "--scale",
            "2=5",
            "--text",
            "3=More Saturdays, please",
            "--json",
        ])
        .await;
    assert_eq!(answered["state"], "waiting");
    hub.restart().await;
    member.json(&["sync", "--json"]).await;
    let results = coordinator.json(&["consultation", "results", &id, "--json"]).await;
    assert_eq!(results["responses"], 1);
    assert_eq!(results["questions"][0]["counts"], serde_json::json!([0, 0, 1]));
    assert_eq!(
        results["questions"][2]["texts"],
        serde_json::json!(["More Saturdays, please"])
    );
    let text = stdout(&coordinator.run(&["consultation", "results", &id]).await);
    assert!(
        text.starts_with("Our opening hours: 1 person answered.\n1. When would you most like us to open?"),
        "{text}"
    );
}

/// English words that must not appear in Polish or Urdu output (names and titles aside).
const ENGLISH: &[&str] = &[
    "place",
    "places",
    "waiting",
    "booked",
    "confirmed",
    "good",
    "news",
    "offline",
    "change",
    "changes",
    "sent",
    "full",
    "book",
    "cancel",
    "list",
    "ago",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "am",
    "pm",
    "noon",
    "to",
    "at",
    "the",
    "is",
    "are",
    "you",
    "closed",
    "open",
    "today",
    "left",
    "up",
    "date",
    "signed",
    "hub",
    "your",
    "bookings",
    "what",
    "happened",
    "checked",
];

/// The English words left in `text` once the names in `names` are taken out.
fn english_words(text: &str, names: &[String]) -> Vec<String> {
    let mut rest = text.to_owned();
    let mut names = names.to_vec();
    // The longest first, so that "Baswich Library" goes before "Baswich".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in &names {
        if !name.is_empty() {
            rest = rest.replace(name.as_str(), " ");
        }
    }
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn the_command_prints_in_polish_and_urdu() {
    let hub = TestHub::start(true).await;
    let device = Device::new(&hub.url());
    let out = device.run(&["login", "2100000001", "--pin", "1234"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(device.run(&["sync"]).await.status.success());

    // The names the libraries' data carries (not words of the app).
    let libraries = device.json(&["libraries", "--json"]).await;
    let mut names = Vec::new();
    for l in libraries.as_array().unwrap() {
        for field in ["name", "address", "postcode", "code"] {
            names.push(l[field].as_str().unwrap().to_owned());
        }
        for c in l["closures"].as_array().unwrap() {
            names.push(c["reason"].as_str().unwrap().to_owned());
        }
    }

    let english = stdout(&device.run(&["libraries"]).await);
    assert!(
        !english_words(&english, &names).is_empty(),
        "the check would find English"
    );

    let polish = device.run(&["--language", "pl", "libraries"]).await;
    assert!(polish.status.success(), "{}", stderr(&polish));
    let polish = stdout(&polish);
    assert!(polish.contains("poniedziałek"), "{polish}");
    assert!(polish.contains("9:30–13:00"), "{polish}");
    assert_eq!(english_words(&polish, &names), Vec::<String>::new(), "{polish}");

    // CML_LANGUAGE does the same, and Home is in Urdu.
    let mut cmd = device.command(&["home"]);
    cmd.env("CML_LANGUAGE", "ur");
    let urdu = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    assert!(urdu.status.success(), "{}", stderr(&urdu));
    let urdu = stdout(&urdu);
    assert!(urdu.contains("سب کچھ تازہ ہے"), "{urdu}");
    assert_eq!(
        english_words(&urdu, &["Margaret Hughes".into()]),
        Vec::<String>::new(),
        "{urdu}"
    );
    let urdu_libraries = stdout(&device.run(&["--language", "ur", "libraries"]).await);
    assert!(urdu_libraries.contains("پیر"), "{urdu_libraries}");
    assert_eq!(
        english_words(&urdu_libraries, &names),
        Vec::<String>::new(),
        "{urdu_libraries}"
    );

    // Errors and the command's own lines are in the language too.
    let missing = device.run(&["--language", "pl", "show", "999999"]).await;
    assert!(!missing.status.success());
    let said = stderr(&missing);
    assert!(said.contains("Na tym urządzeniu nie ma rekordu"), "{said}");
    assert_eq!(english_words(&said, &[]), Vec::<String>::new(), "{said}");
    let history = stdout(&device.run(&["--language", "ur", "history", "list"]).await);
    assert!(history.contains("پڑھنے کی تاریخ"), "{history}");
    assert_eq!(
        english_words(&history, &["cml history on".into()]),
        Vec::<String>::new(),
        "{history}"
    );

    // A language the command does not have is refused clearly.
    let out = device.run(&["--language", "de", "libraries"]).await;
    assert!(!out.status.success());
    assert!(stderr(&out).contains("de"), "{}", stderr(&out));
}

/// Reading lists from the command line: a coordinator publishes one, a member reads it offline.
#[tokio::test]
async fn reading_lists_are_published_and_read_offline_from_the_command_line() {
    let mut hub = TestHub::start(true).await;
    let coordinator = Device::new(&hub.url());
    let member = Device::new(&hub.url());
    coordinator
        .json(&["login", "2100000005", "--pin", "9753", "--json"])
        .await;
    member.json(&["login", "2100000001", "--pin", "1234", "--json"]).await;
    let found = coordinator.json(&["search", "the", "--json", "--limit", "2"]).await;
    let ids: Vec<String> = found["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_i64().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2, "{found}");
    let made = coordinator
        .json(&[
            "list",
            "publish",
            "--json",
            "--title",
            "Book group: this season",
            "--record",
            &ids[0],
            "--record",
            &ids[1],
        ])
        .await;
    assert_eq!(made["summary"], "2 titles");
    member.json(&["sync", "--json"]).await;
    hub.stop().await;
    let text = stdout(&member.run(&["lists"]).await);
    assert!(
        text.starts_with(&format!(
            "[{}] Book group: this season: 2 titles\n    [{}] ",
            made["id"], ids[0]
        )),
        "{text}"
    );
}
