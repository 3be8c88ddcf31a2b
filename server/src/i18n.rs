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

std::thread_local! {
    /// The request's language on the blocking thread doing its database work.
    static ON_THREAD: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// The language of the request being answered (English outside a request).
pub fn lang() -> Lang {
    LANG.try_with(|l| *l)
        .ok()
        .or_else(|| ON_THREAD.with(|l| l.get()))
        .unwrap_or_default()
}

/// Runs `f` (on a blocking thread) answering in `lang`, as the request it works for does.
pub fn in_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = ON_THREAD.with(|l| l.replace(Some(lang)));
    let out = f();
    ON_THREAD.with(|l| l.set(before));
    out
}

/// The hub's words in the request's language.
pub fn words() -> Words<'static> {
    catalogue().words(lang())
}

/// One of the hub's messages, worded in the request's language.
pub fn say(id: &str) -> String {
    words().t(id)
}

/// A message with its arguments, worded in the request's language.
pub fn say_msg(m: Msg) -> String {
    words().msg(&m)
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

    /// Every message id the hub's sources name (an outcome, a desk instruction, an error...)
    /// is in the catalogue: a typo would otherwise reach a person as the id itself.
    #[test]
    fn every_message_id_the_sources_name_exists() {
        const PREFIXES: &[&str] = &[
            "outcome-",
            "desk-",
            "queue-",
            "answers-",
            "field-",
            "duration-",
            "hub-",
            "report-",
        ];
        let dirs = [
            concat!(env!("CARGO_MANIFEST_DIR"), "/src"),
            concat!(env!("CARGO_MANIFEST_DIR"), "/../api/src"),
        ];
        let mut named = 0;
        let mut missing = Vec::new();
        for dir in dirs {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for literal in text.split('"').skip(1).step_by(2) {
                    let is_id = PREFIXES.iter().any(|p| literal.starts_with(p))
                        && literal
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
                    if !is_id || literal.ends_with('-') {
                        continue;
                    }
                    named += 1;
                    // `with_queue` adds "-queue" to an outcome's id.
                    let id = if text.contains(&format!("with_queue(\"{literal}\"")) {
                        format!("{literal}-queue")
                    } else {
                        literal.to_owned()
                    };
                    if !catalogue().has(Lang::En, &id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(
            named > 150,
            "only {named} ids found: is the scan still reading the sources?"
        );
        assert_eq!(missing, Vec::<String>::new());
    }
}
