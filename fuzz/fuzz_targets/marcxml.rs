//! MARCXML read as `cml-hub import-marc` reads a file (as text, bad UTF-8 mended), each record
//! then extracted into a catalogue record.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for (n, result) in cml_marc::xml::read(&text).into_iter().enumerate() {
        match result {
            Ok(raw) => common::import(&raw),
            Err(rejection) => {
                assert_eq!(rejection.position, n as u64 + 1, "a rejection at the wrong position");
                assert!(!rejection.reason.is_empty(), "a rejection without a reason");
            }
        }
    }
});
