//! From a MARC record to a catalogue record: the fields a member sees and searches.

use cml_api::{CatalogueRecord, Isbn};

use super::{RawRecord, Subfields};

/// Strips the ISBD punctuation that ends MARC subfields (" /", " :", ";", ",", ".").
pub fn tidy(s: &str) -> String {
    tidied(s).to_owned()
}

/// `tidy` without a copy: what is left is always a part of `s`.
fn tidied(s: &str) -> &str {
    let mut t = s.trim();
    loop {
        let before = t;
        t = t.trim_end_matches([' ', '/', ':', ';', ',', '=']).trim_end();
        // A final full stop goes, unless it ends an initial or an abbreviation ("J.", "Co.").
        if t.ends_with('.') && !t.ends_with("..") {
            let word = t.rsplit([' ', '.']).nth(1).unwrap_or("");
            if word.chars().count() > 2 || t.ends_with(").") {
                t = &t[..t.len() - 1];
            }
        }
        if t == before {
            break;
        }
    }
    t.trim_matches(['[', ']']).trim()
}

/// The tidied `codes` subfields, in their order, joined by `sep`.
fn join(subfields: Subfields, codes: &[char], sep: &str) -> Option<String> {
    let mut out = String::new();
    for (_, v) in subfields.iter().filter(|(c, _)| codes.contains(c)) {
        let v = tidied(v);
        if !v.is_empty() {
            if !out.is_empty() {
                out.push_str(sep);
            }
            out.push_str(v);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether `text` contains `word` (lower-case ASCII), ignoring ASCII case, without a lower-cased copy.
fn contains_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.as_bytes(), word.as_bytes());
    let Some(&first) = word.first() else {
        return true;
    };
    // Compared in full only where the first letter is.
    (0..text.len().saturating_sub(word.len() - 1))
        .any(|i| text[i].eq_ignore_ascii_case(&first) && text[i..i + word.len()].eq_ignore_ascii_case(word))
}

fn year(rec: &RawRecord) -> Option<String> {
    let from_field = ["264", "260"].iter().filter_map(|t| rec.first(t, 'c')).find_map(|c| {
        let d: Vec<char> = c.chars().collect();
        d.windows(4)
            .find(|w| w.iter().all(char::is_ascii_digit))
            .map(|w| w.iter().collect())
    });
    from_field.or_else(|| {
        let f008 = rec.control("008")?;
        let y = f008.get(7..11)?;
        y.chars().all(|c| c.is_ascii_digit()).then(|| y.to_owned())
    })
}

/// The format, from the leader, 008, 007 and the RDA content/carrier fields.
pub fn format(rec: &RawRecord) -> String {
    let leader = rec.leader.as_bytes();
    let kind = leader.get(6).copied().unwrap_or(b' ');
    let level = leader.get(7).copied().unwrap_or(b' ');
    let f007 = rec.control("007").unwrap_or("");
    // The RDA content (336) and carrier (338) terms, and the fields that say "large print", are
    // only looked at when the codes leave it open.
    let rda =
        |tag: &'static str, word: &'static str| rec.data(tag).any(|s| s.iter().any(|(_, v)| contains_word(v, word)));
    let online = || f007.starts_with("cr") || rda("338", "online");
    let large_print = || {
        ["250", "300", "655"]
            .iter()
            .any(|t| rda(t, "large print") || rda(t, "large type"))
    };
    match kind {
        b'a' | b't' if level == b's' => "serial",
        b'a' | b't' => match rec.control("008").and_then(|f| f.chars().nth(23)) {
            Some('d') => "large_print",
            Some('o') | Some('q') | Some('s') => "ebook",
            _ if large_print() => "large_print",
            _ if online() => "ebook",
            _ => "book",
        },
        b'i' if online() => "eaudiobook",
        b'i' => "audiobook",
        b'j' => "music",
        b'g' if f007.starts_with("vd") || rda("338", "videodisc") => "dvd",
        b'g' => "video",
        b'c' | b'd' => "score",
        b'e' | b'f' => "map",
        b'm' if rda("336", "text") => "ebook",
        b'm' => "computer",
        _ => "other",
    }
    .to_owned()
}

fn audience(rec: &RawRecord) -> Option<String> {
    if let Some(a) = rec.first("521", 'a') {
        return Some(tidy(a));
    }
    let kind = rec.leader.chars().nth(6)?;
    if !matches!(kind, 'a' | 't' | 'i' | 'j' | 'g' | 'm') {
        return None;
    }
    let code = rec.control("008")?.chars().nth(22)?;
    Some(
        match code {
            'a' | 'b' | 'c' | 'j' => "Children",
            'd' => "Teenagers",
            'e' | 'f' | 'g' => "Adults",
            _ => return None,
        }
        .to_owned(),
    )
}

/// The identity of a record without a control number: "fp:" and 16 hex digits of the SHA-256 of
/// its identifying fields, folded to lower case with runs of spaces made one.
pub fn fingerprint(parts: &[&str]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for part in parts {
        let folded = part.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        hash.update(folded.as_bytes());
        hash.update([0x1f]);
    }
    let digest = hash.finalize();
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("fp:{hex}")
}

/// The catalogue fields of a record (id 0 and no items: the importer fills those), or why the
/// record cannot be used.
pub fn extract(rec: &RawRecord, ranges: Option<&crate::isbn_ranges::Ranges>) -> Result<CatalogueRecord, String> {
    let control_number = rec
        .control("001")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .or_else(|| rec.first("035", 'a').map(|s| s.trim().to_owned()))
        .or_else(|| rec.first("010", 'a').map(|s| s.trim().to_owned()))
        .or_else(|| rec.first("999", 'c').map(|s| format!("sys:{}", s.trim())))
        .filter(|s| !s.is_empty() && s != "sys:");
    let f245 = rec.data("245").next();
    let title = f245
        .and_then(|s| join(s, &['a', 'n', 'p'], ". "))
        .or_else(|| rec.first("130", 'a').map(tidy).filter(|t| !t.is_empty()))
        .or_else(|| rec.first("240", 'a').map(tidy).filter(|t| !t.is_empty()))
        .ok_or("the record has no title (245 $a)")?;
    let subtitle = f245.and_then(|s| join(s, &['b'], " "));
    let responsibility = f245.and_then(|s| join(s, &['c'], " "));
    let mut authors: Vec<String> = Vec::new();
    for tag in ["100", "110", "111", "700", "710", "711"] {
        for s in rec.data(tag) {
            if let Some(name) = join(s, &['a', 'b'], " ") {
                if !authors.contains(&name) {
                    authors.push(name);
                }
            }
        }
    }
    let mut subjects = Vec::new();
    for tag in ["600", "610", "611", "630", "650", "651", "655"] {
        for s in rec.data(tag) {
            if let Some(subject) = join(s, &['a', 'b', 'c', 'd', 'v', 'x', 'y', 'z'], " -- ") {
                if !subjects.contains(&subject) {
                    subjects.push(subject);
                }
            }
        }
    }
    let mut series = Vec::new();
    for tag in ["490", "830", "440", "800", "810"] {
        for s in rec.data(tag) {
            if let Some(name) = join(s, &['a', 't', 'v'], " ; ") {
                if !series.contains(&name) {
                    series.push(name);
                }
            }
        }
    }
    let mut isbns = Vec::new();
    for s in rec.data("020") {
        for (code, value) in s.iter() {
            if code != 'a' && code != 'z' {
                continue;
            }
            let (digits, qualifier) = cml_api::isbn::split(value);
            if digits.is_empty() {
                continue;
            }
            let isbn13 = if code == 'a' {
                cml_api::isbn::to_isbn13(&digits)
            } else {
                None
            };
            let display = match (&isbn13, ranges) {
                (Some(i), Some(r)) => r.hyphenate(i).unwrap_or_else(|| i.clone()),
                (Some(i), None) => i.clone(),
                (None, _) => digits.clone(),
            };
            isbns.push(Isbn {
                valid: isbn13.is_some(),
                isbn13,
                display,
                qualifier: qualifier.map(|q| tidy(&q)).filter(|q| !q.is_empty()),
            });
        }
    }
    let language = rec
        .control("008")
        .and_then(|f| f.get(35..38))
        .map(|l| l.trim().to_lowercase())
        .filter(|l| l.len() == 3 && l.chars().all(|c| c.is_ascii_lowercase()))
        .or_else(|| {
            rec.first("041", 'a')
                .map(|l| l.chars().take(3).collect::<String>().to_lowercase())
        });
    let edition = rec.first("250", 'a').map(tidy);
    let publisher = rec.first("264", 'b').or_else(|| rec.first("260", 'b')).map(tidy);
    let year = year(rec);
    // Many libraries' exports carry no control number (Evergreen's Nepali test set: none of 96).
    // Such a record is known by a fingerprint of what identifies an edition, so importing the
    // same file again finds it; a record changed in one of these comes in as a new one.
    let control_number = control_number.unwrap_or_else(|| {
        fingerprint(&[
            &title,
            subtitle.as_deref().unwrap_or(""),
            authors.first().map_or("", String::as_str),
            edition.as_deref().unwrap_or(""),
            publisher.as_deref().unwrap_or(""),
            year.as_deref().unwrap_or(""),
            &isbns.iter().map(|i| i.display.as_str()).collect::<Vec<_>>().join(" "),
        ])
    });
    Ok(CatalogueRecord {
        id: 0,
        control_number,
        title,
        subtitle,
        responsibility,
        authors,
        subjects,
        series,
        edition,
        publisher,
        year,
        physical: rec.data("300").next().and_then(|s| join(s, &['a', 'b', 'c'], " ")),
        language,
        isbns,
        format: format(rec),
        summary: rec.first("520", 'a').map(|s| s.trim().to_owned()),
        audience: audience(rec),
        items: vec![],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_in_any_case() {
        assert!(contains_word("Large Print edition.", "large print"));
        assert!(contains_word("xx LARGE TYPE", "large type"));
        assert!(!contains_word("Large-print", "large print"));
        assert!(!contains_word("large", "large print"));
        assert!(!contains_word("", "large print"));
    }

    #[test]
    fn tells_formats_from_the_leader_008_and_the_rda_fields() {
        let record = |kind: u8, tag: &str, text: &str| {
            let mut rec = RawRecord {
                leader: format!("00000n{}m a2200000 a 4500", kind as char),
                ..RawRecord::default()
            };
            rec.push_control(super::super::Tag::parse("008").unwrap(), &" ".repeat(40));
            rec.push_data(super::super::Tag::parse(tag).unwrap(), ' ', ' ');
            rec.push_subfield('a', text);
            format(&rec)
        };
        assert_eq!(record(b'a', "250", "Large print ed."), "large_print");
        assert_eq!(record(b'a', "300", "406 p. ; 24 cm."), "book");
        assert_eq!(record(b'a', "338", "online resource"), "ebook");
        assert_eq!(record(b'i', "338", "Online resource"), "eaudiobook");
        assert_eq!(record(b'g', "338", "videodisc"), "dvd");
        assert_eq!(record(b'm', "336", "text"), "ebook");
        assert_eq!(record(b'm', "336", "computer program"), "computer");
    }

    #[test]
    fn a_uniform_title_of_nothing_is_no_title() {
        // Found by fuzzing: a 245 without $a and a 240 whose $a is empty made a record titled "".
        let mut rec = RawRecord {
            leader: "00000nam a2200000 a 4500".into(),
            ..RawRecord::default()
        };
        let tag = |t| super::super::Tag::parse(t).unwrap();
        rec.push_control(tag("001"), "1");
        rec.push_data(tag("245"), '1', '0');
        rec.push_subfield('c', "by someone.");
        rec.push_data(tag("240"), '1', '0');
        rec.push_subfield('a', " /");
        assert_eq!(extract(&rec, None).unwrap_err(), "the record has no title (245 $a)");
        rec.push_data(tag("130"), '0', ' ');
        rec.push_subfield('a', "Beowulf.");
        assert_eq!(extract(&rec, None).unwrap().title, "Beowulf");
    }

    #[test]
    fn tidies_isbd_punctuation() {
        assert_eq!(tidy("Jane Eyre /"), "Jane Eyre");
        assert_eq!(tidy("Brontë, Charlotte,"), "Brontë, Charlotte");
        assert_eq!(tidy("London :"), "London");
        assert_eq!(tidy("Smith, J."), "Smith, J.");
        assert_eq!(tidy("Penguin Books."), "Penguin Books");
        assert_eq!(tidy("[London]"), "London");
    }
}
