//! Helpers shared by the hub's test files.

use serde::de::DeserializeOwned;

pub fn client() -> reqwest::Client {
    reqwest::Client::new()
}

/// GETs `url` (with a bearer token if given) and reads the JSON answer.
pub async fn get_json<T: DeserializeOwned>(url: String, token: Option<&str>) -> T {
    let mut req = client().get(url);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    req.send().await.unwrap().json().await.unwrap()
}
