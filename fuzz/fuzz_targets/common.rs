//! What the hub's import does with each record it has read (the extraction its `prepare` runs),
//! minus the database, with the checks that a user would notice failing: a record that extracts
//! must also read back from its stored form (the record page and the device's feed read that form).

use std::sync::OnceLock;

use cml_api::CatalogueRecord;
use cml_marc::isbn_ranges::Ranges;
use cml_marc::RawRecord;

/// The ISBN agency's ranges, as the hub loads them, when the shared data is there.
fn ranges() -> Option<&'static Ranges> {
    static RANGES: OnceLock<Option<Ranges>> = OnceLock::new();
    RANGES
        .get_or_init(|| {
            let dir = std::env::var("CML_DEMO_DATA")
                .map(std::path::PathBuf::from)
                .unwrap_or_else(|_| std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data")));
            let text = std::fs::read_to_string(dir.join("isbn/isbn_ranges_from_RangeMessage_2026-01-04.dat")).ok()?;
            Some(Ranges::parse(&text))
        })
        .as_ref()
}

/// Whether any text in a record has an ASCII control character (which PostgreSQL, for NUL, or a
/// member's screen would meet).
fn has_control(value: &serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => s.chars().any(|c| c < ' '),
        serde_json::Value::Array(a) => a.iter().any(has_control),
        serde_json::Value::Object(o) => o.values().any(has_control),
        _ => false,
    }
}

pub fn import(raw: &RawRecord) {
    match cml_marc::extract::extract(raw, ranges()) {
        Ok(extracted) => {
            let record = &extracted;
            assert!(!record.control_number.is_empty(), "an empty control number");
            assert!(!record.title.is_empty(), "an empty title");
            let body = serde_json::to_string(record).expect("a record serialises");
            let value: serde_json::Value = serde_json::from_str(&body).expect("a stored record is JSON");
            assert!(!has_control(&value), "a control character in {body}");
            let back: CatalogueRecord = serde_json::from_str(&body).expect("a stored record reads back");
            assert_eq!(&back, record, "a stored record reads back changed");
        }
        Err(reason) => {
            assert!(!reason.is_empty(), "a rejection without a reason");
            // The importer reports the rejected record's control number.
            let _ = raw.control("001");
        }
    }
}
