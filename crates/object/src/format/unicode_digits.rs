//! The two Unicode character properties number parsing needs: a character's decimal digit value
//! (`Py_UNICODE_TODECIMAL`) and Python's notion of whitespace (`str.isspace`), plus CPython's
//! `_PyUnicode_TransformDecimalAndSpaceToASCII`, which `int(str)` and `float(str)` apply before
//! parsing. Tables are from Unicode 14.0 (the database CPython 3.11 ships).

use std::borrow::Cow;

/// The zero of every run of ten decimal digits (general category Nd). Each run is contiguous:
/// `zero + d` has decimal value `d`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Non-ASCII characters for which `str.isspace()` is true.
const NON_ASCII_SPACES: [u32; 19] = [
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/// The decimal value of `c` (`Py_UNICODE_TODECIMAL`), for any Unicode decimal digit.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - 0x30);
    }
    let c = c as u32;
    if c < 0x660 {
        return None;
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= c);
    // i >= 1 because DECIMAL_ZEROS[0] = 0x30 <= c.
    let d = c - DECIMAL_ZEROS[i - 1];
    (d < 10).then_some(d)
}

/// `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
pub fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | '\x1c'..='\x1f' | ' ' => true,
        c if (c as u32) < 0x85 => false,
        c => NON_ASCII_SPACES.binary_search(&(c as u32)).is_ok(),
    }
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII passes through, non-ASCII whitespace
/// becomes a space and Unicode decimal digits become ASCII digits. Any other non-ASCII character
/// makes the text unparseable as a number: `None`.
pub fn ascii_number_text(s: &str) -> Option<Cow<'_, str>> {
    if s.is_ascii() {
        return Some(Cow::Borrowed(s));
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c);
        } else if is_space(c) {
            out.push(' ');
        } else {
            let d = decimal_value(c)?;
            out.push(char::from(b'0' + d as u8));
        }
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\u{0665}'), Some(5));
        assert_eq!(decimal_value('\u{0669}'), Some(9));
        assert_eq!(decimal_value('\u{066a}'), None);
        assert_eq!(decimal_value('\u{ff19}'), Some(9));
        assert_eq!(decimal_value('\u{1d7ff}'), Some(9));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('\u{1fbf9}'), Some(9));
        assert_eq!(decimal_value('\u{1fbfa}'), None);
        assert_eq!(decimal_value('\u{00b2}'), None); // superscript two is a digit, not decimal
        assert_eq!(decimal_value('\u{2460}'), None);
    }

    #[test]
    fn spaces() {
        for c in [
            ' ', '\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1f', '\u{85}', '\u{a0}',
        ] {
            assert!(is_space(c), "{c:?}");
        }
        for c in ['\u{3000}', '\u{2028}', '\u{202f}', '\u{1680}'] {
            assert!(is_space(c), "{c:?}");
        }
        for c in [
            'a', '\0', '\x1b', '\u{200b}', '\u{feff}', '\u{180e}', '\u{84}',
        ] {
            assert!(!is_space(c), "{c:?}");
        }
    }

    #[test]
    fn transform() {
        assert_eq!(ascii_number_text("12").as_deref(), Some("12"));
        assert_eq!(
            ascii_number_text("\u{2003}\u{0661}\u{0662}\u{3000}").as_deref(),
            Some(" 12 ")
        );
        assert_eq!(ascii_number_text("1\u{00e9}").as_deref(), None);
    }
}
