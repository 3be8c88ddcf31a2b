//! Reading MARC 21 bibliographic records: ISO 2709 (UTF-8 or MARC-8) and MARCXML.
//!
//! Written here rather than taken from a crate: the one maintained MARC crate (`marc` 3.x) reads
//! only UTF-8, panics on some malformed indicators, and cannot read MARCXML; a library's exports
//! need MARC-8 (with its East Asian, Arabic, Hebrew and Cyrillic sets) converted to UTF-8, and a
//! broken record must be rejected with its reason while the rest of the file still imports.

//! Its own crate (`cml-marc`), so that the fuzz targets build it, and nothing of the hub, under the
//! sanitizer. The hub re-exports it as `cml_hub::marc`.

pub mod extract;
pub mod isbn_ranges;
pub mod marc8;
pub mod xml;

use std::io::BufRead;

pub const RECORD_END: u8 = 0x1D;
pub const FIELD_END: u8 = 0x1E;
pub const SUBFIELD: u8 = 0x1F;

/// A field's tag: three ASCII characters, compared as bytes (a record's fields are looked up by
/// tag dozens of times each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tag(pub [u8; 3]);

impl Tag {
    pub fn parse(text: &str) -> Option<Tag> {
        Tag::from_bytes(text.as_bytes())
    }

    fn from_bytes(bytes: &[u8]) -> Option<Tag> {
        match *bytes {
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_graphic() || *x == b' ') => Some(Tag([a, b, c])),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("???")
    }

    fn is_control(&self) -> bool {
        self.0[..2] == *b"00"
    }
}

impl std::fmt::Display for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a field is: a control field's text, or a data field's run of subfields.
#[derive(Debug, Clone)]
enum Body {
    Control {
        start: u32,
        end: u32,
    },
    Data {
        ind1: char,
        ind2: char,
        first: u32,
        end: u32,
    },
}

#[derive(Debug, Clone)]
struct Field {
    tag: Tag,
    body: Body,
}

/// A subfield's code and where its text is.
#[derive(Debug, Clone, Copy)]
struct Subfield {
    code: char,
    start: u32,
    end: u32,
}

/// A record as read: its leader and fields, their text UTF-8 and held in one string (a record has
/// dozens of subfields, and a string each cost the reader a fifth of its time).
#[derive(Debug, Clone, Default)]
pub struct RawRecord {
    pub leader: String,
    text: String,
    fields: Vec<Field>,
    subfields: Vec<Subfield>,
}

/// A data field's subfields, in their order.
#[derive(Debug, Clone, Copy)]
pub struct Subfields<'a> {
    text: &'a str,
    list: &'a [Subfield],
}

impl<'a> Subfields<'a> {
    pub fn iter(&self) -> impl Iterator<Item = (char, &'a str)> + 'a {
        let text = self.text;
        self.list
            .iter()
            .map(move |s| (s.code, text.get(s.start as usize..s.end as usize).unwrap_or("")))
    }

    /// The first `code` subfield.
    pub fn get(&self, code: char) -> Option<&'a str> {
        self.iter().find(|(c, _)| *c == code).map(|(_, v)| v)
    }
}

impl RawRecord {
    /// Adds `text` to the record's text, returning where it is.
    /// Adds `text` to the record's text, returning where it is. Control characters are not kept
    /// (see [`has_control`]): tabs and line ends become spaces, the others go.
    fn keep(&mut self, text: &str) -> (u32, u32) {
        let start = self.text.len() as u32;
        if has_control(text.as_bytes()) {
            self.text.extend(text.chars().filter_map(|c| match c {
                '\t' | '\n' | '\r' => Some(' '),
                c if c < ' ' => None,
                c => Some(c),
            }));
        } else {
            self.text.push_str(text);
        }
        (start, self.text.len() as u32)
    }

    pub fn push_control(&mut self, tag: Tag, value: &str) {
        let (start, end) = self.keep(value);
        self.push_control_at(tag, start, end);
    }

    /// Adds a control field whose text is already in the record's text.
    fn push_control_at(&mut self, tag: Tag, start: u32, end: u32) {
        self.fields.push(Field {
            tag,
            body: Body::Control { start, end },
        });
    }

    /// Starts a data field; the subfields pushed next are its.
    pub fn push_data(&mut self, tag: Tag, ind1: char, ind2: char) {
        let at = self.subfields.len() as u32;
        self.fields.push(Field {
            tag,
            body: Body::Data {
                ind1,
                ind2,
                first: at,
                end: at,
            },
        });
    }

    /// Adds a subfield to the data field pushed last (none before it: the subfield is ignored).
    pub fn push_subfield(&mut self, code: char, value: &str) {
        let (start, end) = self.keep(value);
        self.push_subfield_at(code, start, end);
    }

    /// Adds a subfield whose text is already in the record's text.
    fn push_subfield_at(&mut self, code: char, start: u32, end: u32) {
        if let Some(Field {
            body: Body::Data { end: last, .. },
            ..
        }) = self.fields.last_mut()
        {
            self.subfields.push(Subfield { code, start, end });
            *last = self.subfields.len() as u32;
        }
    }

    pub fn control(&self, tag: &str) -> Option<&str> {
        let tag = Tag::parse(tag)?;
        self.fields.iter().find_map(|f| match f.body {
            Body::Control { start, end } if f.tag == tag => self.text.get(start as usize..end as usize),
            _ => None,
        })
    }

    pub fn data<'a>(&'a self, tag: &str) -> impl Iterator<Item = Subfields<'a>> + 'a {
        let tag = Tag::parse(tag);
        self.fields.iter().filter_map(move |f| match f.body {
            Body::Data { first, end, .. } if Some(f.tag) == tag => Some(Subfields {
                text: &self.text,
                list: &self.subfields[first as usize..end as usize],
            }),
            _ => None,
        })
    }

    /// The indicators of the first `tag` field.
    pub fn indicators(&self, tag: &str) -> Option<(char, char)> {
        let tag = Tag::parse(tag)?;
        self.fields.iter().find_map(|f| match f.body {
            Body::Data { ind1, ind2, .. } if f.tag == tag => Some((ind1, ind2)),
            _ => None,
        })
    }

    /// The first `code` subfield of the first `tag` field that has one.
    pub fn first<'a>(&'a self, tag: &str, code: char) -> Option<&'a str> {
        self.data(tag).find_map(|sf| sf.get(code))
    }
}

/// Whether text has ASCII control characters (NUL to 0x1F). None means anything in a catalogue, a
/// NUL cannot be stored in PostgreSQL's text (one in a title would fail its import batch, and so
/// the import), and the MARC-8 converter drops them too.
fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().any(|&b| b < 0x20)
}

/// Why a record was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejection {
    /// 1 for the first record of the file.
    pub position: u64,
    pub reason: String,
}

/// The number a run of ASCII digits (at most 5 in ISO 2709) spells.
fn digits(bytes: &[u8]) -> Option<usize> {
    if bytes.is_empty() {
        return None;
    }
    bytes.iter().try_fold(0usize, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + usize::from(b - b'0'))
    })
}

/// Parses one ISO 2709 record (the bytes up to and including its record terminator).
pub fn parse_iso2709(raw: &[u8]) -> Result<RawRecord, String> {
    if raw.len() < 24 {
        return Err(format!("too short to be a record ({} bytes)", raw.len()));
    }
    let leader_bytes = &raw[..24];
    let Some(declared) = digits(&leader_bytes[..5]) else {
        return Err("the leader's record length is not a number".into());
    };
    let Some(base) = digits(&leader_bytes[12..17]) else {
        return Err("the leader's base address of data is not a number".into());
    };
    if !raw.ends_with(&[RECORD_END]) {
        return Err(format!(
            "the record is truncated (the leader says {declared} bytes, the file ends after {})",
            raw.len()
        ));
    }
    if base < 25 || base > raw.len() {
        return Err(format!("the base address of data ({base}) is outside the record"));
    }
    let utf8 = leader_bytes[9] == b'a';
    let leader: String = leader_bytes
        .iter()
        .map(|&b| if b.is_ascii() && b >= 0x20 { b as char } else { ' ' })
        .collect();
    let directory = &raw[24..base - 1];
    if raw[base - 1] != FIELD_END {
        return Err("the directory does not end where the base address says".into());
    }
    if !directory.len().is_multiple_of(12) {
        return Err(format!(
            "the directory's length ({}) is not a multiple of 12",
            directory.len()
        ));
    }
    let data = &raw[base..];
    let mut rec = RawRecord {
        leader,
        ..RawRecord::default()
    };
    // UTF-8 checked once for the whole record, and kept whole: its fields and subfields are
    // places in it (their separators are ASCII, so every cut falls between characters).
    // Otherwise each is converted (MARC-8) or mended (bad UTF-8) and added.
    let whole = match std::str::from_utf8(data) {
        Ok(t) if utf8 => {
            rec.text.push_str(t);
            true
        }
        _ => false,
    };
    let mut converter = marc8::Converter::new();
    let keep = |bytes: &[u8], rec: &mut RawRecord, conv: &mut marc8::Converter| -> (u32, u32) {
        let at = bytes.as_ptr() as usize - data.as_ptr() as usize;
        let end = at + bytes.len();
        // (A subfield code can be the first byte of a character, in a broken record: then the
        // rest is mended like bad UTF-8. Text with control characters is kept without them.)
        if whole && rec.text.is_char_boundary(at) && rec.text.is_char_boundary(end) && !has_control(bytes) {
            (at as u32, end as u32)
        } else if utf8 {
            rec.keep(&String::from_utf8_lossy(bytes))
        } else {
            rec.keep(&conv.convert(bytes))
        }
    };
    rec.fields.reserve(directory.len() / 12);
    for (n, entry) in directory.chunks(12).enumerate() {
        let tag = Tag::from_bytes(&entry[..3]).ok_or_else(|| {
            format!(
                "directory entry {} has a bad tag {:?}",
                n + 1,
                String::from_utf8_lossy(&entry[..3])
            )
        })?;
        let (Some(len), Some(start)) = (digits(&entry[3..7]), digits(&entry[7..12])) else {
            return Err(format!("directory entry {} ({tag}) has a bad length or start", n + 1));
        };
        if start + len > data.len() || len == 0 {
            return Err(format!(
                "field {tag} (directory entry {}) runs past the end of the record",
                n + 1
            ));
        }
        let mut body = &data[start..start + len];
        if body.last() == Some(&FIELD_END) {
            body = &body[..body.len() - 1];
        }
        if tag.is_control() {
            let (start, end) = keep(body, &mut rec, &mut converter);
            rec.push_control_at(tag, start, end);
            continue;
        }
        let (ind1, ind2, rest) = if body.len() >= 2 && body[0] != SUBFIELD {
            (body[0], body[1], &body[2..])
        } else {
            (b' ', b' ', body)
        };
        let ind = |b: u8| {
            if b.is_ascii_graphic() || b == b' ' {
                b as char
            } else {
                ' '
            }
        };
        rec.push_data(tag, ind(ind1), ind(ind2));
        for chunk in rest.split(|&b| b == SUBFIELD).skip(1) {
            if chunk.is_empty() {
                continue;
            }
            converter.reset();
            let (start, end) = keep(&chunk[1..], &mut rec, &mut converter);
            rec.push_subfield_at(chunk[0] as char, start, end);
        }
    }
    Ok(rec)
}

/// The records of a file, ISO 2709 or MARCXML (told apart by the first byte), with a count of the
/// bytes read so far for progress.
pub struct FileSource {
    pub records: Box<dyn Iterator<Item = Result<RawRecord, Rejection>> + Send>,
    pub bytes_read: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

pub fn open_file(path: &std::path::Path) -> std::io::Result<FileSource> {
    use std::io::Read;
    let mut file = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
    let first = file.fill_buf()?.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let bytes_read = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    if first == Some(b'<') {
        let mut raw = Vec::new();
        file.read_to_end(&mut raw)?;
        bytes_read.store(raw.len() as u64, std::sync::atomic::Ordering::Relaxed);
        let text = String::from_utf8_lossy(&raw).into_owned();
        return Ok(FileSource {
            records: Box::new(xml::read(&text).into_iter()),
            bytes_read,
        });
    }
    let counter = bytes_read.clone();
    let mut reader = Iso2709Reader::new(file);
    let records = std::iter::from_fn(move || {
        let next = reader.next();
        counter.store(reader.bytes_read, std::sync::atomic::Ordering::Relaxed);
        next
    });
    Ok(FileSource {
        records: Box::new(records),
        bytes_read,
    })
}

/// Reads ISO 2709 records one by one, by their record terminators; a broken record is reported
/// and the next one is read.
pub struct Iso2709Reader<R: BufRead> {
    input: R,
    position: u64,
    buf: Vec<u8>,
    /// Bytes read so far (for progress).
    pub bytes_read: u64,
}

impl<R: BufRead> Iso2709Reader<R> {
    pub fn new(input: R) -> Self {
        Iso2709Reader {
            input,
            position: 0,
            buf: Vec::with_capacity(4096),
            bytes_read: 0,
        }
    }
}

impl<R: BufRead> Iterator for Iso2709Reader<R> {
    type Item = Result<RawRecord, Rejection>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            self.buf.clear();
            match self.input.read_until(RECORD_END, &mut self.buf) {
                Ok(0) => return None,
                Ok(n) => self.bytes_read += n as u64,
                Err(e) => {
                    self.position += 1;
                    return Some(Err(Rejection {
                        position: self.position,
                        reason: format!("the file could not be read: {e}"),
                    }));
                }
            }
            // Line ends and padding between records are not records.
            if self
                .buf
                .iter()
                .all(|b| b.is_ascii_whitespace() || *b == 0 || *b == 0x1a)
            {
                continue;
            }
            self.position += 1;
            let start = self.buf.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(0);
            return Some(parse_iso2709(&self.buf[start..]).map_err(|reason| Rejection {
                position: self.position,
                reason,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds an ISO 2709 record from (tag, body) pairs.
    pub fn build(leader9: u8, fields: &[(&str, &[u8])]) -> Vec<u8> {
        let mut dir = Vec::new();
        let mut data = Vec::new();
        for (tag, body) in fields {
            let mut b = body.to_vec();
            b.push(FIELD_END);
            dir.extend_from_slice(format!("{tag}{:04}{:05}", b.len(), data.len()).as_bytes());
            data.extend_from_slice(&b);
        }
        dir.push(FIELD_END);
        let base = 24 + dir.len();
        let total = base + data.len() + 1;
        let mut out = format!("{total:05}nam  22{base:05}   4500").into_bytes();
        out[9] = leader9;
        out.extend_from_slice(&dir);
        out.extend_from_slice(&data);
        out.push(RECORD_END);
        out
    }

    #[test]
    fn reads_a_utf8_record() {
        let rec = build(
            b'a',
            &[
                ("001", b"123"),
                ("245", "10\x1faBront\u{eb} sisters /\x1fcby me.".as_bytes()),
            ],
        );
        let r = parse_iso2709(&rec).unwrap();
        assert_eq!(r.control("001"), Some("123"));
        assert_eq!(r.first("245", 'a'), Some("Brontë sisters /"));
        assert_eq!(r.first("245", 'c'), Some("by me."));
        assert_eq!(r.indicators("245"), Some(('1', '0')));
    }

    #[test]
    fn a_subfield_code_that_starts_a_character_is_mended_not_a_panic() {
        // "\x1f" then "ë": the code is the first byte of the "ë", the text starts inside it.
        let rec = build(b'a', &[("001", b"7"), ("245", "10\x1fa\u{eb}x\x1f\u{eb}y".as_bytes())]);
        let r = parse_iso2709(&rec).unwrap();
        let subfields: Vec<(char, &str)> = r.data("245").next().unwrap().iter().collect();
        assert_eq!(subfields, vec![('a', "\u{eb}x"), ('\u{c3}', "\u{fffd}y")]);
    }

    #[test]
    fn control_characters_are_not_kept() {
        // A NUL in a title could not be stored in PostgreSQL: the whole import stopped.
        let rec = build(
            b'a',
            &[
                ("001", b"1\x00"),
                ("245", b"10\x1faJane\x00 Eyre\tand\x1e more\x1fb\x07sequel"),
            ],
        );
        let r = parse_iso2709(&rec).unwrap();
        assert_eq!(r.control("001"), Some("1"));
        assert_eq!(r.first("245", 'a'), Some("Jane Eyre and more"));
        assert_eq!(r.first("245", 'b'), Some("sequel"));
        // Bad UTF-8 with them, and MARCXML (which its reader does not check for them).
        let rec = build(b'a', &[("001", b"2"), ("245", b"10\x1faJane\xff\x00Eyre")]);
        assert_eq!(parse_iso2709(&rec).unwrap().first("245", 'a'), Some("Jane\u{fffd}Eyre"));
        let doc = "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\">\
                   <subfield code=\"a\">Jane\u{0}\rEyre</subfield></datafield></record>";
        assert_eq!(xml::read(doc)[0].as_ref().unwrap().first("245", 'a'), Some("Jane Eyre"));
    }

    #[test]
    fn converts_marc8() {
        // ANSEL: combining diaeresis (0xE8) before the letter it goes on.
        let rec = build(b' ', &[("001", b"9"), ("245", b"10\x1faBront\xe8e")]);
        assert_eq!(parse_iso2709(&rec).unwrap().first("245", 'a'), Some("Brontë"));
    }

    #[test]
    fn broken_records_are_rejected_and_reading_goes_on() {
        let good = build(b'a', &[("001", b"1"), ("245", b"10\x1faGood")]);
        let mut bad = build(b'a', &[("001", b"2"), ("245", b"10\x1faBad")]);
        bad[30] = b'Z'; // a letter in the directory's length digits
        let mut truncated = build(b'a', &[("001", b"3")]);
        truncated.truncate(truncated.len() - 5);
        let mut file = Vec::new();
        file.extend_from_slice(&good);
        file.extend_from_slice(&bad);
        file.extend_from_slice(&good);
        file.extend_from_slice(&truncated);
        let results: Vec<_> = Iso2709Reader::new(&file[..]).collect();
        assert_eq!(results.len(), 4);
        assert!(results[0].is_ok() && results[2].is_ok());
        let e = results[1].as_ref().unwrap_err();
        assert_eq!(e.position, 2);
        assert!(e.reason.contains("directory entry"), "{}", e.reason);
        assert!(results[3].as_ref().unwrap_err().reason.contains("truncated"));
    }
}
