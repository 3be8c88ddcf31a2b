//! MARCXML. The file is cut into `<record>` elements first, and each is parsed on its own, so a
//! record that is not well-formed is rejected with its reason and the others still import.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::{RawRecord, Rejection, Tag};

fn local(name: &[u8]) -> &[u8] {
    match name.iter().position(|&b| b == b':') {
        Some(i) => &name[i + 1..],
        None => name,
    }
}

/// Finds each `<record …>…</record>` (with or without a namespace prefix).
fn record_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(start) = find_tag(text, from, false) {
        match find_tag(text, start + 1, true) {
            Some(end_tag) => {
                let end = text[end_tag..].find('>').map(|i| end_tag + i + 1).unwrap_or(text.len());
                spans.push((start, end));
                from = end;
            }
            None => {
                spans.push((start, text.len()));
                break;
            }
        }
    }
    spans
}

/// The next `<record` (or `</record` when `closing`), prefix allowed, not `<recordset`.
fn find_tag(text: &str, from: usize, closing: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(off) = text[i..].find('<') {
        let at = i + off;
        let mut p = at + 1;
        if closing {
            if bytes.get(p) != Some(&b'/') {
                i = at + 1;
                continue;
            }
            p += 1;
        }
        // A name ends at XML white space, '>' or '/', and cannot hold a '<': stopping there too
        // keeps a document of many tags with no space after their names linear.
        let name_end = bytes[p..]
            .iter()
            .position(|&b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/' | b'<'))
            .map(|n| p + n)
            .unwrap_or(text.len());
        if local(&bytes[p..name_end]) == b"record" {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn attr(e: &quick_xml::events::BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| local(a.key.as_ref()) == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

fn tag(e: &quick_xml::events::BytesStart<'_>) -> Result<Tag, String> {
    let name = String::from_utf8_lossy(local(e.name().as_ref())).into_owned();
    let text = attr(e, b"tag").ok_or_else(|| format!("a {name} has no tag"))?;
    Tag::parse(&text).ok_or_else(|| format!("a {name} has a bad tag {text:?}"))
}

fn parse_record(xml: &str) -> Result<RawRecord, String> {
    let mut reader = Reader::from_str(xml);
    let mut leader = None;
    let mut rec = RawRecord::default();
    let mut text = String::new();
    // What the current text belongs to.
    enum Open {
        None,
        Leader,
        Control(Tag),
        Data,
    }
    let mut open = Open::None;
    let mut sub: Option<char> = None;
    loop {
        match reader.read_event() {
            Err(e) => return Err(format!("not well-formed XML at byte {}: {e}", reader.buffer_position())),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                text.clear();
                match local(e.name().as_ref()) {
                    b"leader" => open = Open::Leader,
                    b"controlfield" => open = Open::Control(tag(&e)?),
                    b"datafield" => {
                        let ind = |n: &[u8]| attr(&e, n).and_then(|v| v.chars().next()).unwrap_or(' ');
                        rec.push_data(tag(&e)?, ind(b"ind1"), ind(b"ind2"));
                        open = Open::Data;
                    }
                    b"subfield" => sub = Some(attr(&e, b"code").and_then(|c| c.chars().next()).unwrap_or('?')),
                    _ => {}
                }
            }
            Ok(Event::Text(t)) => {
                let value = t.unescape().map_err(|e| format!("bad text: {e}"))?;
                text.push_str(&value);
            }
            Ok(Event::CData(t)) => text.push_str(&String::from_utf8_lossy(&t)),
            Ok(Event::End(e)) => match local(e.name().as_ref()) {
                b"leader" => {
                    leader = Some(text.clone());
                    open = Open::None;
                }
                b"controlfield" => {
                    if let Open::Control(tag) = std::mem::replace(&mut open, Open::None) {
                        rec.push_control(tag, &text);
                    }
                }
                b"subfield" => {
                    if let (Open::Data, Some(code)) = (&open, sub.take()) {
                        rec.push_subfield(code, &text);
                    }
                    text.clear();
                }
                b"datafield" => open = Open::None,
                _ => {}
            },
            Ok(_) => {}
        }
    }
    let leader = leader.ok_or("the record has no leader")?;
    if leader.chars().count() != 24 {
        return Err(format!(
            "the leader is {} characters long, not 24",
            leader.chars().count()
        ));
    }
    // As in ISO 2709, a leader is ASCII: its positions are bytes.
    rec.leader = leader
        .chars()
        .map(|c| if c.is_ascii() && !c.is_ascii_control() { c } else { ' ' })
        .collect();
    Ok(rec)
}

/// Every record of a MARCXML document, in order.
pub fn read(text: &str) -> Vec<Result<RawRecord, Rejection>> {
    record_spans(text)
        .into_iter()
        .enumerate()
        .map(|(i, (s, e))| {
            parse_record(&text[s..e]).map_err(|reason| Rejection {
                position: i as u64 + 1,
                reason,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_rejects_a_broken_one() {
        let doc = r#"<?xml version="1.0"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
 <record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">1</controlfield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Jane Eyre &amp; more</subfield></datafield></record>
 <record><leader>00000nam a2200000 a 4500</leader><datafield tag="245"><subfield code="a">Broken</datafield></record>
 <marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>00000nam a2200000 a 4500</marc:leader>
  <marc:controlfield tag="001">3</marc:controlfield></marc:record>
</collection>"#;
        let records = read(doc);
        assert_eq!(records.len(), 3);
        assert_eq!(records[0].as_ref().unwrap().first("245", 'a'), Some("Jane Eyre & more"));
        assert_eq!(records[1].as_ref().unwrap_err().position, 2);
        assert_eq!(records[2].as_ref().unwrap().control("001"), Some("3"));
    }

    #[test]
    fn a_document_of_many_tags_without_a_space_is_read_in_linear_time() {
        // Each "<" was followed by a look for the end of its name that ran to the end of the
        // document: 100,000 "<a" (200 KB) took 8 minutes in a debug build, these 20,000 about 20 s.
        let doc = "<a".repeat(20_000) + "<record><leader>00000nam a2200000 a 4500</leader></record>";
        let started = std::time::Instant::now();
        let records = read(&doc);
        let took = started.elapsed();
        assert!(took < std::time::Duration::from_secs(2), "took {took:?}");
        assert_eq!(records.len(), 1);
        assert!(records[0].is_ok());
    }
}
