//! The hub client: HTTPS (rustls) to the hub's JSON API, with errors turned into [`CoreError`]s.

use std::net::IpAddr;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::time::Duration;

use cml_api::i18n::{Lang, Msg};

use cml_api::{
    Account, ApiError, ChangeBatch, ChangeResult, ChangeResults, ErrorCode, FeedPage, Health, LoginRequest,
    LoginResponse,
};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use url::Url;

use crate::error::{CoreError, CoreResult};

#[derive(Clone)]
pub struct HubClient {
    base: Url,
    http: reqwest::Client,
    /// The person's language, sent as `Accept-Language` so the hub's own words match; shared by
    /// every clone (a switch applies at once).
    language: Arc<AtomicU8>,
}

/// Checks a hub address: HTTPS, or plain HTTP only to this computer (the demo and tests).
pub fn check_hub_url(text: &str, lang: Lang) -> CoreResult<Url> {
    let w = crate::i18n::words(lang);
    let bad = |id: &str| CoreError::invalid("hub_url", w.t(id));
    let url = Url::parse(text.trim()).map_err(|_| bad("error-hub-url-not-web"))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
                Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
                None => false,
            };
            if !loopback {
                return Err(bad("error-hub-url-plain-http"));
            }
        }
        _ => return Err(bad("error-hub-url-https")),
    }
    if url.host().is_none() {
        return Err(bad("error-hub-url-no-host"));
    }
    Ok(url)
}

impl HubClient {
    /// `extra_root_pem`: a PEM certificate to trust besides the public roots (a private hub).
    pub fn new(url: &str, extra_root_pem: Option<&[u8]>, lang: Lang) -> CoreResult<HubClient> {
        let mut base = check_hub_url(url, lang)?;
        if !base.path().ends_with('/') {
            let path = format!("{}/", base.path());
            base.set_path(&path);
        }
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .user_agent(concat!("cml-core/", env!("CARGO_PKG_VERSION")));
        if let Some(pem) = extra_root_pem {
            let cert = reqwest::Certificate::from_pem(pem).map_err(|e| {
                let w = crate::i18n::words(lang);
                CoreError::invalid(
                    "hub_certificate",
                    w.msg(&Msg::new("error-certificate").arg("detail", e.to_string())),
                )
            })?;
            builder = builder.add_root_certificate(cert);
        }
        let http = builder
            .build()
            .map_err(|e| CoreError::Internal(format!("could not set up the network client: {e}")))?;
        let hub = HubClient {
            base,
            http,
            language: Arc::new(AtomicU8::new(0)),
        };
        hub.set_language(lang);
        Ok(hub)
    }

    /// The person's language now.
    pub fn language(&self) -> Lang {
        Lang::ALL
            .get(self.language.load(Ordering::Relaxed) as usize)
            .copied()
            .unwrap_or_default()
    }

    pub fn set_language(&self, lang: Lang) {
        let index = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
        self.language.store(index as u8, Ordering::Relaxed);
    }

    pub fn base_url(&self) -> &Url {
        &self.base
    }

    fn url(&self, path: &str) -> CoreResult<Url> {
        self.base
            .join(path.trim_start_matches('/'))
            .map_err(|e| CoreError::Internal(format!("bad path {path}: {e}")))
    }

    pub(crate) async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&B>,
    ) -> CoreResult<Option<T>> {
        let mut req = self
            .http
            .request(method, self.url(path)?)
            .header(reqwest::header::ACCEPT_LANGUAGE, self.language().code());
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        let resp = req.send().await.map_err(|e| network_error(e, self.language()))?;
        let status = resp.status();
        if status == StatusCode::NO_CONTENT {
            return Ok(None);
        }
        let bytes = resp.bytes().await.map_err(|e| network_error(e, self.language()))?;
        // Read as text, like every stored body: each wire type's JSON reader is then compiled
        // once (for `&str`), not twice.
        let text = std::str::from_utf8(&bytes).unwrap_or("");
        if status.is_success() {
            return serde_json::from_str(text)
                .map(Some)
                .map_err(|e| CoreError::Hub(format!("the hub's answer could not be read: {e}")));
        }
        Err(match serde_json::from_str::<ApiError>(text) {
            Ok(api) => from_api(api),
            Err(_)
                if status == StatusCode::BAD_GATEWAY
                    || status == StatusCode::SERVICE_UNAVAILABLE
                    || status == StatusCode::GATEWAY_TIMEOUT =>
            {
                CoreError::Offline(
                    crate::i18n::words(self.language())
                        .msg(&Msg::new("error-hub-answered").arg("status", status.as_u16() as i64)),
                )
            }
            Err(_) => CoreError::Hub(format!("the hub answered {status}")),
        })
    }

    pub(crate) async fn get<T: DeserializeOwned>(&self, path: &str, token: Option<&str>) -> CoreResult<T> {
        self.send::<(), T>(Method::GET, path, token, None)
            .await?
            .ok_or_else(|| CoreError::Hub("the hub sent an empty answer".into()))
    }

    /// A call that must answer with a body.
    pub(crate) async fn call<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<&B>,
    ) -> CoreResult<T> {
        self.send(method, path, token, body)
            .await?
            .ok_or_else(|| CoreError::Hub("the hub sent an empty answer".into()))
    }

    pub async fn health(&self) -> CoreResult<Health> {
        self.get("health", None).await
    }

    pub async fn login(&self, req: &LoginRequest) -> CoreResult<LoginResponse> {
        self.send(Method::POST, "v1/auth/login", None, Some(req))
            .await?
            .ok_or_else(|| CoreError::Hub("the hub sent an empty answer".into()))
    }

    pub async fn logout(&self, token: &str) -> CoreResult<()> {
        self.send::<(), serde_json::Value>(Method::POST, "v1/auth/logout", Some(token), None)
            .await
            .map(|_| ())
    }

    pub async fn join(&self, req: &cml_api::JoinRequest) -> CoreResult<cml_api::JoinResponse> {
        self.send(Method::POST, "v1/join", None, Some(req))
            .await?
            .ok_or_else(|| CoreError::Hub("the hub sent an empty answer".into()))
    }

    pub async fn pending_members(&self, token: &str) -> CoreResult<Vec<cml_api::PendingMember>> {
        self.get("v1/members/pending", Some(token)).await
    }

    pub async fn confirm_member(&self, token: &str, card: &str) -> CoreResult<()> {
        self.send::<(), serde_json::Value>(Method::POST, &format!("v1/members/{card}/confirm"), Some(token), None)
            .await
            .map(|_| ())
    }

    pub async fn record(&self, id: i64) -> CoreResult<cml_api::CatalogueRecord> {
        self.get(&format!("v1/catalogue/{id}"), None).await
    }

    pub async fn me(&self, token: &str) -> CoreResult<Account> {
        self.get("v1/me", Some(token)).await
    }

    pub async fn send_changes(&self, token: &str, batch: &ChangeBatch) -> CoreResult<Vec<ChangeResult>> {
        let results: ChangeResults = self
            .send(Method::POST, "v1/changes", Some(token), Some(batch))
            .await?
            .ok_or_else(|| CoreError::Hub("the hub sent an empty answer".into()))?;
        Ok(results.results)
    }

    pub async fn feed(
        &self,
        collection: &str,
        after: i64,
        limit: i64,
        count: bool,
        token: Option<&str>,
    ) -> CoreResult<FeedPage> {
        self.get(
            &format!("v1/feed/{collection}?after={after}&limit={limit}&count={count}"),
            token,
        )
        .await
    }
}

fn network_error(e: reqwest::Error, lang: Lang) -> CoreError {
    if e.is_connect() || e.is_timeout() || e.is_request() {
        let mut detail = e.to_string();
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            detail = format!("{detail}: {s}");
            source = s.source();
        }
        tracing::debug!(%detail, "hub unreachable");
        // A certificate problem is not a lack of signal; say so.
        if detail.contains("certificate") || detail.contains("Certificate") {
            let w = crate::i18n::words(lang);
            return CoreError::Hub(w.msg(&Msg::new("error-certificate-untrusted").arg("detail", detail)));
        }
        return CoreError::Offline(String::new());
    }
    if e.is_decode() || e.is_body() {
        return CoreError::Offline(crate::i18n::words(lang).t("error-connection-broke"));
    }
    CoreError::Hub(e.to_string())
}

fn from_api(api: ApiError) -> CoreError {
    match api.code {
        ErrorCode::InvalidInput | ErrorCode::IdempotencyMismatch => CoreError::InvalidInput {
            field: api.field.unwrap_or_else(|| "request".into()),
            message: api.message,
        },
        ErrorCode::Unauthenticated => CoreError::Unauthenticated(api.message),
        ErrorCode::Forbidden => CoreError::NotAllowed(api.message),
        ErrorCode::NotFound => CoreError::NotFound(api.message),
        ErrorCode::Conflict => CoreError::conflict("conflict", api.message),
        ErrorCode::TooManyAttempts => CoreError::TooManyAttempts {
            retry_after_seconds: api.retry_after_seconds.unwrap_or(30),
        },
        ErrorCode::Unavailable => CoreError::Offline(api.message),
        ErrorCode::Internal => CoreError::Hub(api.message),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_on_loopback() {
        assert!(check_hub_url("https://hub.example.org", Lang::En).is_ok());
        assert!(check_hub_url("http://127.0.0.1:8080", Lang::En).is_ok());
        assert!(check_hub_url("http://localhost:8080", Lang::En).is_ok());
        assert!(check_hub_url("http://[::1]:8080", Lang::En).is_ok());
        for bad in [
            "http://hub.example.org",
            "http://192.168.1.10:8080",
            "ftp://x",
            "hub.example.org",
            "",
        ] {
            match check_hub_url(bad, Lang::En) {
                Err(CoreError::InvalidInput { field, .. }) => assert_eq!(field, "hub_url"),
                other => panic!("{bad}: {other:?}"),
            }
        }
    }
}
