//! The OpenAPI document describes what the hub does: every path parameter is in its path and
//! every other parameter is in the query; every error a request can meet outside its handler is
//! listed where it can happen; the limits the hub enforces are in the document. (schemathesis
//! checks the rest against a running hub: `scripts/api-fuzz`.)

use cml_hub::testing::TestHub;
use serde_json::Value;

mod common;

async fn document() -> Value {
    let hub = TestHub::start(false).await;
    common::get_json(format!("{}/openapi.json", hub.url()), None).await
}

fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            out.push((method.to_uppercase(), path.clone(), op));
        }
    }
    out
}

#[tokio::test]
async fn parameters_are_where_the_hub_reads_them() {
    let doc = document().await;
    let mut query = Vec::new();
    for (method, path, op) in operations(&doc) {
        for p in op["parameters"].as_array().into_iter().flatten() {
            let name = p["name"].as_str().unwrap();
            match p["in"].as_str().unwrap() {
                "path" => assert!(
                    path.contains(&format!("{{{name}}}")),
                    "{method} {path}: path parameter {name} is not in the path"
                ),
                "query" => query.push(format!("{method} {path} {name}")),
                other => panic!("{method} {path}: parameter {name} in {other}"),
            }
        }
    }
    // The query parameters the hub reads (20 of them were once declared as path parameters).
    for expected in [
        "GET /v1/catalogue/search q",
        "GET /v1/catalogue/search branch",
        "GET /v1/catalogue/search format",
        "GET /v1/catalogue/search language",
        "GET /v1/catalogue/search available",
        "GET /v1/catalogue/search limit",
        "GET /v1/catalogue/search offset",
        "GET /v1/feed/{collection} after",
        "GET /v1/feed/{collection} limit",
        "GET /v1/feed/{collection} count",
        "GET /v1/audit reader",
        "GET /v1/rooms library",
        "GET /v1/hours library",
        "GET /v1/hours from",
        "GET /v1/hours to",
        "GET /v1/reports/impact library",
        "GET /v1/reports/impact from",
        "GET /v1/reports/impact to",
        "GET /v1/reports/impact format",
    ] {
        assert!(
            query.iter().any(|q| q == expected),
            "{expected} is not a query parameter: {query:?}"
        );
    }
    // Only q, from and to are required.
    let search = &doc["paths"]["/v1/catalogue/search"]["get"]["parameters"];
    let required: Vec<&str> = search
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["required"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(required, vec!["q"]);
}

#[tokio::test]
async fn errors_from_outside_the_handlers_are_documented_where_they_happen() {
    let doc = document().await;
    let error_ref = "#/components/schemas/ApiError";
    for (method, path, op) in operations(&doc) {
        let responses = op["responses"].as_object().unwrap();
        let has = |status: &str| {
            responses
                .get(status)
                .is_some_and(|r| r["content"]["application/json"]["schema"]["$ref"] == error_ref)
        };
        let secured = op["security"].as_array().is_some_and(|s| !s.is_empty());
        if secured {
            assert!(has("401"), "{method} {path} needs a token but lists no 401");
        }
        if op.get("requestBody").is_some() {
            for status in ["413", "415", "422"] {
                assert!(has(status), "{method} {path} reads a body but lists no {status}");
            }
        }
        if op["parameters"].as_array().is_some_and(|p| !p.is_empty()) {
            assert!(has("422"), "{method} {path} reads parameters but lists no 422");
        }
        for status in ["414", "431"] {
            assert!(has(status), "{method} {path} lists no {status}");
        }
        // Every error it lists has the ApiError body.
        for (status, r) in responses {
            if status.starts_with('4') || status.starts_with('5') {
                assert!(has(status), "{method} {path} {status} has no ApiError body: {r}");
            }
        }
    }
}

#[tokio::test]
async fn the_limits_the_hub_enforces_are_in_the_document() {
    let doc = document().await;
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["LoginRequest"]["properties"]["card"]["pattern"],
        "^[ -]*([0-9][ -]*){6,16}$"
    );
    assert_eq!(schemas["LoginRequest"]["properties"]["pin"]["pattern"], "^[0-9]{4,8}$");
    assert_eq!(schemas["JoinRequest"]["properties"]["pin"]["pattern"], "^[0-9]{4,8}$");
    assert_eq!(
        schemas["ChangeEnvelope"]["properties"]["key"]["pattern"],
        "^[A-Za-z0-9_-]{8,100}$"
    );
    // Sign-in can be refused for a stopped card; the feed takes a token or none.
    assert!(doc["paths"]["/v1/auth/login"]["post"]["responses"]["403"].is_object());
    let feed = &doc["paths"]["/v1/feed/{collection}"]["get"];
    assert_eq!(feed["security"], serde_json::json!([{}, { "bearer": [] }]));
    assert!(feed["responses"]["401"].is_object());
    // The patterns say what the hub checks.
    for (card, ok) in [
        ("2100000001", true),
        ("2100 0000 01", true),
        ("12345", false),
        ("12345678901234567", false),
        ("12a456", false),
    ] {
        assert_eq!(cml_api::normalise_card(card).is_some(), ok, "{card}");
    }
    let params = |path: &str| doc["paths"][path]["get"]["parameters"].as_array().unwrap().clone();
    let schema_of = |path: &str, name: &str| {
        params(path)
            .into_iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{path} has no {name}"))["schema"]
            .clone()
    };
    let q = schema_of("/v1/catalogue/search", "q");
    assert_eq!((q["minLength"].as_u64(), q["maxLength"].as_u64()), (Some(1), Some(200)));
    let limit = schema_of("/v1/catalogue/search", "limit");
    assert_eq!(
        (limit["minimum"].as_i64(), limit["maximum"].as_i64()),
        (Some(1), Some(100))
    );
    let offset = schema_of("/v1/catalogue/search", "offset");
    assert_eq!(
        (offset["minimum"].as_i64(), offset["maximum"].as_i64()),
        (Some(0), Some(10_000))
    );
    let feed_limit = schema_of("/v1/feed/{collection}", "limit");
    assert_eq!(
        (feed_limit["minimum"].as_i64(), feed_limit["maximum"].as_i64()),
        (Some(1), Some(cml_hub::feed::MAX_PAGE))
    );
    let collections: Vec<String> = params("/v1/feed/{collection}")
        .iter()
        .find(|p| p["name"] == "collection")
        .unwrap()["schema"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(collections, cml_api::collections::ALL.to_vec());
    let format = schema_of("/v1/reports/impact", "format");
    assert_eq!(format["enum"], serde_json::json!(["json", "csv"]));
}
