//! The hub's test suite. It runs on SQLite, and on PostgreSQL when `CML_TEST_POSTGRES_URL` is set
//! (`scripts/test` runs it both ways).

use cml_api::{Account, ApiError, ErrorCode, FeedPage, Health, Library, LoginResponse};
use cml_hub::testing::{TestDatabase, TestHub};
use reqwest::StatusCode;
use serde_json::{json, Value};

const MEMBER: (&str, &str) = ("2100000001", "1234");
const COORDINATOR: (&str, &str) = ("2100000005", "9753");

mod common;

use common::client;

async fn login(hub: &TestHub, (card, pin): (&str, &str)) -> LoginResponse {
    let resp = client()
        .post(format!("{}/v1/auth/login", hub.url()))
        .json(&json!({ "card": card, "pin": pin }))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK, "sign-in of {card}");
    resp.json().await.unwrap()
}

async fn post_login(hub: &TestHub, body: Value) -> (StatusCode, ApiError) {
    let resp = client()
        .post(format!("{}/v1/auth/login", hub.url()))
        .json(&body)
        .send()
        .await
        .unwrap();
    (resp.status(), resp.json().await.unwrap())
}

async fn feed(hub: &TestHub, after: i64, limit: i64) -> FeedPage {
    common::get_json(
        format!("{}/v1/feed/libraries?after={after}&limit={limit}&count=true", hub.url()),
        None,
    )
    .await
}

#[tokio::test]
async fn health_reports_the_database_and_schema() {
    let hub = TestHub::start(false).await;
    let health: Health = common::get_json(format!("{}/health", hub.url()), None).await;
    assert_eq!(health.status, "ok");
    assert_eq!(
        health.database,
        if hub.database.is_postgres() {
            "postgres"
        } else {
            "sqlite"
        }
    );
    assert_eq!(health.schema_version, cml_hub::db::SCHEMA_VERSION);
}

#[tokio::test]
async fn the_openapi_document_lists_every_endpoint() {
    let hub = TestHub::start(false).await;
    let doc: Value = common::get_json(format!("{}/openapi.json", hub.url()), None).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for path in [
        "/health",
        "/v1/auth/login",
        "/v1/auth/logout",
        "/v1/me",
        "/v1/libraries",
        "/v1/libraries/{code}",
        "/v1/libraries/{code}/closures",
        "/v1/feed/{collection}",
    ] {
        assert!(paths.contains_key(path), "{path} is missing from the OpenAPI document");
    }
    assert!(doc["components"]["schemas"]["ApiError"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
    // An address the hub does not serve gets an ApiError too.
    let resp = client()
        .get(format!("{}/v1/nothing-here", hub.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
    let err: ApiError = resp.json().await.unwrap();
    assert_eq!(err.code, ErrorCode::NotFound);
}

#[tokio::test]
async fn demo_data_has_the_eight_libraries_and_accounts() {
    let hub = TestHub::start(true).await;
    let libraries: Vec<Library> = common::get_json(format!("{}/v1/libraries", hub.url()), None).await;
    assert_eq!(libraries.len(), 8);
    for name in ["Baswich", "Brewood", "Glascote", "Hednesford", "Holmcroft"] {
        assert!(libraries.iter().any(|l| l.name.starts_with(name)), "{name} is missing");
    }
    for l in &libraries {
        assert!(!l.hours.is_empty(), "{} has no hours", l.name);
        assert!(!l.postcode.is_empty());
    }
    // Every demo account can sign in with the PIN printed for it.
    for account in cml_hub::demo::accounts() {
        let resp = login(&hub, (&account.card, &account.pin)).await;
        assert_eq!(resp.account.name, account.name);
    }
    // A month of events is there.
    let events = hub
        .db()
        .read(|c| c.query_one("SELECT CAST(COUNT(*) AS BIGINT) FROM events", &[])?.i64(0))
        .await
        .unwrap();
    assert!(events >= 8 * 4 * 4, "only {events} events");
}

#[tokio::test]
async fn a_wrong_pin_and_an_unknown_card_get_the_same_answer() {
    let hub = TestHub::start(true).await;
    let (s1, wrong_pin) = post_login(&hub, json!({ "card": MEMBER.0, "pin": "0000" })).await;
    let (s2, unknown) = post_login(&hub, json!({ "card": "2199999999", "pin": "1234" })).await;
    assert_eq!(s1, StatusCode::UNAUTHORIZED);
    assert_eq!(s2, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong_pin, unknown);
    assert_eq!(wrong_pin.code, ErrorCode::Unauthenticated);
    // Malformed input names the field.
    let (s, err) = post_login(&hub, json!({ "card": "12ab", "pin": "1234" })).await;
    assert_eq!(
        (s, err.code, err.field.as_deref()),
        (StatusCode::UNPROCESSABLE_ENTITY, ErrorCode::InvalidInput, Some("card"))
    );
    let (s, err) = post_login(&hub, json!({ "card": MEMBER.0 })).await;
    assert_eq!(
        (s, err.field.as_deref()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("pin"))
    );
}

#[tokio::test]
async fn repeated_wrong_pins_lock_the_account_for_a_while() {
    let hub = TestHub::start(true).await;
    for _ in 0..4 {
        let (s, _) = post_login(&hub, json!({ "card": MEMBER.0, "pin": "0000" })).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
    let (s, err) = post_login(&hub, json!({ "card": MEMBER.0, "pin": "0000" })).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(err.code, ErrorCode::TooManyAttempts);
    assert_eq!(err.retry_after_seconds, Some(30));
    // While locked, even the right PIN is refused.
    let (s, err) = post_login(&hub, json!({ "card": MEMBER.0, "pin": MEMBER.1 })).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
    assert!(err.retry_after_seconds.unwrap() <= 30);
    // Another member is not affected.
    login(&hub, COORDINATOR).await;
}

/// The lockout does not tell which card numbers exist: a card no one has locks exactly as a real
/// one does, and one address trying many cards is slowed down.
#[tokio::test]
async fn an_unknown_card_locks_like_a_real_one_and_guessing_from_one_address_is_slowed() {
    let hub = TestHub::start(true).await;
    let mut answers = Vec::new();
    for card in [MEMBER.0, "2199999999"] {
        let mut these = Vec::new();
        for _ in 0..5 {
            let (s, err) = post_login(&hub, json!({ "card": card, "pin": "0000" })).await;
            these.push((s, err.code, err.retry_after_seconds, err.message));
        }
        answers.push(these);
    }
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[1][3].0, StatusCode::UNAUTHORIZED);
    assert_eq!(answers[1][4].0, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(answers[1][4].2, Some(30));

    // Ten more cards, one guess each: the address has 20 free failures in all, then waits.
    for n in 0..9 {
        let (s, _) = post_login(&hub, json!({ "card": format!("21888888{n:02}"), "pin": "0000" })).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "guess {n}");
    }
    let (s, err) = post_login(&hub, json!({ "card": "2188888899", "pin": "0000" })).await;
    assert_eq!((s, err.retry_after_seconds), (StatusCode::TOO_MANY_REQUESTS, Some(30)));
    // Even the right PIN waits, from that address.
    let (s, _) = post_login(&hub, json!({ "card": COORDINATOR.0, "pin": COORDINATOR.1 })).await;
    assert_eq!(s, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn pins_are_stored_as_salted_slow_hashes() {
    let hub = TestHub::start(true).await;
    let hashes = hub
        .db()
        .read(|c| {
            let rows = c.query("SELECT pin_hash FROM accounts", &[])?;
            rows.iter().map(|r| r.str(0)).collect::<Result<Vec<_>, _>>()
        })
        .await
        .unwrap();
    assert!(hashes.len() >= 5);
    for h in &hashes {
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(!h.contains("1234"));
    }
    let distinct: std::collections::HashSet<_> = hashes.iter().collect();
    assert_eq!(distinct.len(), hashes.len());
}

#[tokio::test]
async fn signing_out_revokes_the_token() {
    let hub = TestHub::start(true).await;
    let session = login(&hub, MEMBER).await;
    let me = |token: String| {
        let url = format!("{}/v1/me", hub.url());
        async move { client().get(url).bearer_auth(token).send().await.unwrap() }
    };
    let resp = me(session.token.clone()).await;
    assert_eq!(resp.status(), StatusCode::OK);
    let account: Account = resp.json().await.unwrap();
    assert_eq!(account.card, MEMBER.0);
    let resp = client()
        .post(format!("{}/v1/auth/logout", hub.url()))
        .bearer_auth(&session.token)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NO_CONTENT);
    let resp = me(session.token.clone()).await;
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    // No token and a made-up token are refused alike.
    assert_eq!(
        client()
            .get(format!("{}/v1/me", hub.url()))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(me("made-up".into()).await.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn only_coordinators_change_libraries_and_closures_reach_the_feed() {
    let hub = TestHub::start(true).await;
    let member = login(&hub, MEMBER).await;
    let coordinator = login(&hub, COORDINATOR).await;
    let start = feed(&hub, 0, 5000).await;
    assert_eq!(start.items.len(), 8);

    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).date_naive();
    let closure = json!({ "from": tomorrow, "to": tomorrow, "reason": "Heating repairs" });
    let url = format!("{}/v1/libraries/BAS/closures", hub.url());
    let resp = client()
        .post(&url)
        .bearer_auth(&member.token)
        .json(&closure)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::FORBIDDEN);
    assert_eq!(resp.json::<ApiError>().await.unwrap().code, ErrorCode::Forbidden);
    let resp = client().post(&url).json(&closure).send().await.unwrap();
    assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
    // Nothing changed.
    assert!(feed(&hub, start.cursor, 100).await.items.is_empty());

    // A closure that ends before it starts is refused, naming the field, and changes nothing.
    let bad = json!({ "from": tomorrow, "to": tomorrow - chrono::Duration::days(2), "reason": "x" });
    let resp = client()
        .post(&url)
        .bearer_auth(&coordinator.token)
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(resp.json::<ApiError>().await.unwrap().field.as_deref(), Some("to"));
    assert!(feed(&hub, start.cursor, 100).await.items.is_empty());

    let resp = client()
        .post(&url)
        .bearer_auth(&coordinator.token)
        .json(&closure)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::OK);
    let changed = feed(&hub, start.cursor, 100).await;
    assert_eq!(changed.items.len(), 1);
    assert_eq!(changed.items[0].key, "BAS");
    let library: Library = changed.items[0].parse().unwrap().unwrap();
    assert!(library
        .closures
        .iter()
        .any(|c| c.reason == "Heating repairs" && c.from == tomorrow));
    assert!(changed.cursor > start.cursor);

    // Unknown library.
    let resp = client()
        .post(format!("{}/v1/libraries/NOPE/closures", hub.url()))
        .bearer_auth(&coordinator.token)
        .json(&closure)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_feed_pages_in_order_and_moves_changed_items_to_the_end() {
    let hub = TestHub::start(true).await;
    let mut after = 0;
    let mut keys = Vec::new();
    loop {
        let page = feed(&hub, after, 3).await;
        assert!(page.items.len() <= 3);
        if page.items.is_empty() {
            break;
        }
        assert!(page.cursor > after);
        assert_eq!(page.total, Some(8 - keys.len() as i64));
        keys.extend(page.items.iter().map(|i| i.key.clone()));
        after = page.cursor;
        if !page.more {
            break;
        }
    }
    keys.sort();
    assert_eq!(keys, ["BAS", "BRE", "GLA", "HED", "HOL", "KIN", "SHE", "WIL"]);

    // Changing a library's hours puts it after the cursor once, not twice.
    let coordinator = login(&hub, COORDINATOR).await;
    let mut library: Library = client()
        .get(format!("{}/v1/libraries", hub.url()))
        .send()
        .await
        .unwrap()
        .json::<Vec<Library>>()
        .await
        .unwrap()
        .into_iter()
        .find(|l| l.code == "GLA")
        .unwrap();
    library.hours.push(cml_api::OpeningPeriod {
        weekday: 7,
        opens: "10:00".into(),
        closes: "12:00".into(),
    });
    for _ in 0..2 {
        let resp = client()
            .put(format!("{}/v1/libraries/GLA", hub.url()))
            .bearer_auth(&coordinator.token)
            .json(&library)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::OK);
    }
    let page = feed(&hub, after, 100).await;
    assert_eq!(page.items.len(), 1);
    assert_eq!(page.items[0].key, "GLA");
    // The whole feed still holds one entry per library.
    assert_eq!(feed(&hub, 0, 100).await.items.len(), 8);

    // Bad hours are refused.
    library.hours.push(cml_api::OpeningPeriod {
        weekday: 8,
        opens: "10:00".into(),
        closes: "09:00".into(),
    });
    let resp = client()
        .put(format!("{}/v1/libraries/GLA", hub.url()))
        .bearer_auth(&coordinator.token)
        .json(&library)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // Bad query and unknown collections get ApiErrors.
    let resp = client()
        .get(format!("{}/v1/feed/libraries?after=abc", hub.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let resp = client()
        .get(format!("{}/v1/feed/nothing", hub.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), StatusCode::NOT_FOUND);
}

#[test]
fn a_database_with_a_newer_schema_is_refused() {
    let database = TestDatabase::new();
    {
        let db = cml_hub::db::Db::open(&database.url).unwrap();
        db.write_blocking(|c| {
            c.exec(
                "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)",
                cml_hub::params![999_i64, "2030-01-01T00:00:00Z"],
            )
        })
        .unwrap();
    }
    match cml_hub::db::Db::open(&database.url) {
        Err(cml_hub::db::DbError::NewerSchema { found: 999, .. }) => {}
        Err(other) => panic!("unexpected error {other}"),
        Ok(_) => panic!("a newer schema must be refused"),
    }
}

/// The hub's catalogue search, over the demo catalogue (the Koha sample): words, and an ISBN
/// typed as it is printed; each result carries its record's id.
#[tokio::test]
async fn the_hub_searches_its_catalogue_by_words_and_by_isbn() {
    let hub = TestHub::start(true).await;
    let page_of = |q: &str, limit: i64, offset: i64| {
        let url = format!("{}/v1/catalogue/search", hub.url());
        let query = [
            ("q", q.to_owned()),
            ("limit", limit.to_string()),
            ("offset", offset.to_string()),
        ];
        async move {
            let resp = client().get(url).query(&query).send().await.unwrap();
            assert_eq!(resp.status(), StatusCode::OK);
            resp.json::<cml_api::SearchResults>().await.unwrap()
        }
    };
    let search = |q: &str| page_of(q, 20, 0);
    let by_isbn = search("978-0-520-07844-4").await;
    assert_eq!(by_isbn.total, 1);
    let record = &by_isbn.records[0];
    assert_eq!(record.title, "Introduction to Attic Greek");
    let by_words = search("attic GREEK").await;
    assert_eq!(by_words.records[0].id, record.id);
    // The id is the record's own: its page opens.
    let page: cml_api::CatalogueRecord =
        common::get_json(format!("{}/v1/catalogue/{}", hub.url(), record.id), None).await;
    assert_eq!(page.title, record.title);
    let nothing = search("zzzzqqqq").await;
    assert_eq!((nothing.total, nothing.records.len()), (0, 0));
    // Paged: every page gives the same total, the last one only what is left, and a page past
    // the end none but still the total.
    let all = page_of("shakespeare", 100, 0).await;
    let total = all.total;
    assert!(total >= 3, "{total} Shakespeare records in the demo catalogue");
    assert_eq!(all.records.len() as i64, total);
    let first = page_of("shakespeare", 2, 0).await;
    assert_eq!((first.total, first.records.len()), (total, 2));
    assert_eq!(first.records[0].id, all.records[0].id);
    let last = page_of("shakespeare", 2, total - 1).await;
    assert_eq!((last.total, last.records.len()), (total, 1));
    assert_eq!(last.records[0].id, all.records[total as usize - 1].id);
    let past = page_of("shakespeare", 2, total + 5).await;
    assert_eq!((past.total, past.records.len()), (total, 0));
}

/// Migration 7 moved the catalogue's feed entries onto the records: a device's cursor from
/// before it still finds exactly the records that changed after it, in the same order. Migration
/// 8 moved the ISBN rows: each still finds its records.
#[test]
fn catalogue_cursors_survive_the_move_of_its_feed_onto_the_records() {
    use cml_hub::{db::Db, feed, params};
    let database = TestDatabase::new();
    let (mut order, mut seqs) = (Vec::new(), Vec::new());
    {
        let db = Db::open_at(&database.url, 6).unwrap();
        db.write_blocking(|c| {
            let mut ids = Vec::new();
            for n in 1..=4 {
                let row = c.query_one(
                    "INSERT INTO records (control_number, title, body, search_text, format, updated_at) \
                     VALUES ($1, $2, $3, '', 'book', '2026-01-01T00:00:00Z') RETURNING id",
                    params![
                        format!("cn{n}"),
                        format!("Title {n}"),
                        json!({ "id": 0, "control_number": format!("cn{n}"), "title": format!("Title {n}"), "format": "book" })
                            .to_string()
                    ],
                )?;
                ids.push(row.i64(0)?);
            }
            // Feed entries for three of them, out of order, with another collection's between.
            for &id in &[ids[2], ids[0], ids[1]] {
                feed::publish(c, "events", feed::PUBLIC, &format!("e{id}"), Some(&json!({})))?;
                c.exec(
                    "INSERT INTO feed (collection, scope, item_key, deleted, body) VALUES ('catalogue', '*', $1, 0, NULL)",
                    params![id.to_string()],
                )?;
                let seq = c.query_one("SELECT CAST(MAX(seq) AS BIGINT) FROM feed", &[])?.i64(0)?;
                order.push(id.to_string());
                seqs.push(seq);
            }
            // The fourth has none (there should be none such): it goes after every entry.
            order.push(ids[3].to_string());
            // ISBN rows (migration 8 moves them to a table kept in record order).
            for (isbn, id) in [("9780141439556", ids[0]), ("9780140434910", ids[0]), ("9780141439556", ids[1])] {
                c.exec(
                    "INSERT INTO record_isbns (isbn13, record_id) VALUES ($1, $2)",
                    params![isbn, id],
                )?;
            }
            Ok::<_, cml_hub::db::DbError>(())
        })
        .unwrap();
    }
    let db = Db::open(&database.url).unwrap();
    let page = |after: i64| {
        db.read_blocking(|c| feed::page(c, "catalogue", &[feed::PUBLIC.to_owned()], after, 100, true))
            .unwrap()
    };
    let all = page(0);
    let keys: Vec<&str> = all.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, order.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(all.total, Some(4));
    assert!(all.items[1].body.as_ref().unwrap().get().contains("Title 1"));
    // A device that had read up to the second entry gets the third and the fourth.
    let rest = page(seqs[1]);
    let keys: Vec<&str> = rest.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, vec![order[2].as_str(), order[3].as_str()]);
    // A record that changes now moves to the end, after the device's cursor.
    let first: i64 = order[0].parse().unwrap();
    db.write_blocking(|c| cml_hub::catalogue::refresh_record(c, first))
        .unwrap();
    let after = page(rest.cursor);
    assert_eq!(after.items.len(), 1);
    assert_eq!(after.items[0].key, order[0]);
    // The feed table keeps no catalogue entries; the events' are untouched.
    let left = |collection: &str| {
        db.read_blocking(|c| {
            c.query_one(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM feed WHERE collection = $1",
                params![collection],
            )?
            .i64(0)
        })
        .unwrap()
    };
    assert_eq!((left("catalogue"), left("events")), (0, 3));
    // Each ISBN still finds its records.
    let by_isbn = |isbn: &str| {
        let q: cml_hub::catalogue::SearchQuery = serde_json::from_value(json!({ "q": isbn })).unwrap();
        let found = db.read_blocking(|c| cml_hub::catalogue::search(c, &q)).unwrap();
        found.records.into_iter().map(|r| (r.id, r.title)).collect::<Vec<_>>()
    };
    let (one, two) = (order[1].parse().unwrap(), order[2].parse().unwrap());
    assert_eq!(
        by_isbn("978-0-14-143955-6"),
        vec![(one, "Title 1".to_owned()), (two, "Title 2".to_owned())]
    );
    assert_eq!(by_isbn("0140434917"), vec![(one, "Title 1".to_owned())]);
}

#[tokio::test]
async fn the_hub_serves_tls_itself() {
    let dir = tempfile::tempdir().unwrap();
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
    let cert_path = dir.path().join("cert.pem");
    let key_path = dir.path().join("key.pem");
    std::fs::write(&cert_path, cert.cert.pem()).unwrap();
    std::fs::write(&key_path, cert.key_pair.serialize_pem()).unwrap();
    let hub = TestHub::start_with(
        false,
        Some(cml_hub::TlsFiles {
            cert: cert_path,
            key: key_path,
        }),
    )
    .await;
    let port = hub.addr().port();
    let trusted = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert.cert.pem().as_bytes()).unwrap())
        .build()
        .unwrap();
    let health: Health = trusted
        .get(format!("https://localhost:{port}/health"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health.status, "ok");
    // A client that does not trust the certificate is refused.
    assert!(client()
        .get(format!("https://localhost:{port}/health"))
        .send()
        .await
        .is_err());
    let mut hub = hub;
    hub.stop().await;
}

/// A period may end on the last day the calendar allows and still count everything.
#[tokio::test]
async fn a_period_ending_on_the_last_day_of_9999_counts_like_the_day_before() {
    let hub = TestHub::start(true).await;
    let token = login(&hub, COORDINATOR).await.token;
    let report = |to: &'static str| {
        let url = format!("{}/v1/reports/impact?from=2000-01-01&to={to}", hub.url());
        let token = token.clone();
        async move { common::get_json::<cml_api::ImpactReport>(url, Some(&token)).await }
    };
    let day_before = report("9999-12-30").await;
    let last_day = report("9999-12-31").await;
    assert!(day_before.members_total > 0);
    assert_eq!(last_day.members_total, day_before.members_total);
    assert_eq!(last_day.members_new, day_before.members_new);
    let (start, end) = cml_hub::report::bounds(
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
    );
    assert!(start.to_rfc3339() < end.to_rfc3339());
}

/// Migration 16 gives the coordinators every room booking: a booking made before it reaches
/// their phones at once, and the partner's own copy stays.
#[test]
fn room_bookings_made_before_migration_16_reach_the_coordinators() {
    use cml_hub::{db::Db, feed, params};
    let database = TestDatabase::new();
    let starts = chrono::Utc::now() + chrono::Duration::days(3);
    let ends = starts + chrono::Duration::hours(2);
    let (partner, booking) = {
        let db = Db::open_at(&database.url, 15).unwrap();
        db.write_blocking(|c| {
            c.exec(
                "INSERT INTO libraries (code, name, address, postcode, latitude, longitude, hours) \
                 VALUES ('BAS', 'Baswich Library', '1 Main Road', 'ST17 0AA', 52.8, -2.1, '{}')",
                &[],
            )?;
            let partner = c
                .query_one(
                    "INSERT INTO accounts (card, name, pin_hash, roles, created_at) \
                     VALUES ('2100000006', 'MPFT Wellbeing Service', 'x', 'partner', '2026-01-01T00:00:00Z') RETURNING id",
                    &[],
                )?
                .i64(0)?;
            let room = c
                .query_one(
                    "INSERT INTO rooms (library_code, name, capacity) VALUES ('BAS', 'Community room', 12) RETURNING id",
                    &[],
                )?
                .i64(0)?;
            let booking = c
                .query_one(
                    "INSERT INTO room_bookings (room_id, account_id, purpose, starts_at, ends_at, booked_at) \
                     VALUES ($1, $2, 'Wellbeing drop-in', $3, $4, $5) RETURNING id",
                    params![room, partner, starts.to_rfc3339(), ends.to_rfc3339(), starts.to_rfc3339()],
                )?
                .i64(0)?;
            feed::publish(
                c,
                "room_bookings",
                &format!("a:{partner}"),
                &booking.to_string(),
                Some(&json!({})),
            )?;
            Ok::<_, cml_hub::db::DbError>((partner, booking))
        })
        .unwrap()
    };
    let db = Db::open(&database.url).unwrap();
    let page = |scope: String| {
        db.read_blocking(|c| feed::page(c, "room_bookings", std::slice::from_ref(&scope), 0, 100, false))
            .unwrap()
    };
    let coordinators = page("r:coordinator".into());
    assert_eq!(coordinators.items.len(), 1);
    assert_eq!(coordinators.items[0].key, booking.to_string());
    let body: Value = serde_json::from_str(coordinators.items[0].body.as_ref().unwrap().get()).unwrap();
    assert_eq!(body["organisation"], "MPFT Wellbeing Service");
    assert_eq!(body["purpose"], "Wellbeing drop-in");
    assert_eq!(page(format!("a:{partner}")).items.len(), 1);
}
