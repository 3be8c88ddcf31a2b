//! The core's words: the shared catalogue of `cml-api` (weekdays, months, dates, clock times,
//! the hub's outcomes) and the core's own (`core/i18n/*.ftl`), loaded once.

use std::sync::OnceLock;

pub use cml_api::i18n::{num, Arg, Catalogue, FluentValue, Lang, Msg, Words};

/// The core's own messages, one file per language.
pub const CORE: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../i18n/en.ftl")),
    (Lang::Pl, include_str!("../i18n/pl.ftl")),
    (Lang::Ur, include_str!("../i18n/ur.ftl")),
];

/// Every message the core shows, in every language.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(&[&cml_api::i18n::COMMON, &CORE]))
}

/// The core's words in one language.
pub fn words(lang: Lang) -> Words<'static> {
    catalogue().words(lang)
}

/// A stored message in words, if it can be: its id is in the catalogue and every argument its
/// English text needs is there. Otherwise None, and the caller shows the text it stored.
pub fn stored(w: &Words<'static>, m: &Msg) -> Option<String> {
    let needs = catalogue().ids(Lang::En).get(&m.id)?;
    if needs.iter().all(|v| m.args.contains_key(v)) {
        Some(w.msg(m))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_english_message_is_in_polish_and_urdu_and_formats() {
        assert_eq!(catalogue().problems(), Vec::<String>::new());
    }

    /// Every id the core's sources hand to the catalogue (`.t("…")`, `.a("…", …)`,
    /// `Msg::new("…")`) is in it, so no person is ever shown a message key.
    #[test]
    fn every_message_id_the_core_names_exists() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut named = 0;
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [".t(\"", ".a(\"", "Msg::new(\""] {
                for rest in text.split(call).skip(1) {
                    let id = rest.split('"').next().unwrap_or("");
                    if id.is_empty() || id.ends_with('-') || !id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                        continue;
                    }
                    named += 1;
                    if !catalogue().has(Lang::En, id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(named > 300, "only {named} ids found: is the scan still right?");
        assert_eq!(missing, Vec::<String>::new());
    }
}
