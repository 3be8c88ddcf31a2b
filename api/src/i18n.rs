//! Words in the reader's language: English, Polish and Urdu, from Fluent message catalogues.
//!
//! The words shared by the device core and the hub (weekday and month names, clock times, dates,
//! ordinals) are in `api/i18n/*.ftl`; the core and the hub each add their own catalogue. A
//! [`Catalogue`] holds one bundle per language; [`Words`] is a catalogue read in one language.
//! A message missing in Polish or Urdu falls back to English (and [`Catalogue::problems`] reports
//! it, so a test fails); a message missing everywhere shows a plain "(text missing)", never its key.
//!
//! Nothing is stored as a finished sentence: a [`Msg`] (a message id and its arguments) is what
//! the core keeps and the hub sends, and it is put into words when it is read.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberType};
pub use fluent_bundle::FluentValue;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};

use crate::london;

/// A language the apps are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    #[default]
    En,
    Pl,
    Ur,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::Ur];

    /// "en", "pl", "ur"; also "pl-PL", "ur_PK", "PL". Anything else is English (no error: a
    /// phone set to a language the apps do not have yet reads English).
    pub fn parse(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "pl" => Lang::Pl,
            "ur" => Lang::Ur,
            _ => Lang::En,
        }
    }

    /// Like [`Lang::parse`], but None for a language the apps do not have.
    pub fn known(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "pl" => Some(Lang::Pl),
            "ur" => Some(Lang::Ur),
            _ => None,
        }
    }

    /// The best language for an HTTP `Accept-Language` header (English when none fits).
    pub fn from_accept_language(header: &str) -> Lang {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut bits = part.split(';');
            let tag = bits.next().unwrap_or("").trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()))
                .unwrap_or(1.0);
            if let Some(lang) = Lang::known(tag) {
                if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                    best = Some((q, lang));
                }
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::Ur => "ur",
        }
    }

    /// Written right to left.
    pub fn rtl(self) -> bool {
        self == Lang::Ur
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The words every catalogue has: weekdays, months, clock times, dates, ordinals.
pub const COMMON: [(Lang, &str); 3] = [
    (Lang::En, include_str!("../i18n/en.ftl")),
    (Lang::Pl, include_str!("../i18n/pl.ftl")),
    (Lang::Ur, include_str!("../i18n/ur.ftl")),
];

/// Every code a person sees, by kind, as the catalogue names them (`code-KIND-CODE`).
pub const CODES: &[(&str, &[&str])] = &[
    (
        "role",
        &["member", "carer", "volunteer", "coordinator", "admin", "partner"],
    ),
    (
        "visit",
        &[
            "scheduled",
            "delivered",
            "not_home",
            "declined",
            "unwell",
            "welfare_concern",
        ],
    ),
    ("time", &["morning", "afternoon", "any"]),
    (
        "shift",
        &["opening_up", "desk", "coffee_morning", "delivery_round", "other"],
    ),
    ("frequency", &["weekly", "fortnightly", "monthly"]),
    ("reaction", &["more_like_this", "not_for_me"]),
    (
        "category",
        &[
            "coffee_morning",
            "craft",
            "dementia_awareness",
            "health_check",
            "job_club",
            "mindfulness",
            "reminiscence",
            "yoga",
            "reading_group",
            "school_visit",
            "home_reading",
        ],
    ),
    ("right", &["deliveries", "reserve", "loans"]),
    (
        "volunteer-role",
        &[
            "branch_volunteer",
            "event_host",
            "chooser",
            "deliverer",
            "steering_group",
        ],
    ),
    (
        "delivery",
        &["requested", "accepted", "declined", "active", "paused", "ended"],
    ),
    (
        "hold",
        &[
            "waiting_to_send",
            "waiting",
            "suspended",
            "in_transit",
            "ready",
            "collected",
            "cancelled",
            "expired",
        ],
    ),
    (
        "booking",
        &[
            "waiting_to_send",
            "confirmed",
            "waitlisted",
            "cancelled",
            "event_cancelled",
        ],
    ),
    ("change", &["waiting", "done", "refused"]),
    (
        "format",
        &[
            "book",
            "large_print",
            "audiobook",
            "eaudiobook",
            "ebook",
            "dvd",
            "video",
            "music",
            "score",
            "map",
            "serial",
            "computer",
            "other",
        ],
    ),
    (
        "reading-format",
        &["standard_print", "large_print", "audiobook_cd", "e_audio"],
    ),
    (
        "sync-stop",
        &["done", "budget", "cancelled", "busy", "offline", "signed_out"],
    ),
    // A reminder's kind is its notification channel: Settings names each.
    (
        "reminder",
        &[
            "hold_ready",
            "hold_last_day",
            "loan_due",
            "event_tomorrow",
            "visit_tomorrow",
            "round_tomorrow",
            "shift_tomorrow",
        ],
    ),
];

/// The common words alone (all the hub's outcomes are among them), loaded once.
pub fn common() -> &'static Catalogue {
    static COMMON_CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
    COMMON_CATALOGUE.get_or_init(|| Catalogue::new(&[&COMMON]))
}

/// A message to put into words when it is read: its id and its arguments.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

impl Msg {
    pub fn new(id: &str) -> Msg {
        Msg {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Msg {
        self.args.insert(name.to_owned(), value.into());
        self
    }
}

/// One argument of a [`Msg`]: words that stay as they are (a title, a name), a number, or
/// something worded in the reader's language when read (a date, a span of time, another message).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(i64),
    Text(String),
    /// A day: "Friday 25 December".
    Date {
        date: NaiveDate,
    },
    /// A span of UK time: "Tuesday 1 December, 10am to 11am".
    Span {
        starts: DateTime<Utc>,
        ends: DateTime<Utc>,
    },
    /// A UK clock time at an instant: "9:30am".
    Clock {
        clock: DateTime<Utc>,
    },
    /// An ordinal: "2nd".
    Ordinal {
        ordinal: i64,
    },
    Msg(Msg),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}
impl From<NaiveDate> for Arg {
    fn from(date: NaiveDate) -> Arg {
        Arg::Date { date }
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(m)
    }
}

/// One bundle per language, English first.
pub struct Catalogue {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// Every message id and the variables it uses, per language.
    ids: Vec<(Lang, BTreeMap<String, Vec<String>>)>,
    /// Syntax errors and clashes found while loading (a test reports them).
    load_problems: Vec<String>,
}

fn lang_id(lang: Lang) -> unic_langid::LanguageIdentifier {
    lang.code().parse().expect("a valid language tag")
}

fn variables_of(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
                out.push(id.name.to_owned());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for p in &arguments.positional {
                    inline(p, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    variables_of(&v.value, out);
                }
            }
        }
    }
    for el in &pattern.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

impl Catalogue {
    /// Loads the given Fluent sources (several per language: common words, then one's own).
    pub fn new(sources: &[&[(Lang, &'static str)]]) -> Catalogue {
        let mut bundles = Vec::new();
        let mut ids = Vec::new();
        let mut load_problems = Vec::new();
        for lang in Lang::ALL {
            let mut bundle = FluentBundle::new_concurrent(vec![lang_id(lang)]);
            // Unicode isolation (FSI … PDI around each placeable) keeps a Latin title or a card
            // number readable inside a right-to-left sentence; in English and Polish it would only
            // add invisible marks that show up as stray boxes in some places.
            bundle.set_use_isolating(lang.rtl());
            if let Err(e) = bundle.add_builtins() {
                load_problems.push(format!("{lang}: {e:?}"));
            }
            let mut names = BTreeMap::new();
            for set in sources {
                for (l, text) in set.iter() {
                    if *l != lang {
                        continue;
                    }
                    let resource = match FluentResource::try_new(text.to_string()) {
                        Ok(r) => r,
                        Err((r, errors)) => {
                            load_problems.push(format!("{lang}: {} syntax errors: {errors:?}", errors.len()));
                            r
                        }
                    };
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(m) = entry {
                            let mut vars = Vec::new();
                            if let Some(v) = &m.value {
                                variables_of(v, &mut vars);
                            }
                            names.insert(m.id.name.to_owned(), vars);
                        }
                    }
                    if let Err(errors) = bundle.add_resource(resource) {
                        load_problems.push(format!("{lang}: {errors:?}"));
                    }
                }
            }
            bundles.push((lang, bundle));
            ids.push((lang, names));
        }
        Catalogue {
            bundles,
            ids,
            load_problems,
        }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language is loaded")
            .1
    }

    /// The message ids of one language, with the variables each uses.
    pub fn ids(&self, lang: Lang) -> &BTreeMap<String, Vec<String>> {
        &self
            .ids
            .iter()
            .find(|(l, _)| *l == lang)
            .expect("every language is loaded")
            .1
    }

    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// Everything wrong with the catalogue: a syntax error, a message English has and another
    /// language lacks, a message that does not format with its arguments.
    pub fn problems(&self) -> Vec<String> {
        let mut out = self.load_problems.clone();
        let english = self.ids(Lang::En);
        for lang in Lang::ALL {
            let ids = self.ids(lang);
            for (id, vars) in english {
                if !ids.contains_key(id) {
                    out.push(format!("{lang} lacks {id}"));
                    continue;
                }
                // The code gives a message the same arguments whatever the language (a language
                // may leave some unused): every one given as a number, and then as words, must
                // format without error.
                let mut given: Vec<&String> = vars.iter().collect();
                for other in Lang::ALL {
                    given.extend(self.ids(other).get(id).into_iter().flatten());
                }
                for sample in [FluentValue::from(2), FluentValue::from("Jane Eyre")] {
                    let mut args = FluentArgs::new();
                    for v in &given {
                        args.set(v.to_string(), sample.clone());
                    }
                    let bundle = self.bundle(lang);
                    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                        out.push(format!("{lang} {id} has no text"));
                        continue;
                    };
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        out.push(format!("{lang} {id}: {errors:?}"));
                    }
                    if text.trim().is_empty() {
                        out.push(format!("{lang} {id} is empty"));
                    }
                }
            }
            for id in ids.keys() {
                if !english.contains_key(id) {
                    out.push(format!("{lang} has {id}, which English lacks"));
                }
            }
        }
        out
    }

    /// The catalogue read in one language.
    pub fn words(&self, lang: Lang) -> Words<'_> {
        Words { lang, cat: self }
    }
}

/// A catalogue read in one language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub lang: Lang,
    cat: &'a Catalogue,
}

/// The arguments of one message, as built in code.
pub type Args<'a> = FluentArgs<'a>;

/// A number as an argument.
pub fn num(n: i64) -> FluentValue<'static> {
    FluentValue::from(n)
}

impl<'a> Words<'a> {
    /// A message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.f(id, &FluentArgs::new())
    }

    /// A message with arguments given as (name, value) pairs.
    pub fn a(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(*k, v.clone());
        }
        self.f(id, &fa)
    }

    /// A message with arguments; English when this language lacks it; never the key.
    pub fn f(&self, id: &str, args: &FluentArgs<'_>) -> String {
        for lang in [self.lang, Lang::En] {
            let bundle = self.cat.bundle(lang);
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(args), &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(id, %lang, ?errors, "a message did not format cleanly");
                }
                return text.into_owned();
            }
            if lang != Lang::En {
                tracing::warn!(id, %lang, "a message is missing; English is shown");
            }
        }
        tracing::error!(id, "a message is missing in every language");
        self.missing_text()
    }

    fn missing_text(&self) -> String {
        match self.lang {
            Lang::En => "(text missing)".into(),
            Lang::Pl => "(brak tekstu)".into(),
            Lang::Ur => "(متن موجود نہیں)".into(),
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.cat.has(self.lang, id) || self.cat.has(Lang::En, id)
    }

    /// A stored message in words, its arguments worded in this language too.
    pub fn msg(&self, m: &Msg) -> String {
        let mut args = FluentArgs::new();
        for (k, v) in &m.args {
            args.set(k.clone(), self.arg(v));
        }
        self.f(&m.id, &args)
    }

    fn arg(&self, a: &Arg) -> FluentValue<'static> {
        match a {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Date { date } => FluentValue::from(self.date(*date)),
            Arg::Span { starts, ends } => FluentValue::from(self.when(*starts, *ends)),
            Arg::Clock { clock } => FluentValue::from(self.clock(london::to_local(*clock).time())),
            Arg::Ordinal { ordinal } => FluentValue::from(self.ordinal(*ordinal)),
            Arg::Msg(m) => FluentValue::from(self.msg(m)),
        }
    }

    /// An ordinal: "2nd", "2.", "دوسرا".
    pub fn ordinal(&self, n: i64) -> String {
        let number = FluentNumber::new(
            n as f64,
            FluentNumberOptions {
                r#type: FluentNumberType::Ordinal,
                ..Default::default()
            },
        );
        self.a("ordinal", &[("n", FluentValue::Number(number))])
    }

    /// A weekday's name, 1 = Monday.
    pub fn weekday(&self, weekday: u8) -> String {
        self.a("weekday", &[("n", num(weekday as i64))])
    }

    /// "Friday 25 December", "piątek 25 grudnia" (the month in the genitive).
    pub fn date(&self, d: NaiveDate) -> String {
        self.a(
            "date-long",
            &[
                ("weekday", self.weekday(london::weekday_number(d)).into()),
                ("day", num(d.day() as i64)),
                ("month", self.a("month-in-date", &[("n", num(d.month() as i64))]).into()),
            ],
        )
    }

    /// "9:30am", "12 noon" in English; "9:30" in Polish; "صبح 9:30" in Urdu.
    pub fn clock(&self, t: NaiveTime) -> String {
        let (pm, h12) = t.hour12();
        let part = match t.hour() {
            5..=11 => "morning",
            12..=15 => "afternoon",
            16..=18 => "evening",
            _ => "night",
        };
        let period = match (t.hour(), t.minute()) {
            (12, 0) => "noon",
            _ if pm => "pm",
            _ => "am",
        };
        self.a(
            "clock",
            &[
                ("h24", num(t.hour() as i64)),
                ("h12", num(h12 as i64)),
                ("m", num(t.minute() as i64)),
                ("mm", format!("{:02}", t.minute()).into()),
                // The whole time as one placeable: isolated digit by digit ("2", ":", "00") it
                // would read "00:2" in a right-to-left line.
                ("hm12", format!("{h12}:{:02}", t.minute()).into()),
                ("hm24", format!("{}:{:02}", t.hour(), t.minute()).into()),
                ("period", period.into()),
                ("part", part.into()),
            ],
        )
    }

    /// "Tuesday 1 December, 10am to 11am" (UK time), or across days "… to Wednesday 2 December 9am".
    pub fn when(&self, starts: DateTime<Utc>, ends: DateTime<Utc>) -> String {
        let (s, e) = (london::to_local(starts), london::to_local(ends));
        if s.date() == e.date() {
            self.a(
                "span-one-day",
                &[
                    ("date", self.date(s.date()).into()),
                    ("from", self.clock(s.time()).into()),
                    ("to", self.clock(e.time()).into()),
                ],
            )
        } else {
            self.a(
                "span-days",
                &[
                    ("from-date", self.date(s.date()).into()),
                    ("from", self.clock(s.time()).into()),
                    ("to-date", self.date(e.date()).into()),
                    ("to", self.clock(e.time()).into()),
                ],
            )
        }
    }

    /// A code's display text: `code("visit", "not_home")` is "Not at home". A code the catalogue
    /// does not know shows as itself with spaces for underscores (and a warning is logged).
    pub fn code(&self, kind: &str, code: &str) -> String {
        let id = format!("code-{kind}-{code}");
        if self.has(&id) {
            self.t(&id)
        } else {
            tracing::warn!(kind, code, "a code has no display text");
            code.replace('_', " ")
        }
    }

    /// A length of time worked: "3 hours", "1 h 30 min", "45 minutes".
    pub fn hours(&self, h: f64) -> String {
        let minutes = (h * 60.0).round() as i64;
        match (minutes / 60, minutes % 60) {
            (0, m) => self.a("duration-minutes", &[("m", num(m))]),
            (h, 0) => self.a("duration-hours", &[("h", num(h))]),
            (h, m) => self.a("duration-hours-minutes", &[("h", num(h)), ("m", num(m))]),
        }
    }

    /// When the words of [`Words::ago`] for `then` next change after `now`.
    pub fn ago_changes_at(&self, then: DateTime<Utc>, now: DateTime<Utc>) -> DateTime<Utc> {
        let minutes = (now - then).num_minutes().max(0);
        let next = match minutes {
            m if m < 60 => m + 1,
            m if m < 48 * 60 => (m / 60 + 1) * 60,
            m => (m / (24 * 60) + 1) * 24 * 60,
        };
        then + chrono::Duration::minutes(next)
    }

    /// "5 minutes ago", "just now".
    pub fn ago(&self, then: DateTime<Utc>, now: DateTime<Utc>) -> String {
        let minutes = (now - then).num_minutes().max(0);
        match minutes {
            0 => self.t("ago-now"),
            m if m < 60 => self.a("ago-minutes", &[("n", num(m))]),
            m if m < 48 * 60 => self.a("ago-hours", &[("n", num(m / 60))]),
            m => self.a("ago-days", &[("n", num(m / (24 * 60)))]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn common() -> Catalogue {
        Catalogue::new(&[&COMMON])
    }

    #[test]
    fn the_common_words_are_complete_in_every_language() {
        assert_eq!(common().problems(), Vec::<String>::new());
    }

    #[test]
    fn every_code_has_its_display_text() {
        let c = common();
        for (kind, codes) in CODES {
            for code in *codes {
                assert!(c.has(Lang::En, &format!("code-{kind}-{code}")), "{kind} {code}");
            }
        }
        assert_eq!(c.words(Lang::En).code("visit", "not_home"), "Not at home");
        assert_eq!(c.words(Lang::Pl).code("shift", "opening_up"), "Otwieranie biblioteki");
        assert_eq!(c.words(Lang::Ur).code("frequency", "weekly"), "ہر ہفتے");
        assert_eq!(c.words(Lang::Pl).code("visit", "new_code"), "new code");
    }

    #[test]
    fn languages_are_read_from_tags_and_headers() {
        assert_eq!(Lang::parse("pl-PL"), Lang::Pl);
        assert_eq!(Lang::parse("ur_PK"), Lang::Ur);
        assert_eq!(Lang::parse("de"), Lang::En);
        assert_eq!(Lang::from_accept_language("de-DE, pl;q=0.8, en;q=0.5"), Lang::Pl);
        assert_eq!(Lang::from_accept_language("ur"), Lang::Ur);
        assert_eq!(Lang::from_accept_language("fr"), Lang::En);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
    }

    #[test]
    fn dates_and_times_follow_the_language() {
        let c = common();
        let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(c.words(Lang::En).date(d), "Tuesday 1 December");
        assert_eq!(c.words(Lang::Pl).date(d), "wtorek, 1 grudnia");
        let t = NaiveTime::from_hms_opt(9, 30, 0).unwrap();
        assert_eq!(c.words(Lang::En).clock(t), "9:30am");
        assert_eq!(c.words(Lang::Pl).clock(t), "9:30");
        assert_eq!(c.words(Lang::Ur).clock(t), "\u{2068}صبح\u{2069} \u{2068}9:30\u{2069}");
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
        assert_eq!(c.words(Lang::En).clock(noon), "12 noon");
        assert_eq!(c.words(Lang::Pl).clock(noon), "12:00");
        let one = NaiveTime::from_hms_opt(13, 5, 0).unwrap();
        assert_eq!(c.words(Lang::En).clock(one), "1:05pm");
        assert_eq!(c.words(Lang::Pl).clock(one), "13:05");
        assert_eq!(c.words(Lang::En).ordinal(2), "2nd");
        assert_eq!(c.words(Lang::En).ordinal(11), "11th");
        assert_eq!(c.words(Lang::En).ordinal(23), "23rd");
        assert_eq!(c.words(Lang::Pl).ordinal(2), "2.");
    }

    #[test]
    fn polish_plurals_have_their_four_forms() {
        let c = common();
        let w = c.words(Lang::Pl);
        let now = Utc::now();
        let got: Vec<String> = [1, 2, 5, 12, 22, 25]
            .iter()
            .map(|m| w.ago(now - chrono::Duration::minutes(*m), now))
            .collect();
        assert_eq!(
            got,
            [
                "1 minutę temu",
                "2 minuty temu",
                "5 minut temu",
                "12 minut temu",
                "22 minuty temu",
                "25 minut temu"
            ]
        );
    }

    #[test]
    fn a_missing_message_falls_back_and_never_shows_its_key() {
        let c = Catalogue::new(&[&COMMON, &[(Lang::En, "only-english = Only in English\n")]]);
        assert_eq!(c.words(Lang::Pl).t("only-english"), "Only in English");
        assert!(c.problems().iter().any(|p| p == "pl lacks only-english"));
        let nowhere = c.words(Lang::Pl).t("no-such-message");
        assert!(!nowhere.contains("no-such-message"));
    }

    #[test]
    fn a_stored_message_is_worded_when_read() {
        let c = Catalogue::new(&[
            &COMMON,
            &[
                (Lang::En, "ready = { $title } is ready until { $until }.\n"),
                (Lang::Pl, "ready = { $title } czeka do { $until }.\n"),
                (Lang::Ur, "ready = { $title } { $until } تک تیار ہے۔\n"),
            ],
        ]);
        let m = Msg::new("ready")
            .arg("title", "Jane Eyre")
            .arg("until", NaiveDate::from_ymd_opt(2026, 12, 25).unwrap());
        let stored = serde_json::to_string(&m).unwrap();
        let back: Msg = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, m);
        assert_eq!(
            c.words(Lang::En).msg(&back),
            "Jane Eyre is ready until Friday 25 December."
        );
        assert_eq!(c.words(Lang::Pl).msg(&back), "Jane Eyre czeka do piątek, 25 grudnia.");
        let ur = c.words(Lang::Ur).msg(&back);
        // The Latin title is isolated inside the right-to-left sentence.
        assert!(ur.starts_with("\u{2068}Jane Eyre\u{2069}"), "{ur}");
    }
}
