//! Who may call what. Every endpoint in the hub's OpenAPI document, and every change type of
//! `POST /v1/changes`, is checked against a table of who may use it: nobody signed in, each demo
//! role, the owner of the data and someone else. An endpoint or change type with no row fails the
//! test, so a new one cannot be added without saying who may use it.
//!
//! Allowed means the hub got past its permission checks (any answer but 401 and 403, or a change
//! result other than `not_allowed`); refused means 401 for nobody signed in and 403 (or
//! `not_allowed`) for the rest. The requests are built so an allowed caller changes nothing that
//! matters: unknown ids, or bodies that fail validation after the permission check.

use std::collections::BTreeSet;

use cml_api::Change;
use cml_hub::testing::TestHub;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

mod common;

/// The callers: nobody, then the demo accounts by what they are.
const CALLERS: &[(&str, Option<(&str, &str)>)] = &[
    ("anonymous", None),
    ("member", Some(("2100000001", "1234"))),
    ("reader", Some(("2100000002", "2468"))),
    ("carer", Some(("2100000003", "1357"))),
    ("volunteer", Some(("2100000004", "8642"))),
    ("coordinator", Some(("2100000005", "9753"))),
    ("partner", Some(("2100000006", "3141"))),
    ("admin", Some(("2100000009", "5555"))),
];

const EVERYONE: &[&str] = &[
    "anonymous",
    "member",
    "reader",
    "carer",
    "volunteer",
    "coordinator",
    "partner",
    "admin",
];
const SIGNED_IN: &[&str] = &[
    "member",
    "reader",
    "carer",
    "volunteer",
    "coordinator",
    "partner",
    "admin",
];
const STAFF: &[&str] = &["coordinator", "admin"];
/// Holders of the member role (the partner service and the admin account are not members).
const MEMBERS: &[&str] = &["member", "reader", "carer", "volunteer", "coordinator"];
const DESK: &[&str] = &["volunteer", "coordinator", "admin"];
const ROOMS: &[&str] = &["partner", "coordinator", "admin"];

/// One endpoint: its method and documented path, the path to call, a body, and who may.
struct Row {
    method: &'static str,
    path: &'static str,
    call: String,
    body: Option<Value>,
    allowed: &'static [&'static str],
}

fn row(
    method: &'static str,
    path: &'static str,
    call: &str,
    body: Option<Value>,
    allowed: &'static [&'static str],
) -> Row {
    Row {
        method,
        path,
        call: call.to_owned(),
        body,
        allowed,
    }
}

async fn sign_in(hub: &TestHub, card: &str, pin: &str) -> String {
    let resp: Value = common::client()
        .post(format!("{}/v1/auth/login", hub.url()))
        .json(&json!({ "card": card, "pin": pin }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    resp["token"].as_str().unwrap().to_owned()
}

/// Every endpoint's row. `hosted` is an event the demo volunteer hosts; `consultation` is one
/// running at Holmcroft.
fn endpoints(bas: &Value, hosted: i64, consultation: i64) -> Vec<Row> {
    let far = (chrono::Utc::now() + chrono::Duration::days(30)).to_rfc3339();
    let later = (chrono::Utc::now() + chrono::Duration::days(29)).to_rfc3339();
    let today = cml_api::london::today(chrono::Utc::now());
    vec![
        row("get", "/health", "/health", None, EVERYONE),
        row(
            "post",
            "/v1/auth/login",
            "/v1/auth/login",
            Some(json!({ "card": "2100000001", "pin": "1234" })),
            EVERYONE,
        ),
        row("post", "/v1/auth/logout", "/v1/auth/logout", None, SIGNED_IN),
        row("get", "/v1/me", "/v1/me", None, SIGNED_IN),
        row("get", "/v1/libraries", "/v1/libraries", None, EVERYONE),
        row(
            "put",
            "/v1/libraries/{code}",
            "/v1/libraries/BAS",
            Some(bas.clone()),
            STAFF,
        ),
        row(
            "post",
            "/v1/libraries/{code}/closures",
            "/v1/libraries/BAS/closures",
            Some(json!({ "from": today + chrono::Duration::days(5), "to": today, "reason": "Backwards" })),
            STAFF,
        ),
        row("get", "/v1/feed/{collection}", "/v1/feed/libraries", None, EVERYONE),
        row(
            "post",
            "/v1/changes",
            "/v1/changes",
            Some(json!({ "changes": [] })),
            SIGNED_IN,
        ),
        row("get", "/v1/events", "/v1/events", None, EVERYONE),
        row("get", "/v1/bookings", "/v1/bookings", None, SIGNED_IN),
        row(
            "get",
            "/v1/catalogue/search",
            "/v1/catalogue/search?q=the",
            None,
            EVERYONE,
        ),
        row("get", "/v1/catalogue/{id}", "/v1/catalogue/1", None, EVERYONE),
        row("get", "/v1/holds", "/v1/holds", None, SIGNED_IN),
        row("get", "/v1/loans", "/v1/loans", None, SIGNED_IN),
        row("get", "/v1/history", "/v1/history", None, SIGNED_IN),
        row(
            "post",
            "/v1/join",
            "/v1/join",
            Some(
                json!({ "name": "", "address": "1 High St", "postcode": "ST17 0AA", "date_of_birth": "1950-01-01",
                         "home_library": "BAS", "pin": "1234" }),
            ),
            EVERYONE,
        ),
        row("get", "/v1/members/pending", "/v1/members/pending", None, STAFF),
        row(
            "post",
            "/v1/members/{card}/confirm",
            "/v1/members/2199999999/confirm",
            None,
            STAFF,
        ),
        row(
            "post",
            "/v1/events",
            "/v1/events",
            Some(
                json!({ "library": "BAS", "title": "T", "description": "D", "category": "yoga",
                         "starts_at": far, "ends_at": later, "capacity": 5, "booking_required": true }),
            ),
            STAFF,
        ),
        row(
            "put",
            "/v1/events/{id}",
            "/v1/events/999999",
            Some(
                json!({ "library": "BAS", "title": "T", "description": "D", "category": "yoga",
                         "starts_at": far, "ends_at": later, "capacity": 5, "booking_required": true }),
            ),
            STAFF,
        ),
        row(
            "post",
            "/v1/events/{id}/cancel",
            "/v1/events/999999/cancel",
            Some(json!({ "reason": "Test" })),
            STAFF,
        ),
        // The door list: the event's host and coordinators.
        row(
            "get",
            "/v1/events/{id}/roster",
            &format!("/v1/events/{hosted}/roster"),
            None,
            &["volunteer", "coordinator", "admin"],
        ),
        row("get", "/v1/rooms", "/v1/rooms", None, SIGNED_IN),
        row(
            "post",
            "/v1/rooms",
            "/v1/rooms",
            Some(json!({ "library": "NOPE", "name": "Room", "capacity": 5 })),
            STAFF,
        ),
        row("get", "/v1/room-bookings", "/v1/room-bookings", None, SIGNED_IN),
        row("get", "/v1/deliveries", "/v1/deliveries", None, STAFF),
        row(
            "post",
            "/v1/deliveries/{id}/accept",
            "/v1/deliveries/999999/accept",
            None,
            STAFF,
        ),
        row(
            "post",
            "/v1/deliveries/{id}/decline",
            "/v1/deliveries/999999/decline",
            Some(json!({ "reason": "Test" })),
            STAFF,
        ),
        row(
            "post",
            "/v1/deliveries/{id}/visits",
            "/v1/deliveries/999999/visits",
            Some(
                json!({ "date": today + chrono::Duration::days(3), "time_of_day": "morning",
                         "chooser_card": "2100000004", "deliverer_card": "2100000004" }),
            ),
            STAFF,
        ),
        row("get", "/v1/audit", "/v1/audit", None, STAFF),
        // Arthur's loans: Arthur, and his daughter, to whom he gave the "loans" right.
        row(
            "get",
            "/v1/members/{card}/loans",
            "/v1/members/2100000002/loans",
            None,
            &["reader", "carer"],
        ),
        // Priya's volunteer roles: Priya, and coordinators.
        row(
            "get",
            "/v1/volunteers/{card}/roles",
            "/v1/volunteers/2100000004/roles",
            None,
            &["volunteer", "coordinator", "admin"],
        ),
        row(
            "post",
            "/v1/volunteers/{card}/roles",
            "/v1/volunteers/2100000004/roles",
            Some(json!({ "library": "GLA", "role": "wizard" })),
            STAFF,
        ),
        row(
            "post",
            "/v1/volunteers/{card}/roles/remove",
            "/v1/volunteers/2100000004/roles/remove",
            Some(json!({ "library": "KIN", "role": "chooser" })),
            STAFF,
        ),
        row(
            "post",
            "/v1/shifts",
            "/v1/shifts",
            Some(json!({ "library": "BAS", "kind": "desk", "starts_at": far, "ends_at": later, "places": 1 })),
            STAFF,
        ),
        row("get", "/v1/reading-lists", "/v1/reading-lists", None, EVERYONE),
        row(
            "post",
            "/v1/reading-lists",
            "/v1/reading-lists",
            Some(json!({ "title": "Empty", "record_ids": [] })),
            STAFF,
        ),
        row(
            "post",
            "/v1/reading-lists/{id}/withdraw",
            "/v1/reading-lists/999999/withdraw",
            None,
            STAFF,
        ),
        row("get", "/v1/consultations", "/v1/consultations", None, EVERYONE),
        row(
            "post",
            "/v1/consultations",
            "/v1/consultations",
            Some(
                json!({ "library": "HOL", "title": "T", "opens_on": today + chrono::Duration::days(5), "closes_on": today,
                         "questions": [{ "kind": "text", "text": "Q?" }] }),
            ),
            STAFF,
        ),
        // Results: coordinators, and the library's steering group (nobody here has that role).
        row(
            "get",
            "/v1/consultations/{id}/results",
            &format!("/v1/consultations/{consultation}/results"),
            None,
            STAFF,
        ),
        row(
            "get",
            "/v1/hours",
            "/v1/hours?from=2026-01-01&to=2026-01-31",
            None,
            STAFF,
        ),
        row(
            "get",
            "/v1/reports/impact",
            "/v1/reports/impact?from=2026-01-01&to=2026-01-31",
            None,
            STAFF,
        ),
        row(
            "get",
            "/v1/reports/impact/periods",
            "/v1/reports/impact/periods",
            None,
            STAFF,
        ),
    ]
}

/// One example of every change type, made so that an allowed caller changes nothing that matters.
fn changes() -> Vec<Change> {
    let now = chrono::Utc::now().fixed_offset();
    vec![
        Change::BookEvent {
            event_id: 999_999,
            places: 1,
        },
        Change::CancelBooking { event_id: 999_999 },
        Change::PlaceHold {
            record_id: 999_999,
            pickup: "BAS".into(),
            for_card: None,
        },
        Change::CancelHold { hold_id: 999_999 },
        Change::SuspendHold {
            hold_id: 999_999,
            until: cml_api::london::today(chrono::Utc::now()) + chrono::Duration::days(10),
        },
        Change::ResumeHold { hold_id: 999_999 },
        Change::ChangePickup {
            hold_id: Some(999_999),
            pickup: "BAS".into(),
        },
        Change::SetDefaultPickup { library: "NOPE".into() },
        Change::Renew { loan_id: 999_999 },
        Change::SetReadingHistory { enabled: false },
        Change::DeleteReadingHistory,
        Change::Checkout {
            barcode: "NO-SUCH-COPY".into(),
            card: "2100000001".into(),
        },
        Change::Checkin {
            barcode: "NO-SUCH-COPY".into(),
            library: "GLA".into(),
        },
        Change::BookSeries {
            series_id: 999_999,
            places: 1,
        },
        Change::SetAttendance {
            booking_id: 999_999,
            attended: true,
        },
        Change::SetWalkIns {
            event_id: 999_999,
            count: 1,
        },
        Change::BookRoom {
            room_id: 999_999,
            starts_at: chrono::Utc::now() + chrono::Duration::days(3),
            ends_at: chrono::Utc::now() + chrono::Duration::days(3) + chrono::Duration::hours(1),
            purpose: "Test".into(),
        },
        Change::CancelRoomBooking { booking_id: 999_999 },
        Change::RequestDelivery {
            request: cml_api::DeliveryRequest {
                reader_card: Some("2199999999".into()),
                address: "1 High St".into(),
                postcode: "ST17 0AA".into(),
                access_notes: String::new(),
                preferred_day: None,
                time_of_day: "morning".into(),
                frequency: "fortnightly".into(),
                preferences: Default::default(),
            },
        },
        Change::SetDeliveryState {
            delivery_id: 999_999,
            action: "pause".into(),
        },
        Change::GrantProxy {
            carer_card: "2199999999".into(),
            rights: vec!["loans".into()],
        },
        Change::RevokeProxy {
            carer_card: "2199999999".into(),
        },
        Change::ChooseItems {
            visit_id: 999_999,
            barcodes: vec![],
        },
        Change::RecordVisit {
            visit_id: 999_999,
            outcome: "delivered".into(),
            note: None,
            handed: vec![],
            collected: vec![],
        },
        Change::ReactToItem {
            visit_id: 999_999,
            barcode: "T1-A".into(),
            reaction: "more_like_this".into(),
        },
        Change::CloseConcern {
            visit_id: 999_999,
            note: "Rang her daughter.".into(),
        },
        Change::SignUpShift { shift_id: 999_999 },
        Change::DropShift { shift_id: 999_999 },
        Change::CheckIn {
            session: "permissions-test-session".into(),
            library: "NOPE".into(),
            shift_id: None,
            at: now,
        },
        Change::CheckOut {
            session: "no-such-session".into(),
            at: now,
        },
        Change::FixCheckOut {
            session: "no-such-session".into(),
            at: now,
            reason: "Test".into(),
        },
        Change::AnswerConsultation {
            consultation_id: 999_999,
            answers: vec![],
        },
    ]
}

/// Who may make each change. A match without a catch-all: a new change type does not compile
/// until it has its row here.
fn who_may(change: &Change) -> &'static [&'static str] {
    match change {
        Change::BookEvent { .. }
        | Change::CancelBooking { .. }
        | Change::PlaceHold { .. }
        | Change::CancelHold { .. }
        | Change::SuspendHold { .. }
        | Change::ResumeHold { .. }
        | Change::ChangePickup { .. }
        | Change::SetDefaultPickup { .. }
        | Change::Renew { .. }
        | Change::SetReadingHistory { .. }
        | Change::DeleteReadingHistory
        | Change::BookSeries { .. }
        | Change::RequestDelivery { .. }
        | Change::SetDeliveryState { .. }
        | Change::GrantProxy { .. }
        | Change::RevokeProxy { .. }
        | Change::ReactToItem { .. }
        | Change::AnswerConsultation { .. } => MEMBERS,
        Change::Checkout { .. }
        | Change::Checkin { .. }
        | Change::SetAttendance { .. }
        | Change::SetWalkIns { .. }
        | Change::ChooseItems { .. }
        | Change::RecordVisit { .. }
        | Change::SignUpShift { .. }
        | Change::DropShift { .. }
        | Change::CheckIn { .. }
        | Change::CheckOut { .. }
        | Change::FixCheckOut { .. } => DESK,
        Change::BookRoom { .. } | Change::CancelRoomBooking { .. } => ROOMS,
        Change::CloseConcern { .. } => STAFF,
    }
}

fn type_of(change: &Change) -> String {
    serde_json::to_value(change).unwrap()["type"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn every_endpoint_and_change_type_answers_exactly_who_may_use_it() {
    let hub = TestHub::start(true).await;
    let http = common::client();
    let doc: Value = common::get_json(format!("{}/openapi.json", hub.url()), None).await;
    let libraries: Vec<Value> = common::get_json(format!("{}/v1/libraries", hub.url()), None).await;
    let bas = libraries.iter().find(|l| l["code"] == "BAS").unwrap().clone();
    let hosted = hub
        .db()
        .read(|c| {
            c.query_one(
                "SELECT id FROM events WHERE host_id IS NOT NULL ORDER BY id LIMIT 1",
                &[],
            )?
            .i64(0)
        })
        .await
        .unwrap();
    let coordinator = sign_in(&hub, "2100000005", "9753").await;
    let today = cml_api::london::today(chrono::Utc::now());
    let made: Value = http
        .post(format!("{}/v1/consultations", hub.url()))
        .bearer_auth(&coordinator)
        .json(&json!({ "library": "HOL", "title": "Opening hours", "opens_on": today,
                       "closes_on": today + chrono::Duration::days(14),
                       "questions": [{ "kind": "text", "text": "When would you come?" }] }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let rows = endpoints(&bas, hosted, made["id"].as_i64().unwrap());

    // Every documented endpoint has a row, and every row is documented.
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .filter(|m| ["get", "put", "post", "delete", "patch"].contains(&m.as_str()))
                .map(move |m| (m.clone(), path.clone()))
        })
        .collect();
    let tabled: BTreeSet<(String, String)> = rows.iter().map(|r| (r.method.to_owned(), r.path.to_owned())).collect();
    assert_eq!(
        documented.difference(&tabled).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "endpoints with no row in the permissions table"
    );
    assert_eq!(
        tabled.difference(&documented).collect::<Vec<_>>(),
        Vec::<&(String, String)>::new(),
        "rows for endpoints the document does not have"
    );

    let mut tokens = Vec::new();
    for (name, login) in CALLERS {
        let token = match login {
            Some((card, pin)) => Some(sign_in(&hub, card, pin).await),
            None => None,
        };
        tokens.push((*name, token));
    }

    let mut table = Vec::new();
    let mut wrong = Vec::new();
    for r in &rows {
        let mut line = format!("{:6} {:38}", r.method.to_uppercase(), r.path);
        for (name, token) in &tokens {
            // Signing out ends the token: that row gets a fresh one.
            let token = match (r.path, token) {
                ("/v1/auth/logout", Some(_)) => {
                    let (card, pin) = CALLERS.iter().find(|(n, _)| n == name).unwrap().1.unwrap();
                    Some(sign_in(&hub, card, pin).await)
                }
                _ => token.clone(),
            };
            let mut req = http.request(
                Method::from_bytes(r.method.to_uppercase().as_bytes()).unwrap(),
                format!("{}{}", hub.url(), r.call),
            );
            if let Some(t) = &token {
                req = req.bearer_auth(t);
            }
            if let Some(b) = &r.body {
                req = req.json(b);
            }
            let status = req.send().await.unwrap().status();
            let may = r.allowed.contains(name);
            let refused = status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN;
            let expected_refusal = if token.is_none() {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            if may == refused || (!may && status != expected_refusal) {
                wrong.push(format!("{} {} as {name}: {status}", r.method, r.call));
            }
            line.push_str(&format!(" {}:{}", &name[..3], if may { "yes" } else { "no " }));
        }
        table.push(line);
    }

    // Every change type of POST /v1/changes, with the document's list of them.
    let samples = changes();
    let sampled: BTreeSet<String> = samples.iter().map(type_of).collect();
    let schemas = &doc["components"]["schemas"]["Change"]["oneOf"];
    let documented_types: BTreeSet<String> = schemas
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| {
            let mut names = Vec::new();
            // Each variant's object (directly, or in an allOf) pins its `type` with an enum.
            let parts: Vec<&Value> = match s["allOf"].as_array() {
                Some(all) => all.iter().collect(),
                None => vec![s],
            };
            for part in parts {
                if let Some(e) = part["properties"]["type"]["enum"].as_array() {
                    names.extend(e.iter().filter_map(|v| v.as_str().map(str::to_owned)));
                }
            }
            names
        })
        .collect();
    assert_eq!(sampled, documented_types, "every change type has an example and a row");
    for change in &samples {
        let kind = type_of(change);
        let mut line = format!("change {kind:38}");
        for (name, token) in &tokens {
            let may = who_may(change).contains(name);
            let mut req = http.post(format!("{}/v1/changes", hub.url())).json(&json!({
                "changes": [{ "key": format!("perm-{name}-{kind}"), "made_at": chrono::Utc::now(), "change": change }]
            }));
            let Some(t) = token else {
                let status = req.send().await.unwrap().status();
                if status != StatusCode::UNAUTHORIZED {
                    wrong.push(format!("change {kind} with nobody signed in: {status}"));
                }
                line.push_str(" ano:no ");
                continue;
            };
            req = req.bearer_auth(t);
            let resp = req.send().await.unwrap();
            assert!(resp.status().is_success(), "change {kind} as {name}: {}", resp.status());
            let results: Value = resp.json().await.unwrap();
            let code = results["results"][0]["code"].as_str().unwrap().to_owned();
            if may == (code == "not_allowed") {
                wrong.push(format!(
                    "change {kind} as {name}: {code} ({})",
                    results["results"][0]["message"]
                ));
            }
            line.push_str(&format!(" {}:{}", &name[..3], if may { "yes" } else { "no " }));
        }
        table.push(line);
    }
    println!(
        "The permissions table ({} endpoints, {} change types):",
        rows.len(),
        samples.len()
    );
    for line in &table {
        println!("  {line}");
    }
    assert!(
        wrong.is_empty(),
        "answers that do not match the table:\n{}",
        wrong.join("\n")
    );
}
