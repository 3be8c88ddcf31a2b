//! Reminders and the background sync, through the bindings' Rust API against a real hub: with the
//! core's clock moved across each reminder's moment, every kind is raised once and only once; a
//! background sync keeps to its budget, can be cancelled, never runs beside another sync, and hands
//! back the reminders to raise.

use std::sync::Arc;

use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use cml_api::london::{from_local, today};
use cml_api::Role;
use cml_e2e::{hub_with_records, signed_in, Fault, FaultProxy};
use cml_ffi::cml_core::SearchQuery;
use cml_ffi::{CmlApp, SyncCancelToken};

/// A UK wall-clock time, as seconds since 1970.
fn uk(day: NaiveDate, hh: u32, mm: u32) -> i64 {
    from_local(day.and_time(NaiveTime::from_hms_opt(hh, mm, 0).unwrap())).timestamp()
}

/// Moves the device's clock to `at` and says which reminders of `kind` it would raise.
fn to_raise(app: &CmlApp, at: i64, kind: &str) -> Vec<String> {
    app.set_clock(Some(at)).unwrap();
    app.reminders_to_raise()
        .unwrap()
        .into_iter()
        .filter(|r| r.kind == kind)
        .map(|r| r.id)
        .collect()
}

/// Just before `moment` nothing of `kind`; just after, one reminder, raised once; after the mark,
/// still listed (raised) but not raised again; then seen. Returns its text.
fn raised_once(app: &CmlApp, moment: i64, kind: &str) -> String {
    assert!(to_raise(app, moment - 60, kind).is_empty(), "{kind} before its moment");
    raised_once_from(app, moment, kind)
}

/// [`raised_once`] for a reminder due as soon as the phone learns of it (a reservation ready).
fn raised_once_from(app: &CmlApp, moment: i64, kind: &str) -> String {
    let ids = to_raise(app, moment + 60, kind);
    assert_eq!(ids.len(), 1, "{kind}: {ids:?}");
    app.mark_reminders_raised(ids.clone()).unwrap();
    assert!(to_raise(app, moment + 120, kind).is_empty(), "{kind} raised twice");
    assert!(
        to_raise(app, moment + 3600, kind).is_empty(),
        "{kind} raised twice later on"
    );
    let listed = app.reminders().unwrap().into_iter().find(|r| r.id == ids[0]).unwrap();
    assert!(listed.raised && !listed.seen);
    app.mark_reminder_seen(ids[0].clone()).unwrap();
    assert!(app.reminders().unwrap().into_iter().any(|r| r.id == ids[0] && r.seen));
    listed.text
}

#[tokio::test]
async fn each_reminder_is_raised_once_as_the_clock_passes_its_moment() {
    let hub = hub_with_records().await;
    let ann = hub.person("Ann", &[]).await;
    let bob = hub.person("Bob", &[]).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    hub.desk_volunteer(&vera, &["BAS"]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(3)).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let (_a, app) = signed_in(&hub.url(), &ann).await;
    let now = Utc::now();
    let day = today(now);

    // Ann: a reservation on the hold shelf, a loan, an event.
    desk.desk_checkout("T3-A".into(), bob.card.clone()).await.unwrap();
    let veg = app
        .search(SearchQuery {
            text: "vegetables".into(),
            ..Default::default()
        })
        .unwrap()
        .hits[0]
        .id;
    app.reserve(veg, Some("BAS".into())).await.unwrap();
    desk.desk_checkin("T3-A".into(), Some("BAS".into())).await.unwrap();
    desk.desk_checkout("T1-A".into(), ann.card.clone()).await.unwrap();
    app.book_event(yoga, 1).await.unwrap();
    app.sync(None).await.unwrap();

    let hold = app
        .holds()
        .unwrap()
        .into_iter()
        .find(|h| h.status == "ready")
        .expect("a ready hold");
    let last_day = NaiveDate::parse_from_str(hold.ready_until.as_deref().unwrap(), "%Y-%m-%d").unwrap();
    let text = raised_once_from(&app, now.timestamp(), "hold_ready");
    assert!(
        text.starts_with("Grow your own vegetables is ready to collect at Baswich Library."),
        "{text}"
    );
    let text = raised_once(&app, uk(last_day, 9, 0), "hold_last_day");
    assert_eq!(
        text,
        "Today is the last day to collect Grow your own vegetables at Baswich Library."
    );
    // After the shelf day, no more reminders of it.
    assert!(to_raise(&app, uk(last_day + Duration::days(1), 9, 0), "hold_last_day").is_empty());

    let loan = app.loans().unwrap().remove(0);
    let due = NaiveDate::parse_from_str(&loan.due_date, "%Y-%m-%d").unwrap();
    let text = raised_once(&app, uk(due - Duration::days(3), 9, 0), "loan_due");
    assert!(text.contains("Jane Eyre is due back on"), "{text}");

    let event_day = today(now + Duration::days(3));
    let text = raised_once(&app, uk(event_day - Duration::days(1), 9, 0), "event_tomorrow");
    assert!(text.starts_with("Tomorrow: Chair yoga"), "{text}");
    let tapped = app
        .reminders()
        .unwrap()
        .into_iter()
        .find(|r| r.kind == "event_tomorrow")
        .unwrap();
    assert_eq!((tapped.target.screen.as_str(), tapped.target.id), ("event", Some(yoga)));

    // The demo: Arthur's visit tomorrow, for him and for Susan, who manages it; Priya's round
    // and her shift tomorrow.
    let demo = cml_hub::demo::accounts();
    let card = |name: &str| demo.iter().find(|a| a.name == name).unwrap().clone();
    let tomorrow_morning = uk(day, 9, 0);
    for name in ["Arthur Bennett", "Susan Bennett"] {
        let who = card(name);
        let dir = tempfile::tempdir().unwrap();
        let phone = cml_e2e::app(&dir, &hub.url());
        phone.login(who.card, who.pin).await.unwrap();
        phone.sync(None).await.unwrap();
        let text = raised_once(&phone, tomorrow_morning, "visit_tomorrow");
        assert!(
            text.starts_with("Your home library visit is tomorrow"),
            "{name}: {text}"
        );
    }
    let priya = card("Priya Shah");
    let dir = tempfile::tempdir().unwrap();
    let phone = cml_e2e::app(&dir, &hub.url());
    phone.login(priya.card, priya.pin).await.unwrap();
    phone.sync(None).await.unwrap();
    let text = raised_once(&phone, tomorrow_morning, "round_tomorrow");
    assert_eq!(text, "You have a home delivery round tomorrow: 1 visit.");
    let text = raised_once(&phone, tomorrow_morning, "shift_tomorrow");
    assert!(text.starts_with("Your shift tomorrow: Home delivery round"), "{text}");
    // A coordinator's phone holds every delivery, but Arthur's visit is not theirs to be told of.
    let tom = card("Tom Wright");
    let dir = tempfile::tempdir().unwrap();
    let phone = cml_e2e::app(&dir, &hub.url());
    phone.login(tom.card, tom.pin).await.unwrap();
    phone.sync(None).await.unwrap();
    assert!(to_raise(&phone, tomorrow_morning + 60, "visit_tomorrow").is_empty());
}

#[tokio::test]
async fn a_background_sync_keeps_to_its_budget_can_be_cancelled_and_never_runs_beside_another() {
    let hub = hub_with_records().await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let proxy = FaultProxy::start(hub.addr()).await;
    let dir = tempfile::tempdir().unwrap();
    let app = cml_e2e::app(&dir, &proxy.url());
    app.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    let library = cml_api::Library {
        code: "TST".into(),
        name: "Test Library".into(),
        address: "1 High Street".into(),
        postcode: "ST17 0AA".into(),
        latitude: 52.8,
        longitude: -2.1,
        email: None,
        phone: None,
        hours: vec![],
        closures: vec![],
    };
    hub.db()
        .write(move |c| cml_hub::libraries::upsert(c, &library))
        .await
        .unwrap();

    // No time at all: the change made offline goes, nothing is pulled; the next run resumes.
    proxy.set(Fault::DropRequest);
    app.book_event(yoga, 1).await.unwrap();
    proxy.set(Fault::Pass);
    let report = app.background_sync(0, None).await.unwrap();
    assert_eq!(
        (report.stopped.as_str(), report.changes_sent, report.items_pulled),
        ("budget", 1, 0)
    );
    assert_eq!(app.libraries().unwrap().len(), 8, "the new library is not pulled yet");
    // Cancelled before it starts pulling.
    let cancel = SyncCancelToken::new();
    cancel.cancel();
    let report = app.background_sync(60, Some(cancel)).await.unwrap();
    assert_eq!(report.stopped, "cancelled");
    // Time enough: everything, with the event's reminder when it is due.
    let report = app.background_sync(60, None).await.unwrap();
    assert_eq!(report.stopped, "done", "{report:?}");
    assert!(report.items_pulled > 0);
    assert_eq!(app.libraries().unwrap().len(), 9);
    assert_eq!(app.my_bookings().unwrap()[0].status, "confirmed");
    assert!(app.status().unwrap().last_sync.is_some());

    // While a person's sync is under way (each request slowed down), a background one says busy.
    proxy.set(Fault::Delay(std::time::Duration::from_millis(300)));
    let running = {
        let app: Arc<CmlApp> = app.clone();
        tokio::spawn(async move { app.sync(None).await })
    };
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let report = app.background_sync(60, None).await.unwrap();
    assert_eq!(report.stopped, "busy");
    running.await.unwrap().unwrap();

    // Offline: said so, nothing lost.
    proxy.set(Fault::DropRequest);
    let report = app.background_sync(60, None).await.unwrap();
    assert_eq!(report.stopped, "offline");
    // The reminders come back with it.
    proxy.set(Fault::Pass);
    app.set_clock(Some(uk(
        today(Utc::now() + Duration::days(2)) - Duration::days(1),
        9,
        5,
    )))
    .unwrap();
    let report = app.background_sync(60, None).await.unwrap();
    assert!(
        report.reminders.iter().any(|r| r.kind == "event_tomorrow"),
        "{report:?}"
    );
}
