//! Languages end to end: a notice, an offline change's summary and an outcome the hub wrote, all
//! made while the phone read English, read in Polish and in Urdu after switching, with no sync;
//! the hub's own words follow the request's Accept-Language.

use chrono::Duration;
use cml_api::Change;
use cml_e2e::{send_direct, signed_in};
use cml_ffi::cml_core::EventFilter;
use cml_hub::testing::TestHub;

/// English words that must not appear in a Polish or Urdu screen (names and titles aside).
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
    "drop",
    "in",
    "up",
    "date",
];

/// Asserts that `text`, less the names in `allowed`, has no English word.
pub fn no_english(text: &str, allowed: &[&str]) {
    let mut rest = text.to_owned();
    for name in allowed {
        rest = rest.replace(name, " ");
    }
    for word in rest.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        assert!(
            !ENGLISH.contains(&word.to_lowercase().as_str()),
            "English {word:?} in {text:?}"
        );
    }
}

#[tokio::test]
async fn notices_summaries_and_outcomes_read_in_the_language_chosen_now() {
    let mut hub = TestHub::start(true).await;
    let (ann, bob) = (hub.person("Ann", &[]).await, hub.person("Bob", &[]).await);
    let yoga = hub.event("Chair yoga", 1, Duration::days(2)).await;
    let talk = hub.event("Local history talk", 10, Duration::days(3)).await;
    let (_dir, app) = signed_in(&hub.url(), &ann).await;
    assert_eq!(app.language(), "en");

    // Bob takes the only place; Ann's booking is waitlisted (the hub's outcome); Bob cancels and
    // Ann is promoted (a notice at her next sync).
    send_direct(
        &hub,
        &bob,
        Change::BookEvent {
            event_id: yoga,
            places: 1,
        },
    )
    .await;
    let waitlisted = app.book_event(yoga, 1).await.unwrap();
    assert_eq!(
        waitlisted.outcome.as_deref(),
        Some("Chair yoga is full. You are 1st on the waiting list.")
    );
    send_direct(&hub, &bob, Change::CancelBooking { event_id: yoga }).await;
    app.sync(None).await.unwrap();
    let notice = app.notices().unwrap().remove(0);
    assert_eq!(notice.kind, "promoted");
    assert!(
        notice.text.starts_with("Good news: a place came free at Chair yoga ("),
        "{}",
        notice.text
    );

    // With no signal Ann books two places at the talk: a change waiting with its summary.
    hub.stop().await;
    let waiting = app.book_event(talk, 2).await.unwrap();
    assert_eq!(waiting.state, "waiting");
    assert!(
        waiting.summary.starts_with("Book 2 places at Local history talk ("),
        "{}",
        waiting.summary
    );

    // Polish, with the hub still stopped: nothing is fetched again.
    let changes = app.set_language("pl".into());
    assert_eq!(changes, "pl");
    assert_eq!(app.language(), "pl");
    assert!(!app.language_is_rtl());
    let notice = app.notices().unwrap().remove(0);
    assert!(
        notice
            .text
            .starts_with("Dobra wiadomość: zwolniło się miejsce na „Chair yoga” ("),
        "{}",
        notice.text
    );
    no_english(&notice.text, &["Chair yoga"]);
    let list = app.changes(10).unwrap();
    let (waiting, settled) = (&list[0], &list[1]);
    assert!(
        waiting
            .summary
            .starts_with("Rezerwacja 2 miejsc: „Local history talk” ("),
        "{}",
        waiting.summary
    );
    no_english(&waiting.summary, &["Local history talk"]);
    assert_eq!(
        settled.outcome.as_deref(),
        Some("Na „Chair yoga” nie ma już miejsc. Jesteś na liście oczekujących: miejsce 1.")
    );
    let status = app.status().unwrap().summary;
    assert_eq!(
        status,
        "Brak połączenia: 1 zmiana zostanie wysłana, gdy wrócisz do sieci."
    );
    let events = app.events(EventFilter::default()).unwrap();
    let talk_view = events.iter().find(|e| e.id == talk).unwrap();
    assert_eq!(
        talk_view.my_booking.as_deref(),
        Some("Rezerwacja 2 miejsc czeka na wysłanie")
    );
    no_english(&talk_view.when, &[]);
    no_english(&talk_view.availability, &[]);
    for l in app.libraries().unwrap() {
        no_english(&l.today, &[]);
        for d in &l.week {
            no_english(&format!("{} {}", d.day, d.hours), &[]);
        }
    }

    // Urdu: right to left, the Latin title kept readable by isolation marks.
    assert_eq!(app.set_language("ur-PK".into()), "ur");
    assert!(app.language_is_rtl());
    let notice = app.notices().unwrap().remove(0);
    assert!(notice.text.starts_with("اچھی خبر:"), "{}", notice.text);
    assert!(notice.text.contains("\u{2068}Chair yoga\u{2069}"), "{}", notice.text);
    no_english(&notice.text, &["Chair yoga"]);
    let list = app.changes(10).unwrap();
    assert!(list[0].summary.contains("جگہیں بک کریں"), "{}", list[0].summary);
    no_english(&list[0].summary, &["Local history talk"]);
    let outcome = list[1].outcome.clone().unwrap();
    assert!(outcome.contains("انتظار کی فہرست"), "{outcome}");
    no_english(&outcome, &["Chair yoga"]);
    no_english(&app.status().unwrap().summary, &[]);

    // An unknown language is English, with no error.
    assert_eq!(app.set_language("de".into()), "en");
    assert!(app.notices().unwrap()[0].text.starts_with("Good news"));

    // Back online the waiting change is sent and its outcome reads in the language of the moment.
    app.set_language("pl".into());
    hub.restart().await;
    app.sync(None).await.unwrap();
    let done = app.changes(10).unwrap().remove(0);
    assert_eq!(done.state, "done");
    assert_eq!(
        done.outcome.as_deref(),
        Some("Twoje 2 miejsca na „Local history talk” są potwierdzone.")
    );
}

#[tokio::test]
async fn the_hub_answers_in_the_language_the_request_asks_for() {
    let hub = TestHub::start(true).await;
    let ann = hub.person("Ann", &[]).await;
    let client = reqwest::Client::new();
    // An outcome of a change.
    let resp = client
        .post(format!("{}/v1/changes", hub.url()))
        .bearer_auth(&ann.token)
        .header("Accept-Language", "pl-PL, en;q=0.5")
        .json(
            &serde_json::json!({ "changes": [{ "key": "ann-books-nothing", "made_at": chrono::Utc::now(),
            "change": Change::BookEvent { event_id: 999_999, places: 1 } }] }),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.headers()["content-language"], "pl");
    let results: cml_api::ChangeResults = resp.json().await.unwrap();
    assert_eq!(results.results[0].code, "not_found");
    assert_eq!(
        results.results[0].message,
        "Tego wydarzenia nie ma w programie biblioteki."
    );
    assert_eq!(
        results.results[0].msg.as_ref().map(|m| m.id.as_str()),
        Some("outcome-event-not-found")
    );
    // The same key again, asked in Urdu: the first answer, worded in Urdu.
    let again: cml_api::ChangeResults = client
        .post(format!("{}/v1/changes", hub.url()))
        .bearer_auth(&ann.token)
        .header("Accept-Language", "ur")
        .json(
            &serde_json::json!({ "changes": [{ "key": "ann-books-nothing", "made_at": chrono::Utc::now(),
            "change": Change::BookEvent { event_id: 999_999, places: 1 } }] }),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(again.results[0].message, "یہ تقریب لائبریری کے پروگرام میں نہیں ہے۔");
    // The impact report as CSV: the column headers and each figure's label in Polish; the codes
    // stay for programs.
    let cora = hub.person("Cora", &[cml_api::Role::Coordinator]).await;
    let today = cml_api::london::today(chrono::Utc::now());
    let csv = client
        .get(format!(
            "{}/v1/reports/impact?from={}&to={today}&format=csv",
            hub.url(),
            today - Duration::days(30)
        ))
        .bearer_auth(&cora.token)
        .header("Accept-Language", "pl")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("wskaźnik,kategoria,wartość,opis"));
    assert!(
        csv.lines()
            .any(|l| l.starts_with("loans,,") && l.ends_with(",Wypożyczenia")),
        "{csv}"
    );
    // Errors found in the database work (on another thread) are worded in the request's
    // language too: a record that is not there, a room that is taken.
    for (lang, expected) in [
        ("pl", "W katalogu nie ma rekordu 999999."),
        ("ur", "کیٹلاگ میں ریکارڈ 999999 نہیں ہے۔"),
        ("en", "There is no record 999999 in the catalogue."),
    ] {
        let body = error_in(&client, &format!("{}/v1/catalogue/999999", hub.url()), lang).await;
        assert_eq!(body.message.replace(['\u{2068}', '\u{2069}'], ""), expected);
    }
    let body = error_in(&client, &format!("{}/v1/catalogue/search?q=", hub.url()), "pl").await;
    assert_eq!(body.message, "Wpisz, czego szukasz.");
    // A role that is not one of the hub's reads back as typed (no message id is made from it).
    let coordinator = hub.person("Cora Coordinator", &[cml_api::Role::Coordinator]).await;
    let helper = hub.person("Hal Helper", &[cml_api::Role::Volunteer]).await;
    for (lang, expected) in [("en", "Hal Helper is not \"gardener\" at BAS."), ("pl", "gardener")] {
        let resp = client
            .post(format!("{}/v1/volunteers/{}/roles/remove", hub.url(), helper.card))
            .bearer_auth(&coordinator.token)
            .header("Accept-Language", lang)
            .json(&serde_json::json!({ "library": "BAS", "role": "gardener" }))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 404);
        let body: cml_api::ApiError = resp.json().await.unwrap();
        let said = body.message.replace(['\u{2068}', '\u{2069}'], "");
        assert!(said.contains(expected), "{said}");
        assert!(!said.contains("code-volunteer-role"), "{said}");
    }
    // An error of the hub's own; English with no header, or one the hub does not have.
    for (header, expected) in [
        (Some("ur"), "اس سرور پر ایسا کوئی پتہ نہیں ہے۔"),
        (Some("de"), "There is no such address on this hub."),
        (None, "There is no such address on this hub."),
    ] {
        let mut req = client.get(format!("{}/v1/no-such-thing", hub.url()));
        if let Some(h) = header {
            req = req.header("Accept-Language", h);
        }
        let body: cml_api::ApiError = req.send().await.unwrap().json().await.unwrap();
        assert_eq!(body.message, expected);
    }
}

/// The error body the hub answers a GET of `url` with, asked in `lang`.
async fn error_in(client: &reqwest::Client, url: &str, lang: &str) -> cml_api::ApiError {
    client
        .get(url)
        .header("Accept-Language", lang)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Outcomes the hub builds from parts (a return and what to do with the copy next; a shift's
/// day and times) are worded whole in the language asked for: no English part inside.
#[tokio::test]
async fn outcomes_made_of_parts_are_worded_whole_in_each_language() {
    let hub = TestHub::start(true).await;
    let vera = hub.person("Vera Volunteer", &[cml_api::Role::Volunteer]).await;
    hub.desk_volunteer(&vera, &["BAS"]).await;
    let barcode = hub
        .db()
        .read(|c| {
            c.query_one(
                "SELECT barcode FROM items WHERE library_code = 'BAS' AND status = 'on_shelf' ORDER BY barcode LIMIT 1",
                cml_hub::params![],
            )?
            .str(0)
        })
        .await
        .unwrap();
    let client = reqwest::Client::new();
    let send = |key: &str, lang: &str, change: Change| {
        client
            .post(format!("{}/v1/changes", hub.url()))
            .bearer_auth(&vera.token)
            .header("Accept-Language", lang.to_owned())
            .json(&serde_json::json!({ "changes": [{ "key": key, "made_at": chrono::Utc::now(), "change": change }] }))
            .send()
    };
    let checkin = Change::Checkin {
        barcode: barcode.clone(),
        library: "BAS".into(),
    };
    for (lang, expected) in [
        ("en", "was not on loan. Put it back on the shelf."),
        ("pl", "nie był wypożyczony. Odłóż na półkę."),
        ("ur", "کسی کے پاس نہیں تھی۔ اسے واپس شیلف پر رکھیں۔"),
    ] {
        let results: cml_api::ChangeResults = send(&format!("vera-returns-{lang}"), lang, checkin.clone())
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let r = &results.results[0];
        assert_eq!(r.code, "checked_in", "{r:?}");
        // Urdu isolates each part (the nested instruction too), which shows as nothing.
        let plain = r.message.replace(['\u{2068}', '\u{2069}'], "");
        assert!(plain.ends_with(expected), "{lang}: {}", r.message);
        assert_eq!(r.msg.as_ref().map(|m| m.id.as_str()), Some("outcome-not-on-loan"));
        if lang != "en" {
            no_english(&r.message, &[]);
        }
    }
    // A copy that does not exist, at a library Vera does not work at: refused, in Polish.
    let results: cml_api::ChangeResults = send(
        "vera-elsewhere",
        "pl",
        Change::Checkin {
            barcode: barcode.clone(),
            library: "BRE".into(),
        },
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(results.results[0].code, "not_allowed");
    assert!(
        results.results[0]
            .message
            .starts_with("Możesz przyjmować zwroty tylko w bibliotece"),
        "{}",
        results.results[0].message
    );
}
