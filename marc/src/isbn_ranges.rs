//! ISBN hyphenation from the ISBN agency's range table (a RangeMessage export in python-stdnum's
//! text form). The hub loads it from a file when it has one; without it ISBNs show unhyphenated.

use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Ranges {
    /// "978" → ranges of registration groups.
    groups: HashMap<String, Vec<(String, String)>>,
    /// "978-0" → ranges of registrants.
    registrants: HashMap<String, Vec<(String, String)>>,
}

fn parse_ranges(line: &str) -> Vec<(String, String)> {
    line.split(',')
        .filter_map(|r| r.trim().split_once('-'))
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

/// The range whose start has the same number of digits as the matching prefix of `digits`.
fn pick<'a>(ranges: &[(String, String)], digits: &'a str) -> Option<&'a str> {
    ranges.iter().find_map(|(lo, hi)| {
        let prefix = digits.get(..lo.len())?;
        (prefix >= lo.as_str() && prefix <= hi.as_str()).then_some(prefix)
    })
}

impl Ranges {
    pub fn parse(text: &str) -> Ranges {
        let mut r = Ranges::default();
        let mut prefix = String::new();
        let mut depth_key: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let indent = line.len() - line.trim_start().len();
            let body = line.trim();
            let first = body.split_whitespace().next().unwrap_or("");
            let is_ranges = first.contains('-') && first.chars().all(|c| c.is_ascii_digit() || c == '-' || c == ',');
            match (indent, is_ranges) {
                (0, _) => {
                    prefix = first.to_owned();
                    depth_key = Some(prefix.clone());
                }
                (1, true) => r.groups.entry(prefix.clone()).or_default().extend(parse_ranges(body)),
                (1, false) => depth_key = Some(format!("{prefix}-{first}")),
                (_, true) => {
                    if let Some(k) = &depth_key {
                        r.registrants.entry(k.clone()).or_default().extend(parse_ranges(body));
                    }
                }
                _ => {}
            }
        }
        r
    }

    /// "9780199632091" → "978-0-19-963209-1".
    pub fn hyphenate(&self, isbn13: &str) -> Option<String> {
        let (prefix, rest) = isbn13.split_at(3);
        let body = &rest[..rest.len() - 1];
        let group = pick(self.groups.get(prefix)?, body)?;
        let after_group = &body[group.len()..];
        let registrant = pick(self.registrants.get(&format!("{prefix}-{group}"))?, after_group)?;
        let publication = &after_group[registrant.len()..];
        if publication.is_empty() {
            return None;
        }
        Some(format!(
            "{prefix}-{group}-{registrant}-{publication}-{}",
            &rest[rest.len() - 1..]
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenates_like_python_stdnum() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/isbn");
        let ranges = Ranges::parse(
            &std::fs::read_to_string(format!("{dir}/isbn_ranges_from_RangeMessage_2026-01-04.dat")).unwrap(),
        );
        let vectors: Vec<serde_json::Value> =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}/isbn_stdnum_vectors.json")).unwrap()).unwrap();
        let mut checked = 0;
        for v in vectors.iter().filter(|v| v["valid"].as_bool() == Some(true)) {
            let isbn13 = v["isbn13"].as_str().unwrap();
            assert_eq!(
                ranges.hyphenate(isbn13).as_deref(),
                v["hyphenated13"].as_str(),
                "{isbn13}"
            );
            checked += 1;
        }
        assert!(checked > 100);
    }
}
