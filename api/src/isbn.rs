//! ISBNs: checking, normalising to ISBN-13. (Hyphenation needs the ISBN agency's range table,
//! which the hub loads; see `cml-hub`.)

/// The ISBN characters at the start of a catalogued value ("0-19-963209-X (pbk.)"), with
/// hyphens and spaces removed, and whatever follows as the qualifier.
pub fn split(raw: &str) -> (String, Option<String>) {
    let raw = raw.trim();
    let mut digits = String::new();
    let mut rest = raw.len();
    for (i, c) in raw.char_indices() {
        match c {
            '0'..='9' => digits.push(c),
            'x' | 'X' => digits.push('X'),
            '-' | ' ' if !digits.is_empty() && digits.len() < 13 => {}
            _ => {
                rest = i;
                break;
            }
        }
    }
    let qualifier = raw[rest.min(raw.len())..].trim();
    let qualifier = (!qualifier.is_empty()).then(|| qualifier.to_owned());
    (digits, qualifier)
}

fn isbn10_ok(d: &[u8]) -> bool {
    if d.len() != 10 || !d[..9].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let v = if c == b'X' && i == 9 {
                10
            } else {
                (c as char).to_digit(10).unwrap_or(99)
            };
            (10 - i as u32) * v
        })
        .sum();
    sum.is_multiple_of(11)
}

fn isbn13_check(d: &[u8]) -> Option<u8> {
    if d.len() < 12 || !d[..12].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let sum: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &c)| (c - b'0') as u32 * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    Some(b'0' + ((10 - sum % 10) % 10) as u8)
}

/// The ISBN-13 of an ISBN-10 or ISBN-13 (hyphens and spaces allowed), if it is valid.
pub fn to_isbn13(text: &str) -> Option<String> {
    let d: Vec<u8> = text
        .bytes()
        .filter(|b| !matches!(b, b'-' | b' '))
        .map(|b| b.to_ascii_uppercase())
        .collect();
    match d.len() {
        10 if isbn10_ok(&d) => {
            let mut out = b"978".to_vec();
            out.extend_from_slice(&d[..9]);
            out.push(isbn13_check(&out)?);
            String::from_utf8(out).ok()
        }
        13 if (d.starts_with(b"978") || d.starts_with(b"979")) && isbn13_check(&d) == Some(d[12]) => {
            String::from_utf8(d).ok()
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn isbns_normalise() {
        assert_eq!(to_isbn13("0-19-963209-X").as_deref(), Some("9780199632091"));
        assert_eq!(to_isbn13("9780199632091").as_deref(), Some("9780199632091"));
        assert_eq!(to_isbn13("0-19-963209-1"), None);
        assert_eq!(to_isbn13("9780199632092"), None);
        assert_eq!(
            split("0-19-963209-X (pbk.) :"),
            ("019963209X".into(), Some("(pbk.) :".into()))
        );
        assert_eq!(split("9780199632091"), ("9780199632091".into(), None));
    }

    #[test]
    fn agrees_with_python_stdnum_vectors() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/data/isbn/isbn_stdnum_vectors.json"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            panic!("the shared ISBN vectors are missing at {path}");
        };
        let vectors: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert!(vectors.len() >= 200);
        for v in vectors {
            let input = v["input"].as_str().unwrap();
            let got = to_isbn13(input);
            if v["valid"].as_bool().unwrap() {
                assert_eq!(got.as_deref(), v["isbn13"].as_str(), "{input}");
            } else {
                assert_eq!(got, None, "{input}");
            }
        }
    }
}
