//! One call per screen, through the Rust API that the bindings export, against a real hub that is
//! then stopped: each screen's record has what the screen shows, from the device store alone. And
//! the data listener names the screens to read again for each cause.

use std::sync::{Arc, Mutex};

use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use cml_api::london::{from_local, today};
use cml_api::Role;
use cml_e2e::{hub_with_records, record_id, signed_in};
use cml_ffi::cml_core::{DataChange, EventFilter};
use cml_ffi::{CmlApp, CmlError, DataListener};

fn uk(day: NaiveDate, hh: u32) -> i64 {
    from_local(day.and_time(NaiveTime::from_hms_opt(hh, 0, 0).unwrap())).timestamp()
}

fn kinds(app: &CmlApp) -> Vec<String> {
    app.home_screen().unwrap().items.into_iter().map(|i| i.kind).collect()
}

#[tokio::test]
async fn a_members_screens_open_with_the_hub_stopped_and_show_everything() {
    let mut hub = hub_with_records().await;
    let ann = hub.person("Ann Jones", &[]).await;
    let bob = hub.person("Bob", &[]).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    hub.desk_volunteer(&vera, &["BAS"]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(3)).await;
    let full = hub.event("Memory cafe", 1, Duration::days(4)).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let (_b, bobs) = signed_in(&hub.url(), &bob).await;
    let (_a, app) = signed_in(&hub.url(), &ann).await;
    bobs.sync(None).await.unwrap();
    bobs.book_event(full, 1).await.unwrap();

    // Ann: a reservation on the hold shelf, a loan, a booking.
    app.sync(None).await.unwrap();
    let veg = record_id(&app, "vegetables");
    let jane = record_id(&app, "jane eyre");
    let cannock = record_id(&app, "cannock");
    desk.desk_checkout("T3-A".into(), bob.card.clone()).await.unwrap();
    app.reserve(veg, Some("BAS".into())).await.unwrap();
    desk.desk_checkin("T3-A".into(), Some("BAS".into())).await.unwrap();
    desk.desk_checkout("T1-A".into(), ann.card.clone()).await.unwrap();
    app.book_event(yoga, 1).await.unwrap();
    app.sync(None).await.unwrap();
    hub.stop().await;

    // Home, from the device store alone.
    let home = app.home_screen().unwrap();
    assert_eq!(home.person.as_ref().unwrap().name, "Ann Jones");
    assert!(home.greeting.contains("Ann"), "{}", home.greeting);
    assert!(home.status.summary.starts_with("Up to date"), "{}", home.status.summary);
    assert_eq!(home.data_age.text, "Updated just now.");
    assert!(home.refresh_at.is_some_and(|t| t > Utc::now().timestamp()));
    let ready = home
        .items
        .iter()
        .find(|i| i.kind == "hold_ready")
        .expect("the ready reservation");
    assert!(
        ready
            .text
            .starts_with("Grow your own vegetables is ready to collect at Baswich Library. Last day:"),
        "{}",
        ready.text
    );
    assert_eq!(ready.target.screen, "account");
    let event = home
        .items
        .iter()
        .find(|i| i.kind == "next_event")
        .expect("the next event");
    assert!(event.text.starts_with("Your next event: Chair yoga,"), "{}", event.text);
    assert_eq!((event.target.screen.as_str(), event.target.id), ("event", Some(yoga)));
    assert!(
        home.items.iter().any(|i| i.kind == "outcome"),
        "the outcomes of Ann's changes"
    );
    let position = |k: &str| home.items.iter().position(|i| i.kind == k).unwrap();
    assert!(
        position("hold_ready") < position("next_event"),
        "ready to collect comes first"
    );
    // The loan shows only once it is due within three days, then as due tomorrow.
    assert!(!kinds(&app).contains(&"loan_due".to_owned()));
    let loan = app.account_screen().unwrap().loans.remove(0);
    let due = NaiveDate::parse_from_str(&loan.due_date, "%Y-%m-%d").unwrap();
    app.set_clock(Some(uk(due - Duration::days(1), 10))).unwrap();
    let home = app.home_screen().unwrap();
    let item = home
        .items
        .iter()
        .find(|i| i.kind == "loan_due")
        .expect("the loan due tomorrow");
    assert_eq!(item.text, "Jane Eyre: Due back tomorrow");
    let midnight = from_local(due.and_time(NaiveTime::MIN)).timestamp();
    assert!(
        home.refresh_at.is_some_and(|t| t <= midnight),
        "read again when 'tomorrow' changes"
    );
    app.set_clock(Some(uk(due + Duration::days(2), 10))).unwrap();
    let home = app.home_screen().unwrap();
    let item = home
        .items
        .iter()
        .find(|i| i.kind == "loan_overdue")
        .expect("the overdue loan");
    assert!(item.urgent);
    assert_eq!(home.items[0].kind, "loan_overdue", "overdue comes first");
    app.set_clock(None).unwrap();
    let home = app.home_screen().unwrap();
    let kinds: Vec<String> = home.simple_actions.iter().map(|a| a.kind.clone()).collect();
    assert_eq!(kinds, ["next", "ask_for_books", "my_books", "call_library"]);
    assert!(home.simple_actions.len() <= 4);

    // Title: the relation to the person, and the reserve button only when it can be used.
    let t = app.title_screen(veg).unwrap();
    assert_eq!((t.relation.as_str(), t.can_reserve), ("ready", false));
    assert!(
        t.relation_text.starts_with("You have reserved this. Ready to collect"),
        "{}",
        t.relation_text
    );
    assert!(t.hold.is_some());
    let t = app.title_screen(jane).unwrap();
    assert_eq!(t.relation, "on_loan");
    assert!(
        t.relation_text.starts_with("You have this on loan. Due back"),
        "{}",
        t.relation_text
    );
    assert_eq!(t.record.copies.len(), 2);
    let t = app.title_screen(cannock).unwrap();
    assert_eq!(t.relation, "cannot_reserve");
    assert!(!t.can_reserve && !t.relation_text.is_empty());
    let lp = record_id(&app, "burnett");
    let t = app.title_screen(lp).unwrap();
    assert_eq!((t.relation.as_str(), t.can_reserve), ("can_reserve", true));
    assert_eq!(t.pickup.as_deref(), Some("BAS"), "the member's library preselected");
    assert_eq!(t.pickup_choices.len(), 8);
    assert_eq!(t.data_age.text, "Updated just now.");

    // My account: every loan and hold with its actions, and why not where not.
    let account = app.account_screen().unwrap();
    assert_eq!(account.card.number, ann.card);
    assert_eq!(account.loans_text, "You have 1 item on loan.");
    assert_eq!(account.holds_text, "You have 1 reservation. It is ready to collect.");
    assert!(!account.history_enabled);
    assert!(account.history_text.starts_with("Your reading history is off"));
    let renew = &account.loans[0].actions[0];
    assert_eq!(
        (renew.action.as_str(), renew.allowed, renew.label.as_str()),
        ("renew", true, "Renew")
    );
    let hold = &account.holds[0];
    let act = |a: &str| hold.actions.iter().find(|x| x.action == a).unwrap().clone();
    assert!(act("cancel").allowed);
    assert!(!act("suspend").allowed);
    assert_eq!(
        act("suspend").why_not.as_deref(),
        Some("It is waiting for you at Baswich Library, so it cannot be paused.")
    );
    assert!(!act("change_pickup").allowed);

    // A reservation made offline: waiting, with nothing to do until it is sent.
    app.reserve(lp, None).await.unwrap();
    let t = app.title_screen(lp).unwrap();
    assert_eq!(t.relation, "reserve_waiting");
    let account = app.account_screen().unwrap();
    let waiting = account.holds.iter().find(|h| h.status == "waiting_to_send").unwrap();
    assert!(waiting.actions.iter().all(|a| !a.allowed && a.why_not.is_some()));
    assert!(app.home_screen().unwrap().status.summary.starts_with("Offline"));

    // Events: this week and next, each with what Ann can do, the filters, the address.
    let events = app.events_screen(EventFilter::default()).unwrap();
    let day = today(Utc::now());
    assert_eq!(events.filter.from_date.as_deref(), Some(day.to_string().as_str()));
    assert_eq!(
        events.filter.to_date.as_deref(),
        Some((day + Duration::days(13)).to_string().as_str())
    );
    let e = events.events.iter().find(|e| e.id == yoga).unwrap();
    assert!(e.address.starts_with("Baswich Library, "), "{}", e.address);
    let a = |e: &cml_ffi::cml_core::EventView, x: &str| e.actions.iter().find(|a| a.action == x).unwrap().clone();
    assert!(!a(e, "book").allowed && a(e, "cancel").allowed && a(e, "add_to_calendar").allowed);
    assert_eq!(a(e, "book").why_not.as_deref(), Some("You are booked already."));
    let e = events.events.iter().find(|e| e.id == full).unwrap();
    let join = e
        .actions
        .iter()
        .find(|a| a.action == "join_waiting_list")
        .expect("full: the waiting list");
    assert!(join.allowed);
    assert_eq!(
        a(e, "cancel").why_not.as_deref(),
        Some("You are not booked for this event.")
    );
    assert!(events.categories.iter().any(|c| c.code == "yoga" && c.text == "Yoga"));
    assert_eq!(events.libraries.len(), 8);
    assert!(events.empty_text.is_none());
    let none = app
        .events_screen(EventFilter {
            category: Some("no_such_thing".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(none.events.is_empty() && none.empty_text.is_some());

    // Libraries: the member's own first, this week's events there, hours and closures.
    let libraries = app.libraries_screen().unwrap();
    assert_eq!(libraries.libraries.len(), 8);
    assert!(libraries.libraries[0].mine);
    assert_eq!(libraries.libraries[0].library.code, "BAS");
    assert!(libraries.libraries[0].this_week.iter().any(|e| e.id == yoga));
    assert_eq!(libraries.libraries[0].library.week.len(), 7);
    assert!(libraries.refresh_at.is_some());

    // In Polish, the same screens in Polish.
    app.set_language("pl".into());
    let account = app.account_screen().unwrap();
    assert_eq!(account.holds[0].actions[0].label, "Anuluj");
    assert!(app.home_screen().unwrap().greeting.contains("Ann"));
}

#[tokio::test]
async fn a_volunteers_today_and_rota_work_offline_and_refuse_a_late_drop_at_once() {
    let mut hub = cml_e2e::hub_with_records().await;
    let (_dir, app) = cml_e2e::demo_signed_in(&hub.url(), "Priya Shah").await;
    hub.stop().await;

    let today_screen = app.today_screen().unwrap();
    assert!(today_screen.checked_in.is_none());
    assert_eq!(today_screen.button.action, "check_in");
    let now_shift = today_screen
        .shifts_today
        .iter()
        .find(|s| s.starts_at <= Utc::now().timestamp())
        .expect("the demo gives Priya a shift that began this hour")
        .clone();
    assert_eq!(
        today_screen.check_in_library.as_deref(),
        Some(now_shift.library_code.as_str())
    );
    let home = app.home_screen().unwrap();
    assert!(home.roles.contains(&"volunteer".to_owned()));
    assert!(home
        .items
        .iter()
        .any(|i| i.kind == "next_shift" && i.text.starts_with("Your shift is on now")));

    // Checked in offline: the screen shows it at once, waiting to be sent.
    app.check_in(None, Some(now_shift.id), None).await.unwrap();
    let t = app.today_screen().unwrap();
    let c = t.checked_in.expect("checked in, offline");
    assert!(!c.sent);
    assert!(c.text.contains("Not sent yet"), "{}", c.text);
    assert_eq!(t.button.action, "check_out");
    assert_eq!(t.button.label, "Check out");

    // The rota: the shift on now cannot be dropped, and says why; a later one says until when.
    let rota = app.rota_screen(None).unwrap();
    let on_now = rota.my_shifts.iter().find(|s| s.id == now_shift.id).unwrap();
    let drop = &on_now.actions[0];
    assert_eq!(drop.action, "drop");
    assert!(!drop.allowed);
    assert!(drop
        .why_not
        .as_deref()
        .unwrap()
        .starts_with("A shift can be dropped up to 24 hours"));
    assert!(on_now.drop_until.is_none());
    let later = rota
        .my_shifts
        .iter()
        .find(|s| s.starts_at > Utc::now().timestamp() + 2 * 86_400)
        .expect("a later shift");
    assert!(later.actions[0].allowed);
    assert!(later
        .drop_until
        .as_deref()
        .unwrap()
        .starts_with("You can drop it until "));
    assert_eq!(later.drop_until_at, Some(later.starts_at - 24 * 3600));
    assert!(rota.open_shifts.iter().all(|s| s.can_sign_up && !s.mine));
    assert!(!rota.open_shifts.is_empty());
    // A late drop made offline is refused on the phone, not hours later.
    match app.drop_shift(now_shift.id).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "too_late_to_drop"),
        other => panic!("{other:?}"),
    }
    assert_eq!(app.status().unwrap().pending_changes, 1, "only the check-in waits");

    // Back online: the check-in is sent and the screen says so.
    hub.restart().await;
    app.sync(None).await.unwrap();
    let c = app.today_screen().unwrap().checked_in.expect("still checked in");
    assert!(c.sent, "{c:?}");
    app.check_out(None).await.unwrap();
    assert!(app.today_screen().unwrap().checked_in.is_none());
}

struct Heard(Mutex<Vec<DataChange>>);

impl DataListener for Heard {
    fn on_change(&self, change: DataChange) {
        self.0.lock().unwrap().push(change);
    }
}

impl Heard {
    /// The screens named for a cause since the last call.
    fn take(&self, cause: &str) -> Vec<String> {
        let mut heard = self.0.lock().unwrap();
        let screens = heard
            .iter()
            .filter(|c| c.cause == cause)
            .flat_map(|c| c.screens.iter().map(|s| s.screen.clone()))
            .collect();
        heard.clear();
        screens
    }
}

async fn settle() {
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
}

#[tokio::test]
async fn the_listener_names_the_screens_to_read_again_for_each_cause() {
    let mut hub = hub_with_records().await;
    let ann = hub.person("Ann", &[]).await;
    let yoga = hub.event("Chair yoga", 10, Duration::days(2)).await;
    let dir = tempfile::tempdir().unwrap();
    let app = cml_e2e::app(&dir, &hub.url());
    let heard = Arc::new(Heard(Mutex::new(Vec::new())));
    let _observation = app.observe(heard.clone());

    app.login(ann.card.clone(), ann.pin.clone()).await.unwrap();
    settle().await;
    let screens = heard.take("session");
    for s in ["home", "account", "today", "delivery"] {
        assert!(screens.contains(&s.to_owned()), "sign-in: {s} in {screens:?}");
    }

    app.sync(None).await.unwrap();
    settle().await;
    let screens = heard.take("sync");
    for s in ["home", "events", "libraries", "search", "title"] {
        assert!(screens.contains(&s.to_owned()), "sync: {s} in {screens:?}");
    }

    // A change made offline names the screens that show it at once.
    hub.stop().await;
    app.book_event(yoga, 1).await.unwrap();
    settle().await;
    let screens = heard.take("change");
    for s in ["home", "events"] {
        assert!(screens.contains(&s.to_owned()), "offline booking: {s} in {screens:?}");
    }

    // The hub's answer to it, when it lands.
    hub.restart().await;
    app.send_changes().await.unwrap();
    settle().await;
    let screens = heard.take("outcome");
    for s in ["home", "events", "account"] {
        assert!(screens.contains(&s.to_owned()), "outcome: {s} in {screens:?}");
    }

    // A setting: every screen reads again in the new language.
    app.set_language("ur".into());
    settle().await;
    let screens = heard.take("settings");
    for s in [
        "home",
        "account",
        "events",
        "libraries",
        "today",
        "have_your_say",
        "reading_lists",
    ] {
        assert!(screens.contains(&s.to_owned()), "language: {s} in {screens:?}");
    }

    app.logout().await.unwrap();
    settle().await;
    assert!(heard.take("session").contains(&"home".to_owned()));
}

#[tokio::test]
async fn a_carer_switched_to_a_member_sees_what_the_rights_allow_and_the_hub_refuses_the_rest() {
    let mut hub = hub_with_records().await;
    let ann = hub.person("Ann Jones", &[]).await;
    let cara = hub.person("Cara Carer", &[Role::Carer]).await;
    let vera = hub.person("Vera", &[Role::Volunteer]).await;
    hub.desk_volunteer(&vera, &["BAS"]).await;
    let (_v, desk) = signed_in(&hub.url(), &vera).await;
    let (_a, anns) = signed_in(&hub.url(), &ann).await;
    anns.sync(None).await.unwrap();
    // Ann lets Cara see her loans only; she has one.
    anns.grant_proxy(cara.card.clone(), vec!["loans".into()]).await.unwrap();
    desk.desk_checkout("T1-A".into(), ann.card.clone()).await.unwrap();
    let (_c, app) = signed_in(&hub.url(), &cara).await;
    app.sync(None).await.unwrap();
    hub.stop().await;

    let screen = app.acting_for_screen().unwrap();
    assert_eq!(screen.people.len(), 2);
    assert!(screen.people[0].is_self && screen.people[0].current);
    let ann_choice = &screen.people[1];
    assert_eq!((ann_choice.name.as_str(), ann_choice.current), ("Ann Jones", false));
    assert_eq!(ann_choice.text, "For Ann Jones you can: See loans.");
    // Nobody else can be chosen.
    assert!(matches!(
        app.act_for(Some(vera.card.clone())),
        Err(CmlError::NotAllowed { .. })
    ));

    // Switched (offline): Ann's loans, kept at the last sync; nothing else.
    let switched = app.act_for(Some(ann.card.clone())).unwrap();
    assert_eq!(switched.acting_for.as_ref().unwrap().card, ann.card);
    let home = app.home_screen().unwrap();
    assert_eq!(home.greeting, "Acting for Ann Jones");
    assert_eq!(home.acting_for.as_ref().unwrap().name, "Ann Jones");
    assert!(home.items.iter().all(|i| i.role == "carer"));
    let kinds: Vec<String> = home.simple_actions.iter().map(|a| a.kind.clone()).collect();
    assert_eq!(kinds, ["my_books"], "no deliveries right: no 'ask for books'");
    let account = app.account_screen().unwrap();
    assert_eq!(account.card.number, ann.card);
    assert_eq!(account.loans.len(), 1);
    assert_eq!(account.loans[0].title, "Jane Eyre");
    assert_eq!(account.loans_text, "Ann Jones has 1 item on loan.");
    assert!(!account.loans[0].actions[0].allowed, "renewing is Ann's own");
    assert!(account.holds.is_empty());
    let jane = record_id(&app, "jane eyre");
    let t = app.title_screen(jane).unwrap();
    assert_eq!(t.relation, "on_loan");
    assert!(
        t.relation_text.starts_with("Ann Jones has this on loan."),
        "{}",
        t.relation_text
    );
    let veg = record_id(&app, "vegetables");
    let t = app.title_screen(veg).unwrap();
    assert_eq!(t.relation, "cannot_reserve");
    assert_eq!(
        t.relation_text,
        "Ann Jones has not asked you to reserve books for them."
    );
    // What the rights do not give is refused at once, on the phone.
    match app.reserve(veg, None).await {
        Err(CmlError::NotAllowed { detail }) => assert!(detail.contains("reserve"), "{detail}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(app.deliveries(), Err(CmlError::NotAllowed { .. })));
    assert_eq!(app.status().unwrap().pending_changes, 0, "nothing was queued");

    // And the hub refuses it too, whatever a phone sends.
    hub.restart().await;
    let refused = cml_e2e::send_direct(
        &hub,
        &cara,
        cml_api::Change::PlaceHold {
            record_id: veg,
            pickup: "BAS".into(),
            for_card: Some(ann.card.clone()),
        },
    )
    .await;
    assert_eq!(refused.code, "not_allowed");

    // Back to herself: her own (empty) account again.
    let back = app.act_for(None).unwrap();
    assert!(back.acting_for.is_none() && back.people[0].current);
    let account = app.account_screen().unwrap();
    assert_eq!(account.card.number, cara.card);
    assert!(account.loans.is_empty());
    assert!(app.home_screen().unwrap().acting_for.is_none());
}

#[tokio::test]
async fn a_carer_with_every_right_reserves_for_the_member_offline_and_the_change_says_for_whom() {
    let mut hub = hub_with_records().await;
    let demo = cml_hub::demo::accounts();
    let person = |name: &str| demo.iter().find(|a| a.name == name).unwrap().clone();
    let (susan, arthur) = (person("Susan Bennett"), person("Arthur Bennett"));
    let dir = tempfile::tempdir().unwrap();
    let app = cml_e2e::app(&dir, &hub.url());
    app.login(susan.card.clone(), susan.pin.clone()).await.unwrap();
    app.sync(None).await.unwrap();
    hub.stop().await;

    app.act_for(Some(arthur.card.clone())).unwrap();
    let home = app.home_screen().unwrap();
    let visit = home
        .items
        .iter()
        .find(|i| i.kind == "next_visit")
        .expect("Arthur's next visit");
    assert!(
        visit.text.starts_with("Next home delivery for Arthur Bennett:"),
        "{}",
        visit.text
    );
    let kinds: Vec<String> = home.simple_actions.iter().map(|a| a.kind.clone()).collect();
    assert_eq!(kinds, ["ask_for_books", "my_books"]);
    assert!(app.deliveries().unwrap().iter().all(|d| d.reader_card == arthur.card));
    let veg = record_id(&app, "vegetables");
    let t = app.title_screen(veg).unwrap();
    assert_eq!((t.relation.as_str(), t.can_reserve), ("can_reserve", true));
    assert_eq!(t.relation_text, "You can reserve this for Arthur Bennett.");
    let change = app.reserve(veg, Some("BRE".into())).await.unwrap();
    assert_eq!(
        change.summary,
        "Reserve Grow your own vegetables for Arthur Bennett (collect at Brewood Library)"
    );
    assert_eq!(change.state, "waiting");

    // Sent when the hub answers: the reservation is Arthur's, not Susan's.
    hub.restart().await;
    app.sync(None).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let his = cml_e2e::app(&dir, &hub.url());
    his.login(arthur.card.clone(), arthur.pin.clone()).await.unwrap();
    his.sync(None).await.unwrap();
    assert!(his.account_screen().unwrap().holds.iter().any(|h| h.record_id == veg));
    app.act_for(None).unwrap();
    assert!(app.account_screen().unwrap().holds.iter().all(|h| h.record_id != veg));
}

#[tokio::test]
async fn the_round_and_choose_screens_open_offline_with_their_words() {
    let mut hub = hub_with_records().await;
    let (_dir, app) = cml_e2e::demo_signed_in(&hub.url(), "Priya Shah").await;
    hub.stop().await;

    let tomorrow = (today(Utc::now()) + Duration::days(1)).to_string();
    let round = app.round_screen(Some(tomorrow.clone())).unwrap();
    assert_eq!(round.date, tomorrow);
    assert_eq!(round.summary, "1 visit: 0 recorded, 1 to go.");
    assert_eq!(round.stops[0].reader_name, "Arthur Bennett");
    let outcomes: Vec<(String, String)> = round
        .outcomes
        .iter()
        .map(|c| (c.code.clone(), c.text.clone()))
        .collect();
    assert_eq!(outcomes[1], ("not_home".to_owned(), "Not at home".to_owned()));
    assert_eq!(outcomes.len(), 5);
    assert!(round.times.iter().any(|t| t.code == "morning" && !t.text.is_empty()));
    let visit = round.stops[0].visit_id;
    app.record_visit(visit, "not_home".into(), None, vec![], vec![])
        .await
        .unwrap();
    let round = app.round_screen(Some(tomorrow)).unwrap();
    assert_eq!(round.summary, "1 visit: 1 recorded, 0 to go.");
    assert_eq!(
        app.round_screen(None).unwrap().stops.len(),
        0,
        "nothing on today's round"
    );

    let choose = app.choose_screen(visit).unwrap();
    assert_eq!(choose.stop.reader_name, "Arthur Bennett");
    assert!(!choose.preferences_text.is_empty());
    assert!(choose
        .preferences_text
        .iter()
        .any(|t| t.starts_with("No books read before") || t.starts_with("Books read before are welcome")));
    assert!(matches!(app.choose_screen(999_999), Err(CmlError::NotFound { .. })));
    app.set_language("pl".into());
    assert_eq!(app.round_screen(None).unwrap().summary, "Tego dnia nie masz wizyt.");
}

#[tokio::test]
async fn join_works_offline_and_a_form_sent_twice_makes_one_member() {
    let hub = hub_with_records().await;
    let proxy = cml_e2e::FaultProxy::start(hub.addr()).await;
    let dir = tempfile::tempdir().unwrap();
    let app = cml_e2e::app(&dir, &proxy.url());
    app.sync(None).await.unwrap();
    assert_eq!(app.join_screen().unwrap().libraries.len(), 8);
    let form = cml_ffi::cml_core::JoinForm {
        name: "Nadia Khan".into(),
        address: "4 Mill Lane, Stafford".into(),
        postcode: "ST17 4AB".into(),
        date_of_birth: "1950-05-17".into(),
        home_library: "BAS".into(),
        email: None,
        phone: None,
        pin: "4826".into(),
    };

    // No signal: the form is kept (the PIN in the secret store, not the SQLite file).
    proxy.set(cml_e2e::Fault::DropRequest);
    let receipt = app.join(form.clone()).await.unwrap();
    assert!(receipt.waiting && receipt.card.is_empty());
    assert!(
        receipt.message.starts_with("Your form is saved on this phone."),
        "{}",
        receipt.message
    );
    let screen = app.join_screen().unwrap();
    assert_eq!(screen.waiting_name.as_deref(), Some("Nadia Khan"));
    assert!(screen.receipt.as_ref().unwrap().waiting);
    let file = dir.path().join(cml_ffi::cml_core::store::FILE_NAME);
    let mut sqlite = std::fs::read(&file).unwrap();
    sqlite.extend(std::fs::read(file.with_extension("db-wal")).unwrap_or_default());
    assert!(!sqlite.is_empty());
    // The form (its name, its PIN) is in the secret store, not in the device's SQLite file.
    let secrets = std::fs::read_to_string(dir.path().join("secrets.json")).unwrap();
    assert!(secrets.contains("Nadia Khan") && secrets.contains("4826"));
    for secret in [&b"Nadia Khan"[..], &b"\"pin\":\"4826\""[..]] {
        assert!(
            !sqlite.windows(secret.len()).any(|w| w == secret),
            "{}",
            String::from_utf8_lossy(secret)
        );
    }
    match app.join(form.clone()).await {
        Err(CmlError::Conflict { reason, .. }) => assert_eq!(reason, "join_waiting"),
        other => panic!("{other:?}"),
    }

    // The hub gets the form but its answer is lost; sent again, the same card, one member.
    proxy.set(cml_e2e::Fault::DropReply);
    assert!(app.sync(None).await.is_err());
    proxy.set(cml_e2e::Fault::Pass);
    app.sync(None).await.unwrap();
    let screen = app.join_screen().unwrap();
    assert!(screen.waiting_name.is_none());
    let receipt = screen.receipt.expect("the provisional card");
    assert!(!receipt.waiting);
    assert!(
        receipt.card.starts_with("29") && receipt.card.len() == 10,
        "{}",
        receipt.card
    );
    assert!(receipt.message.contains(&receipt.card));
    let members: i64 = hub
        .db()
        .read(|c| {
            c.query_one("SELECT COUNT(*) FROM accounts WHERE name = 'Nadia Khan'", &[])?
                .i64(0)
        })
        .await
        .unwrap();
    assert_eq!(members, 1, "one member, not two");
    // The new member signs in with the card that appeared and the PIN she chose.
    let me = app.login(receipt.card.clone(), "4826".into()).await.unwrap();
    assert!(me.provisional);
}

#[tokio::test]
async fn a_coordinators_deliveries_screen_opens_offline_without_addresses_and_a_concern_closes_offline() {
    let mut hub = hub_with_records().await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    let (_p, priya) = cml_e2e::demo_signed_in(&hub.url(), "Priya Shah").await;
    let eve = hub.person("Eve Lane", &[]).await;
    let (_e, eves) = signed_in(&hub.url(), &eve).await;
    let asked = eves
        .request_delivery(cml_ffi::cml_core::DeliveryForm {
            reader_card: None,
            address: "9 Church Road, Baswich".into(),
            postcode: "ST17 0AB".into(),
            access_notes: "Side door.".into(),
            preferred_day: None,
            time_of_day: "afternoon".into(),
            frequency: "monthly".into(),
            preferences: Default::default(),
        })
        .await
        .unwrap();
    assert_eq!(asked.state, "done", "{asked:?}");

    // Priya raises a concern at tomorrow's visit to Arthur.
    let tomorrow = (today(Utc::now()) + Duration::days(1)).to_string();
    let visit = priya.round_screen(Some(tomorrow)).unwrap().stops[0].visit_id;
    priya
        .record_visit(
            visit,
            "welfare_concern".into(),
            Some("No answer at the door; curtains closed at noon.".into()),
            vec![],
            vec![],
        )
        .await
        .unwrap();
    let audited = || async {
        hub.db()
            .read(|c| c.query_one("SELECT COUNT(*) FROM audit_log", &[])?.i64(0))
            .await
            .unwrap()
    };
    let before = audited().await;
    tom.sync(None).await.unwrap();
    assert_eq!(
        audited().await,
        before,
        "the coordinator's sync carries no address, so no read is audited"
    );
    hub.stop().await;

    // The screen, from the phone alone.
    let s = tom.deliveries_screen().unwrap();
    assert_eq!(s.summary, "1 request to decide. 1 welfare concern to act on.");
    assert_eq!(s.requests.len(), 1);
    let req = &s.requests[0];
    assert_eq!((req.reader_name.as_str(), req.postcode.as_str()), ("Eve Lane", "ST17"));
    assert_eq!((req.address.as_str(), req.access_notes.as_str()), ("", ""));
    let acts: Vec<&str> = req.actions.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(acts, ["accept", "decline", "end"]);
    let arthur = s.scheduled.iter().find(|d| d.reader_name == "Arthur Bennett").unwrap();
    assert_eq!((arthur.address.as_str(), arthur.postcode.as_str()), ("", "ST19"));
    assert!(arthur
        .actions
        .iter()
        .any(|a| a.action == "schedule" && a.label == "Plan visits"));
    assert!(s
        .privacy_note
        .starts_with("Readers' addresses are not kept on this phone"));
    assert_eq!(s.choosers.len(), 1);
    assert_eq!(
        (s.choosers[0].name.as_str(), s.choosers[0].libraries.as_str()),
        ("Priya Shah", "Brewood Library")
    );
    assert_eq!(s.deliverers[0].name, "Priya Shah");
    let concern = &s.concerns[0];
    assert!(concern.open);
    assert!(concern.text.starts_with("Raised by Priya Shah on "), "{}", concern.text);
    assert!(concern.text.ends_with("curtains closed at noon."), "{}", concern.text);
    assert!(concern.actions[0].allowed);
    assert!(kinds(&tom).contains(&"welfare_concerns".to_owned()));
    assert!(kinds(&tom).contains(&"delivery_requests".to_owned()));

    // Closed offline: at once the screen says so and Home no longer asks for it.
    assert!(matches!(
        tom.close_concern(visit, "  ".into()).await,
        Err(CmlError::InvalidInput { .. })
    ));
    let closing = tom
        .close_concern(visit, "Rang Susan: Arthur was at the doctor's. All well.".into())
        .await
        .unwrap();
    assert_eq!(closing.state, "waiting");
    let c = &tom.deliveries_screen().unwrap().concerns[0];
    assert!(!c.open);
    assert_eq!(
        c.closed_text.as_deref(),
        Some("Your closing note is waiting to be sent.")
    );
    assert_eq!(
        c.actions[0].why_not.as_deref(),
        Some("A change to this is waiting to be sent.")
    );
    assert!(!kinds(&tom).contains(&"welfare_concerns".to_owned()));
    assert_eq!(tom.deliveries_screen().unwrap().summary, "1 request to decide.");
    tom.set_language("pl".into());
    assert_eq!(tom.deliveries_screen().unwrap().summary, "1 prośba czeka na decyzję.");
    tom.set_language("en".into());

    // Back online, the hub takes it; every coordinator sees who closed it and why.
    hub.restart().await;
    tom.sync(None).await.unwrap();
    let c = &tom.concerns().unwrap()[0];
    let closed = c.closed_text.as_deref().unwrap();
    assert!(closed.starts_with("Closed by Tom Wright on "), "{closed}");
    assert!(closed.ends_with("All well."), "{closed}");
    assert_eq!(c.actions[0].why_not.as_deref(), Some("This concern is closed already."));
    assert!(matches!(
        tom.close_concern(visit, "Again.".into()).await,
        Err(CmlError::Conflict { .. })
    ));
    // The hub refuses a volunteer closing one.
    let val = hub.person("Val", &[Role::Volunteer]).await;
    let refused = cml_e2e::send_direct(
        &hub,
        &val,
        cml_api::Change::CloseConcern {
            visit_id: visit,
            note: "Not mine to close.".into(),
        },
    )
    .await;
    assert_eq!(refused.code, "not_allowed");
}

#[tokio::test]
async fn the_home_delivery_screen_gives_each_state_its_actions_offline() {
    let mut hub = hub_with_records().await;
    let (_a, arthur) = cml_e2e::demo_signed_in(&hub.url(), "Arthur Bennett").await;
    hub.stop().await;

    let s = arthur.home_delivery_screen().unwrap();
    assert_eq!(s.for_name, "Arthur Bennett");
    let d = &s.deliveries[0];
    let acts: Vec<(&str, bool)> = d.actions.iter().map(|a| (a.action.as_str(), a.allowed)).collect();
    assert_eq!(acts, [("pause", true), ("end", true)]);
    assert!(!s.request.allowed);
    assert_eq!(
        s.request.why_not.as_deref(),
        Some("Home delivery is already asked for or under way.")
    );
    assert_eq!(s.days.len(), 7);
    assert_eq!((s.days[0].code.as_str(), s.days[0].text.as_str()), ("1", "Monday"));
    assert_eq!(s.frequencies.len(), 3);
    assert!(s.formats.iter().any(|f| f.code == "large_print"));

    // Paused offline: the pause waits, and the buttons say why they cannot be pressed again.
    let paused = arthur.set_delivery_state(d.id, "pause".into()).await.unwrap();
    assert_eq!(paused.state, "waiting");
    let s = arthur.home_delivery_screen().unwrap();
    assert!(s.deliveries[0]
        .actions
        .iter()
        .all(|a| !a.allowed && a.why_not.as_deref() == Some("A change to this is waiting to be sent.")));
    assert_eq!(s.waiting.len(), 1);
    assert!(s.waiting[0].contains("Arthur Bennett"), "{:?}", s.waiting);
    arthur.set_language("ur".into());
    let s = arthur.home_delivery_screen().unwrap();
    assert_eq!(s.days[0].text, "پیر");
    assert_eq!(s.deliveries[0].actions[0].label, "کتابیں پہنچانا روکیں");
}

#[tokio::test]
async fn a_coordinators_impact_screen_and_its_csv_open_offline_with_the_hubs_figures() {
    use chrono::Datelike;
    let mut hub = hub_with_records().await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    let (_m, margaret) = cml_e2e::demo_signed_in(&hub.url(), "Margaret Hughes").await;
    // Someone joins at Holmcroft this month: the new-members figure counts them.
    hub.person_at("Nadia Kowalska", &[], "HOL").await;
    tom.sync(None).await.unwrap();
    margaret.sync(None).await.unwrap();
    let day = today(Utc::now());
    let first = day.with_day(1).unwrap();
    let last_month_end = first.pred_opt().unwrap();
    let last_month = last_month_end.with_day(1).unwrap();
    let april = NaiveDate::from_ymd_opt(if day.month() >= 4 { day.year() } else { day.year() - 1 }, 4, 1).unwrap();
    // What the hub counts for the same periods, asked while it is up.
    let mut asked = Vec::new();
    for (library, from, to) in [
        (None, first, day),
        (Some("HOL".to_owned()), first, day),
        (Some("HOL".to_owned()), last_month, last_month_end),
        (None, april, day),
    ] {
        asked.push(
            tom.impact_report(library, from.to_string(), to.to_string())
                .await
                .unwrap(),
        );
    }
    assert!(asked[1].members_new >= 1, "{:?}", asked[1]);
    hub.stop().await;

    let same = |mut kept: cml_ffi::cml_core::ImpactView, hub: &cml_ffi::cml_core::ImpactView| {
        kept.generated_at = hub.generated_at;
        assert_eq!(&kept, hub);
    };
    // All libraries, this month: the default, from the phone alone.
    let s = tom.impact_screen(None, None).unwrap();
    assert_eq!((s.library.as_str(), s.period.as_str()), ("all", "this_month"));
    assert_eq!(
        (s.libraries[0].code.as_str(), s.libraries[0].text.as_str()),
        ("all", "All libraries")
    );
    assert!(s
        .libraries
        .iter()
        .any(|l| l.code == "HOL" && l.text == "Holmcroft Library"));
    let codes: Vec<&str> = s.periods.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(codes, ["this_month", "last_month", "year"]);
    assert!(
        s.periods[2].text.starts_with("This year (from 1 April): "),
        "{:?}",
        s.periods
    );
    assert!(s.title.starts_with("All libraries, "), "{}", s.title);
    assert!(s.counted.starts_with("Figures counted at "), "{}", s.counted);
    same(s.report.clone().unwrap(), &asked[0]);
    let members = format!("Members: {}", asked[0].members_total);
    assert!(s.figures.iter().any(|f| f.sentence == members), "{:?}", s.figures);
    assert!(s
        .figures
        .iter()
        .any(|f| f.figure == "volunteer_hours" && !f.value.is_empty()));

    // One library, and the other periods.
    let hol = tom.impact_screen(Some("hol".into()), None).unwrap();
    assert!(hol.title.starts_with("Holmcroft Library, "), "{}", hol.title);
    same(hol.report.unwrap(), &asked[1]);
    let before = tom
        .impact_screen(Some("HOL".into()), Some("last_month".into()))
        .unwrap();
    same(before.report.unwrap(), &asked[2]);
    let year = tom.impact_screen(None, Some("year".into())).unwrap();
    same(year.report.unwrap(), &asked[3]);
    assert_eq!(year.csv_file_name, format!("impact-all-{april}-{day}.csv"));

    // The CSV the share sheet sends, in the coordinator's language, offline.
    tom.set_language("pl".into());
    let csv = tom.impact_csv(Some("HOL".into()), None).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "wskaźnik,kategoria,wartość,opis");
    assert!(
        lines.contains(&format!("members_new,,{},Nowi czytelnicy", asked[1].members_new).as_str()),
        "{csv}"
    );
    assert!(lines.contains(&format!("period_from,,{first},Od").as_str()), "{csv}");
    let pl = tom.impact_screen(Some("HOL".into()), None).unwrap();
    assert!(pl.counted.starts_with("Liczby policzone o "), "{}", pl.counted);
    tom.set_language("en".into());

    // A period it does not know is a typed error; so is a library that is not there.
    match tom.impact_screen(None, Some("decade".into())) {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "period"),
        other => panic!("{other:?}"),
    }
    match tom.impact_csv(Some("XYZ".into()), None) {
        Err(CmlError::InvalidInput { field, .. }) => assert_eq!(field, "library"),
        other => panic!("{other:?}"),
    }
    // A member's phone keeps no figures: the screen says how to get them.
    let m = margaret.impact_screen(None, None).unwrap();
    assert!(m.figures.is_empty() && m.report.is_none());
    assert_eq!(
        m.counted,
        "The figures are not on this phone yet. Open this screen once when you are online."
    );
    assert!(matches!(
        margaret.impact_csv(None, None),
        Err(CmlError::NotFound { .. })
    ));
}

#[tokio::test]
async fn a_coordinators_pending_members_open_offline_without_addresses_and_go_once_confirmed() {
    let mut hub = hub_with_records().await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    let (_m, margaret) = cml_e2e::demo_signed_in(&hub.url(), "Margaret Hughes").await;
    // Two people join in the app.
    let mut cards = Vec::new();
    for (name, library) in [("Nadia Khan", "HOL"), ("Owen Price", "BAS")] {
        let dir = tempfile::tempdir().unwrap();
        let app = cml_e2e::app(&dir, &hub.url());
        app.sync(None).await.unwrap();
        let receipt = app
            .join(cml_ffi::cml_core::JoinForm {
                name: name.into(),
                address: "4 Mill Lane, Stafford".into(),
                postcode: "ST17 4AB".into(),
                date_of_birth: "1950-05-17".into(),
                home_library: library.into(),
                email: Some("nadia@example.org".into()),
                phone: None,
                pin: "4826".into(),
            })
            .await
            .unwrap();
        cards.push(receipt.card);
    }
    tom.sync(None).await.unwrap();
    margaret.sync(None).await.unwrap();
    let home = tom.home_screen().unwrap();
    let item = home
        .items
        .iter()
        .find(|i| i.kind == "pending_members")
        .expect("on Home");
    assert_eq!(item.text, "2 new members wait for their card to be confirmed.");
    assert_eq!(item.target.screen, "pending_members");
    // Confirmed while online: gone from the screen at once, before any sync.
    tom.confirm_member(cards[1].clone()).await.unwrap();
    let s = tom.pending_members_screen().unwrap();
    assert_eq!(s.members.len(), 1);
    assert!(s.members[0].confirm.allowed);
    hub.stop().await;

    let _ = tom.sync(None).await;
    let s = tom.pending_members_screen().unwrap();
    assert_eq!(s.summary, "1 new member waits for their card to be confirmed.");
    let row = &s.members[0];
    assert_eq!(row.card, cards[0]);
    assert_eq!(
        (
            row.name.as_str(),
            row.home_library.as_str(),
            row.postcode_district.as_str()
        ),
        ("Nadia Khan", "Holmcroft Library", "ST17")
    );
    assert!(
        row.sentence.starts_with("Nadia Khan joined at Holmcroft Library on ") && row.sentence.ends_with(" (ST17)."),
        "{}",
        row.sentence
    );
    // Offline, confirming waits for a connection, and says so.
    assert!(!row.confirm.allowed);
    assert_eq!(
        row.confirm.why_not.as_deref(),
        Some("This needs a connection. Try again when you are online.")
    );
    assert!(s.privacy_note.starts_with("Addresses are not kept on this phone."));
    assert!(s.data_age.offline);
    // Nothing of the form beyond that is on the coordinator's phone.
    let json = serde_json::to_string(&s).unwrap();
    for private in ["Mill Lane", "1950", "nadia@example.org"] {
        assert!(!json.contains(private), "{private} in {json}");
    }
    // A member's phone keeps nobody.
    let m = margaret.pending_members_screen().unwrap();
    assert!(m.members.is_empty());
    assert_eq!(m.summary, "Nobody is waiting for their card to be confirmed.");
    assert!(!margaret
        .home_screen()
        .unwrap()
        .items
        .iter()
        .any(|i| i.kind == "pending_members"));
}

#[tokio::test]
async fn a_coordinators_events_and_rooms_open_offline_with_every_partners_booking() {
    let mut hub = hub_with_records().await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    let (_p, partner) = cml_e2e::demo_signed_in(&hub.url(), "MPFT Wellbeing Service").await;
    let rooms = partner.rooms(None).await.unwrap();
    let room = rooms.first().expect("the demo has rooms").clone();
    let day = today(Utc::now()) + Duration::days(9);
    let booked = partner
        .book_room(
            room.id,
            format!("{day} 18:00"),
            format!("{day} 20:00"),
            "Wellbeing drop-in".into(),
        )
        .await
        .unwrap();
    assert_eq!(booked.state, "done", "{booked:?}");
    tom.sync(None).await.unwrap();
    partner.sync(None).await.unwrap();
    hub.stop().await;
    // The phone learns the hub is out of reach.
    let _ = tom.sync(None).await;

    let s = tom
        .events_and_rooms_screen(EventFilter {
            library: None,
            category: None,
            from_date: None,
            to_date: None,
        })
        .unwrap();
    // Every room, and the partner's booking among the times it is taken.
    assert_eq!(s.rooms.len(), rooms.len());
    let kept = s.rooms.iter().find(|r| r.id == room.id).unwrap();
    assert_eq!(
        (kept.name.as_str(), kept.library_name.as_str()),
        (room.name.as_str(), room.library_name.as_str())
    );
    assert!(!kept.busy.is_empty());
    // The partner's booking, named and with its Cancel.
    let row = s
        .bookings
        .iter()
        .find(|b| b.booking.room_id == room.id)
        .expect("the partner's booking");
    assert_eq!(row.organisation, "MPFT Wellbeing Service");
    assert!(
        row.sentence.starts_with(&format!(
            "MPFT Wellbeing Service: Wellbeing drop-in, {} at {}, ",
            room.name, room.library_name
        )),
        "{}",
        row.sentence
    );
    assert!(row.cancel.allowed);
    // The programme: offline, changing or cancelling an event waits for a connection.
    assert!(!s.events.is_empty());
    let open = s.events.iter().find(|e| !e.event.cancelled).unwrap();
    let names: Vec<&str> = open.actions.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(names, ["edit", "cancel"]);
    for a in &open.actions {
        assert!(!a.allowed);
        assert_eq!(
            a.why_not.as_deref(),
            Some("This needs a connection. Try again when you are online.")
        );
    }
    assert!(!s.create.allowed);
    assert!(s.data_age.offline);

    // Cancelling the booking works offline; it then waits to be sent.
    let cancel = tom.cancel_room_booking(row.booking.id).await.unwrap();
    assert_eq!(cancel.state, "waiting");
    let again = tom
        .events_and_rooms_screen(EventFilter {
            library: None,
            category: None,
            from_date: None,
            to_date: None,
        })
        .unwrap();
    let row = again.bookings.iter().find(|b| b.booking.id == row.booking.id).unwrap();
    assert!(!row.cancel.allowed);
    assert_eq!(
        row.cancel.why_not.as_deref(),
        Some("A change to this is waiting to be sent.")
    );
}

#[tokio::test]
async fn the_desk_screen_knows_where_each_volunteer_works_the_desk_and_shows_returns_offline() {
    let mut hub = hub_with_records().await;
    let (_p, priya) = cml_e2e::demo_signed_in(&hub.url(), "Priya Shah").await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    let (_m, margaret) = cml_e2e::demo_signed_in(&hub.url(), "Margaret Hughes").await;
    for app in [&priya, &tom, &margaret] {
        app.sync(None).await.unwrap();
    }
    let barcode = hub
        .db()
        .read(|c| {
            c.query_one(
                "SELECT barcode FROM items WHERE library_code = 'GLA' AND status = 'on_shelf' AND loan_type != 'reference' ORDER BY barcode LIMIT 1",
                &[],
            )?
            .str(0)
        })
        .await
        .unwrap();
    // Priya works the desk at Glascote only: it is preselected.
    let s = priya.desk_screen().unwrap();
    let codes: Vec<&str> = s.libraries.iter().map(|l| l.code.as_str()).collect();
    assert_eq!(codes, ["GLA"]);
    assert_eq!(s.library.as_deref(), Some("GLA"));
    assert!(s.actions.iter().all(|a| a.allowed));
    // A coordinator works it anywhere; a member nowhere, and is told why.
    assert_eq!(tom.desk_screen().unwrap().libraries.len(), 8);
    let m = margaret.desk_screen().unwrap();
    assert!(m.libraries.is_empty() && m.library.is_none());
    for a in &m.actions {
        assert!(!a.allowed);
        assert_eq!(
            a.why_not.as_deref(),
            Some("You do not work the desk at any library yet. A coordinator can add you.")
        );
    }

    // No signal: Priya lends a copy to Margaret and takes it back; both wait on the phone.
    hub.stop().await;
    priya.desk_checkout(barcode.clone(), "2100000001".into()).await.unwrap();
    // Taken back where the screen preselects (no library given).
    priya.desk_checkin(barcode.clone(), None).await.unwrap();
    let s = priya.desk_screen().unwrap();
    assert_eq!(s.recent.len(), 2);
    assert!(s.recent.iter().all(|c| c.state == "waiting"));
    assert!(s.recent[1].summary.contains("Glascote"), "{:?}", s.recent[1]);
    assert_eq!(
        s.waiting_text.as_deref(),
        Some("2 desk changes will be sent when you are back online.")
    );
    // Signal again: both are done, in order, and the screen says what became of them.
    hub.restart().await;
    priya.sync(None).await.unwrap();
    let s = priya.desk_screen().unwrap();
    assert!(s.waiting_text.is_none());
    let codes: Vec<Option<&str>> = s.recent.iter().map(|c| c.code.as_deref()).collect();
    assert_eq!(codes, [Some("checked_in"), Some("checked_out")]);
    assert!(s.recent.iter().all(|c| c.outcome.is_some()));
}

#[tokio::test]
async fn a_coordinators_volunteers_screen_shows_who_holds_each_role_offline() {
    let mut hub = hub_with_records().await;
    let (_t, tom) = cml_e2e::demo_signed_in(&hub.url(), "Tom Wright").await;
    tom.sync(None).await.unwrap();
    hub.stop().await;
    let s = tom.volunteers_screen().unwrap();
    assert_eq!(s.libraries.len(), 8);
    let glascote = s.libraries.iter().find(|l| l.code == "GLA").unwrap();
    let roles: Vec<&str> = glascote.roles.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["branch_volunteer", "event_host"]);
    assert_eq!(glascote.roles[0].sentence, "Library volunteer: Priya Shah.");
    assert_eq!(glascote.roles[0].people[0].card, "2100000004");
    let brewood = s.libraries.iter().find(|l| l.code == "BRE").unwrap();
    let texts: Vec<&str> = brewood.roles.iter().map(|r| r.role_text.as_str()).collect();
    assert_eq!(texts, ["Book chooser", "Delivers books"]);
    // A library with none says so.
    assert!(s.libraries.iter().any(|l| l.roles.is_empty()));
    assert_eq!(s.empty_text, "No volunteers yet.");
}
