//! The command's own words (headings, labels it adds): `cli/i18n/*.ftl`, in the language given
//! by `--language` or `CML_LANGUAGE`. The texts of the core's records come in that language too.

use std::sync::OnceLock;

use cml_ffi::cml_core::i18n::{Catalogue, FluentValue, Lang, Words};

pub const CLI: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../i18n/en.ftl")),
    (Lang::Pl, include_str!("../i18n/pl.ftl")),
    (Lang::Ur, include_str!("../i18n/ur.ftl")),
];

static LANGUAGE: OnceLock<Lang> = OnceLock::new();

pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(&[&CLI]))
}

/// Sets the language for the rest of the run.
pub fn set_language(tag: &str) {
    let _ = LANGUAGE.set(Lang::parse(tag));
}

pub fn w() -> Words<'static> {
    catalogue().words(LANGUAGE.get().copied().unwrap_or_default())
}

/// A message without arguments.
pub fn t(id: &str) -> String {
    w().t(id)
}

/// A message whose arguments are all words.
pub fn a(id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<_> = args.iter().map(|(k, v)| (*k, v.to_string().into())).collect();
    w().a(id, &args)
}

/// A message with numbers among its arguments (for plural forms).
pub fn n(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    w().a(id, args)
}

/// A length of time worked, in words ("3 hours", "1 h 30 min").
pub fn hours(h: f64) -> String {
    cml_ffi::cml_core::i18n::words(LANGUAGE.get().copied().unwrap_or_default()).hours(h)
}

/// A code's display text ("visit", "not_home"), from the core's catalogue.
pub fn code(kind: &str, value: &str) -> String {
    cml_ffi::cml_core::i18n::words(LANGUAGE.get().copied().unwrap_or_default()).code(kind, value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_english_message_is_in_polish_and_urdu_and_formats() {
        assert_eq!(super::catalogue().problems(), Vec::<String>::new());
    }
}
