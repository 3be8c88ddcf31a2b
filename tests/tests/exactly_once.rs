//! Randomized fault injection: every change a member makes reaches the hub exactly once, whatever
//! happens to the network, the hub or the app, and every change's outcome ends up on the device.
//!
//! Each schedule is one member on a fresh device making a random sequence of bookings and
//! cancellations while the proxy drops requests, drops replies or delays them, the hub restarts,
//! and the app is killed mid-call (its runtime and every task on it abandoned at once, then the
//! app opened again on the same store). At the end the hub's state must equal applying each
//! intended change once, in order, and each change on the device must carry the outcome that
//! order gives. `CML_EXACTLY_ONCE_SCHEDULES` sets how many schedules run (CI: 1000);
//! `CML_EXACTLY_ONCE_SEED` replays one seed.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use cml_e2e::{Fault, FaultProxy};
use cml_ffi::cml_core::Config;
use cml_ffi::CmlApp;
use cml_hub::testing::TestHub;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

fn open(dir: &std::path::Path, url: &str) -> Arc<CmlApp> {
    CmlApp::new(Config {
        data_dir: dir.display().to_string(),
        hub_url: url.to_owned(),
        hub_certificate_pem: None,
        device_name: None,
    })
    .unwrap()
}

fn random_fault(rng: &mut StdRng) -> Fault {
    match rng.gen_range(0..10) {
        0..=3 => Fault::Pass,
        4..=5 => Fault::DropRequest,
        6..=8 => Fault::DropReply,
        _ => Fault::Delay(Duration::from_millis(rng.gen_range(1..30))),
    }
}

#[derive(Debug, Clone)]
enum Op {
    Book(usize, i64),
    Cancel(usize),
}

/// Runs one schedule; returns a description of what went wrong, if anything did.
async fn schedule(hub: &mut TestHub, proxy: &FaultProxy, events: &[i64], seed: u64) -> Result<(), String> {
    let mut rng = StdRng::seed_from_u64(seed);
    let member = hub.person(&format!("Schedule {seed}"), &[]).await;
    let dir = tempfile::tempdir().unwrap();
    proxy.set(Fault::Pass);
    let mut app = open(dir.path(), &proxy.url());
    app.login(member.card.clone(), member.pin.clone())
        .await
        .map_err(|e| format!("login: {e}"))?;
    app.sync(None).await.map_err(|e| format!("first sync: {e}"))?;

    let steps = rng.gen_range(3..9);
    for _ in 0..steps {
        let op = if rng.gen_bool(0.6) {
            Op::Book(rng.gen_range(0..events.len()), rng.gen_range(1..=2))
        } else {
            Op::Cancel(rng.gen_range(0..events.len()))
        };
        proxy.set(random_fault(&mut rng));
        let call = {
            let app = app.clone();
            let events = events.to_vec();
            async move {
                match op {
                    Op::Book(e, p) => app.book_event(events[e], p).await.map(|_| ()),
                    Op::Cancel(e) => app.cancel_booking(events[e]).await.map(|_| ()),
                }
            }
        };
        let kill_after = if rng.gen_bool(0.3) {
            Some(Duration::from_millis(rng.gen_range(0..15)))
        } else {
            None
        };
        match kill_after {
            Some(after) => {
                if tokio::time::timeout(after, call).await.is_err() {
                    // The app dies mid-call: everything on its runtime is abandoned.
                    drop(app);
                    app = open(dir.path(), &proxy.url());
                }
            }
            None => {
                let _ = call.await; // refusals on the device (already booked, …) are fine
            }
        }
        match rng.gen_range(0..20) {
            0 => hub.restart().await,
            1..=6 => {
                proxy.set(random_fault(&mut rng));
                let _ = app.sync(None).await;
            }
            _ => {}
        }
    }

    // Signal comes back for good; the app is started afresh and syncs until nothing waits.
    proxy.set(Fault::Pass);
    drop(app);
    let app = open(dir.path(), &proxy.url());
    for attempt in 0.. {
        match app.sync(None).await {
            Ok(_) if app.status().unwrap().pending_changes == 0 => break,
            Ok(_) | Err(_) if attempt < 20 => tokio::time::sleep(Duration::from_millis(20)).await,
            other => return Err(format!("could not settle: {other:?}")),
        }
    }

    // What the member meant: the outbox, in order. Apply it to a model of the hub.
    let mut changes = app.changes(1000).unwrap();
    changes.reverse(); // oldest first (all are settled now)
    let mut booked: HashMap<i64, i64> = HashMap::new();
    let mut confirmed_books = 0;
    let mut keys = Vec::new();
    for change in &changes {
        keys.push(change.key.clone());
        if change.state == "waiting" || change.outcome.as_deref().unwrap_or("").is_empty() {
            return Err(format!("change {} has no outcome on the device", change.summary));
        }
        let expected = if change.summary.starts_with("Book") {
            let event = events
                .iter()
                .find(|e| change.summary.contains(&format!("Test event {e} ")))
                .copied()
                .unwrap();
            let places = if change.summary.starts_with("Book 2") { 2 } else { 1 };
            if let std::collections::hash_map::Entry::Vacant(v) = booked.entry(event) {
                v.insert(places);
                confirmed_books += 1;
                "confirmed"
            } else {
                "already_booked"
            }
        } else {
            let event = events
                .iter()
                .find(|e| change.summary.contains(&format!("Test event {e} ")))
                .copied()
                .unwrap();
            if booked.remove(&event).is_some() {
                "cancelled"
            } else {
                "not_found"
            }
        };
        if change.code.as_deref() != Some(expected) {
            return Err(format!(
                "{}: the device shows {:?}, applying each change once gives {expected}",
                change.summary, change.code
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
                    "SELECT CAST(COUNT(*) AS BIGINT) FROM bookings WHERE account_id = $1",
                    cml_hub::params![account],
                )?
                .i64(0)?;
            let active = c
                .query(
                    "SELECT event_id, places FROM bookings WHERE account_id = $1 AND status = 'confirmed' ORDER BY event_id",
                    cml_hub::params![account],
                )?
                .iter()
                .map(|r| Ok((r.i64(0)?, r.i64(1)?)))
                .collect::<Result<Vec<_>, cml_hub::db::DbError>>()?;
            Ok::<_, cml_hub::db::DbError>((applied, rows, active))
        })
        .await
        .unwrap();
    if applied != keys.len() as i64 {
        return Err(format!("the hub applied {applied} keys for {} changes", keys.len()));
    }
    if rows != confirmed_books {
        return Err(format!(
            "the hub has {rows} bookings, the changes make {confirmed_books}"
        ));
    }
    let mut expected: Vec<_> = booked.into_iter().collect();
    expected.sort();
    if active != expected {
        return Err(format!(
            "the hub's bookings {active:?} differ from the model's {expected:?}"
        ));
    }
    // And the device shows the same bookings as the hub.
    let mut on_device: Vec<_> = app
        .my_bookings()
        .unwrap()
        .into_iter()
        .filter(|b| b.status == "confirmed")
        .map(|b| (b.event_id, b.places))
        .collect();
    on_device.sort();
    if on_device != active {
        return Err(format!("the device shows {on_device:?}, the hub has {active:?}"));
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_change_lands_exactly_once_under_faults() {
    let count: u64 = std::env::var("CML_EXACTLY_ONCE_SCHEDULES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let only: Option<u64> = std::env::var("CML_EXACTLY_ONCE_SEED").ok().and_then(|v| v.parse().ok());
    // Schedules need events, not the demo catalogue: leave it out to keep each first sync small.
    std::env::set_var("CML_DEMO_CATALOGUE", "off");
    let mut hub = TestHub::start(true).await;
    let proxy = FaultProxy::start(hub.addr()).await;
    let mut events = Vec::new();
    for i in 0..3 {
        // Big enough that places never run out: each outcome follows from the member's own changes.
        let id = hub
            .event(&format!("Test event {i}"), 100_000, chrono::Duration::days(3))
            .await;
        events.push(id);
    }
    // Name each event by its id, so the model can read which event a change was for.
    for &id in &events {
        hub.db()
            .write(move |c| {
                c.exec(
                    "UPDATE events SET title = $1 WHERE id = $2",
                    cml_hub::params![format!("Test event {id} "), id],
                )?;
                cml_hub::events::publish_event(c, id).map_err(|e| cml_hub::db::DbError::Other(e.to_string()))
            })
            .await
            .unwrap();
    }
    let seeds: Vec<u64> = match only {
        Some(s) => vec![s],
        None => (1..=count).collect(),
    };
    let started = std::time::Instant::now();
    for seed in &seeds {
        if let Err(problem) = schedule(&mut hub, &proxy, &events, *seed).await {
            panic!("schedule {seed} failed (replay with CML_EXACTLY_ONCE_SEED={seed}): {problem}");
        }
    }
    println!(
        "{} schedules passed in {:.1} s",
        seeds.len(),
        started.elapsed().as_secs_f64()
    );
}
