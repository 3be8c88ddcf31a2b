//! The library card's Code 128 barcode as bar and space widths, so that no app carries an encoder:
//! the app draws `bars` (in modules, a bar first, then bars and spaces in turn) at full
//! brightness, with a quiet zone of [`QUIET_ZONE`] modules either side. Digit pairs use code set
//! C (half as wide as set B, so a phone's screen shows them larger); an odd last digit is in set B.

/// The blank modules a scanner needs either side of the bars.
pub const QUIET_ZONE: u8 = 10;

/// Every Code 128 symbol's six element widths (bar, space, bar, space, bar, space), by value;
/// 103 to 105 are the starts (A, B, C). Each adds up to 11 modules.
const PATTERNS: [&str; 106] = [
    "212222", "222122", "222221", "121223", "121322", "131222", "122213", "122312", "132212", "221213", "221312",
    "231212", "112232", "122132", "122231", "113222", "123122", "123221", "223211", "221132", "221231", "213212",
    "223112", "312131", "311222", "321122", "321221", "312212", "322112", "322211", "212123", "212321", "232121",
    "111323", "131123", "131321", "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331",
    "132131", "113123", "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123",
    "311321", "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211", "221114",
    "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212", "421112",
    "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311", "411113", "411311",
    "113141", "114131", "311141", "411131", "211412", "211214", "211232",
];
/// The stop symbol: seven elements, ending on a bar.
const STOP: &str = "2331112";
const START_B: usize = 104;
const START_C: usize = 105;
const CODE_B: usize = 100;

/// The symbol values for `text`: set C for pairs of digits, set B for anything else (printable
/// ASCII only). None for other characters.
fn values(text: &str) -> Option<Vec<usize>> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || !bytes.iter().all(|b| (32..127).contains(b)) {
        return None;
    }
    let digits = bytes.iter().all(u8::is_ascii_digit);
    let mut out = Vec::new();
    if digits && bytes.len() >= 2 {
        out.push(START_C);
        let pairs = bytes.len() / 2;
        for p in bytes.chunks(2).take(pairs) {
            out.push(usize::from(p[0] - b'0') * 10 + usize::from(p[1] - b'0'));
        }
        if bytes.len() % 2 == 1 {
            out.push(CODE_B);
            out.push(usize::from(bytes[bytes.len() - 1] - 32));
        }
    } else {
        out.push(START_B);
        out.extend(bytes.iter().map(|b| usize::from(b - 32)));
    }
    let check = out
        .iter()
        .enumerate()
        .map(|(i, v)| if i == 0 { *v } else { i * v })
        .sum::<usize>()
        % 103;
    out.push(check);
    Some(out)
}

/// The bar and space widths of `text` in Code 128, in modules, a bar first; empty when it cannot
/// be encoded (never for a card number: digits only).
pub fn code128(text: &str) -> Vec<u8> {
    let Some(values) = values(text) else {
        return Vec::new();
    };
    values
        .iter()
        .map(|v| PATTERNS[*v])
        .chain(std::iter::once(STOP))
        .flat_map(|p| p.bytes().map(|b| b - b'0'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_is_eleven_modules_and_the_stop_thirteen() {
        for p in PATTERNS {
            assert_eq!(p.bytes().map(|b| u32::from(b - b'0')).sum::<u32>(), 11, "{p}");
        }
        assert_eq!(STOP.bytes().map(|b| u32::from(b - b'0')).sum::<u32>(), 13);
    }

    #[test]
    fn a_card_number_is_digit_pairs_in_set_c_with_its_check_symbol() {
        // Start C, 21 00 00 00 01, the check (105 + 21 + 0 + 0 + 0 + 5*1) % 103 = 28, stop.
        assert_eq!(values("2100000001").unwrap(), vec![105, 21, 0, 0, 0, 1, 28]);
        let bars = code128("2100000001");
        assert_eq!(bars.len(), 7 * 6 + 7);
        assert_eq!(bars.iter().map(|b| u32::from(*b)).sum::<u32>(), 7 * 11 + 13);
        // An odd last digit goes in set B: 12 34 5 = Start C, 12, 34, Code B, "5", check.
        assert_eq!(
            values("12345").unwrap(),
            vec![105, 12, 34, 100, 21, (105 + 12 + 68 + 300 + 84) % 103]
        );
        assert_eq!(values("AB1").unwrap()[0], 104);
        assert!(code128("").is_empty() && code128("é").is_empty());
    }
}
