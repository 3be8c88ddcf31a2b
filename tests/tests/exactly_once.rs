//! Randomized fault injection: every change a member makes reaches the hub exactly once, whatever
//! happens to the network, the hub or the app, and every change's outcome ends up on the device.
//!
//! The hub runs as its own `cml-hub` process. Each schedule is one member (who also volunteers
//! at a library and coordinates, so one phone can make every type of change) on a fresh device
//! making a random sequence of changes of all 32 types: bookings and cancellations, renewals of
//! two loans (to the limit), reservations and their pauses, moves and cancellation, the
//! reading-history setting and deleting the history, the usual pickup library, shifts, volunteer
//! check-in, check-out and a fixed check-out, lending and taking back copies at the desk, a
//! series booking, attendance and walk-ins at the door of an event the member hosts, room
//! bookings and a cancellation, asking for home delivery, pausing and restarting a reader's
//! delivery, choosing a reader's books and recording the visit, letting a carer act for them and
//! stopping it, answering a consultation, reacting (as a carer) to a title delivered to a reader,
//! and closing the welfare concern raised at that reader's door; while
//! the proxy applies a fault to each request
//! (not each connection: it makes the hub close every connection after its answer, so a kept-alive
//! connection cannot carry requests past it): drop the request, drop the reply, delay, truncate the
//! reply, deliver the request twice, or kill the hub with SIGKILL between its commit and its
//! reply. The hub is also killed at random moments with changes in flight, and restarted; the app
//! is killed mid-call (its runtime and every task on it abandoned at once, then the app opened
//! again on the same store). A rival member books and cancels a small event at the same time, so
//! its places run out, waiting lists form and people are promoted.
//!
//! The expected state is built from the operations the test issued (each call's key, and for a
//! call cut off by a kill, whether the reopened app holds a new change), never from the device's
//! own list: at the end the device's changes must be exactly those, in order, with the outcomes
//! that applying each once gives, and the hub's rows for each change type must match. The run
//! prints how many requests met each fault and fails if any kind hit `POST /v1/changes` too few
//! times.
//! `CML_EXACTLY_ONCE_SCHEDULES` sets how many schedules run (CI: 1000); `CML_EXACTLY_ONCE_SEED`
//! replays one seed.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use cml_api::{Change, Role};
use cml_e2e::{hub_bin, Fault, FaultProxy};
use cml_ffi::cml_core::Config;
use cml_ffi::CmlApp;
use cml_hub::testing::TestHub;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// Places on the event members compete for.
const SCARCE_PLACES: i64 = 3;

fn open(dir: &std::path::Path, url: &str) -> Arc<CmlApp> {
    CmlApp::new(Config {
        data_dir: dir.display().to_string(),
        hub_url: url.to_owned(),
        hub_certificate_pem: None,
        device_name: None,
        language: None,
    })
    .unwrap()
}

/// A fault for one request.
fn random_fault(rng: &mut StdRng) -> Fault {
    match rng.gen_range(0..20) {
        0..=6 => Fault::Pass,
        7..=8 => Fault::DropRequest,
        9..=11 => Fault::DropReply,
        12..=13 => Fault::Delay(Duration::from_millis(rng.gen_range(1..30))),
        14..=15 => Fault::Truncate,
        16..=17 => Fault::Replay,
        _ => Fault::KillHub,
    }
}

/// How many changes of each type, with each outcome, the schedules settled (all lanes).
static SETTLED: std::sync::Mutex<BTreeMap<(&'static str, String), u64>> = std::sync::Mutex::new(BTreeMap::new());

/// The reservable title (index) whose one copy is lent out for good, so reservations of it wait.
const WAITING_TITLE: usize = 1;

/// Libraries a member may choose as their usual pickup.
const PICKUPS: [&str; 3] = ["BAS", "BRE", "GLA"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Book(usize, i64),
    Cancel(usize),
    /// Renews the schedule's loan `i`.
    Renew(usize),
    /// Reserves title `i` of the test catalogue.
    Reserve(usize),
    History(bool),
    DefaultPickup(usize),
    CheckIn,
    CheckOut,
    /// Pauses, restarts, moves to another library or cancels the reservation placed before
    /// the schedule (of a title whose one copy is out, so it waits).
    SuspendHold,
    ResumeHold,
    ChangePickup(usize),
    CancelHold,
    /// Signs up for, or drops, the schedule's own shift (three days ahead).
    SignUp,
    Drop,
    /// Deletes the reading history (one entry is there before the schedule).
    DeleteHistory,
    /// At the desk: lends desk copy `i` to the schedule's reader, or takes it back at BAS.
    Lend(usize),
    Return(usize),
    /// Books both sessions of the lane's weekly series.
    Series,
    /// At the door of the schedule's event (the member hosts it): the reader came, or did not;
    /// and how many came without booking.
    Attend(bool),
    WalkIns(i64),
    /// Books room slot `i` of the schedule's room; cancels the booking made before the schedule.
    Room(usize),
    CancelRoom,
    /// Asks for home delivery for oneself.
    AskDelivery,
    /// Pauses or restarts the reader's home delivery (as its coordinator).
    PauseDelivery,
    ResumeDelivery,
    /// Lets the reader act for the member (to reserve), or stops it.
    Grant,
    Revoke,
    /// Answers the lane's consultation.
    Answer,
    /// Fixes the check-out time of yesterday's session (made before the schedule).
    Fix,
    /// Today's home-delivery visit to the second reader (the member chooses and delivers):
    /// puts the visit's copy in the bag; records the visit as delivered (the copy handed over)
    /// or nobody at home.
    Choose,
    Record(bool),
    /// The cared-for reader's delivered title, as their carer: "more like this" (true) or
    /// "not for me".
    React(bool),
    /// Closes the welfare concern raised at the cared-for reader's door, with note `n`.
    CloseConcern(u8),
}

/// The catalogue a lane's hub holds: the titles members reserve, and the one lent out per
/// schedule (never reserved, so renewals depend only on the member's own changes).
struct Catalogue {
    reservable: Vec<i64>,
    lent: String,
    desk: cml_hub::testing::TestPerson,
    /// The lane's weekly series (two sessions, places for everyone) and its consultation.
    series: i64,
    consultation: i64,
}

/// The room slots a schedule books: hour of the day, eight days ahead.
const ROOM_HOURS: [u32; 3] = [10, 12, 14];

/// What a schedule sets up on the hub before the member's phone first syncs, for the change
/// types beyond bookings and reservations.
#[derive(Clone)]
struct Extras {
    reader_card: String,
    reader_id: i64,
    /// Copies lent at the desk to the reader and taken back.
    copies: Vec<String>,
    /// The event the member hosts (it starts within the hour) and the reader's booking at it.
    door_event: i64,
    door_booking: i64,
    room: i64,
    /// The member's room booking made before the schedule (at 16:00), which `CancelRoom` cancels.
    room_booking: i64,
    room_day: chrono::NaiveDate,
    /// The reader's home delivery, accepted.
    delivery: i64,
    /// Yesterday's check-in session, checked out.
    session: String,
    session_at: chrono::DateTime<chrono::FixedOffset>,
    /// Today's visit to the second reader, and the copy for their bag.
    visit: i64,
    visit_copy: String,
    /// A third reader, who lets the member act for them in their home delivery: today's visit
    /// that delivered a copy (which the member reacts to) and the one that raised a welfare
    /// concern (which the member, as coordinator, closes).
    delivered_visit: i64,
    delivered_copy: String,
    concern_visit: i64,
}

impl Op {
    /// The change type the operation sends.
    fn change_type(self) -> &'static str {
        match self {
            Op::Book(..) => "book_event",
            Op::Cancel(_) => "cancel_booking",
            Op::Renew(_) => "renew",
            Op::Reserve(_) => "place_hold",
            Op::History(_) => "set_reading_history",
            Op::DefaultPickup(_) => "set_default_pickup",
            Op::CheckIn => "check_in",
            Op::CheckOut => "check_out",
            Op::SuspendHold => "suspend_hold",
            Op::ResumeHold => "resume_hold",
            Op::ChangePickup(_) => "change_pickup",
            Op::CancelHold => "cancel_hold",
            Op::SignUp => "sign_up_shift",
            Op::Drop => "drop_shift",
            Op::DeleteHistory => "delete_reading_history",
            Op::Lend(_) => "checkout",
            Op::Return(_) => "checkin",
            Op::Series => "book_series",
            Op::Attend(_) => "set_attendance",
            Op::WalkIns(_) => "set_walk_ins",
            Op::Room(_) => "book_room",
            Op::CancelRoom => "cancel_room_booking",
            Op::AskDelivery => "request_delivery",
            Op::PauseDelivery | Op::ResumeDelivery => "set_delivery_state",
            Op::Grant => "grant_proxy",
            Op::Revoke => "revoke_proxy",
            Op::Answer => "answer_consultation",
            Op::Fix => "fix_check_out",
            Op::Choose => "choose_items",
            Op::Record(_) => "record_visit",
            Op::React(_) => "react_to_item",
            Op::CloseConcern(_) => "close_concern",
        }
    }
}

fn random_op(rng: &mut StdRng, events: usize, scarce: usize, titles: usize) -> Op {
    // Half the time one of the 18 change types here; otherwise one of the 14 below.
    if rng.gen_bool(0.5) {
        return match rng.gen_range(0..100) {
            0..=5 => Op::DeleteHistory,
            6..=15 => Op::Lend(rng.gen_range(0..2)),
            16..=22 => Op::Return(rng.gen_range(0..2)),
            23..=27 => Op::Series,
            28..=33 => Op::Attend(rng.gen_bool(0.5)),
            34..=38 => Op::WalkIns(rng.gen_range(0..6)),
            39..=45 => Op::Room(rng.gen_range(0..ROOM_HOURS.len())),
            46..=50 => Op::CancelRoom,
            51..=55 => Op::AskDelivery,
            56..=61 => Op::PauseDelivery,
            62..=67 => Op::ResumeDelivery,
            68..=73 => Op::Grant,
            74..=78 => Op::Revoke,
            79..=82 => Op::Answer,
            83..=86 => Op::Fix,
            87..=89 => Op::Choose,
            90..=93 => Op::Record(rng.gen_bool(0.5)),
            94..=96 => Op::React(rng.gen_bool(0.5)),
            _ => Op::CloseConcern(rng.gen()),
        };
    }
    match rng.gen_range(0..100) {
        0..=15 => {
            let e = rng.gen_range(0..events);
            Op::Book(e, if e == scarce { 1 } else { rng.gen_range(1..=2) })
        }
        16..=25 => Op::Cancel(rng.gen_range(0..events)),
        26..=35 => Op::Renew(rng.gen_range(0..2)),
        36..=41 => Op::Reserve(rng.gen_range(0..titles)),
        42..=46 => Op::History(rng.gen_bool(0.5)),
        47..=51 => Op::DefaultPickup(rng.gen_range(0..PICKUPS.len())),
        // Most become the check-in or check-out that follows the last one (see `schedule`).
        52..=60 => Op::CheckIn,
        61..=69 => Op::CheckOut,
        70..=74 => Op::SuspendHold,
        75..=79 => Op::ResumeHold,
        80..=84 => Op::ChangePickup(rng.gen_range(0..PICKUPS.len())),
        85..=87 => Op::CancelHold,
        88..=94 => Op::SignUp,
        _ => Op::Drop,
    }
}

/// A change sent straight to the hub (not through the proxy), sent again with the same key
/// while a kill that a request of the schedule before chose brings the hub down.
async fn direct(
    hub: &mut TestHub,
    proxy: &FaultProxy,
    who: &cml_hub::testing::TestPerson,
    change: Change,
) -> cml_api::ChangeResult {
    let key = format!("direct-{}-{}", who.id, rand::random::<u64>());
    for _ in 0..100 {
        keep_up(hub, proxy).await;
        match cml_e2e::try_send_keyed(&hub.url(), who, &change, &key).await {
            Ok(result) => return result,
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    panic!("the hub did not take a change sent straight to it");
}

/// Brings a killed hub back, and tells the proxy which process to kill next.
async fn keep_up(hub: &mut TestHub, proxy: &FaultProxy) {
    if !hub.is_running() {
        hub.restart().await;
    }
    proxy.set_hub_pid(hub.pid());
}

/// The rival: another member's phone booking and cancelling the scarce event straight at the
/// hub, ignoring failures (the hub may be down), until told to stop.
async fn rival(url: String, token: String, event: i64, stop: Arc<std::sync::atomic::AtomicBool>, seed: u64) {
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5eed);
    let client = reqwest::Client::new();
    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
        let change = if rng.gen_bool(0.5) {
            serde_json::json!({ "type": "book_event", "event_id": event, "places": 1 })
        } else {
            serde_json::json!({ "type": "cancel_booking", "event_id": event })
        };
        let key = format!("rival-{seed}-{}", rng.gen::<u64>());
        let _ = client
            .post(format!("{url}/v1/changes"))
            .bearer_auth(&token)
            .timeout(Duration::from_secs(5))
            .json(&serde_json::json!({ "changes": [{ "key": key, "made_at": chrono::Utc::now(), "change": change }] }))
            .send()
            .await;
        tokio::time::sleep(Duration::from_millis(rng.gen_range(1..15))).await;
    }
}

/// Adds copies of the record with control number `record` at Baswich, straight on the hub.
async fn add_copies(hub: &TestHub, record: &str, barcodes: &[String]) -> Result<(), String> {
    let csv = format!(
        "barcode,record,branch,call_number,item_type,location\n{}",
        barcodes
            .iter()
            .map(|b| format!("{b},{record},BAS,635 GRO,BK,\n"))
            .collect::<String>()
    );
    let db = hub.db().clone();
    tokio::task::spawn_blocking(move || {
        cml_hub::catalogue::import_items(&db, "items.csv", &csv, &cml_hub::catalogue::BranchMapping::AsIs)
    })
    .await
    .unwrap()
    .map(|_| ())
    .map_err(|e| format!("add the copies {barcodes:?}: {e}"))
}

/// "2026-12-14 10:00" and an hour later: a room slot as the phone's form gives it.
/// The note closing the welfare concern, told apart by `n` so the hub shows which close stood.
fn concern_note(n: u8) -> String {
    format!("Rang her daughter, who is visiting today ({n}).")
}

fn slot(day: chrono::NaiveDate, hour: u32) -> (String, String) {
    (format!("{day} {hour:02}:00"), format!("{day} {:02}:00", hour + 1))
}

fn delivery_request() -> cml_api::DeliveryRequest {
    cml_api::DeliveryRequest {
        reader_card: None,
        address: "4 Mill Lane, Brewood".into(),
        postcode: "ST19 9BG".into(),
        access_notes: String::new(),
        preferred_day: Some(2),
        time_of_day: "morning".into(),
        frequency: "fortnightly".into(),
        preferences: Default::default(),
    }
}

fn delivery_form() -> cml_ffi::cml_core::DeliveryForm {
    cml_ffi::cml_core::DeliveryForm {
        reader_card: None,
        address: "9 Church Road, Baswich".into(),
        postcode: "ST17 0EH".into(),
        access_notes: String::new(),
        preferred_day: None,
        time_of_day: "afternoon".into(),
        frequency: "monthly".into(),
        preferences: cml_ffi::cml_core::PreferencesForm {
            formats: vec![],
            genres: vec!["crime".into()],
            favourite_authors: vec![],
            avoid: vec![],
            surprise_me: true,
            allow_repeats: false,
            notes: String::new(),
        },
    }
}

/// Sets up, straight on the hub, what the schedule's other change types act on.
async fn extras(
    hub: &mut TestHub,
    proxy: &FaultProxy,
    member: &cml_hub::testing::TestPerson,
    catalogue: &Catalogue,
    seed: u64,
) -> Result<Extras, String> {
    use chrono::{Duration as Days, Utc};
    type HubError = cml_hub::error::HubError;
    let reader = hub.person(&format!("Reader {seed}"), &[]).await;
    let copies: Vec<String> = (0..2).map(|i| format!("D{seed}-{i}")).collect();
    add_copies(hub, &catalogue.lent, &copies).await?;

    // One title in the member's reading history; an event the member hosts, starting within the
    // hour (its door is open); a room of the schedule's own.
    let (account, record) = (member.id, catalogue.reservable[0]);
    let borrowed = (cml_e2e::uk_today() - Days::days(30)).to_string();
    let returned = (cml_e2e::uk_today() - Days::days(9)).to_string();
    let starts = Utc::now() + Days::minutes(30);
    let (door_event, room) = hub
        .db()
        .write(move |c| {
            c.exec(
                "INSERT INTO reading_history (account_id, record_id, borrowed_on, returned_on) VALUES ($1, $2, $3, $4)",
                cml_hub::params![account, record, borrowed.clone(), returned.clone()],
            )?;
            let id = c
                .query_one(
                    "INSERT INTO events (library_code, title, description, category, starts_at, ends_at, capacity, \
                     booking_required, accessibility, host_id) VALUES ('BAS', $1, 'At the door.', 'yoga', $2, $3, 10, \
                     1, 'Step-free.', $4) RETURNING id",
                    cml_hub::params![
                        format!("Door {seed}"),
                        starts.to_rfc3339(),
                        (starts + Days::hours(3)).to_rfc3339(),
                        account
                    ],
                )?
                .i64(0)?;
            cml_hub::events::publish_event(c, id)?;
            let room = cml_hub::rooms::add(
                c,
                &cml_api::NewRoom {
                    library: "BAS".into(),
                    name: format!("Room {seed}"),
                    capacity: 12,
                },
            )?;
            Ok::<_, HubError>((id, room.id))
        })
        .await
        .map_err(|e| format!("the door event and the room: {e}"))?;
    let booked = direct(
        hub,
        proxy,
        &reader,
        Change::BookEvent {
            event_id: door_event,
            places: 1,
        },
    )
    .await;
    let door_booking = booked
        .booking
        .ok_or_else(|| format!("the reader's place at the door event: {}", booked.message))?
        .id;

    // The member's room booking at 16:00, eight days ahead.
    let room_day = cml_e2e::uk_today() + Days::days(8);
    let at = |h: u32| cml_api::london::from_local(room_day.and_hms_opt(h, 0, 0).unwrap());
    let made = direct(
        hub,
        proxy,
        member,
        Change::BookRoom {
            room_id: room,
            starts_at: at(16),
            ends_at: at(17),
            purpose: "Steering group".into(),
        },
    )
    .await;
    let room_booking = made
        .room_booking
        .ok_or_else(|| format!("the first room booking: {}", made.message))?
        .id;

    // The reader asks for home delivery, and the coordinators accept it.
    let asked = direct(
        hub,
        proxy,
        &reader,
        Change::RequestDelivery {
            request: delivery_request(),
        },
    )
    .await;
    if asked.code != "delivery_requested" {
        return Err(format!("the reader's delivery: {} ({})", asked.message, asked.code));
    }
    let reader_id = reader.id;
    let delivery = hub
        .db()
        .write(move |c| {
            let id = c
                .query_one(
                    "SELECT id FROM deliveries WHERE reader_id = $1",
                    cml_hub::params![reader_id],
                )?
                .i64(0)?;
            cml_hub::deliveries::accept(c, id, Utc::now())?;
            Ok::<_, HubError>(id)
        })
        .await
        .map_err(|e| format!("accept the delivery: {e}"))?;

    // A second reader, visited today: the member chooses their books and delivers them.
    let visited = hub.person(&format!("Visited reader {seed}"), &[]).await;
    let asked = direct(
        hub,
        proxy,
        &visited,
        Change::RequestDelivery {
            request: delivery_request(),
        },
    )
    .await;
    if asked.code != "delivery_requested" {
        return Err(format!("the visited reader's delivery: {}", asked.message));
    }
    let visit_copy = format!("V{seed}");
    add_copies(hub, &catalogue.lent, std::slice::from_ref(&visit_copy)).await?;
    let (visited_id, card) = (visited.id, member.card.clone());
    let visit = hub
        .db()
        .write(move |c| {
            for role in ["chooser", "deliverer"] {
                let role = cml_api::VolunteerRole {
                    library: "BAS".into(),
                    role: role.into(),
                };
                cml_hub::deliveries::grant_role(c, &card, &role, Utc::now())?;
            }
            let id = c
                .query_one(
                    "SELECT id FROM deliveries WHERE reader_id = $1",
                    cml_hub::params![visited_id],
                )?
                .i64(0)?;
            cml_hub::deliveries::accept(c, id, Utc::now())?;
            let plan = cml_api::VisitPlan {
                date: cml_api::london::today(Utc::now()),
                time_of_day: "afternoon".into(),
                chooser_card: card.clone(),
                deliverer_card: card.clone(),
                repeat: 0,
            };
            cml_hub::deliveries::schedule(c, id, &plan, Utc::now())?;
            let visit = c
                .query_one("SELECT id FROM visits WHERE delivery_id = $1", cml_hub::params![id])?
                .i64(0)?;
            Ok::<_, HubError>(visit)
        })
        .await
        .map_err(|e| format!("today's visit: {e}"))?;

    // A third reader lets the member act for them in their home delivery. Today the member
    // delivered them a copy, and at a second call found them unwell and raised a concern.
    let cared = hub.person(&format!("Cared-for reader {seed}"), &[]).await;
    for (change, want) in [
        (
            Change::GrantProxy {
                carer_card: member.card.clone(),
                rights: vec!["deliveries".into()],
            },
            "proxy_granted",
        ),
        (
            Change::RequestDelivery {
                request: delivery_request(),
            },
            "delivery_requested",
        ),
    ] {
        let done = direct(hub, proxy, &cared, change).await;
        if done.code != want {
            return Err(format!("the cared-for reader: {} ({})", done.message, done.code));
        }
    }
    let delivered_copy = format!("R{seed}");
    add_copies(hub, &catalogue.lent, std::slice::from_ref(&delivered_copy)).await?;
    let (cared_id, card) = (cared.id, member.card.clone());
    let (delivered_visit, concern_visit) = hub
        .db()
        .write(move |c| {
            let id = c
                .query_one(
                    "SELECT id FROM deliveries WHERE reader_id = $1",
                    cml_hub::params![cared_id],
                )?
                .i64(0)?;
            cml_hub::deliveries::accept(c, id, Utc::now())?;
            for time_of_day in ["morning", "any"] {
                let plan = cml_api::VisitPlan {
                    date: cml_api::london::today(Utc::now()),
                    time_of_day: time_of_day.into(),
                    chooser_card: card.clone(),
                    deliverer_card: card.clone(),
                    repeat: 0,
                };
                cml_hub::deliveries::schedule(c, id, &plan, Utc::now())?;
            }
            let visits = c.query(
                "SELECT id FROM visits WHERE delivery_id = $1 ORDER BY id",
                cml_hub::params![id],
            )?;
            Ok::<_, HubError>((visits[0].i64(0)?, visits[1].i64(0)?))
        })
        .await
        .map_err(|e| format!("the cared-for reader's visits: {e}"))?;
    for (change, want) in [
        (
            Change::ChooseItems {
                visit_id: delivered_visit,
                barcodes: vec![delivered_copy.clone()],
            },
            "bag_ready",
        ),
        (
            Change::RecordVisit {
                visit_id: delivered_visit,
                outcome: "delivered".into(),
                note: None,
                handed: vec![delivered_copy.clone()],
                collected: vec![],
            },
            "delivered",
        ),
        (
            Change::RecordVisit {
                visit_id: concern_visit,
                outcome: "welfare_concern".into(),
                note: Some("Unwell and alone; asked for her daughter to be told.".into()),
                handed: vec![],
                collected: vec![],
            },
            "welfare_concern",
        ),
    ] {
        let done = direct(hub, proxy, member, change).await;
        if done.code != want {
            return Err(format!(
                "the cared-for reader's visits: {} ({})",
                done.message, done.code
            ));
        }
    }

    // Yesterday's session at the library, checked in and out.
    let session = format!("fix-session-{seed}");
    let utc = chrono::FixedOffset::east_opt(0).unwrap();
    let session_at = (Utc::now() - Days::days(1)).with_timezone(&utc);
    for (change, want) in [
        (
            Change::CheckIn {
                session: session.clone(),
                library: "BAS".into(),
                shift_id: None,
                at: session_at,
            },
            "checked_in",
        ),
        (
            Change::CheckOut {
                session: session.clone(),
                at: session_at + Days::hours(2),
            },
            "checked_out",
        ),
    ] {
        let done = direct(hub, proxy, member, change).await;
        if done.code != want {
            return Err(format!("yesterday's session: {} ({})", done.message, done.code));
        }
    }
    Ok(Extras {
        reader_card: reader.card.clone(),
        reader_id,
        copies,
        door_event,
        door_booking,
        room,
        room_booking,
        room_day,
        delivery,
        session,
        session_at,
        visit,
        visit_copy,
        delivered_visit,
        delivered_copy,
        concern_visit,
    })
}

/// Runs one schedule; returns a description of what went wrong, if anything did.
async fn schedule(
    hub: &mut TestHub,
    proxy: &FaultProxy,
    events: &[i64],
    scarce: usize,
    catalogue: &Catalogue,
    seed: u64,
) -> Result<(), String> {
    let mut rng = StdRng::seed_from_u64(seed);
    let member = hub
        .person(
            &format!("Schedule {seed}"),
            &[Role::Member, Role::Volunteer, Role::Coordinator],
        )
        .await;
    hub.desk_volunteer(&member, &["BAS"]).await;
    let rival_member = hub.person(&format!("Rival {seed}"), &[]).await;
    let dir = tempfile::tempdir().unwrap();
    keep_up(hub, proxy).await;
    proxy.set(Fault::Pass);
    // Two copies of the lent title, lent to the member at the desk before their phone first syncs.
    let barcodes: Vec<String> = (0..2).map(|i| format!("S{seed}-{i}")).collect();
    add_copies(hub, &catalogue.lent, &barcodes).await?;
    let mut loans = Vec::new();
    for barcode in &barcodes {
        let lent = direct(
            hub,
            proxy,
            &catalogue.desk,
            Change::Checkout {
                barcode: barcode.clone(),
                card: member.card.clone(),
            },
        )
        .await;
        if lent.code != "checked_out" {
            return Err(format!("lending {barcode}: {} ({})", lent.message, lent.code));
        }
        let b = barcode.clone();
        let id = hub
            .db()
            .read(move |c| {
                c.query_one(
                    "SELECT id FROM loans WHERE item_barcode = $1 AND returned_at IS NULL",
                    cml_hub::params![b.clone()],
                )?
                .i64(0)
            })
            .await
            .map_err(|e| format!("the loan of {barcode}: {e}"))?;
        loans.push(id);
    }
    // A reservation of the title whose one copy is out (it waits), and a shift of the member's own.
    let placed = direct(
        hub,
        proxy,
        &member,
        Change::PlaceHold {
            record_id: catalogue.reservable[WAITING_TITLE],
            pickup: "BAS".into(),
            for_card: None,
        },
    )
    .await;
    let hold = placed
        .hold
        .ok_or_else(|| format!("the first reservation: {}", placed.message))?;
    if hold.status != cml_api::HoldStatus::Waiting {
        return Err(format!("the first reservation is {:?}, not waiting", hold.status));
    }
    let hold_id = hold.id;
    let starts = chrono::Utc::now() + chrono::Duration::days(3);
    let draft = cml_api::ShiftDraft {
        library: "BAS".into(),
        kind: "desk".into(),
        title: format!("Desk {seed}"),
        starts_at: starts,
        ends_at: starts + chrono::Duration::hours(3),
        places: 2,
        repeat_weekly: 0,
    };
    let shift_id = hub
        .db()
        .write(move |c| cml_hub::volunteers::create(c, &draft, chrono::Utc::now()))
        .await
        .map_err(|e| format!("the shift: {e}"))?[0]
        .id;
    let extra = extras(hub, proxy, &member, catalogue, seed).await?;
    let mut app = open(dir.path(), &proxy.url());
    app.login(member.card.clone(), member.pin.clone())
        .await
        .map_err(|e| format!("login: {e}"))?;
    app.sync(None).await.map_err(|e| format!("first sync: {e}"))?;
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let rival_task = tokio::spawn(rival(
        hub.url(),
        rival_member.token.clone(),
        events[scarce],
        stop.clone(),
        seed,
    ));

    // What the test issued, in order: each operation and the key of the change it made.
    let mut issued: Vec<(Op, String)> = Vec::new();
    let steps = rng.gen_range(5..13);
    for _ in 0..steps {
        let mut op = random_op(&mut rng, events.len(), scarce, catalogue.reservable.len());
        // Mostly the check-in or check-out that follows the last one made (sometimes the other,
        // which the phone refuses).
        if matches!(op, Op::CheckIn | Op::CheckOut) && rng.gen_bool(0.9) {
            let on_shift = issued
                .iter()
                .rev()
                .find(|(o, _)| matches!(o, Op::CheckIn | Op::CheckOut))
                .is_some_and(|(o, _)| *o == Op::CheckIn);
            op = if on_shift { Op::CheckOut } else { Op::CheckIn };
        }
        proxy.randomise(rng.gen(), random_fault);
        let call = {
            let app = app.clone();
            let events = events.to_vec();
            let (loans, titles) = (loans.clone(), catalogue.reservable.clone());
            let (x, series, consultation) = (extra.clone(), catalogue.series, catalogue.consultation);
            let until = (cml_e2e::uk_today() + chrono::Duration::days(30)).to_string();
            async move {
                match op {
                    Op::Book(e, p) => app.book_event(events[e], p).await,
                    Op::Cancel(e) => app.cancel_booking(events[e]).await,
                    Op::Renew(i) => app.renew(loans[i]).await,
                    Op::Reserve(i) => app.reserve(titles[i], Some("BAS".into())).await,
                    Op::History(on) => app.set_reading_history(on).await,
                    Op::DefaultPickup(i) => app.set_default_pickup(PICKUPS[i].into()).await,
                    Op::CheckIn => app.check_in(Some("BAS".into()), None, None).await,
                    Op::CheckOut => app.check_out(None).await,
                    Op::SuspendHold => app.suspend_hold(hold_id, until).await,
                    Op::ResumeHold => app.resume_hold(hold_id).await,
                    Op::ChangePickup(i) => app.change_pickup(Some(hold_id), PICKUPS[i].into()).await,
                    Op::CancelHold => app.cancel_hold(hold_id).await,
                    Op::SignUp => app.sign_up_shift(shift_id).await,
                    Op::Drop => app.drop_shift(shift_id).await,
                    Op::DeleteHistory => app.delete_reading_history().await,
                    Op::Lend(i) => app.desk_checkout(x.copies[i].clone(), x.reader_card.clone()).await,
                    Op::Return(i) => app.desk_checkin(x.copies[i].clone(), Some("BAS".into())).await,
                    Op::Series => app.book_series(series, 1).await,
                    Op::Attend(on) => app.mark_attendance(x.door_event, x.door_booking, on).await,
                    Op::WalkIns(n) => app.set_walk_ins(x.door_event, n).await,
                    Op::Room(i) => {
                        let (starts, ends) = slot(x.room_day, ROOM_HOURS[i]);
                        app.book_room(x.room, starts, ends, "Job club".into()).await
                    }
                    Op::CancelRoom => app.cancel_room_booking(x.room_booking).await,
                    Op::AskDelivery => app.request_delivery(delivery_form()).await,
                    Op::PauseDelivery => app.set_delivery_state(x.delivery, "pause".into()).await,
                    Op::ResumeDelivery => app.set_delivery_state(x.delivery, "resume".into()).await,
                    Op::Grant => app.grant_proxy(x.reader_card.clone(), vec!["reserve".into()]).await,
                    Op::Revoke => app.revoke_proxy(x.reader_card.clone()).await,
                    Op::Answer => {
                        let answer = cml_ffi::cml_core::AnswerForm {
                            question: 0,
                            choice: Some(1),
                            scale: None,
                            text: None,
                        };
                        app.answer_consultation(consultation, vec![answer]).await
                    }
                    Op::Choose => app.choose_items(x.visit, vec![x.visit_copy.clone()]).await,
                    Op::Record(delivered) => {
                        let (outcome, handed) = if delivered {
                            ("delivered", vec![x.visit_copy.clone()])
                        } else {
                            ("not_home", vec![])
                        };
                        app.record_visit(x.visit, outcome.into(), None, handed, vec![]).await
                    }
                    Op::React(more) => {
                        let reaction = if more { "more_like_this" } else { "not_for_me" };
                        app.react_to_item(x.delivered_visit, x.delivered_copy.clone(), reaction.into())
                            .await
                    }
                    Op::CloseConcern(n) => app.close_concern(x.concern_visit, concern_note(n)).await,
                    Op::Fix => {
                        let at = (x.session_at + chrono::Duration::hours(3)).to_rfc3339();
                        app.fix_check_out(x.session.clone(), at, "Forgot to check out".into())
                            .await
                    }
                }
            }
        };
        let kill_after = rng.gen_bool(0.3).then(|| Duration::from_millis(rng.gen_range(0..15)));
        let outcome = match kill_after {
            Some(after) => tokio::time::timeout(after, call).await.ok(),
            None => Some(call.await),
        };
        match outcome {
            Some(Ok(change)) => issued.push((op, change.key)),
            // Refused on the device (already booked, nothing to cancel): no change was made.
            Some(Err(e)) => {
                if std::env::var("CML_EXACTLY_ONCE_DEBUG").is_ok() {
                    eprintln!("{op:?}: {e:?}");
                }
            }
            None => {
                // The app dies mid-call: everything on its runtime is abandoned. Reopened, it
                // holds the change if the call had written it before it died.
                let known: HashSet<String> = issued.iter().map(|(_, k)| k.clone()).collect();
                // An abandoned runtime's worker finishes the step it is in (a process killed on a
                // phone has no thread left over). Dropped off the test's runtime, the app waits for
                // its workers to stop, so nothing of the old app writes after the store is read.
                std::thread::spawn(move || drop(app)).join().unwrap();
                app = open(dir.path(), &proxy.url());
                let new: Vec<String> = app
                    .changes(1000)
                    .unwrap()
                    .into_iter()
                    .map(|c| c.key)
                    .filter(|k| !known.contains(k))
                    .collect();
                match new.as_slice() {
                    [] => {}
                    [key] => issued.push((op, key.clone())),
                    more => return Err(format!("one cut-off call left {} new changes", more.len())),
                }
            }
        }
        match rng.gen_range(0..20) {
            // The hub crashes with whatever is in flight, and comes back.
            0 => {
                hub.kill();
                keep_up(hub, proxy).await;
            }
            1 => hub.restart().await,
            2..=7 => {
                proxy.randomise(rng.gen(), random_fault);
                let _ = app.sync(None).await;
            }
            _ => {}
        }
        keep_up(hub, proxy).await;
    }

    // Signal comes back for good; the app is started afresh and syncs until nothing waits.
    proxy.set(Fault::Pass);
    keep_up(hub, proxy).await;
    drop(app);
    let app = open(dir.path(), &proxy.url());
    for attempt in 0.. {
        match app.sync(None).await {
            Ok(_) if app.status().unwrap().pending_changes == 0 => break,
            Ok(_) | Err(_) if attempt < 20 => {
                // A kill chosen for a request still in flight may land now: bring the hub back.
                tokio::time::sleep(Duration::from_millis(20)).await;
                keep_up(hub, proxy).await;
            }
            other => return Err(format!("could not settle: {other:?}")),
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = rival_task.await;

    // The device holds exactly the changes the test made, in order.
    let mut changes = app.changes(1000).unwrap();
    changes.reverse(); // oldest first (all are settled now)
    let on_device: Vec<&str> = changes.iter().map(|c| c.key.as_str()).collect();
    let made: Vec<&str> = issued.iter().map(|(_, k)| k.as_str()).collect();
    if on_device != made {
        return Err(format!(
            "the device holds changes {on_device:?}, the test made {made:?}"
        ));
    }

    // What applying each issued operation once gives.
    let mut booked: HashMap<usize, i64> = HashMap::new();
    let mut bookings_made = 0;
    let mut renewals = [0i64; 2];
    // The reservation placed before the schedule: open, paused, and where it is collected.
    let mut reserved: HashSet<usize> = HashSet::from([WAITING_TITLE]);
    let mut holds_made = 1;
    let (mut hold_open, mut hold_paused, mut hold_pickup) = (true, false, "BAS");
    let mut signed_up = false;
    let mut history: Option<bool> = None;
    let mut pickup: Option<&str> = None;
    let (mut checked_in, mut check_ins, mut check_outs) = (false, 0i64, 0i64);
    // The other change types.
    let mut history_kept = true;
    let (mut out, mut lends) = ([false; 2], 0i64);
    let mut series_booked = false;
    let (mut attended, mut walk_ins): (Option<bool>, Option<i64>) = (None, None);
    let (mut rooms_booked, mut room_cancelled) = (HashSet::new(), false);
    let (mut asked, mut paused, mut granted, mut answered, mut fixed) = (false, false, false, false, false);
    let mut visit: Option<&str> = None;
    let (mut reaction, mut closed): (Option<&str>, Option<String>) = (None, None);
    for ((op, _), change) in issued.iter().zip(&changes) {
        if change.state == "waiting" || change.outcome.as_deref().unwrap_or("").is_empty() {
            return Err(format!("change {} has no outcome on the device", change.summary));
        }
        let code = change.code.as_deref().unwrap_or("");
        *SETTLED
            .lock()
            .unwrap()
            .entry((op.change_type(), code.to_owned()))
            .or_default() += 1;
        let fits = match *op {
            Op::Book(e, places) => {
                if let std::collections::hash_map::Entry::Vacant(v) = booked.entry(e) {
                    v.insert(places);
                    bookings_made += 1;
                    // The scarce event's places depend on the rival: either answer may be right.
                    code == "confirmed" || (e == scarce && code == "waitlisted")
                } else {
                    code == "already_booked"
                }
            }
            Op::Cancel(e) => {
                if booked.remove(&e).is_some() {
                    code == "cancelled"
                } else {
                    code == "not_found"
                }
            }
            Op::Renew(i) => {
                if renewals[i] < cml_hub::circulation::MAX_RENEWALS {
                    renewals[i] += 1;
                    code == "renewed"
                } else {
                    code == "renewal_limit"
                }
            }
            Op::Reserve(i) => {
                if reserved.insert(i) {
                    holds_made += 1;
                    code == "reserved"
                } else {
                    code == "already_reserved"
                }
            }
            Op::SuspendHold | Op::ResumeHold | Op::ChangePickup(_) | Op::CancelHold if !hold_open => {
                code == "not_found"
            }
            Op::SuspendHold => {
                hold_paused = true;
                code == "suspended"
            }
            Op::ResumeHold => {
                hold_paused = false;
                code == "resumed"
            }
            Op::ChangePickup(i) => {
                hold_pickup = PICKUPS[i];
                code == "pickup_changed"
            }
            Op::CancelHold => {
                hold_open = false;
                reserved.remove(&WAITING_TITLE);
                code == "cancelled"
            }
            Op::SignUp if signed_up => code == "already_signed_up",
            Op::SignUp => {
                signed_up = true;
                code == "signed_up"
            }
            Op::Drop if !signed_up => code == "not_found",
            Op::Drop => {
                signed_up = false;
                code == "dropped"
            }
            Op::History(on) => {
                history = Some(on);
                code == if on { "history_on" } else { "history_off" }
            }
            Op::DefaultPickup(i) => {
                pickup = Some(PICKUPS[i]);
                code == "default_pickup"
            }
            // The phone refuses a second check-in or a check-out with none: each change that
            // was made follows the one before.
            Op::CheckIn => {
                let fits = !checked_in && code == "checked_in";
                checked_in = true;
                check_ins += 1;
                fits
            }
            Op::CheckOut => {
                let fits = checked_in && code == "checked_out";
                checked_in = false;
                check_outs += 1;
                fits
            }
            Op::DeleteHistory => {
                history_kept = false;
                code == "history_deleted"
            }
            Op::Lend(i) if out[i] => code == "on_loan",
            Op::Lend(i) => {
                out[i] = true;
                lends += 1;
                code == "checked_out"
            }
            Op::Return(i) => {
                out[i] = false;
                code == "checked_in"
            }
            Op::Series if series_booked => code == "already_booked",
            Op::Series => {
                series_booked = true;
                code == "confirmed" || code == "partly_waitlisted"
            }
            Op::Attend(on) => {
                attended = Some(on);
                code == if on { "attended" } else { "no_show" }
            }
            Op::WalkIns(n) => {
                walk_ins = Some(n);
                code == "walk_ins"
            }
            Op::Room(i) => {
                if rooms_booked.insert(i) {
                    code == "room_booked"
                } else {
                    code == "room_taken"
                }
            }
            Op::CancelRoom if room_cancelled => code == "not_found",
            Op::CancelRoom => {
                room_cancelled = true;
                code == "room_cancelled"
            }
            Op::AskDelivery if asked => code == "already_requested",
            Op::AskDelivery => {
                asked = true;
                code == "delivery_requested"
            }
            Op::PauseDelivery if paused => code == "invalid_state",
            Op::PauseDelivery => {
                paused = true;
                code == "paused"
            }
            Op::ResumeDelivery if !paused => code == "invalid_state",
            Op::ResumeDelivery => {
                paused = false;
                code == "accepted"
            }
            Op::Grant => {
                granted = true;
                code == "proxy_granted"
            }
            Op::Revoke if !granted => code == "not_found",
            Op::Revoke => {
                granted = false;
                code == "proxy_revoked"
            }
            Op::Answer if answered => code == "already_answered",
            Op::Answer => {
                answered = true;
                code == "answered"
            }
            Op::Fix => {
                fixed = true;
                code == "fixed"
            }
            Op::Choose | Op::Record(_) if visit.is_some() => code == "already_recorded",
            Op::Choose => code == "bag_ready",
            Op::Record(delivered) => {
                let outcome = if delivered { "delivered" } else { "not_home" };
                visit = Some(outcome);
                code == outcome
            }
            // Saying it again replaces it.
            Op::React(more) => {
                reaction = Some(if more { "more_like_this" } else { "not_for_me" });
                code == "reacted"
            }
            // The first close stands; the phone refuses another once it knows, the hub before.
            Op::CloseConcern(_) if closed.is_some() => code == "already_closed",
            Op::CloseConcern(n) => {
                closed = Some(concern_note(n));
                code == "concern_closed"
            }
        };
        if !fits {
            return Err(format!(
                "{:?} ({}): the device shows {code}, which applying each change once does not give",
                op, change.summary
            ));
        }
    }

    // The hub: each key applied once, and the bookings are what the model says.
    let account = member.id;
    let (applied, rows, active) = hub
        .db()
        .read(move |c| {
            let applied = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM applied_changes WHERE account_id = $1",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            let rows = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE account_id = $1 \
                     AND event_id IN (SELECT id FROM events WHERE series_id IS NULL)",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            let active = c
                .query(
                    "SELECT event_id, places FROM bookings WHERE account_id = $1 \
                     AND status IN ('confirmed', 'waitlisted') \
                     AND event_id IN (SELECT id FROM events WHERE series_id IS NULL) ORDER BY event_id",
                    cml_hub::params![account],
                )?
                .iter()
                .map(|r| Ok((r.i64(0)?, r.i64(1)?)))
                .collect::<Result<Vec<_>, cml_hub::db::DbError>>()?;
            Ok::<_, cml_hub::db::DbError>((applied, rows, active))
        })
        .await
        .unwrap();
    let (renewed, holds, settings, sessions, first_hold, on_shift) = hub
        .db()
        .read(move |c| {
            let renewed = c
                .query(
                    "SELECT renewals FROM loans WHERE account_id = $1 ORDER BY id",
                    cml_hub::params![account],
                )?
                .iter()
                .map(|r| r.i64(0))
                .collect::<Result<Vec<_>, _>>()?;
            let holds = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM holds WHERE account_id = $1",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            let r = c.query_one(
                "SELECT CAST(history_enabled AS BIGINT), default_pickup FROM accounts WHERE id = $1",
                cml_hub::params![account],
            )?;
            let settings = (r.i64(0)? != 0, r.opt_str(1)?);
            let r = c.query_one(
                "SELECT CAST(COUNT(*) AS BIGINT), CAST(COUNT(check_out) AS BIGINT) FROM volunteer_sessions \
                 WHERE account_id = $1",
                cml_hub::params![account],
            )?;
            let sessions = (r.i64(0)?, r.i64(1)?);
            let r = c.query_one(
                "SELECT status, suspended_until, pickup FROM holds WHERE id = $1",
                cml_hub::params![hold_id],
            )?;
            let first_hold = (r.str(0)?, r.opt_str(1)?.is_some(), r.str(2)?);
            let on_shift = c
                .query_one(
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM shift_signups WHERE shift_id = $1 AND account_id = $2 \
                     AND dropped_at IS NULL",
                    cml_hub::params![shift_id, account],
                )?
                .i64(0)?;
            Ok::<_, cml_hub::db::DbError>((renewed, holds, settings, sessions, first_hold, on_shift))
        })
        .await
        .unwrap();
    if renewed != renewals {
        return Err(format!(
            "the hub's loans were renewed {renewed:?} times, the changes make {renewals:?}"
        ));
    }
    if holds != holds_made {
        return Err(format!(
            "the hub has {holds} reservations, the changes make {holds_made}"
        ));
    }
    let want_hold = (
        if hold_open { "waiting" } else { "cancelled" }.to_owned(),
        hold_open && hold_paused,
        hold_pickup.to_owned(),
    );
    // A cancelled reservation keeps the pause and pickup it had: compare only what is open.
    if first_hold.0 != want_hold.0 || (hold_open && first_hold != want_hold) {
        return Err(format!(
            "the first reservation is {first_hold:?} on the hub, the changes make {want_hold:?}"
        ));
    }
    if on_shift != i64::from(signed_up) {
        return Err(format!(
            "the hub has the member {on_shift} times on their shift, the changes make {signed_up}"
        ));
    }
    if history.is_some_and(|on| on != settings.0) {
        return Err(format!(
            "the hub's reading history is {}, the last change made it {history:?}",
            settings.0
        ));
    }
    if pickup.is_some_and(|p| Some(p) != settings.1.as_deref()) {
        return Err(format!(
            "the hub's usual pickup is {:?}, the last change made it {pickup:?}",
            settings.1
        ));
    }
    // Yesterday's session, made before the schedule, counts too.
    if sessions != (check_ins + 1, check_outs + 1) {
        return Err(format!(
            "the hub has {sessions:?} check-ins and check-outs, the changes make {:?}",
            (check_ins + 1, check_outs + 1)
        ));
    }
    // Seven more keys: the first reservation, yesterday's check-in and check-out, the first room
    // booking, and the cared-for reader's bag and two visits.
    if applied != issued.len() as i64 + 7 {
        return Err(format!(
            "the hub applied {applied} keys for {} changes and the seven made before",
            issued.len()
        ));
    }
    let want = Others {
        history: i64::from(history_kept),
        lends,
        out: out.map(i64::from).to_vec(),
        series: if series_booked { 2 } else { 0 },
        attendance: attended.map(|on| if on { "attended" } else { "no_show" }.to_owned()),
        walk_ins: walk_ins.unwrap_or(0),
        rooms: rooms_booked.len() as i64 + i64::from(!room_cancelled),
        asked: i64::from(asked),
        delivery: if paused { "paused" } else { "accepted" }.to_owned(),
        granted: i64::from(granted),
        answered: i64::from(answered),
        fixed,
        visit: visit.unwrap_or("scheduled").to_owned(),
        visit_copy_out: i64::from(visit == Some("delivered")),
        reactions: reaction.map(|r| vec![r.to_owned()]).unwrap_or_default(),
        concern: closed.map(|note| (note, account)),
    };
    let found = others(hub, account, &extra, catalogue).await?;
    if found != want {
        return Err(format!("the hub has {found:?}, the changes make {want:?}"));
    }
    if rows != bookings_made {
        return Err(format!("the hub has {rows} bookings, the changes make {bookings_made}"));
    }
    let mut expected: Vec<(i64, i64)> = booked.into_iter().map(|(e, p)| (events[e], p)).collect();
    expected.sort();
    if active != expected {
        return Err(format!(
            "the hub's bookings {active:?} differ from the model's {expected:?}"
        ));
    }
    // And the device shows the same bookings as the hub.
    let mut shown: Vec<_> = app
        .my_bookings()
        .unwrap()
        .into_iter()
        .filter(|b| (b.status == "confirmed" || b.status == "waitlisted") && events.contains(&b.event_id))
        .map(|b| (b.event_id, b.places))
        .collect();
    shown.sort();
    if shown != active {
        return Err(format!("the device shows {shown:?}, the hub has {active:?}"));
    }
    Ok(())
}

/// The hub's rows for the other change types, in the shape the model makes.
#[derive(Debug, PartialEq)]
struct Others {
    /// Entries in the member's reading history.
    history: i64,
    /// Loans of the desk copies, and whether each is out now.
    lends: i64,
    out: Vec<i64>,
    /// The member's places at the series' sessions.
    series: i64,
    attendance: Option<String>,
    walk_ins: i64,
    /// Bookings of the schedule's room still standing.
    rooms: i64,
    /// The member's own delivery requests, and the reader's delivery's state.
    asked: i64,
    delivery: String,
    granted: i64,
    answered: i64,
    /// Yesterday's check-out was fixed.
    fixed: bool,
    /// Today's visit's status, and whether its copy is out (handed over).
    visit: String,
    visit_copy_out: i64,
    /// The reactions to the cared-for reader's delivered copy, and the concern's closing note and
    /// who closed it.
    reactions: Vec<String>,
    concern: Option<(String, i64)>,
}

async fn others(hub: &TestHub, account: i64, x: &Extras, catalogue: &Catalogue) -> Result<Others, String> {
    use cml_hub::params;
    let x = x.clone();
    let (series, consultation) = (catalogue.series, catalogue.consultation);
    hub.db()
        .read(move |c| {
            let n = |c: &mut dyn cml_hub::db::Conn, sql: &str, p: &[cml_hub::db::Value]| c.query_one(sql, p)?.i64(0);
            let mut out = Vec::new();
            for copy in &x.copies {
                out.push(n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM loans WHERE item_barcode = $1 AND returned_at IS NULL",
                    params![copy.clone()],
                )?);
            }
            Ok::<_, cml_hub::db::DbError>(Others {
                history: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM reading_history WHERE account_id = $1",
                    params![account],
                )?,
                lends: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM loans WHERE item_barcode = $1 OR item_barcode = $2",
                    params![x.copies[0].clone(), x.copies[1].clone()],
                )?,
                out,
                series: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE account_id = $1 \
                     AND status IN ('confirmed', 'waitlisted') AND event_id IN (SELECT id FROM events WHERE series_id = $2)",
                    params![account, series],
                )?,
                attendance: c
                    .query_one(
                        "SELECT attendance FROM bookings WHERE id = $1",
                        params![x.door_booking],
                    )?
                    .opt_str(0)?,
                walk_ins: n(
                    c,
                    "SELECT walk_ins FROM events WHERE id = $1",
                    params![x.door_event],
                )?,
                rooms: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM room_bookings WHERE room_id = $1 AND cancelled = 0",
                    params![x.room],
                )?,
                asked: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM deliveries WHERE reader_id = $1",
                    params![account],
                )?,
                delivery: c
                    .query_one(
                        "SELECT status FROM deliveries WHERE id = $1",
                        params![x.delivery],
                    )?
                    .str(0)?,
                granted: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM proxies WHERE member_id = $1 AND carer_id = $2 \
                     AND revoked_at IS NULL",
                    params![account, x.reader_id],
                )?,
                answered: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM consultation_responses WHERE consultation_id = $1 \
                     AND account_id = $2",
                    params![consultation, account],
                )?,
                fixed: c
                    .query_one(
                        "SELECT fixed_reason FROM volunteer_sessions WHERE account_id = $1 AND session_key = $2",
                        params![account, x.session.clone()],
                    )?
                    .opt_str(0)?
                    .is_some(),
                visit: c
                    .query_one("SELECT status FROM visits WHERE id = $1", params![x.visit])?
                    .str(0)?,
                visit_copy_out: n(
                    c,
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM loans WHERE item_barcode = $1 AND returned_at IS NULL",
                    params![x.visit_copy.clone()],
                )?,
                reactions: c
                    .query(
                        "SELECT reaction FROM visit_reactions WHERE visit_id = $1 AND barcode = $2",
                        params![x.delivered_visit, x.delivered_copy.clone()],
                    )?
                    .iter()
                    .map(|r| r.str(0))
                    .collect::<Result<_, _>>()?,
                concern: {
                    let r = c.query_one(
                        "SELECT concern_close_note, concern_closed_by FROM visits WHERE id = $1",
                        params![x.concern_visit],
                    )?;
                    match (r.opt_str(0)?, r.opt_i64(1)?) {
                        (Some(note), Some(by)) => Some((note, by)),
                        _ => None,
                    }
                },
            })
        })
        .await
        .map_err(|e| format!("read the hub: {e}"))
}

/// The scarce event is never over-booked, and nobody waits while a place is free.
async fn check_scarce(hub: &TestHub, event: i64) -> Result<(i64, i64), String> {
    let (confirmed, waiting) = hub
        .db()
        .read(move |c| {
            let r = c.query_one(
                "SELECT (SELECT CAST(COALESCE(SUM(places), 0) AS BIGINT) FROM bookings WHERE event_id = $1 AND status = 'confirmed'), \
                        (SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE event_id = $1 AND status = 'waitlisted')",
                cml_hub::params![event],
            )?;
            Ok::<_, cml_hub::db::DbError>((r.i64(0)?, r.i64(1)?))
        })
        .await
        .unwrap();
    if confirmed > SCARCE_PLACES || (waiting > 0 && confirmed < SCARCE_PLACES) {
        return Err(format!(
            "the scarce event has {confirmed} of {SCARCE_PLACES} places taken with {waiting} waiting"
        ));
    }
    Ok((confirmed, waiting))
}

/// What one lane (its own hub process, proxy and events) saw.
struct Lane {
    counts: BTreeMap<(&'static str, bool), u64>,
    waited: i64,
}

/// Runs `seeds` one after another against a hub of their own.
async fn lane(seeds: Vec<u64>) -> Lane {
    let mut hub = cml_e2e::hub_with_records().await;
    let desk = hub.person("Desk volunteer", &[Role::Volunteer]).await;
    hub.desk_volunteer(&desk, &["BAS", "BRE"]).await;
    let titles = hub
        .db()
        .read(|c| {
            c.query(
                "SELECT id, control_number FROM records WHERE control_number IN ('T1', 'T2', 'T3') ORDER BY control_number",
                cml_hub::params![],
            )?
            .iter()
            .map(|r| Ok((r.i64(0)?, r.str(1)?)))
            .collect::<Result<Vec<_>, cml_hub::db::DbError>>()
        })
        .await
        .unwrap();
    assert_eq!(titles.len(), 3, "the test catalogue: {titles:?}");
    let author = desk.id;
    let (series, consultation) = hub
        .db()
        .write(move |c| {
            let now = chrono::Utc::now();
            let starts = now + chrono::Duration::days(10);
            let draft = cml_api::EventDraft {
                library: "BAS".into(),
                title: "Weekly test series".into(),
                description: "Two sessions.".into(),
                category: "yoga".into(),
                audience: None,
                room_id: None,
                starts_at: starts,
                ends_at: starts + chrono::Duration::hours(1),
                // The most an event may have: a lane's schedules fit (with more, some wait).
                capacity: 500,
                booking_required: true,
                accessibility: String::new(),
                host_card: None,
                repeat_weekly: Some(1),
            };
            let series = cml_hub::programme::create(c, &draft, now)?[0].id;
            let today = cml_api::london::today(now);
            let draft = cml_api::ConsultationDraft {
                library: "BAS".into(),
                title: "Test consultation".into(),
                description: String::new(),
                opens_on: today,
                closes_on: today + chrono::Duration::days(27),
                questions: vec![cml_api::Question {
                    kind: "choice".into(),
                    text: "Which day suits you?".into(),
                    choices: vec!["Monday".into(), "Saturday".into()],
                    scale_low: None,
                    scale_high: None,
                }],
            };
            let consultation = cml_hub::consultations::publish(c, &draft, author, now)?.id;
            Ok::<_, cml_hub::error::HubError>((series, consultation))
        })
        .await
        .unwrap();
    let catalogue = Catalogue {
        reservable: titles[..2].iter().map(|(id, _)| *id).collect(),
        lent: titles[2].1.clone(),
        desk,
        series,
        consultation,
    };
    // The one copy of the second title goes out for good: reservations of it wait.
    let lent = cml_e2e::send_direct(
        &hub,
        &catalogue.desk,
        Change::Checkout {
            barcode: "T2-A".into(),
            card: catalogue.desk.card.clone(),
        },
    )
    .await;
    assert_eq!(lent.code, "checked_out", "{}", lent.message);
    hub.run_as_process(hub_bin()).await;
    let proxy = FaultProxy::start(hub.addr()).await;
    let mut events = Vec::new();
    for i in 0..3 {
        // Big enough that places never run out: each outcome follows from the member's own changes.
        let id = hub
            .event(&format!("Test event {i}"), 100_000, chrono::Duration::days(3))
            .await;
        events.push(id);
    }
    let scarce = events.len();
    events.push(
        hub.event("Scarce event", SCARCE_PLACES, chrono::Duration::days(3))
            .await,
    );
    let mut waited = 0;
    for seed in &seeds {
        if let Err(problem) = schedule(&mut hub, &proxy, &events, scarce, &catalogue, *seed).await {
            panic!("schedule {seed} failed (replay with CML_EXACTLY_ONCE_SEED={seed}): {problem}");
        }
        let (_, waiting) = check_scarce(&hub, events[scarce])
            .await
            .unwrap_or_else(|p| panic!("after schedule {seed}: {p}"));
        waited = waited.max(waiting);
    }
    Lane {
        counts: proxy.counts(),
        waited,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_change_lands_exactly_once_under_faults() {
    let count: u64 = std::env::var("CML_EXACTLY_ONCE_SCHEDULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let only: Option<u64> = std::env::var("CML_EXACTLY_ONCE_SEED").ok().and_then(|v| v.parse().ok());
    // Schedules spend most of their time waiting on the network and on faults, so several lanes,
    // each with a hub of its own, share the machine's two cores well. A seed runs the same in
    // any lane: its hub, member and faults are its own.
    let lanes: u64 = std::env::var("CML_EXACTLY_ONCE_LANES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4)
        .max(1);
    // Schedules need events, not the demo catalogue: leave it out to keep each first sync small.
    std::env::set_var("CML_DEMO_CATALOGUE", "off");
    let seeds: Vec<u64> = match only {
        Some(s) => vec![s],
        None => (1..=count).collect(),
    };
    let started = std::time::Instant::now();
    let mut running = Vec::new();
    for l in 0..lanes {
        let mine: Vec<u64> = seeds.iter().copied().filter(|s| s % lanes == l).collect();
        if !mine.is_empty() {
            running.push(tokio::spawn(lane(mine)));
        }
    }
    let mut counts: BTreeMap<(&str, bool), u64> = BTreeMap::new();
    let mut waited = 0;
    for r in running {
        let done = match r.await {
            Ok(done) => done,
            Err(e) => std::panic::resume_unwind(e.into_panic()),
        };
        for (k, v) in done.counts {
            *counts.entry(k).or_default() += v;
        }
        waited = waited.max(done.waited);
    }
    println!(
        "{} schedules passed in {:.1} s in {lanes} lanes; the scarce event had up to {waited} people waiting",
        seeds.len(),
        started.elapsed().as_secs_f64()
    );
    // Every kind of fault must really have met the changes being sent.
    println!("Faults injected (all requests / POST /v1/changes):");
    let kinds = [
        "pass",
        "drop_request",
        "drop_reply",
        "delay",
        "truncate",
        "replay",
        "kill_hub",
    ];
    for kind in kinds {
        let on_changes = counts.get(&(kind, true)).copied().unwrap_or(0);
        let all = on_changes + counts.get(&(kind, false)).copied().unwrap_or(0);
        println!("  {kind:13} {all:6} / {on_changes:6}");
    }
    // Every change type, and each of its outcomes, met the faults.
    println!("Changes settled, by type and outcome:");
    let settled = SETTLED.lock().unwrap().clone();
    for ((kind, code), n) in &settled {
        println!("  {kind:20} {code:20} {n:6}");
    }
    if only.is_none() {
        let least = (seeds.len() as u64 / 10).max(5);
        // Thirty-two change types share the schedules' steps: each must have been made at least a
        // twentieth as many times as there are schedules.
        let least_of_a_type = (seeds.len() as u64 / 20).max(5);
        for op in [
            Op::Book(0, 1),
            Op::Cancel(0),
            Op::Renew(0),
            Op::Reserve(0),
            Op::History(true),
            Op::DefaultPickup(0),
            Op::CheckIn,
            Op::CheckOut,
            Op::SuspendHold,
            Op::ResumeHold,
            Op::ChangePickup(0),
            Op::CancelHold,
            Op::SignUp,
            Op::Drop,
            Op::DeleteHistory,
            Op::Lend(0),
            Op::Return(0),
            Op::Series,
            Op::Attend(true),
            Op::WalkIns(0),
            Op::Room(0),
            Op::CancelRoom,
            Op::AskDelivery,
            Op::PauseDelivery,
            Op::Grant,
            Op::Revoke,
            Op::Answer,
            Op::Fix,
            Op::Choose,
            Op::Record(true),
            Op::React(true),
            Op::CloseConcern(0),
        ] {
            let kind = op.change_type();
            let n: u64 = settled.iter().filter(|((k, _), _)| *k == kind).map(|(_, n)| n).sum();
            assert!(
                n >= least_of_a_type,
                "only {n} {kind} changes were made (at least {least_of_a_type} wanted)"
            );
        }

        for kind in kinds {
            let on_changes = counts.get(&(kind, true)).copied().unwrap_or(0);
            assert!(
                on_changes >= least,
                "only {on_changes} POST /v1/changes met {kind} (at least {least} wanted)"
            );
        }
        assert!(waited > 0, "no waiting list ever formed on the scarce event");
    }
}
