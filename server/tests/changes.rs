//! Changes from devices: exactly-once application, bookings, waitlists and the booking storm at a
//! small scale. Runs on SQLite, and on PostgreSQL when `CML_TEST_POSTGRES_URL` is set.

use chrono::{Duration, Utc};
use cml_api::{
    ApiError, Booking, BookingStatus, Change, ChangeEnvelope, ChangeResult, ChangeResults, ChangeStatus, ErrorCode,
    Event, FeedPage,
};
use cml_hub::testing::{TestHub, TestPerson};
use reqwest::StatusCode;

mod common;

use common::client;

fn envelope(key: &str, change: Change) -> ChangeEnvelope {
    ChangeEnvelope {
        key: key.to_owned(),
        made_at: Utc::now(),
        change,
    }
}

async fn send(hub: &TestHub, who: &TestPerson, changes: Vec<ChangeEnvelope>) -> reqwest::Response {
    client()
        .post(format!("{}/v1/changes", hub.url()))
        .bearer_auth(&who.token)
        .json(&serde_json::json!({ "changes": changes }))
        .send()
        .await
        .unwrap()
}

async fn send_one(hub: &TestHub, who: &TestPerson, key: &str, change: Change) -> ChangeResult {
    let resp = send(hub, who, vec![envelope(key, change)]).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let mut results: ChangeResults = resp.json().await.unwrap();
    assert_eq!(results.results.len(), 1);
    results.results.remove(0)
}

async fn booking_rows(hub: &TestHub) -> i64 {
    hub.db()
        .read(|c| {
            c.query_one("SELECT CAST(COUNT(*) AS BIGINT) FROM bookings", &[])?
                .i64(0)
        })
        .await
        .unwrap()
}

async fn event(hub: &TestHub, id: i64) -> Event {
    let events: Vec<Event> = common::get_json(format!("{}/v1/events", hub.url()), None).await;
    events.into_iter().find(|e| e.id == id).unwrap()
}

async fn my_bookings(hub: &TestHub, who: &TestPerson) -> Vec<Booking> {
    common::get_json(format!("{}/v1/bookings", hub.url()), Some(&who.token)).await
}

#[tokio::test]
async fn a_repeated_key_gets_the_first_answer_and_applies_once() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let first = send_one(
        &hub,
        &ann,
        "key-0000000001",
        Change::BookEvent {
            event_id: yoga,
            places: 2,
        },
    )
    .await;
    assert_eq!(first.status, ChangeStatus::Applied);
    assert_eq!(first.code, "confirmed");
    assert_eq!(first.message, "Your 2 places at Chair yoga are confirmed.");
    for _ in 0..3 {
        let again = send_one(
            &hub,
            &ann,
            "key-0000000001",
            Change::BookEvent {
                event_id: yoga,
                places: 2,
            },
        )
        .await;
        assert_eq!(again, first);
    }
    assert_eq!(booking_rows(&hub).await, 1);
    assert_eq!(event(&hub, yoga).await.places_left, 8);

    // The same key with a different change is refused and changes nothing.
    let other = send_one(&hub, &ann, "key-0000000001", Change::CancelBooking { event_id: yoga }).await;
    assert_eq!(other.status, ChangeStatus::Refused);
    assert_eq!(other.code, "idempotency_mismatch");
    assert_eq!(my_bookings(&hub, &ann).await[0].status, BookingStatus::Confirmed);

    // Keys are per person: another member's identical key is a different change.
    let bob = hub.person("Bob", &[]).await;
    let bobs = send_one(
        &hub,
        &bob,
        "key-0000000001",
        Change::BookEvent {
            event_id: yoga,
            places: 1,
        },
    )
    .await;
    assert_eq!(bobs.code, "confirmed");
    assert_eq!(booking_rows(&hub).await, 2);
}

#[tokio::test]
async fn a_batch_applies_in_order_and_a_refusal_does_not_stop_it() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let craft = hub.event("Craft workshop", 10, Duration::days(3)).await;
    let resp = send(
        &hub,
        &ann,
        vec![
            envelope(
                "batch-000001",
                Change::BookEvent {
                    event_id: yoga,
                    places: 1,
                },
            ),
            envelope(
                "batch-000002",
                Change::BookEvent {
                    event_id: yoga,
                    places: 1,
                },
            ),
            envelope("batch-000003", Change::CancelBooking { event_id: yoga }),
            envelope(
                "batch-000004",
                Change::BookEvent {
                    event_id: craft,
                    places: 1,
                },
            ),
        ],
    )
    .await;
    let results: ChangeResults = resp.json().await.unwrap();
    let codes: Vec<_> = results.results.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["confirmed", "already_booked", "cancelled", "confirmed"]);
    let mine = my_bookings(&hub, &ann).await;
    assert_eq!(mine.len(), 2);
    assert!(mine
        .iter()
        .any(|b| b.event_id == craft && b.status == BookingStatus::Confirmed));
    assert!(mine
        .iter()
        .any(|b| b.event_id == yoga && b.status == BookingStatus::Cancelled));
}

#[tokio::test]
async fn a_full_event_waitlists_and_a_cancellation_promotes_the_first() {
    let hub = TestHub::start(true).await;
    let yoga = hub.event("Chair yoga", 3, Duration::days(2)).await;
    let (a, b, c, d) = (
        hub.person("A", &[]).await,
        hub.person("B", &[]).await,
        hub.person("C", &[]).await,
        hub.person("D", &[]).await,
    );
    assert_eq!(
        send_one(
            &hub,
            &a,
            "a-booking-1",
            Change::BookEvent {
                event_id: yoga,
                places: 2
            }
        )
        .await
        .code,
        "confirmed"
    );
    let rb = send_one(
        &hub,
        &b,
        "b-booking-1",
        Change::BookEvent {
            event_id: yoga,
            places: 2,
        },
    )
    .await;
    assert_eq!(rb.code, "waitlisted");
    assert_eq!(rb.message, "Chair yoga is full. You are 1st on the waiting list.");
    assert_eq!(
        send_one(
            &hub,
            &c,
            "c-booking-1",
            Change::BookEvent {
                event_id: yoga,
                places: 1
            }
        )
        .await
        .code,
        "confirmed"
    );
    let rd = send_one(
        &hub,
        &d,
        "d-booking-1",
        Change::BookEvent {
            event_id: yoga,
            places: 1,
        },
    )
    .await;
    assert_eq!(rd.code, "waitlisted");
    assert_eq!(rd.booking.unwrap().waitlist_position, Some(2));
    let e = event(&hub, yoga).await;
    assert_eq!((e.places_left, e.waiting), (0, 2));

    // A cancels: two places free, B (first, needs 2) is promoted, D stays first in line.
    let before = feed_cursor(&hub, &b).await;
    assert_eq!(
        send_one(&hub, &a, "a-cancel-01", Change::CancelBooking { event_id: yoga })
            .await
            .code,
        "cancelled"
    );
    assert_eq!(my_bookings(&hub, &b).await[0].status, BookingStatus::Confirmed);
    let dd = my_bookings(&hub, &d).await;
    assert_eq!(
        (dd[0].status, dd[0].waitlist_position),
        (BookingStatus::Waitlisted, Some(1))
    );
    // B hears of it at the next sync: the promotion is in B's own feed.
    let page: FeedPage =
        common::get_json(format!("{}/v1/feed/bookings?after={before}", hub.url()), Some(&b.token)).await;
    let promoted: Booking = page.items[0].parse().unwrap().unwrap();
    assert_eq!(promoted.status, BookingStatus::Confirmed);

    // C cancels: one place, D is promoted.
    send_one(&hub, &c, "c-cancel-01", Change::CancelBooking { event_id: yoga }).await;
    assert_eq!(my_bookings(&hub, &d).await[0].status, BookingStatus::Confirmed);
}

async fn feed_cursor(hub: &TestHub, who: &TestPerson) -> i64 {
    let page: FeedPage = common::get_json(
        format!("{}/v1/feed/bookings?after=0&limit=5000", hub.url()),
        Some(&who.token),
    )
    .await;
    page.cursor
}

#[tokio::test]
async fn bad_bookings_are_refused_with_a_reason_and_change_nothing() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let past = hub.event("Yesterday's yoga", 10, Duration::days(-1)).await;
    let soon = hub.event("Coffee morning", 10, Duration::days(1)).await;
    hub.db()
        .write(move |c| {
            c.exec("UPDATE events SET cancelled = 1 WHERE id = $1", cml_hub::params![soon])?;
            Ok::<_, cml_hub::db::DbError>(())
        })
        .await
        .unwrap();
    let open = hub.event("Craft workshop", 10, Duration::days(2)).await;
    let cases = [
        (
            Change::BookEvent {
                event_id: past,
                places: 1,
            },
            "event_started",
        ),
        (
            Change::BookEvent {
                event_id: soon,
                places: 1,
            },
            "event_cancelled",
        ),
        (
            Change::BookEvent {
                event_id: 999_999,
                places: 1,
            },
            "not_found",
        ),
        (
            Change::BookEvent {
                event_id: open,
                places: 3,
            },
            "invalid_input",
        ),
        (
            Change::BookEvent {
                event_id: open,
                places: 0,
            },
            "invalid_input",
        ),
        (Change::CancelBooking { event_id: open }, "not_found"),
    ];
    for (i, (change, code)) in cases.into_iter().enumerate() {
        let r = send_one(&hub, &ann, &format!("bad-change-{i}"), change).await;
        assert_eq!((r.status, r.code.as_str()), (ChangeStatus::Refused, code));
        assert!(!r.message.is_empty());
    }
    assert_eq!(booking_rows(&hub).await, 0);

    // Malformed requests get an ApiError naming the field.
    let resp = send(
        &hub,
        &ann,
        vec![envelope(
            "short",
            Change::BookEvent {
                event_id: open,
                places: 1,
            },
        )],
    )
    .await;
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(resp.json::<ApiError>().await.unwrap().field.as_deref(), Some("key"));
    let many: Vec<_> = (0..101)
        .map(|i| {
            envelope(
                &format!("many-change-{i}"),
                Change::BookEvent {
                    event_id: open,
                    places: 1,
                },
            )
        })
        .collect();
    let resp = send(&hub, &ann, many).await;
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let resp = client()
        .post(format!("{}/v1/changes", hub.url()))
        .bearer_auth(&ann.token)
        .json(&serde_json::json!({ "changes": [{ "key": "weird-change-1", "made_at": Utc::now(), "change": { "type": "fly_to_moon" } }] }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(resp.json::<ApiError>().await.unwrap().code, ErrorCode::InvalidInput);
    // Without a session nothing is applied.
    let resp = client()
        .post(format!("{}/v1/changes", hub.url()))
        .json(&serde_json::json!({ "changes": [] }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    // Someone who is not a member cannot book.
    let admin = hub.person("Admin", &[cml_api::Role::Admin]).await;
    let r = send_one(
        &hub,
        &admin,
        "admin-books-1",
        Change::BookEvent {
            event_id: open,
            places: 1,
        },
    )
    .await;
    assert_eq!(r.code, "not_allowed");
    assert_eq!(booking_rows(&hub).await, 0);
}

#[tokio::test]
async fn a_member_cannot_see_who_else_booked() {
    let hub = TestHub::start(true).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    send_one(
        &hub,
        &ann,
        "ann-books-01",
        Change::BookEvent {
            event_id: yoga,
            places: 1,
        },
    )
    .await;
    send_one(
        &hub,
        &bob,
        "bob-books-01",
        Change::BookEvent {
            event_id: yoga,
            places: 1,
        },
    )
    .await;
    let bobs = my_bookings(&hub, &bob).await;
    assert_eq!(bobs.len(), 1);
    let page: FeedPage = common::get_json(format!("{}/v1/feed/bookings", hub.url()), Some(&bob.token)).await;
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].key, bobs[0].id.to_string());
    // Anonymous callers see no bookings at all, and events carry only counts.
    let page: FeedPage = common::get_json(format!("{}/v1/feed/bookings", hub.url()), None).await;
    assert!(page.items.is_empty());
    let raw = client()
        .get(format!("{}/v1/events", hub.url()))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!raw.contains("Ann") && !raw.contains("account"));
}

/// The booking storm at a small scale: many members at once for a few places. Exactly the
/// capacity is confirmed, everyone else waits in arrival order, nothing fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_booking_storm_confirms_exactly_the_capacity() {
    let hub = TestHub::start(true).await;
    let event_id = hub.event("Well person check", 20, Duration::days(2)).await;
    let mut people = Vec::new();
    for i in 0..200 {
        people.push(hub.person(&format!("Storm {i}"), &[]).await);
    }
    let url = hub.url();
    let tasks: Vec<_> = people
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let url = url.clone();
            tokio::spawn(async move {
                let resp = client()
                    .post(format!("{url}/v1/changes"))
                    .bearer_auth(&p.token)
                    .json(&serde_json::json!({ "changes": [envelope(&format!("storm-key-{i}"), Change::BookEvent { event_id, places: 1 })] }))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(resp.status(), StatusCode::OK);
                resp.json::<ChangeResults>().await.unwrap().results.remove(0)
            })
        })
        .collect();
    let mut results = Vec::new();
    for t in tasks {
        results.push(t.await.unwrap());
    }
    let confirmed = results.iter().filter(|r| r.code == "confirmed").count();
    let waitlisted: Vec<_> = results.iter().filter(|r| r.code == "waitlisted").collect();
    assert_eq!(confirmed, 20);
    assert_eq!(waitlisted.len(), 180);
    // Waiting-list positions are 1..=180, in the order the hub took the bookings.
    let mut by_arrival: Vec<_> = waitlisted.iter().map(|r| r.booking.clone().unwrap()).collect();
    by_arrival.sort_by_key(|b| b.id);
    for (i, b) in by_arrival.iter().enumerate() {
        assert_eq!(b.waitlist_position, Some(i as i64 + 1));
    }
    let e = event(&hub, event_id).await;
    assert_eq!((e.places_left, e.waiting), (0, 180));
}
