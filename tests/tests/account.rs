//! The member's account end to end, through the bindings' Rust API against a real hub:
//! reservations and their queue, the hold shelf, renewals, reading history, joining, the desk, and
//! that one member can neither see nor change another's.

use std::sync::Arc;

use chrono::Duration;
use cml_api::london::today;
use cml_api::{Change, Role};
use cml_e2e::{app, hub_with_records, record_id, send_direct, signed_in, Fault, FaultProxy};
use cml_ffi::cml_core::JoinForm;
use cml_ffi::{CmlApp, CmlError};
use cml_hub::testing::{TestHub, TestPerson};

/// Runs the hub's expiry of uncollected holds now (the hub does this every minute).
async fn expire(hub: &TestHub) -> u64 {
    hub.db()
        .write(|c| cml_hub::circulation::expire_due(c, chrono::Utc::now()))
        .await
        .unwrap()
}

/// Moves a ready hold's shelf date to yesterday, as if a week had passed.
async fn shelf_date_passed(hub: &TestHub, hold_id: i64) {
    let yesterday = (today(chrono::Utc::now()) - Duration::days(1)).to_string();
    hub.db()
        .write(move |c| {
            c.exec(
                "UPDATE holds SET ready_until = $2 WHERE id = $1",
                cml_hub::params![hold_id, yesterday.clone()],
            )
        })
        .await
        .unwrap();
}

/// Ann, Bob and Cat, members, and Vera, on the desk at the three libraries with copies.
async fn people(hub: &TestHub) -> (TestPerson, TestPerson, TestPerson, TestPerson) {
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    hub.desk_volunteer(&vera, &["BAS", "BRE", "HOL"]).await;
    (
        hub.person("Ann", &[]).await,
        hub.person("Bob", &[]).await,
        hub.person("Cat", &[]).await,
        vera,
    )
}

#[tokio::test]
async fn a_reservation_queues_first_come_first_served_waits_on_the_shelf_and_passes_on() {
    let hub = hub_with_records().await;
    let (ann, bob, cat, vera) = people(&hub).await;
    let proxy = FaultProxy::start(hub.addr()).await;
    let (ann_dir, ann_app) = signed_in(&proxy.url(), &ann).await;
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;
    let (_c, cat_app) = signed_in(&hub.url(), &cat).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let garden = record_id(&ann_app, "secret garden");

    // The only copy goes out to Cat.
    let lent = desk.desk_checkout("T2-A".into(), cat.card.clone()).await.unwrap();
    assert_eq!(lent.code.as_deref(), Some("checked_out"), "{lent:?}");
    assert!(lent.outcome.unwrap().contains("lent to Cat"));

    // Ann opens the app with no signal and reserves; Bob reserves online before Ann's phone
    // reconnects.
    proxy.set(Fault::DropRequest);
    drop(ann_app);
    let ann_app = app(&ann_dir, &proxy.url());
    let offline = ann_app.reserve(garden, Some("BRE".into())).await.unwrap();
    assert_eq!(offline.state, "waiting");
    assert_eq!(
        offline.summary,
        "Reserve The secret garden to collect at Brewood Library"
    );
    let pending = ann_app.holds().unwrap();
    assert_eq!(pending[0].status, "waiting_to_send");
    let bobs = bob_app.reserve(garden, Some("BRE".into())).await.unwrap();
    assert_eq!(bobs.code.as_deref(), Some("reserved"));
    assert_eq!(bob_app.holds().unwrap()[0].queue_position, Some(1));

    // Back online: Ann's reservation is confirmed, second in the queue.
    proxy.set(Fault::Pass);
    ann_app.sync(None).await.unwrap();
    let change = &ann_app.changes(10).unwrap()[0];
    assert_eq!(change.code.as_deref(), Some("reserved"));
    assert!(
        change.outcome.as_deref().unwrap().contains("2nd of 2 in the queue"),
        "{change:?}"
    );
    let held = &ann_app.holds().unwrap()[0];
    assert_eq!(
        (held.status.as_str(), held.queue_position, held.queue_length),
        ("waiting", Some(2), 2)
    );
    assert_eq!(held.status_text, "2nd of 2 in the queue");

    // Cat cannot renew: others are waiting. Nothing changes.
    cat_app.sync(None).await.unwrap();
    let loan = cat_app.loans().unwrap().remove(0);
    assert_eq!(loan.title, "The secret garden");
    let refused = cat_app.renew(loan.loan_id).await.unwrap();
    assert_eq!(refused.state, "refused");
    assert_eq!(refused.code.as_deref(), Some("reserved_by_another"));
    assert!(refused
        .outcome
        .unwrap()
        .starts_with("Another member is waiting for The secret garden"));
    cat_app.sync(None).await.unwrap();
    assert_eq!(cat_app.loans().unwrap()[0].renewals, 0);
    assert_eq!(cat_app.loans().unwrap()[0].due_date, loan.due_date);

    // Cat returns it at Brewood: it goes on the hold shelf for Bob, first in the queue.
    let back = desk.desk_checkin("T2-A".into(), Some("BRE".into())).await.unwrap();
    assert!(
        back.outcome.as_deref().unwrap().contains("hold shelf for Bob"),
        "{back:?}"
    );
    bob_app.sync(None).await.unwrap();
    let ready = bob_app.holds().unwrap().remove(0);
    assert_eq!(ready.status, "ready");
    let shelf_day = today(chrono::Utc::now()) + Duration::days(7);
    assert_eq!(ready.ready_until.as_deref(), Some(shelf_day.to_string().as_str()));
    assert!(ready
        .status_text
        .starts_with("Ready to collect at Brewood Library until "));
    let news = bob_app.notices().unwrap();
    assert_eq!(news[0].kind, "hold_ready");
    assert!(news[0]
        .text
        .starts_with("The secret garden is ready for you to collect at Brewood Library until "));
    ann_app.sync(None).await.unwrap();
    assert_eq!(ann_app.holds().unwrap()[0].status_text, "1st of 1 in the queue");
    cat_app.sync(None).await.unwrap();
    assert!(cat_app.loans().unwrap().is_empty());

    // Bob does not collect it by the shelf date: it passes to Ann.
    assert_eq!(expire(&hub).await, 0, "nothing is due to expire yet");
    shelf_date_passed(&hub, ready.hold_id.unwrap()).await;
    assert_eq!(expire(&hub).await, 1);
    bob_app.sync(None).await.unwrap();
    assert!(bob_app.holds().unwrap().is_empty());
    assert_eq!(bob_app.notices().unwrap()[0].kind, "hold_expired");
    ann_app.sync(None).await.unwrap();
    let anns = ann_app.holds().unwrap().remove(0);
    assert_eq!(anns.status, "ready", "{anns:?}");

    // Another member cannot take the copy kept for Ann; Ann can, and the hold is collected.
    let kept = desk.desk_checkout("T2-A".into(), cat.card.clone()).await.unwrap();
    assert_eq!(kept.code.as_deref(), Some("kept_for_another"));
    let collected = desk.desk_checkout("T2-A".into(), ann.card.clone()).await.unwrap();
    assert_eq!(collected.code.as_deref(), Some("checked_out"));
    ann_app.sync(None).await.unwrap();
    assert!(ann_app.holds().unwrap().is_empty());
    let loan = ann_app.loans().unwrap().remove(0);
    assert_eq!(loan.days_left, 21);
    assert!(loan.due_text.starts_with("Due back "), "{}", loan.due_text);
    // Nobody waits now: Ann's renewal goes through.
    let renewed = ann_app.renew(loan.loan_id).await.unwrap();
    assert_eq!(renewed.code.as_deref(), Some("renewed"), "{renewed:?}");
    assert_eq!(ann_app.loans().unwrap()[0].renewals, 1);
    assert_eq!(ann_app.loans().unwrap()[0].renewals_left, 2);
}

#[tokio::test]
async fn holds_pause_move_and_cancel_and_bad_input_changes_nothing() {
    let hub = hub_with_records().await;
    let (ann, _, _, vera) = people(&hub).await;
    let (_a, app) = signed_in(&hub.url(), &ann).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let eyre = record_id(&app, "jane eyre");

    // No pickup given: the member's home library (Baswich, for test people).
    let placed = app.reserve(eyre, None).await.unwrap();
    assert_eq!(placed.code.as_deref(), Some("reserved"), "{placed:?}");
    let hold = app.holds().unwrap().remove(0);
    assert_eq!(hold.pickup, "BAS");
    let id = hold.hold_id.unwrap();
    let before = app.changes(100).unwrap().len();

    // Bad input: a typed error naming the field, and nothing queued or changed.
    let yesterday = (today(chrono::Utc::now()) - Duration::days(1)).to_string();
    for (until, field) in [
        (yesterday.as_str(), "until"),
        ("2099-01-01", "until"),
        ("1 March", "until"),
    ] {
        match app.suspend_hold(id, until.into()).await {
            Err(CmlError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{until}: {other:?}"),
        }
    }
    match app.reserve(eyre, Some("NOPE".into())).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "pickup"),
        other => panic!("{other:?}"),
    }
    match app.reserve(eyre, Some("X".repeat(300))).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "pickup"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.reserve(999_999, None).await,
        Err(CmlError::NotFound { .. })
    ));
    match app.reserve(eyre, None).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "already_reserved"),
        other => panic!("{other:?}"),
    }
    let local_history = record_id(&app, "cannock chase");
    match app.reserve(local_history, None).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "not_reservable"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(app.cancel_hold(424_242).await, Err(CmlError::NotFound { .. })));
    assert_eq!(app.changes(100).unwrap().len(), before);
    // The hub refuses the same things when a change reaches it some other way.
    for (change, code) in [
        (
            Change::PlaceHold {
                record_id: 999_999,
                pickup: "BAS".into(),
                for_card: None,
            },
            "not_found",
        ),
        (
            Change::PlaceHold {
                record_id: eyre,
                pickup: "NOPE".into(),
                for_card: None,
            },
            "invalid_input",
        ),
        (
            Change::PlaceHold {
                record_id: local_history,
                pickup: "BAS".into(),
                for_card: None,
            },
            "not_reservable",
        ),
        (
            Change::PlaceHold {
                record_id: eyre,
                pickup: "BAS".into(),
                for_card: None,
            },
            "already_reserved",
        ),
        (
            Change::SuspendHold {
                hold_id: id,
                until: today(chrono::Utc::now()),
            },
            "invalid_input",
        ),
        (
            Change::PlaceHold {
                record_id: eyre,
                pickup: "B".repeat(40),
                for_card: None,
            },
            "invalid_input",
        ),
    ] {
        let result = send_direct(&hub, &ann, change.clone()).await;
        assert_eq!(result.code, code, "{change:?}: {result:?}");
        assert_eq!(result.status, cml_api::ChangeStatus::Refused);
    }
    app.sync(None).await.unwrap();
    assert_eq!(app.holds().unwrap().len(), 1);

    // Paused: it keeps its place, but a returned copy passes it by.
    let until = today(chrono::Utc::now()) + Duration::days(10);
    let paused = app.suspend_hold(id, until.to_string()).await.unwrap();
    assert_eq!(paused.code.as_deref(), Some("suspended"));
    let hold = app.holds().unwrap().remove(0);
    assert_eq!(hold.status, "suspended");
    assert!(hold.can_resume && !hold.can_suspend);
    let back = desk.desk_checkin("T1-A".into(), Some("BAS".into())).await.unwrap();
    assert!(back.outcome.unwrap().contains("Put it back on the shelf"));
    app.sync(None).await.unwrap();
    assert_eq!(app.holds().unwrap()[0].status, "suspended");
    assert_eq!(app.resume_hold(id).await.unwrap().code.as_deref(), Some("resumed"));
    assert_eq!(app.holds().unwrap()[0].status, "waiting");

    // Moved to Holmcroft; and from now on every reservation goes to Brewood by default.
    let moved = app.change_pickup(Some(id), "HOL".into()).await.unwrap();
    assert_eq!(moved.code.as_deref(), Some("pickup_changed"));
    assert_eq!(app.holds().unwrap()[0].pickup_name, "Holmcroft Library");
    app.set_default_pickup("bre".into()).await.unwrap();
    assert_eq!(app.whoami().unwrap().unwrap().default_pickup.as_deref(), Some("BRE"));
    let veg = record_id(&app, "vegetables");
    app.reserve(veg, None).await.unwrap();
    let all = app.holds().unwrap();
    assert_eq!(all.iter().find(|h| h.record_id == veg).unwrap().pickup, "BRE");
    let moved_all = app.change_pickup(None, "GLA".into()).await.unwrap();
    assert_eq!(
        moved_all.outcome.as_deref(),
        Some("Your 2 reservations will be collected at Glascote Library.")
    );
    app.sync(None).await.unwrap();
    assert!(app.holds().unwrap().iter().all(|h| h.pickup == "GLA"));

    // Cancelled: gone from the list, here and at the hub.
    assert_eq!(app.cancel_hold(id).await.unwrap().code.as_deref(), Some("cancelled"));
    app.sync(None).await.unwrap();
    assert!(app.holds().unwrap().iter().all(|h| h.hold_id != Some(id)));

    // The hold limit: ten at once.
    let extra = 10 - app.holds().unwrap().len() as i64;
    let account = ann.id;
    hub.db()
        .write(move |c| {
            for _ in 0..extra {
                c.exec(
                    "INSERT INTO holds (record_id, account_id, pickup, status, placed_at, updated_at) \
                     SELECT id, $1, 'BAS', 'waiting', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM records \
                     WHERE control_number = 'T3'",
                    cml_hub::params![account],
                )?;
            }
            Ok::<_, cml_hub::db::DbError>(())
        })
        .await
        .unwrap();
    let limited = app.reserve(eyre, None).await.unwrap();
    assert_eq!(limited.code.as_deref(), Some("hold_limit"), "{limited:?}");
}

#[tokio::test]
async fn one_member_can_neither_see_nor_change_anothers_holds_loans_or_history() {
    let hub = hub_with_records().await;
    let (ann, bob, _, vera) = people(&hub).await;
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let eyre = record_id(&ann_app, "jane eyre");
    ann_app.reserve(eyre, None).await.unwrap();
    ann_app.set_reading_history(true).await.unwrap();
    desk.desk_checkout("T3-A".into(), ann.card.clone()).await.unwrap();
    desk.desk_checkin("T3-A".into(), None).await.unwrap();
    desk.desk_checkout("T2-A".into(), ann.card.clone()).await.unwrap();
    ann_app.sync(None).await.unwrap();
    let hold_id = ann_app.holds().unwrap()[0].hold_id.unwrap();
    let loan_id = ann_app.loans().unwrap()[0].loan_id;
    assert_eq!(ann_app.reading_history().unwrap().len(), 1);

    // Through the API: Bob's phone knows nothing of Ann's.
    bob_app.sync(None).await.unwrap();
    assert!(bob_app.holds().unwrap().is_empty());
    assert!(bob_app.loans().unwrap().is_empty());
    assert!(bob_app.reading_history().unwrap().is_empty());
    assert!(matches!(
        bob_app.cancel_hold(hold_id).await,
        Err(CmlError::NotFound { .. })
    ));
    assert!(matches!(bob_app.renew(loan_id).await, Err(CmlError::NotFound { .. })));

    // Straight at the hub with Bob's token: nothing to read, nothing changed.
    let http = reqwest::Client::new();
    for path in ["v1/holds", "v1/loans", "v1/history"] {
        let body: serde_json::Value = http
            .get(format!("{}/{path}", hub.url()))
            .bearer_auth(&bob.token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(body, serde_json::json!([]), "{path}");
        let anon = http.get(format!("{}/{path}", hub.url())).send().await.unwrap();
        assert_eq!(anon.status(), 401, "{path} without a token");
    }
    for collection in ["holds", "loans", "history"] {
        let page: cml_api::FeedPage = http
            .get(format!("{}/v1/feed/{collection}", hub.url()))
            .bearer_auth(&bob.token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert!(page.items.is_empty(), "{collection}: {page:?}");
    }
    for change in [
        Change::CancelHold { hold_id },
        Change::SuspendHold {
            hold_id,
            until: today(chrono::Utc::now()) + Duration::days(5),
        },
        Change::ChangePickup {
            hold_id: Some(hold_id),
            pickup: "HOL".into(),
        },
        Change::Renew { loan_id },
    ] {
        let result = send_direct(&hub, &bob, change.clone()).await;
        assert_eq!(result.code, "not_found", "{change:?}");
    }
    // Bob deleting "his" history leaves Ann's; a member cannot work the desk.
    assert_eq!(
        send_direct(&hub, &bob, Change::DeleteReadingHistory).await.code,
        "history_deleted"
    );
    let desk_try = send_direct(
        &hub,
        &bob,
        Change::Checkin {
            barcode: "T2-A".into(),
            library: "BAS".into(),
        },
    )
    .await;
    assert_eq!(desk_try.code, "not_allowed");
    ann_app.sync(None).await.unwrap();
    let hold = &ann_app.holds().unwrap()[0];
    assert_eq!((hold.status.as_str(), hold.pickup.as_str()), ("waiting", "BAS"));
    assert_eq!(ann_app.loans().unwrap()[0].renewals, 0);
    assert_eq!(ann_app.reading_history().unwrap().len(), 1);
}

#[tokio::test]
async fn reading_history_is_off_until_turned_on_and_can_be_deleted() {
    let hub = hub_with_records().await;
    let (ann, _, _, vera) = people(&hub).await;
    let (_a, app) = signed_in(&hub.url(), &ann).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let borrow_and_return = || async {
        let out = desk.desk_checkout("T3-A".into(), ann.card.clone()).await.unwrap();
        assert_eq!(out.code.as_deref(), Some("checked_out"), "{out:?}");
        let back = desk.desk_checkin("T3-A".into(), None).await.unwrap();
        assert_eq!(back.code.as_deref(), Some("checked_in"), "{back:?}");
    };
    assert!(!app.whoami().unwrap().unwrap().history_enabled);
    borrow_and_return().await;
    app.sync(None).await.unwrap();
    assert!(app.reading_history().unwrap().is_empty(), "off by default");

    app.set_reading_history(true).await.unwrap();
    borrow_and_return().await;
    app.sync(None).await.unwrap();
    assert!(app.whoami().unwrap().unwrap().history_enabled);
    let entries = app.reading_history().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].title, "Grow your own vegetables");

    app.set_reading_history(false).await.unwrap();
    borrow_and_return().await;
    app.sync(None).await.unwrap();
    assert_eq!(
        app.reading_history().unwrap().len(),
        1,
        "off again: nothing new, the old list kept"
    );

    app.delete_reading_history().await.unwrap();
    assert!(app.reading_history().unwrap().is_empty());
    app.sync(None).await.unwrap();
    assert!(app.reading_history().unwrap().is_empty());
    let at_hub: serde_json::Value = cml_e2e::get_as(&hub, &ann, "/v1/history").await;
    assert_eq!(at_hub, serde_json::json!([]));
}

fn form(name: &str) -> JoinForm {
    JoinForm {
        name: name.into(),
        address: "1 Church Lane, Brewood".into(),
        postcode: "st19 9aa".into(),
        date_of_birth: "1948-05-02".into(),
        home_library: "BRE".into(),
        email: Some("joan@example.org".into()),
        phone: None,
        pin: "4826".into(),
    }
}

#[tokio::test]
async fn joining_gives_a_provisional_card_that_a_coordinator_confirms() {
    let hub = hub_with_records().await;
    let coordinator = hub.person("Cora", &[Role::Coordinator]).await;
    let member = hub.person("Meg", &[]).await;
    let dir = tempfile::tempdir().unwrap();
    let app: Arc<CmlApp> = app(&dir, &hub.url());
    app.sync(None).await.unwrap();

    // Bad input: a typed error naming the field, and nobody registered.
    let too_long = "x".repeat(101);
    for (bad, field) in [
        (
            JoinForm {
                date_of_birth: "2999-01-01".into(),
                ..form("Joan")
            },
            "date_of_birth",
        ),
        (
            JoinForm {
                date_of_birth: "2 May 1948".into(),
                ..form("Joan")
            },
            "date_of_birth",
        ),
        (
            JoinForm {
                postcode: "12345".into(),
                ..form("Joan")
            },
            "postcode",
        ),
        (form(&too_long), "name"),
        (
            JoinForm {
                home_library: "NOPE".into(),
                ..form("Joan")
            },
            "home_library",
        ),
        (
            JoinForm {
                email: Some("joan at home".into()),
                ..form("Joan")
            },
            "email",
        ),
        (
            JoinForm {
                pin: "12".into(),
                ..form("Joan")
            },
            "pin",
        ),
    ] {
        match app.join(bad).await {
            Err(CmlError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    let (_c, coord_app) = signed_in(&hub.url(), &coordinator).await;
    assert!(coord_app.pending_members().await.unwrap().is_empty());

    let receipt = app.join(form("Joan Smith")).await.unwrap();
    assert!(receipt.provisional);
    assert!(receipt.card.starts_with("29") && receipt.card.len() == 10);
    assert!(receipt.message.contains("Brewood Library"), "{}", receipt.message);

    // The new member can sign in at once, with a provisional card that cannot reserve yet.
    let account = app.login(receipt.card.clone(), "4826".into()).await.unwrap();
    assert!(account.provisional);
    let card = app.card().unwrap();
    assert_eq!(
        (card.symbology.as_str(), card.barcode_content.as_str()),
        ("code128", receipt.card.as_str())
    );
    assert!(card.provisional && card.status_text.starts_with("Not confirmed yet"));
    app.sync(None).await.unwrap();
    let eyre = record_id(&app, "jane eyre");
    match app.reserve(eyre, None).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "card_not_confirmed"),
        other => panic!("{other:?}"),
    }

    // A member may not see who is waiting; the coordinator confirms the card.
    let (_m, member_app) = signed_in(&hub.url(), &member).await;
    assert!(matches!(
        member_app.pending_members().await,
        Err(CmlError::NotAllowed { .. })
    ));
    assert!(matches!(
        member_app.confirm_member(receipt.card.clone()).await,
        Err(CmlError::NotAllowed { .. })
    ));
    let pending = coord_app.pending_members().await.unwrap();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        (pending[0].name.as_str(), pending[0].postcode.as_str()),
        ("Joan Smith", "ST19 9AA")
    );
    coord_app.confirm_member(receipt.card.clone()).await.unwrap();
    match coord_app.confirm_member(receipt.card.clone()).await {
        Err(CmlError::Conflict { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        coord_app.confirm_member("2999999999".into()).await,
        Err(CmlError::NotFound { .. })
    ));
    assert!(coord_app.pending_members().await.unwrap().is_empty());

    app.sync(None).await.unwrap();
    assert!(!app.whoami().unwrap().unwrap().provisional);
    assert!(!app.card().unwrap().provisional);
    let placed = app.reserve(eyre, None).await.unwrap();
    assert_eq!(placed.code.as_deref(), Some("reserved"), "{placed:?}");
    assert_eq!(
        app.holds().unwrap()[0].pickup,
        "BRE",
        "the home library is the usual pickup"
    );
}

#[tokio::test]
async fn cancelling_a_ready_reservation_passes_the_copy_to_the_next_in_the_queue() {
    let hub = hub_with_records().await;
    let (ann, bob, _, vera) = people(&hub).await;
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let garden = record_id(&ann_app, "secret garden");
    ann_app.reserve(garden, Some("BRE".into())).await.unwrap();
    bob_app.reserve(garden, Some("HOL".into())).await.unwrap();
    // The copy on the shelf is picked for Ann: checked in at her pickup library, it is ready.
    let trapped = desk.desk_checkin("T2-A".into(), Some("BRE".into())).await.unwrap();
    assert!(trapped.outcome.unwrap().contains("hold shelf for Ann"));
    ann_app.sync(None).await.unwrap();
    let hold = ann_app.holds().unwrap().remove(0);
    assert_eq!(hold.status, "ready");
    // Ann cancels: Bob is next, and the copy travels to Holmcroft for him.
    ann_app.cancel_hold(hold.hold_id.unwrap()).await.unwrap();
    bob_app.sync(None).await.unwrap();
    let bobs = bob_app.holds().unwrap().remove(0);
    assert_eq!(
        (bobs.status.as_str(), bobs.status_text.as_str()),
        ("in_transit", "On its way to Holmcroft Library")
    );
    let arrived = desk.desk_checkin("T2-A".into(), Some("HOL".into())).await.unwrap();
    assert!(arrived.outcome.unwrap().contains("hold shelf for Bob"));
    bob_app.sync(None).await.unwrap();
    assert_eq!(bob_app.holds().unwrap()[0].status, "ready");
}

/// The roles the hub gives `who` now (`GET /v1/me`).
async fn roles_at_hub(hub: &TestHub, who: &TestPerson) -> Vec<String> {
    let me: cml_api::Account = cml_e2e::get_as(hub, who, "/v1/me").await;
    me.roles.iter().map(|r| r.as_str().to_owned()).collect()
}

/// The desk is tied to the libraries where a volunteer is a branch volunteer: a volunteer with
/// roles at two libraries cannot lend or take back at a third (which would move another member's
/// reservation there), and with their last role goes the account's volunteer role.
#[tokio::test]
async fn the_desk_works_only_where_the_volunteer_is_a_branch_volunteer() {
    let hub = hub_with_records().await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let vera = hub.person("Vera", &[]).await;
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    coord
        .grant_volunteer_role(vera.card.clone(), "BAS".into(), "branch_volunteer".into())
        .await
        .unwrap();
    coord
        .grant_volunteer_role(vera.card.clone(), "BRE".into(), "event_host".into())
        .await
        .unwrap();
    // Bob waits for Jane Eyre at Holmcroft.
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;
    let eyre = record_id(&bob_app, "eyre");
    assert_eq!(
        bob_app.reserve(eyre, Some("HOL".into())).await.unwrap().code.as_deref(),
        Some("reserved")
    );
    bob_app.sync(None).await.unwrap();
    let bobs_hold = bob_app.holds().unwrap()[0].status.clone();

    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    // Baswich's copy, at Baswich: lent.
    let lent = desk.desk_checkout("T1-A".into(), ann.card.clone()).await.unwrap();
    assert_eq!(lent.code.as_deref(), Some("checked_out"), "{lent:?}");
    // Holmcroft's copy, and Baswich's copy taken back at Holmcroft: refused, nothing moves.
    let elsewhere = desk.desk_checkout("T1-B".into(), ann.card.clone()).await.unwrap();
    assert_eq!(elsewhere.code.as_deref(), Some("not_allowed"), "{elsewhere:?}");
    assert!(
        elsewhere.outcome.as_deref().unwrap().contains("Holmcroft Library"),
        "{elsewhere:?}"
    );
    let back_there = desk.desk_checkin("T1-A".into(), Some("HOL".into())).await.unwrap();
    assert_eq!(back_there.code.as_deref(), Some("not_allowed"), "{back_there:?}");
    // An event host at Brewood is not on its desk either.
    let brewood = desk.desk_checkin("T1-A".into(), Some("BRE".into())).await.unwrap();
    assert_eq!(brewood.code.as_deref(), Some("not_allowed"), "{brewood:?}");
    bob_app.sync(None).await.unwrap();
    assert_eq!(bob_app.holds().unwrap()[0].status, bobs_hold);
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    assert_eq!(ann_app.loans().unwrap().len(), 1);

    // Her roles removed, Vera is no longer a volunteer at all.
    coord
        .remove_volunteer_role(vera.card.clone(), "BAS".into(), "branch_volunteer".into())
        .await
        .unwrap();
    assert!(roles_at_hub(&hub, &vera).await.contains(&"volunteer".to_owned()));
    coord
        .remove_volunteer_role(vera.card.clone(), "BRE".into(), "event_host".into())
        .await
        .unwrap();
    assert!(!roles_at_hub(&hub, &vera).await.contains(&"volunteer".to_owned()));
    let after = desk.desk_checkin("T1-A".into(), Some("BAS".into())).await.unwrap();
    assert_eq!(after.code.as_deref(), Some("not_allowed"), "{after:?}");
    assert!(
        after.outcome.as_deref().unwrap().starts_with("Only volunteers"),
        "{after:?}"
    );
}
