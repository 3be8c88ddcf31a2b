//! MARC-8 to UTF-8: the subfields of one field go through one converter (its working sets carry
//! over unless reset, as the ISO 2709 reader does at each subfield).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut converter = cml_marc::marc8::Converter::new();
    for chunk in data.split(|&b| b == 0x1F) {
        let text = converter.convert(chunk);
        // One character at most per byte, and what normalisation adds: nothing absurd.
        assert!(
            text.chars().count() <= 3 * chunk.len(),
            "{} bytes of MARC-8 became {} characters",
            chunk.len(),
            text.chars().count()
        );
        if chunk.first().is_some_and(|b| b & 1 == 1) {
            converter.reset();
        }
    }
});
