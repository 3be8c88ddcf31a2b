//! ISO 2709 (UTF-8 and MARC-8) read as `cml-hub import-marc` reads a file, each record then
//! extracted into a catalogue record.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    for (n, result) in cml_marc::Iso2709Reader::new(data).enumerate() {
        match result {
            Ok(raw) => common::import(&raw),
            Err(rejection) => {
                assert_eq!(rejection.position, n as u64 + 1, "a rejection at the wrong position");
                assert!(!rejection.reason.is_empty(), "a rejection without a reason");
            }
        }
    }
});
