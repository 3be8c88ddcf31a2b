//! The hub's own words (its error messages, the impact report's labels and CSV headers) follow
//! the request's `Accept-Language`: English, Polish or Urdu, English by default. Outcomes of
//! changes are sent as a message id with its arguments too, so the phone words them in the
//! language the person reads when they look.

use std::sync::OnceLock;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
pub use cml_api::i18n::{num, Catalogue, Lang, Msg, Words};

/// The hub's messages, one file per language.
pub const HUB: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../i18n/en.ftl")),
    (Lang::Pl, include_str!("../i18n/pl.ftl")),
    (Lang::Ur, include_str!("../i18n/ur.ftl")),
];

pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(&[&cml_api::i18n::COMMON, &HUB]))
}

tokio::task_local! {
    static LANG: Lang;
}

/// The language of the request being answered (English outside a request).
pub fn lang() -> Lang {
    LANG.try_with(|l| *l).unwrap_or_default()
}

/// The hub's words in the request's language.
pub fn words() -> Words<'static> {
    catalogue().words(lang())
}

/// Reads `Accept-Language` and answers the request in that language.
pub async fn language(req: Request, next: Next) -> Response {
    let lang = req
        .headers()
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(Lang::from_accept_language)
        .unwrap_or_default();
    let mut response = LANG.scope(lang, next.run(req)).await;
    if let Ok(v) = lang.code().parse() {
        response.headers_mut().insert(axum::http::header::CONTENT_LANGUAGE, v);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_message_is_in_polish_and_urdu_and_formats() {
        assert_eq!(catalogue().problems(), Vec::<String>::new());
    }
}
