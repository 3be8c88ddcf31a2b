//! The outbox end to end: changes made offline reach the hub once, their outcomes come back to the
//! device, a refusal does not block the changes behind it, and two devices converge.

use std::sync::{Arc, Mutex};

use chrono::Duration;
use cml_api::Change;
use cml_e2e::{app, send_direct, signed_in};
use cml_ffi::cml_core::{DataChange, EventFilter};
use cml_ffi::{CmlApp, CmlError, DataListener};
use cml_hub::testing::{TestHub, TestPerson};

/// Books directly at the hub, as another member's phone would.
async fn book_at_hub(hub: &TestHub, who: &TestPerson, event_id: i64, places: i64) {
    send_direct(hub, who, Change::BookEvent { event_id, places }).await;
}

#[tokio::test]
async fn a_booking_made_offline_is_confirmed_after_reconnecting() {
    let mut hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;

    hub.stop().await;
    let change = app.book_event(yoga, 2).await.unwrap();
    assert_eq!(change.state, "waiting");
    assert!(
        change.summary.starts_with("Book 2 places at Chair yoga ("),
        "{}",
        change.summary
    );
    let status = app.status().unwrap();
    assert_eq!(status.pending_changes, 1);
    assert_eq!(
        status.summary,
        "Offline: 1 change will be sent when you are back online."
    );
    let bookings = app.my_bookings().unwrap();
    assert_eq!(bookings.len(), 1);
    assert_eq!(bookings[0].status, "waiting_to_send");
    let yoga_view = app
        .events(EventFilter::default())
        .unwrap()
        .into_iter()
        .find(|e| e.id == yoga)
        .unwrap();
    assert_eq!(
        yoga_view.my_booking.as_deref(),
        Some("Booking for 2 places waiting to be sent")
    );
    assert!(!yoga_view.can_book);
    // Booking it twice is refused on the device already.
    match app.book_event(yoga, 1).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "already_booked"),
        other => panic!("{other:?}"),
    }

    hub.restart().await;
    app.sync(None).await.unwrap();
    let changes = app.changes(10).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].state, "done");
    assert_eq!(changes[0].code.as_deref(), Some("confirmed"));
    assert_eq!(
        changes[0].outcome.as_deref(),
        Some("Your 2 places at Chair yoga are confirmed.")
    );
    assert_eq!(app.my_bookings().unwrap()[0].status_text, "Booked (2 places)");
    let yoga_view = app
        .events(EventFilter::default())
        .unwrap()
        .into_iter()
        .find(|e| e.id == yoga)
        .unwrap();
    assert_eq!(yoga_view.places_left, 8);
    assert_eq!(yoga_view.my_booking.as_deref(), Some("You are booked (2 places)"));
    assert!(app.status().unwrap().summary.starts_with("Up to date"));

    // The Home screen shows the outcome once.
    let unseen = app.unseen_outcomes().unwrap();
    assert_eq!(unseen.len(), 1);
    app.mark_outcomes_seen().unwrap();
    assert!(app.unseen_outcomes().unwrap().is_empty());
}

#[tokio::test]
async fn an_offline_booking_that_meets_a_full_event_comes_back_waitlisted() {
    let mut hub = TestHub::start(true).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let yoga = hub.event("Chair yoga", 1, Duration::days(2)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;
    assert_eq!(
        app.events(EventFilter::default())
            .unwrap()
            .iter()
            .find(|e| e.id == yoga)
            .unwrap()
            .places_left,
        1
    );

    // Ann books with no signal; meanwhile Bob takes the last place.
    let url = hub.url();
    hub.stop().await;
    assert_eq!(app.book_event(yoga, 1).await.unwrap().state, "waiting");
    hub.restart().await;
    assert_eq!(url, hub.url());
    book_at_hub(&hub, &bob, yoga, 1).await;

    app.sync(None).await.unwrap();
    let change = &app.changes(10).unwrap()[0];
    assert_eq!(change.code.as_deref(), Some("waitlisted"));
    assert_eq!(
        change.outcome.as_deref(),
        Some("Chair yoga is full. You are 1st on the waiting list.")
    );
    let mine = &app.my_bookings().unwrap()[0];
    assert_eq!(
        (mine.status.as_str(), mine.status_text.as_str()),
        ("waitlisted", "1st on the waiting list")
    );

    // Bob cancels at the hub: Ann is promoted and hears of it at her next sync.
    let resp = reqwest::Client::new()
        .post(format!("{}/v1/changes", hub.url()))
        .bearer_auth(&bob.token)
        .json(
            &serde_json::json!({ "changes": [{ "key": "bob-cancels-1", "made_at": chrono::Utc::now(),
            "change": Change::CancelBooking { event_id: yoga } }] }),
        )
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success());
    app.sync(None).await.unwrap();
    assert_eq!(app.my_bookings().unwrap()[0].status, "confirmed");
}

#[tokio::test]
async fn a_refused_change_does_not_block_the_ones_behind_it() {
    let mut hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let coffee = hub.event("Coffee morning", 10, Duration::days(1)).await;
    let craft = hub.event("Craft workshop", 10, Duration::days(2)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;
    hub.stop().await;
    app.book_event(coffee, 1).await.unwrap();
    app.book_event(craft, 1).await.unwrap();
    hub.restart().await;
    // The library cancels the coffee morning before Ann's phone is back online.
    hub.db()
        .write(move |c| {
            c.exec(
                "UPDATE events SET cancelled = 1 WHERE id = $1",
                cml_hub::params![coffee],
            )?;
            Ok::<_, cml_hub::db::DbError>(())
        })
        .await
        .unwrap();
    app.sync(None).await.unwrap();
    let changes = app.changes(10).unwrap();
    let by_code: Vec<_> = changes
        .iter()
        .map(|c| (c.state.as_str(), c.code.clone().unwrap()))
        .collect();
    assert!(by_code.contains(&("refused", "event_cancelled".into())), "{by_code:?}");
    assert!(by_code.contains(&("done", "confirmed".into())), "{by_code:?}");
    let refused = changes.iter().find(|c| c.state == "refused").unwrap();
    assert_eq!(refused.outcome.as_deref(), Some("Coffee morning has been cancelled."));
    assert_eq!(app.status().unwrap().pending_changes, 0);
}

#[tokio::test]
async fn bad_input_gets_a_typed_error_and_queues_nothing() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let past = hub.event("Yesterday", 10, Duration::days(-1)).await;
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir, &hub.url());
    match app.book_event(yoga, 1).await {
        Err(CmlError::NotSignedIn { .. }) => {}
        other => panic!("{other:?}"),
    }
    app.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    match app.book_event(yoga, 3).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "places"),
        other => panic!("{other:?}"),
    }
    match app.book_event(123_456, 1).await {
        Err(CmlError::NotFound { .. }) => {}
        other => panic!("{other:?}"),
    }
    match app.book_event(past, 1).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "event_started"),
        other => panic!("{other:?}"),
    }
    match app.events(EventFilter {
        from_date: Some("tomorrow".into()),
        ..Default::default()
    }) {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "from_date"),
        other => panic!("{other:?}"),
    }
    assert!(app.changes(10).unwrap().is_empty());
}

struct Heard(Mutex<Vec<DataChange>>);

impl DataListener for Heard {
    fn on_change(&self, change: DataChange) {
        self.0.lock().unwrap().push(change);
    }
}

#[tokio::test]
async fn a_listener_hears_changes_until_cancelled() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;
    let heard = Arc::new(Heard(Mutex::new(Vec::new())));
    let observation = app.observe(heard.clone());
    app.book_event(yoga, 1).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let count = heard.0.lock().unwrap().len();
    assert!(count > 0);
    assert!(heard
        .0
        .lock()
        .unwrap()
        .iter()
        .any(|c| c.what.contains(&"outbox".to_owned())));
    observation.cancel();
    app.cancel_booking(yoga).await.unwrap();
    app.sync(None).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(
        heard.0.lock().unwrap().len(),
        count,
        "a cancelled listener hears nothing more"
    );
}

#[tokio::test]
async fn two_devices_of_one_member_converge() {
    let mut hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let craft = hub.event("Craft workshop", 10, Duration::days(3)).await;
    let (_d1, phone) = signed_in(&hub.url(), &ann).await;
    let (_d2, tablet) = signed_in(&hub.url(), &ann).await;

    phone.book_event(yoga, 1).await.unwrap();
    hub.stop().await;
    tablet.book_event(craft, 2).await.unwrap();
    hub.restart().await;
    tablet.sync(None).await.unwrap();
    phone.sync(None).await.unwrap();
    tablet.cancel_booking(yoga).await.unwrap();
    phone.sync(None).await.unwrap();
    tablet.sync(None).await.unwrap();

    let summary = |app: &CmlApp| {
        let mut v: Vec<_> = app
            .my_bookings()
            .unwrap()
            .into_iter()
            .map(|b| (b.event_id, b.status, b.places))
            .collect();
        v.sort();
        v
    };
    assert_eq!(summary(&phone), summary(&tablet));
    assert_eq!(
        summary(&phone),
        vec![(yoga, "cancelled".into(), 1), (craft, "confirmed".into(), 2)]
    );
    let events = |app: &CmlApp| app.events(EventFilter::default()).unwrap();
    assert_eq!(events(&phone), events(&tablet));
}

#[tokio::test]
async fn automatic_retries_back_off_after_a_network_failure() {
    let mut hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;
    hub.stop().await;
    let change = app.book_event(yoga, 1).await.unwrap();
    assert_eq!((change.state.as_str(), change.attempts), ("waiting", 1));
    assert!(change.last_error.is_some());
    hub.restart().await;
    // The retry timer fires at once: the change is still backing off, so nothing is sent.
    assert_eq!(app.send_due_changes().await.unwrap(), 0);
    assert_eq!(app.changes(10).unwrap()[0].attempts, 1);
    // The person asks: it goes now.
    assert_eq!(app.send_changes().await.unwrap(), 1);
    let sent = &app.changes(10).unwrap()[0];
    assert_eq!((sent.state.as_str(), sent.code.as_deref()), ("done", Some("confirmed")));
}

/// A device pointed at another hub says why the person was signed out, keeps their waiting change
/// (never sending it to the other hub, where the same ids mean other people and events), sends it
/// once the device is back on its own hub, and discards one when the person asks.
#[tokio::test]
async fn a_change_waiting_when_the_device_moves_to_another_hub_is_held_not_lost_nor_misdelivered() {
    let mut first = TestHub::start(true).await;
    let second = TestHub::start(true).await;
    // The same ids on both hubs: Ann and Bob are each hub's first person, yoga and chess each
    // hub's first added event.
    let ann = first.person("Ann", &[]).await;
    let bob = second.person("Bob", &[]).await;
    assert_eq!(ann.id, bob.id);
    let yoga = first.event("Chair yoga", 10, Duration::days(2)).await;
    let chess = second.event("Chess club", 10, Duration::days(2)).await;
    assert_eq!(yoga, chess);

    let (dir, device) = signed_in(&first.url(), &ann).await;
    first.stop().await;
    device.book_event(yoga, 1).await.unwrap();
    drop(device);

    let device = app(&dir, &second.url());
    let status = device.status().unwrap();
    assert!(!status.signed_in);
    assert!(status.signed_out_for_another_hub);
    assert_eq!(status.held_changes, 1);
    assert!(status.held_for_hub.as_deref().unwrap().starts_with(&first.url()));
    assert!(
        status.summary.starts_with("You were signed out because"),
        "{}",
        status.summary
    );
    assert!(status.summary.contains("1 change made for"), "{}", status.summary);
    assert!(!status.summary.contains("Up to date"), "{}", status.summary);
    assert_eq!(device.held_changes().unwrap().len(), 1);

    // Bob signs in on the second hub: Ann's change is not sent there.
    device.login(bob.card.clone(), bob.pin.clone()).await.unwrap();
    device.sync(None).await.unwrap();
    assert!(device.my_bookings().unwrap().is_empty());
    assert!(device.changes(10).unwrap().is_empty());
    let status = device.status().unwrap();
    assert!(!status.signed_out_for_another_hub);
    assert_eq!((status.pending_changes, status.held_changes), (0, 1));
    drop(device);

    // Back on the first hub, Ann signs in again and her booking goes, once.
    first.restart().await;
    let device = app(&dir, &first.url());
    assert_eq!(device.status().unwrap().held_changes, 0);
    device.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    device.sync(None).await.unwrap();
    let changes = device.changes(10).unwrap();
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].code.as_deref(), Some("confirmed"));

    // A second change held, then discarded: it never leaves.
    first.stop().await;
    device.cancel_booking(yoga).await.unwrap();
    drop(device);
    let device = app(&dir, &second.url());
    assert_eq!(device.discard_held_changes().unwrap(), 1);
    let status = device.status().unwrap();
    assert_eq!(status.held_changes, 0);
    assert!(!status.summary.contains("made for"), "{}", status.summary);
    drop(device);
    first.restart().await;
    let device = app(&dir, &first.url());
    device.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    device.sync(None).await.unwrap();
    assert_eq!(
        device.my_bookings().unwrap().len(),
        1,
        "the discarded cancellation was sent"
    );
}
