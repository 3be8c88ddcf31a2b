//! The programme end to end, through the bindings' Rust API against a real hub: coordinators
//! create (across a clock change), edit and cancel events and the people booked hear of it; a
//! series is booked at once; the host checks people in at the door offline; partner services book
//! rooms without double booking.

use std::sync::Arc;

use chrono::{Duration, Utc};
use cml_api::{Change, ChangeStatus, Role};
use cml_e2e::{app, send_direct, send_to, signed_in, Fault, FaultProxy};
use cml_ffi::cml_core::{EventFilter, EventForm};
use cml_ffi::{CmlApp, CmlError};
use cml_hub::testing::{TestHub, TestPerson};

fn form(title: &str, starts: &str, ends: &str) -> EventForm {
    EventForm {
        library: "BAS".into(),
        title: title.into(),
        description: "Songs, stories and tea for people living with dementia and their carers.".into(),
        category: "reminiscence".into(),
        audience: Some("People living with dementia and their carers".into()),
        room_id: None,
        starts: starts.into(),
        ends: ends.into(),
        capacity: 1,
        booking_required: true,
        accessibility: "Step-free; hearing loop.".into(),
        host_card: None,
        repeat_weekly: None,
    }
}

/// "YYYY-MM-DD HH:MM" in UK time, `days` from today.
fn local(days: i64, time: &str) -> String {
    let day = cml_api::london::today(Utc::now()) + Duration::days(days);
    format!("{day} {time}")
}

fn in_minutes(m: i64) -> String {
    cml_api::london::to_local(Utc::now() + Duration::minutes(m))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

fn all() -> EventFilter {
    EventFilter {
        library: None,
        category: None,
        from_date: None,
        to_date: None,
    }
}

async fn roster_at_hub(hub: &TestHub, who: &TestPerson, event: i64) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{}/v1/events/{event}/roster", hub.url()))
        .bearer_auth(&who.token)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn coordinators_run_the_programme_and_the_people_booked_hear_of_changes() {
    let hub = TestHub::start(true).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    let (_b, bob_app) = signed_in(&hub.url(), &bob).await;

    // A weekly series across the next clock change (BST starts on the last Sunday of March),
    // from the Monday before it: every session is at 10am UK time, so 10:00 UTC before and 09:00
    // UTC after.
    let spring = cml_e2e::next_spring_change();
    let (first_day, second_day) = (spring - Duration::days(6), spring + Duration::days(1));
    let at = |day: chrono::NaiveDate, time: &str| format!("{day} {time}");
    let series = coord
        .create_event(EventForm {
            host_card: Some(vera.card.clone()),
            repeat_weekly: Some(3),
            ..form("Memory café", &at(first_day, "10:00"), &at(first_day, "11:30"))
        })
        .await
        .unwrap();
    assert_eq!(series.len(), 4);
    let series_id = series[0].series_id.expect("a series");
    assert!(series.iter().all(|e| e.series_id == Some(series_id)));
    assert!(series.iter().all(|e| e.when.ends_with("10am to 11:30am")), "{series:?}");
    let utc = |i: usize| chrono::DateTime::from_timestamp(series[i].starts_at, 0).unwrap();
    assert_eq!(utc(0).to_rfc3339(), format!("{first_day}T10:00:00+00:00"));
    assert_eq!(utc(1).to_rfc3339(), format!("{second_day}T09:00:00+00:00"));
    assert_eq!(series[0].audience, "People living with dementia and their carers");

    // Bad input: a typed error naming the field, and no event made.
    let count = |app: &CmlApp| app.events(all()).unwrap().len();
    ann_app.sync(None).await.unwrap();
    let before = count(&ann_app);
    for (bad, field) in [
        (form("Memory café", &local(3, "11:00"), &local(3, "10:00")), "ends"),
        (form("Memory café", "2020-01-01 10:00", "2020-01-01 11:00"), "starts"),
        (form("Memory café", "next tuesday", &local(3, "11:00")), "starts"),
        (
            EventForm {
                library: "NOPE".into(),
                ..form("Memory café", &local(3, "10:00"), &local(3, "11:00"))
            },
            "library",
        ),
        (
            EventForm {
                capacity: 1000,
                ..form("Memory café", &local(3, "10:00"), &local(3, "11:00"))
            },
            "capacity",
        ),
        (
            EventForm {
                host_card: Some(ann.card.clone()),
                ..form("Memory café", &local(3, "10:00"), &local(3, "11:00"))
            },
            "host_card",
        ),
        (
            EventForm {
                title: "x".repeat(500),
                ..form("Memory café", &local(3, "10:00"), &local(3, "11:00"))
            },
            "title",
        ),
    ] {
        match coord.create_event(bad).await {
            Err(CmlError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    // Members cannot run the programme or read a door list.
    assert!(matches!(
        ann_app
            .create_event(form("Mine", &local(3, "10:00"), &local(3, "11:00")))
            .await,
        Err(CmlError::NotAllowed { .. })
    ));
    assert_eq!(roster_at_hub(&hub, &ann, series[0].id).await.status(), 403);
    ann_app.sync(None).await.unwrap();
    assert_eq!(count(&ann_app), before, "no event was made by the refused forms");

    // Ann books the whole series; Bob waits for the first session.
    let booked = ann_app.book_series(series_id, 1).await.unwrap();
    assert_eq!(booked.code.as_deref(), Some("confirmed"), "{booked:?}");
    assert_eq!(
        booked.outcome.as_deref(),
        Some("You are booked for 4 sessions of Memory café.")
    );
    assert_eq!(ann_app.my_bookings().unwrap().len(), 4);
    bob_app.sync(None).await.unwrap();
    let waiting = bob_app.book_event(series[0].id, 1).await.unwrap();
    assert_eq!(waiting.code.as_deref(), Some("waitlisted"));

    // The coordinator moves session 2, adds a place to session 1 and cancels session 3.
    let moved = coord
        .update_event(
            series[1].id,
            EventForm {
                host_card: Some(vera.card.clone()),
                ..form("Memory café", &at(second_day, "14:00"), &at(second_day, "15:30"))
            },
        )
        .await
        .unwrap();
    assert!(moved.when.ends_with("2pm to 3:30pm"), "{}", moved.when);
    match coord
        .update_event(
            series[0].id,
            EventForm {
                capacity: 0,
                booking_required: false,
                ..form("Memory café", &at(first_day, "10:00"), &at(first_day, "11:30"))
            },
        )
        .await
    {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "capacity"),
        other => panic!("{other:?}"),
    }
    coord
        .update_event(
            series[0].id,
            EventForm {
                capacity: 2,
                ..form("Memory café", &at(first_day, "10:00"), &at(first_day, "11:30"))
            },
        )
        .await
        .unwrap();
    let cancelled = coord
        .cancel_event(series[2].id, "The leader is unwell.".into())
        .await
        .unwrap();
    assert!(cancelled.cancelled);
    assert!(matches!(
        coord.cancel_event(series[2].id, "Again.".into()).await,
        Err(CmlError::Conflict { .. })
    ));
    match coord.cancel_event(series[3].id, "  ".into()).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "reason"),
        other => panic!("{other:?}"),
    }

    // At their next sync each hears what happened to them, in plain words.
    ann_app.sync(None).await.unwrap();
    let news: Vec<String> = ann_app.notices().unwrap().into_iter().map(|n| n.text).collect();
    assert!(
        news.iter()
            .any(|n| n.starts_with("Memory café has moved: it is now Monday 29 March, 2pm to 3:30pm")),
        "{news:?}"
    );
    assert!(
        news.iter().any(
            |n| n.starts_with("The library has cancelled Memory café (Monday 5 April")
                && n.ends_with("The leader is unwell.")
        ),
        "{news:?}"
    );
    assert_eq!(news.len(), 2, "{news:?}");
    let statuses: Vec<String> = ann_app.my_bookings().unwrap().into_iter().map(|b| b.status).collect();
    assert_eq!(statuses.iter().filter(|s| *s == "event_cancelled").count(), 1);
    bob_app.sync(None).await.unwrap();
    let bobs = bob_app.notices().unwrap();
    assert_eq!(bobs.len(), 1);
    assert_eq!(bobs[0].kind, "promoted");
    assert!(!bobs[0].seen);
    bob_app.mark_notices_seen().unwrap();
    assert!(bob_app.notices().unwrap()[0].seen);
    // The cancelled session cannot be booked.
    match bob_app.book_event(series[2].id, 1).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "event_cancelled"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_host_checks_people_in_at_the_door_offline() {
    let hub = TestHub::start(true).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    let other_volunteer = hub.person("Olu", &[Role::Volunteer]).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let soon = coord
        .create_event(EventForm {
            capacity: 5,
            host_card: Some(vera.card.clone()),
            ..form("Chair yoga", &in_minutes(30), &in_minutes(90))
        })
        .await
        .unwrap()
        .remove(0);
    let later = coord
        .create_event(EventForm {
            host_card: Some(vera.card.clone()),
            ..form("Craft club", &local(3, "14:00"), &local(3, "15:00"))
        })
        .await
        .unwrap()
        .remove(0);
    for (who, places) in [(&ann, 2), (&bob, 1)] {
        let r = send_direct(
            &hub,
            who,
            Change::BookEvent {
                event_id: soon.id,
                places,
            },
        )
        .await;
        assert_eq!(r.code, "confirmed");
    }

    // The host's phone has the door list; then the signal goes.
    let proxy = FaultProxy::start(hub.addr()).await;
    let (dir, host) = signed_in(&proxy.url(), &vera).await;
    let hosted = host.hosted_events().unwrap();
    assert_eq!(hosted.len(), 2);
    let roster = host.roster(soon.id).unwrap();
    assert_eq!(roster.entries.len(), 2);
    assert!(roster.check_in_open);
    let id_of = |name: &str| roster.entries.iter().find(|e| e.name == name).unwrap().booking_id;
    proxy.set(Fault::DropRequest);
    drop(host);
    let host: Arc<CmlApp> = app(&dir, &proxy.url());
    assert_eq!(
        host.mark_attendance(soon.id, id_of("Ann"), true).await.unwrap().state,
        "waiting"
    );
    host.mark_attendance(soon.id, id_of("Bob"), false).await.unwrap();
    host.set_walk_ins(soon.id, 3).await.unwrap();
    let offline = host.roster(soon.id).unwrap();
    assert!(offline.entries.iter().all(|e| e.pending));
    assert_eq!(offline.summary, "2 of 3 booked places here, 1 not come, 3 walk-ins");
    // Not open yet for tomorrow's event; a booking not on this list; a bad count.
    match host.mark_attendance(later.id, id_of("Ann"), true).await {
        Err(CmlError::NotFound { .. }) | Err(CmlError::Conflict { .. }) => {}
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        host.mark_attendance(soon.id, 999_999, true).await,
        Err(CmlError::NotFound { .. })
    ));
    assert!(matches!(
        host.set_walk_ins(soon.id, -1).await,
        Err(CmlError::InvalidInput { .. })
    ));

    // Back online: the marks reach the hub, where the coordinator sees them.
    proxy.set(Fault::Pass);
    host.sync(None).await.unwrap();
    assert!(
        host.changes(10).unwrap().iter().all(|c| c.state == "done"),
        "{:?}",
        host.changes(10)
    );
    let at_hub: cml_api::Roster = roster_at_hub(&hub, &cora, soon.id).await.json().await.unwrap();
    assert_eq!(at_hub.walk_ins, 3);
    let mark = |name: &str| {
        at_hub
            .entries
            .iter()
            .find(|e| e.name == name)
            .unwrap()
            .attendance
            .clone()
    };
    assert_eq!(
        (mark("Ann").as_deref(), mark("Bob").as_deref()),
        (Some("attended"), Some("no_show"))
    );
    assert!(!host.roster(soon.id).unwrap().entries.iter().any(|e| e.pending));

    // Nobody else may mark, or read the list; the member's phone never has it.
    for who in [&other_volunteer, &ann] {
        let r = send_direct(
            &hub,
            who,
            Change::SetAttendance {
                booking_id: id_of("Bob"),
                attended: true,
            },
        )
        .await;
        assert_eq!(r.status, ChangeStatus::Refused);
        assert_eq!(r.code, "not_allowed");
        assert_eq!(roster_at_hub(&hub, who, soon.id).await.status(), 403);
    }
    let (_a, ann_app) = signed_in(&hub.url(), &ann).await;
    assert!(matches!(ann_app.roster(soon.id), Err(CmlError::NotFound { .. })));
    let early = send_direct(
        &hub,
        &vera,
        Change::SetWalkIns {
            event_id: later.id,
            count: 2,
        },
    )
    .await;
    assert_eq!(early.code, "too_early");
}

#[tokio::test]
async fn partner_services_book_rooms_and_never_twice_at_once() {
    let hub = TestHub::start(true).await;
    let partners: Vec<TestPerson> = {
        let mut v = Vec::new();
        for i in 0..8 {
            v.push(hub.person(&format!("Partner {i}"), &[Role::Partner]).await);
        }
        v
    };
    let member = hub.person("Ann", &[]).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let (_p, partner) = signed_in(&hub.url(), &partners[0]).await;
    let rooms = partner.rooms(Some("bas".into())).await.unwrap();
    assert_eq!(rooms.len(), 2);
    let quiet = rooms.iter().find(|r| r.name == "Quiet room").unwrap();
    let community = rooms.iter().find(|r| r.name == "Community room").unwrap();
    assert!(!community.busy.is_empty(), "the demo programme uses the community room");

    // Out of hours, tomorrow evening.
    let booked = partner
        .book_room(quiet.id, local(1, "18:00"), local(1, "20:00"), "Wellbeing group".into())
        .await
        .unwrap();
    assert_eq!(booked.code.as_deref(), Some("room_booked"), "{booked:?}");
    assert_eq!(partner.room_bookings().unwrap().len(), 1);

    // Eight partners race for one slot at once: exactly one gets it.
    let (s, e) = (
        cml_api::london::from_local(
            chrono::NaiveDateTime::parse_from_str(&local(2, "09:00"), "%Y-%m-%d %H:%M").unwrap(),
        ),
        cml_api::london::from_local(
            chrono::NaiveDateTime::parse_from_str(&local(2, "10:00"), "%Y-%m-%d %H:%M").unwrap(),
        ),
    );
    let race: Vec<_> = partners
        .iter()
        .map(|p| {
            let (url, p, room_id) = (hub.url(), p.clone(), quiet.id);
            tokio::spawn(async move {
                let change = Change::BookRoom {
                    room_id,
                    starts_at: s,
                    ends_at: e,
                    purpose: "Drop-in clinic".into(),
                };
                send_to(&url, &p, change).await
            })
        })
        .collect();
    let mut results = Vec::new();
    for task in race {
        results.push(task.await.unwrap());
    }
    assert_eq!(
        results.iter().filter(|r| r.code == "room_booked").count(),
        1,
        "{results:?}"
    );
    assert_eq!(results.iter().filter(|r| r.code == "room_taken").count(), 7);

    // Overlaps are refused; back to back is fine; an event in the room counts too.
    let (_q, second) = signed_in(&hub.url(), &partners[1]).await;
    let overlap = second
        .book_room(quiet.id, local(1, "19:00"), local(1, "21:00"), "Carers' group".into())
        .await
        .unwrap();
    assert_eq!(overlap.code.as_deref(), Some("room_taken"));
    let after = second
        .book_room(quiet.id, local(1, "20:00"), local(1, "21:00"), "Carers' group".into())
        .await
        .unwrap();
    assert_eq!(after.code.as_deref(), Some("room_booked"));
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let clash = coord
        .create_event(EventForm {
            room_id: Some(quiet.id),
            ..form("Talk", &local(1, "17:30"), &local(1, "18:30"))
        })
        .await;
    assert!(matches!(clash, Err(CmlError::Conflict { .. })), "{clash:?}");
    let rooms_at_hub: Vec<cml_api::Room> = reqwest::Client::new()
        .get(format!("{}/v1/rooms?library=BAS", hub.url()))
        .bearer_auth(&partners[0].token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let slot = rooms_at_hub.iter().find(|r| r.id == community.id).unwrap().busy[0].clone();
    let over_event = send_direct(
        &hub,
        &partners[2],
        Change::BookRoom {
            room_id: community.id,
            starts_at: slot.starts_at,
            ends_at: slot.ends_at,
            purpose: "Clinic".into(),
        },
    )
    .await;
    assert_eq!(over_event.code, "room_taken");
    assert!(
        over_event.message.starts_with("The room is taken then by "),
        "{}",
        over_event.message
    );

    // Bad input is refused with the field named; a member cannot book rooms.
    for (starts, ends, purpose, field) in [
        (local(1, "12:00"), local(1, "11:00"), "Group", "ends"),
        (
            "2020-01-01 10:00".to_owned(),
            "2020-01-01 11:00".to_owned(),
            "Group",
            "starts",
        ),
        (local(1, "10:00"), local(1, "11:00"), "", "purpose"),
        ("tomorrow".to_owned(), local(1, "11:00"), "Group", "starts"),
    ] {
        match partner.book_room(quiet.id, starts, ends, purpose.into()).await {
            Err(CmlError::InvalidInput { field: f, .. }) => assert_eq!(f, field),
            other => panic!("{field}: {other:?}"),
        }
    }
    let by_member = send_direct(
        &hub,
        &member,
        Change::BookRoom {
            room_id: quiet.id,
            starts_at: s + Duration::days(3),
            ends_at: e + Duration::days(3),
            purpose: "x".into(),
        },
    )
    .await;
    assert_eq!(by_member.code, "not_allowed");
    let too_long = send_direct(
        &hub,
        &partners[3],
        Change::BookRoom {
            room_id: quiet.id,
            starts_at: s + Duration::days(4),
            ends_at: s + Duration::days(4) + Duration::hours(13),
            purpose: "x".into(),
        },
    )
    .await;
    assert_eq!(too_long.code, "invalid_input");

    // Cancelled: the slot is free again.
    let id = partner.room_bookings().unwrap()[0].id;
    let cancelled = partner.cancel_room_booking(id).await.unwrap();
    assert_eq!(cancelled.code.as_deref(), Some("room_cancelled"));
    assert!(partner.room_bookings().unwrap().iter().all(|b| b.id != id));
    let again = second
        .book_room(quiet.id, local(1, "18:00"), local(1, "19:00"), "Carers' group".into())
        .await
        .unwrap();
    assert_eq!(again.code.as_deref(), Some("room_booked"));
}
