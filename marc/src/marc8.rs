//! MARC-8 to UTF-8, following the Library of Congress specification: G0/G1 working sets switched
//! by escape sequences, the multibyte East Asian set (EACC), and combining marks that come before
//! their base letter in MARC-8 and after it in Unicode. Output is NFC. The tables are pymarc's
//! (marc/data/marc8.tsv; BSD-2-Clause).

use std::collections::HashMap;
use std::sync::OnceLock;

use unicode_normalization::UnicodeNormalization;

const BASIC_LATIN: u8 = 0x42;
const ANSEL: u8 = 0x45;
const EACC: u8 = 0x31;
/// Pymarc's extra three-byte codes (seen in Innovative Interfaces exports).
const ODD: u8 = 0x00;

type Table = HashMap<(u8, u32), (char, bool)>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::with_capacity(16_500);
        for line in include_str!("../data/marc8.tsv").lines() {
            let mut parts = line.split('\t');
            let (Some(cs), Some(code), Some(uni), Some(comb)) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let (Ok(cs), Ok(code), Ok(uni)) = (
                u8::from_str_radix(cs, 16),
                u32::from_str_radix(code, 16),
                u32::from_str_radix(uni, 16),
            ) else {
                continue;
            };
            if let Some(ch) = char::from_u32(uni) {
                t.insert((cs, code), (ch, comb == "1"));
            }
        }
        t
    })
}

/// A converter keeps the working sets between calls within one field.
pub struct Converter {
    g0: u8,
    g1: u8,
}

impl Default for Converter {
    fn default() -> Self {
        Self::new()
    }
}

impl Converter {
    pub fn new() -> Self {
        Converter {
            g0: BASIC_LATIN,
            g1: ANSEL,
        }
    }

    /// Back to the default sets (each subfield starts afresh).
    pub fn reset(&mut self) {
        self.g0 = BASIC_LATIN;
        self.g1 = ANSEL;
    }

    pub fn convert(&mut self, bytes: &[u8]) -> String {
        let table = table();
        let mut out = String::with_capacity(bytes.len());
        let mut combining: Vec<char> = Vec::new();
        let mut pos = 0;
        while pos < bytes.len() {
            let b = bytes[pos];
            if b == 0x1B {
                // Escape sequences: ESC ( , $ to designate G0; ESC ) - $ for G1; ESC x for a
                // single-byte G0 set; ESC s back to Basic Latin.
                let next = bytes.get(pos + 1).copied();
                match next {
                    Some(b'(') | Some(b',') | Some(b'$') => {
                        let mut p = pos + 2;
                        if next == Some(b'$') && bytes.get(p) == Some(&b',') {
                            p += 1;
                        }
                        if let Some(&set) = bytes.get(p) {
                            self.g0 = if next == Some(b'$') && set == b'1' { EACC } else { set };
                            pos = p + 1;
                            continue;
                        }
                        pos += 1;
                        continue;
                    }
                    Some(b')') | Some(b'-') => {
                        let mut p = pos + 2;
                        if bytes.get(p) == Some(&b'$') {
                            p += 1;
                        }
                        if let Some(&set) = bytes.get(p) {
                            self.g1 = set;
                            pos = p + 1;
                            continue;
                        }
                        pos += 1;
                        continue;
                    }
                    Some(b's') => {
                        self.g0 = BASIC_LATIN;
                        pos += 2;
                        continue;
                    }
                    Some(set) if matches!(set, 0x67 | 0x62 | 0x70) => {
                        // Greek symbols, subscripts, superscripts.
                        self.g0 = set;
                        pos += 2;
                        continue;
                    }
                    _ => {
                        pos += 1;
                        continue;
                    }
                }
            }
            let (code, set, width) = if self.g0 == EACC && b >= 0x21 {
                if pos + 3 > bytes.len() {
                    break; // a cut-off multibyte character
                }
                let code = (bytes[pos] as u32) << 16 | (bytes[pos + 1] as u32) << 8 | bytes[pos + 2] as u32;
                (code, EACC, 3)
            } else if b >= 0x80 {
                (b as u32, self.g1, 1)
            } else {
                (b as u32, self.g0, 1)
            };
            pos += width;
            if code < 0x20 {
                continue; // control characters other than the set switches are dropped
            }
            if set == BASIC_LATIN && code < 0x80 {
                out.push(code as u8 as char);
                out.extend(combining.drain(..));
                continue;
            }
            let looked_up = table
                .get(&(set, code))
                .or_else(|| {
                    if code >= 0x80 {
                        table.get(&(ANSEL, code))
                    } else {
                        table.get(&(BASIC_LATIN, code))
                    }
                })
                .or_else(|| table.get(&(ODD, code)))
                .copied();
            match looked_up {
                Some((ch, true)) => combining.push(ch),
                Some((ch, false)) => {
                    out.push(ch);
                    out.extend(combining.drain(..));
                }
                None => {
                    out.push('\u{FFFD}');
                    out.extend(combining.drain(..));
                }
            }
        }
        out.extend(combining.drain(..));
        out.nfc().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_with_combining_marks() {
        let mut c = Converter::new();
        assert_eq!(c.convert(b"Bront\xe8e"), "Brontë");
        assert_eq!(c.convert(b"caf\xe2e"), "café");
        assert_eq!(c.convert(b"\xa5sop"), "Æsop");
    }

    /// The 1,515 line-aligned MARC-8 / UTF-8 pairs from pymarc's tests (CJK, Arabic, Hebrew,
    /// Cyrillic and more).
    #[test]
    fn agrees_with_pymarcs_conversion_pairs() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data/marc/pymarc-tests");
        let marc8 = std::fs::read(format!("{dir}/test_marc8.txt")).expect("shared pymarc test data");
        let utf8 = std::fs::read_to_string(format!("{dir}/test_utf8.txt")).expect("shared pymarc test data");
        let (mut same, mut total) = (0, 0);
        let mut first_difference = None;
        for (m, u) in marc8.split(|&b| b == b'\n').zip(utf8.lines()) {
            total += 1;
            let got = Converter::new().convert(m);
            let want: String = u.nfc().collect();
            if got == want {
                same += 1;
            } else if first_difference.is_none() {
                first_difference = Some((got, want));
            }
        }
        assert!(total >= 1500, "{total} pairs");
        assert_eq!(same, total, "first difference: {first_difference:?}");
    }
}
