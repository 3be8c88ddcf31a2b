//! Volunteers and the impact report end to end, through the bindings' Rust API against a real hub:
//! check-in and check-out made offline across a clock change, implausible times flagged and fixed,
//! the one-person shift race, and an impact report whose every figure is checked against what the
//! test itself did.

use chrono::{Duration, Utc};
use cml_api::london::today;
use cml_api::{Change, Role};
use cml_e2e::{app, hub_with_records, send_direct, send_to, signed_in, Fault, FaultProxy};
use cml_ffi::cml_core::{DeliveryForm, EventForm, PreferencesForm, SearchQuery};
use cml_ffi::CmlError;
use cml_hub::testing::{TestHub, TestPerson};

fn uk(minutes_from_now: i64) -> String {
    cml_api::london::to_local(Utc::now() + Duration::minutes(minutes_from_now))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// Now plus `minutes`, as the phone taps it (UK offset).
fn tap(minutes: i64) -> String {
    let at = Utc::now() + Duration::minutes(minutes);
    let offset = chrono::FixedOffset::east_opt(cml_api::london::offset_seconds(at)).unwrap();
    at.with_timezone(&offset).to_rfc3339()
}

#[tokio::test]
async fn check_in_and_out_offline_across_the_clock_change_and_fix_what_looks_wrong() {
    let hub = TestHub::start(true).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let proxy = FaultProxy::start(hub.addr()).await;
    let (dir, phone) = signed_in(&proxy.url(), &vera).await;
    proxy.set(Fault::DropRequest);
    drop(phone);
    let phone = app(&dir, &proxy.url());

    // The night the clocks last went back: in at 00:30 BST, out at 03:30 GMT: four hours. Then,
    // earlier that week, out before in, and a day that never ended.
    let night = cml_e2e::last_autumn_change();
    let (backwards_day, long_day) = (night - Duration::days(5), night - Duration::days(4));
    let month = night.format("%Y-%m").to_string();
    let inn = phone
        .check_in(Some("BAS".into()), None, Some(format!("{night}T00:30:00+01:00")))
        .await
        .unwrap();
    assert_eq!(inn.state, "waiting");
    assert!(matches!(
        phone.check_in(Some("BAS".into()), None, None).await,
        Err(CmlError::Conflict { .. })
    ));
    phone.check_out(Some(format!("{night}T03:30:00+00:00"))).await.unwrap();
    phone
        .check_in(
            Some("BAS".into()),
            None,
            Some(format!("{backwards_day}T09:00:00+01:00")),
        )
        .await
        .unwrap();
    phone
        .check_out(Some(format!("{backwards_day}T08:00:00+01:00")))
        .await
        .unwrap();
    phone
        .check_in(Some("BAS".into()), None, Some(format!("{long_day}T08:00:00+01:00")))
        .await
        .unwrap();
    phone
        .check_out(Some(format!("{long_day}T22:00:00+01:00")))
        .await
        .unwrap();
    match phone.check_in(Some("BAS".into()), None, Some("at nine".into())).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "at"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(phone.check_out(None).await, Err(CmlError::Conflict { .. })));

    proxy.set(Fault::Pass);
    phone.sync(None).await.unwrap();
    assert!(
        phone.changes(10).unwrap().iter().all(|c| c.state == "done"),
        "{:?}",
        phone.changes(10)
    );
    let sessions = phone.my_sessions().unwrap();
    assert_eq!(sessions.len(), 3);
    let on =
        |day: chrono::NaiveDate| move |s: &&cml_ffi::cml_core::SessionView| s.check_in.starts_with(&day.to_string());
    let that_night = sessions.iter().find(on(night)).unwrap();
    assert_eq!(that_night.hours, Some(4.0));
    assert_eq!(that_night.text, "4 hours");
    let backwards = sessions.iter().find(on(backwards_day)).unwrap();
    assert_eq!(backwards.flags, ["check_out_before_check_in"]);
    assert_eq!(backwards.hours, None);
    let long = sessions.iter().find(on(long_day)).unwrap().clone();
    assert_eq!(long.flags, ["over_12_hours"]);
    assert_eq!(
        phone
            .my_hours()
            .unwrap()
            .iter()
            .find(|m| m.month == month)
            .unwrap()
            .hours,
        4.0
    );

    // The volunteer fixes the forgotten check-out, with a reason the coordinator sees.
    match phone
        .fix_check_out(long.session.clone(), format!("{long_day}T16:00:00+01:00"), " ".into())
        .await
    {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "reason"),
        other => panic!("{other:?}"),
    }
    let fixed = phone
        .fix_check_out(
            long.session.clone(),
            format!("{long_day}T16:00:00+01:00"),
            "Forgot to check out; left at 4pm.".into(),
        )
        .await
        .unwrap();
    assert_eq!(fixed.code.as_deref(), Some("fixed"), "{fixed:?}");
    phone.sync(None).await.unwrap();
    let long = phone
        .my_sessions()
        .unwrap()
        .into_iter()
        .find(|s| s.session == long.session)
        .unwrap();
    assert_eq!(
        (long.hours, long.fixed_reason.as_deref()),
        (Some(8.0), Some("Forgot to check out; left at 4pm."))
    );
    assert_eq!(
        phone
            .my_hours()
            .unwrap()
            .iter()
            .find(|m| m.month == month)
            .unwrap()
            .hours,
        12.0
    );

    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let lines = coord
        .hours_report(Some("BAS".into()), format!("{month}-01"), night.to_string())
        .await
        .unwrap();
    let mine = lines.iter().find(|l| l.volunteer_card == vera.card).unwrap();
    assert_eq!((mine.hours, mine.sessions, mine.flagged), (12.0, 3, 1));
    assert!(matches!(
        phone.hours_report(None, format!("{month}-01"), night.to_string()).await,
        Err(CmlError::NotAllowed { .. })
    ));
    // A check-in in the future is refused by the hub (the phone's clock is wrong).
    let future = phone
        .check_in(Some("BAS".into()), None, Some(tap(24 * 60)))
        .await
        .unwrap();
    assert_eq!(
        (future.state.as_str(), future.code.as_deref()),
        ("refused", Some("invalid_input"))
    );
}

#[tokio::test]
async fn a_one_person_shift_taken_twice_at_once_goes_to_the_first() {
    let hub = TestHub::start(true).await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    let mut volunteers = Vec::new();
    for i in 0..6 {
        volunteers.push(hub.person(&format!("Volunteer {i}"), &[Role::Volunteer]).await);
    }
    let member = hub.person("Meg", &[]).await;
    let (_c, coord) = signed_in(&hub.url(), &cora).await;
    let opening = coord
        .create_shift(
            "BAS".into(),
            "opening_up".into(),
            "Opening up".into(),
            uk(2 * 24 * 60),
            uk(2 * 24 * 60 + 60),
            1,
            0,
        )
        .await
        .unwrap()
        .remove(0);
    assert_eq!(opening.status_text, "Open");
    match coord
        .create_shift("BAS".into(), "juggling".into(), "".into(), uk(60), uk(120), 1, 0)
        .await
    {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "kind"),
        other => panic!("{other:?}"),
    }

    // Two phones that both saw it open: the first to reach the hub gets it, the second is told.
    let (_a, first) = signed_in(&hub.url(), &volunteers[0]).await;
    let (_b, second) = signed_in(&hub.url(), &volunteers[1]).await;
    assert!(second
        .shifts(Some("BAS".into()))
        .unwrap()
        .iter()
        .any(|s| s.id == opening.id && s.can_sign_up));
    assert_eq!(
        first.sign_up_shift(opening.id).await.unwrap().code.as_deref(),
        Some("signed_up")
    );
    let late = second.sign_up_shift(opening.id).await.unwrap();
    assert_eq!(
        (late.state.as_str(), late.code.as_deref()),
        ("refused", Some("shift_taken"))
    );
    assert!(late
        .outcome
        .unwrap()
        .starts_with("Volunteer 0 took this shift just before you"));
    second.sync(None).await.unwrap();
    let seen = second
        .shifts(None)
        .unwrap()
        .into_iter()
        .find(|s| s.id == opening.id)
        .unwrap();
    assert_eq!(seen.status_text, "Taken by Volunteer 0");
    assert!(!seen.can_sign_up);

    // Four at the very same moment for another one-person shift: exactly one.
    let desk = coord
        .create_shift(
            "BAS".into(),
            "desk".into(),
            "Desk".into(),
            uk(3 * 24 * 60),
            uk(3 * 24 * 60 + 120),
            1,
            0,
        )
        .await
        .unwrap()
        .remove(0);
    let race: Vec<_> = volunteers[2..]
        .iter()
        .map(|v| {
            let (url, v, id) = (hub.url(), v.clone(), desk.id);
            tokio::spawn(async move { send_to(&url, &v, Change::SignUpShift { shift_id: id }).await })
        })
        .collect();
    let mut codes = Vec::new();
    for t in race {
        codes.push(t.await.unwrap().code);
    }
    assert_eq!(codes.iter().filter(|c| *c == "signed_up").count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| *c == "shift_taken").count(), 3, "{codes:?}");

    // Dropping needs a day's notice; members cannot take shifts.
    let soon = coord
        .create_shift(
            "BAS".into(),
            "coffee_morning".into(),
            "Coffee".into(),
            uk(120),
            uk(240),
            2,
            0,
        )
        .await
        .unwrap()
        .remove(0);
    first.sync(None).await.unwrap();
    first.sign_up_shift(soon.id).await.unwrap();
    // Refused on the phone at once (nothing is queued), and by the hub whatever a phone sends.
    match first.drop_shift(soon.id).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "too_late_to_drop"),
        other => panic!("{other:?}"),
    }
    assert_eq!(first.status().unwrap().pending_changes, 0);
    assert_eq!(
        send_direct(&hub, &volunteers[0], Change::DropShift { shift_id: soon.id })
            .await
            .code,
        "too_late"
    );
    let dropped = first.drop_shift(opening.id).await.unwrap();
    assert_eq!(dropped.code.as_deref(), Some("dropped"));
    assert_eq!(
        send_direct(&hub, &member, Change::SignUpShift { shift_id: opening.id })
            .await
            .code,
        "not_allowed"
    );
}

async fn add_library(hub: &TestHub, coordinator: &TestPerson) {
    let resp = reqwest::Client::new()
        .put(format!("{}/v1/libraries/TST", hub.url()))
        .bearer_auth(&coordinator.token)
        .json(&serde_json::json!({
            "code": "TST", "name": "Test Library", "address": "1 High Street, Teston", "postcode": "ST1 1AA",
            "latitude": 52.8, "longitude": -2.1, "email": null, "phone": null, "hours": [], "closures": []
        }))
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.status());
    let db = hub.db().clone();
    tokio::task::spawn_blocking(move || {
        let csv = "barcode,record,branch\nX1,T1,TST\nX2,T2,TST\nX3,T3,TST\n";
        let items =
            cml_hub::catalogue::import_items(&db, "tst.csv", csv, &cml_hub::catalogue::BranchMapping::AsIs).unwrap();
        assert_eq!(items.imported, 3);
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn the_impact_report_counts_exactly_what_happened() {
    let hub = hub_with_records().await;
    let cora = hub.person("Cora", &[Role::Coordinator]).await;
    add_library(&hub, &cora).await;
    let at = |name: &'static str, roles: &'static [Role]| hub.person_at(name, roles, "TST");
    let (m1, m2, m3) = (at("Mo", &[]).await, at("Nia", &[]).await, at("Ola", &[]).await);
    let arthur = at("Arthur", &[]).await;
    let (v1, v2) = (at("Val", &[Role::Volunteer]).await, at("Wyn", &[Role::Volunteer]).await);
    let partner = hub.person("Wellbeing Service", &[Role::Partner]).await;
    let (_c, coord) = signed_in(&hub.url(), &cora).await;

    // Loans (2 at the desk, 1 on a home visit) and one reservation for pickup here.
    hub.desk_volunteer(&v1, &["TST"]).await;
    let (_v1, host) = signed_in(&hub.url(), &v1).await;
    host.desk_checkout("X1".into(), m1.card.clone()).await.unwrap();
    host.desk_checkout("X2".into(), m2.card.clone()).await.unwrap();
    let (_m3, ola) = signed_in(&hub.url(), &m3).await;
    let eyre = ola
        .search(SearchQuery {
            text: "jane eyre".into(),
            ..Default::default()
        })
        .unwrap()
        .hits[0]
        .id;
    assert_eq!(
        ola.reserve(eyre, Some("TST".into())).await.unwrap().code.as_deref(),
        Some("reserved")
    );
    let veg = ola
        .search(SearchQuery {
            text: "vegetables".into(),
            ..Default::default()
        })
        .unwrap()
        .hits[0]
        .id;
    ola.reserve(veg, Some("BAS".into())).await.unwrap(); // picked up elsewhere: not this library's

    // Events: yoga (booked) and a drop-in coffee morning, both hosted by Val; one cancelled.
    let event = |title: &str, category: &str, start: i64, capacity: i64, booking: bool| EventForm {
        library: "TST".into(),
        title: title.into(),
        description: "".into(),
        category: category.into(),
        audience: None,
        room_id: None,
        starts: uk(start),
        ends: uk(start + 60),
        capacity,
        booking_required: booking,
        accessibility: "".into(),
        host_card: Some(v1.card.clone()),
        repeat_weekly: None,
    };
    let yoga = coord
        .create_event(event("Chair yoga", "yoga", 30, 5, true))
        .await
        .unwrap()
        .remove(0);
    let coffee = coord
        .create_event(event("Coffee morning", "coffee_morning", 40, 0, false))
        .await
        .unwrap()
        .remove(0);
    let off = coord
        .create_event(event("Talk", "talk", 50, 5, true))
        .await
        .unwrap()
        .remove(0);
    coord.cancel_event(off.id, "Speaker unwell.".into()).await.unwrap();
    send_direct(
        &hub,
        &m1,
        Change::BookEvent {
            event_id: yoga.id,
            places: 2,
        },
    )
    .await;
    send_direct(
        &hub,
        &m2,
        Change::BookEvent {
            event_id: yoga.id,
            places: 1,
        },
    )
    .await;
    host.sync(None).await.unwrap();
    let door = host.roster(yoga.id).unwrap();
    let id_of = |name: &str| door.entries.iter().find(|e| e.name == name).unwrap().booking_id;
    host.mark_attendance(yoga.id, id_of("Mo"), true).await.unwrap();
    host.mark_attendance(yoga.id, id_of("Nia"), false).await.unwrap();
    host.set_walk_ins(yoga.id, 3).await.unwrap();
    host.set_walk_ins(coffee.id, 7).await.unwrap();

    // Volunteer hours: Val 2 hours, Wyn 1 hour (and a flagged entry that does not count).
    host.check_in(Some("TST".into()), None, Some(tap(-180))).await.unwrap();
    host.check_out(Some(tap(-60))).await.unwrap();
    let (_v2, wyn) = signed_in(&hub.url(), &v2).await;
    wyn.check_in(Some("TST".into()), None, Some(tap(-300))).await.unwrap();
    wyn.check_out(Some(tap(-240))).await.unwrap();
    wyn.check_in(Some("TST".into()), None, Some(tap(-200))).await.unwrap();
    wyn.check_out(Some(tap(-230))).await.unwrap();

    // A home-delivery visit to Arthur, handing over X3.
    coord
        .grant_volunteer_role(v1.card.clone(), "TST".into(), "chooser".into())
        .await
        .unwrap();
    coord
        .grant_volunteer_role(v2.card.clone(), "TST".into(), "deliverer".into())
        .await
        .unwrap();
    let (_a, arthur_app) = signed_in(&hub.url(), &arthur).await;
    arthur_app
        .request_delivery(DeliveryForm {
            reader_card: None,
            address: "2 Church Street, Teston".into(),
            postcode: "ST1 2AB".into(),
            access_notes: "".into(),
            preferred_day: None,
            time_of_day: "any".into(),
            frequency: "monthly".into(),
            preferences: PreferencesForm::default(),
        })
        .await
        .unwrap();
    let delivery = coord
        .all_deliveries()
        .await
        .unwrap()
        .into_iter()
        .find(|d| d.reader_card == arthur.card)
        .unwrap();
    coord.accept_delivery(delivery.id).await.unwrap();
    let today = today(Utc::now());
    coord
        .schedule_visits(
            delivery.id,
            today.to_string(),
            "any".into(),
            v1.card.clone(),
            v2.card.clone(),
            0,
        )
        .await
        .unwrap();
    wyn.sync(None).await.unwrap();
    let stop = wyn.round(None).unwrap().remove(0);
    let visit = wyn
        .record_visit(stop.visit_id, "delivered".into(), None, vec!["X3".into()], vec![])
        .await
        .unwrap();
    assert_eq!(visit.code.as_deref(), Some("delivered"), "{visit:?}");

    // Rooms: one partner booking of two hours tomorrow evening, and one cancelled.
    let room = coord.add_room("TST".into(), "Meeting room".into(), 12).await.unwrap();
    let (_p, partner_app) = signed_in(&hub.url(), &partner).await;
    let tomorrow = |t: &str| format!("{} {t}", today + Duration::days(1));
    partner_app
        .book_room(room.id, tomorrow("18:00"), tomorrow("20:00"), "Carers' group".into())
        .await
        .unwrap();
    let other = partner_app
        .book_room(room.id, tomorrow("10:00"), tomorrow("11:00"), "Clinic".into())
        .await
        .unwrap();
    assert_eq!(other.code.as_deref(), Some("room_booked"));
    partner_app.sync(None).await.unwrap();
    let cancel = partner_app
        .room_bookings()
        .unwrap()
        .into_iter()
        .find(|b| b.purpose == "Clinic")
        .unwrap();
    partner_app.cancel_room_booking(cancel.id).await.unwrap();

    // The report, for yesterday to tomorrow.
    let (from, to) = (
        (today - Duration::days(1)).to_string(),
        (today + Duration::days(1)).to_string(),
    );
    let r = coord
        .impact_report(Some("TST".into()), from.clone(), to.clone())
        .await
        .unwrap();
    assert_eq!(
        (r.library.as_str(), r.from.as_str(), r.to.as_str()),
        ("TST", from.as_str(), to.as_str())
    );
    assert!((Utc::now().timestamp() - r.generated_at).abs() < 60);
    assert_eq!((r.members_total, r.members_new), (4, 4), "Mo, Nia, Ola and Arthur");
    assert_eq!(r.loans, 3);
    assert_eq!(r.reservations, 1);
    assert_eq!(r.events_held, 2);
    let cat = |c: &str| r.attendance.iter().find(|a| a.category == c).unwrap().clone();
    let y = cat("yoga");
    assert_eq!(
        (y.events, y.booked_places, y.attended, y.no_shows, y.walk_ins),
        (1, 3, 2, 1, 3)
    );
    let c = cat("coffee_morning");
    assert_eq!(
        (c.events, c.booked_places, c.attended, c.no_shows, c.walk_ins),
        (1, 0, 0, 0, 7)
    );
    assert!(r.attendance.iter().all(|a| a.category != "talk"));
    assert_eq!((r.volunteer_hours, r.active_volunteers), (3.0, 2));
    assert_eq!((r.delivery_visits, r.readers_served), (1, 1));
    assert_eq!((r.room_bookings, r.room_hours), (1, 2.0));
    // Only coordinators may read it; bad periods are refused with the field named.
    assert!(matches!(
        host.impact_report(Some("TST".into()), from.clone(), to.clone()).await,
        Err(CmlError::NotAllowed { .. })
    ));
    match coord.impact_report(Some("TST".into()), to.clone(), from.clone()).await {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "to"),
        other => panic!("{other:?}"),
    }
    // The same figures as CSV, stating the period.
    let csv = reqwest::Client::new()
        .get(format!(
            "{}/v1/reports/impact?library=TST&from={from}&to={to}&format=csv",
            hub.url()
        ))
        .bearer_auth(&cora.token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for line in [
        format!("period_from,,{from}"),
        format!("period_to,,{to}"),
        "loans,,3".into(),
        "attended,yoga,2".into(),
        "walk_ins,coffee_morning,7".into(),
        "volunteer_hours,,3.00".into(),
        "room_hours,,2.00".into(),
    ] {
        // Each row ends with the figure's label in words.
        assert!(
            csv.lines().any(|l| l.starts_with(&format!("{line},"))),
            "{line} missing from\n{csv}"
        );
    }
}

/// The demo's volunteer has something on Today and Rota whenever the demo starts: a shift that
/// began this hour, more of hers to come, and open places on every library's rota.
#[tokio::test]
async fn the_demo_puts_shifts_on_every_rota_and_one_on_the_volunteers_today() {
    let hub = TestHub::start(true).await;
    let priya = cml_hub::demo::accounts()
        .into_iter()
        .find(|a| a.name == "Priya Shah")
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let device = app(&dir, &hub.url());
    device.login(priya.card, priya.pin).await.unwrap();
    device.sync(None).await.unwrap();
    let shifts = device.shifts(None).unwrap();
    for code in ["BAS", "BRE", "GLA", "HED", "HOL", "KIN", "SHE", "WIL"] {
        assert!(
            shifts.iter().any(|s| s.library_code == code && s.can_sign_up),
            "no open shift at {code}"
        );
    }
    let now = Utc::now().timestamp();
    let mine: Vec<_> = shifts.iter().filter(|s| s.mine).collect();
    assert!(mine.len() >= 3, "{mine:?}");
    let today = mine.iter().find(|s| s.starts_at <= now).expect("a shift of hers today");
    assert_eq!(today.library_code, "GLA");
    assert!(mine
        .iter()
        .any(|s| s.kind == "delivery_round" && s.library_code == "BRE"));
}
