//! `float(str)` and `int(str, base)` parsing with CPython's rules: surrounding whitespace,
//! PEP 515 underscores between digits, Unicode decimal digits (for `str` input), `inf`/`nan`
//! spellings, base prefixes. Failures are `None`; the VM raises the `ValueError` with the
//! message it builds from the original text ("could not convert string to float: 'x'",
//! "invalid literal for int() with base 10: 'x'").

use num_bigint::BigInt;
use num_traits::Zero;

use super::unicode_digits::ascii_number_text;

/// `Py_ISSPACE`: the C-locale whitespace bytes.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

fn trim_ascii_space(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if !is_ascii_space(*first) {
            break;
        }
        s = rest;
    }
    while let [rest @ .., last] = s {
        if !is_ascii_space(*last) {
            break;
        }
        s = rest;
    }
    s
}

/// `float(s)` for a `str`: Unicode whitespace and decimal digits are accepted.
pub fn parse_float(s: &str) -> Option<f64> {
    parse_float_bytes(ascii_number_text(s)?.as_bytes())
}

/// `float(b)` for `bytes`/`bytearray` (ASCII rules only).
pub fn parse_float_bytes(s: &[u8]) -> Option<f64> {
    // Underscores: only between two digits (checked on the whole text, as CPython does).
    let owned;
    let s = if s.contains(&b'_') {
        let mut prev = 0u8;
        let mut out = Vec::with_capacity(s.len());
        for &b in s {
            if b == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !b.is_ascii_digit() {
                    return None;
                }
                out.push(b);
            }
            prev = b;
        }
        if prev == b'_' {
            return None;
        }
        owned = out;
        &owned[..]
    } else {
        s
    };
    let s = trim_ascii_space(s);
    if s.is_empty() {
        return None;
    }
    let (negative, body) = match s[0] {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    if !is_decimal_literal(body) {
        return None;
    }
    // Validated: ASCII digits, '.', 'e'/'E' and signs only.
    let text = std::str::from_utf8(s).ok()?;
    text.parse::<f64>().ok()
}

/// `digits [. digits] | . digits`, then an optional exponent `e [sign] digits`.
fn is_decimal_literal(s: &[u8]) -> bool {
    let mut i = 0;
    let int_start = i;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
    }
    let mut ndigits = i - int_start;
    if i < s.len() && s[i] == b'.' {
        i += 1;
        let frac_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        ndigits += i - frac_start;
    }
    if ndigits == 0 {
        return false;
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        i += 1;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            i += 1;
        }
        let exp_start = i;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
        }
        if i == exp_start {
            return false;
        }
    }
    i == s.len()
}

/// Why `int(text, base)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal: "invalid literal for int() with base N: '...'".
    Invalid,
    /// More decimal digits than the interpreter's `int_max_str_digits` limit:
    /// "Exceeds the limit (LIMIT digits) for integer string conversion: value has DIGITS
    /// digits; use sys.set_int_max_str_digits() to increase the limit".
    TooManyDigits { digits: usize },
}

/// `int(s, base)` for a `str` (base 0 or 2..=36, else `None`): whitespace, sign, `_`
/// separators, Unicode decimal digits, and `0x`/`0o`/`0b` prefixes (required to match the base,
/// detected when base is 0, where other leading zeros are only allowed for zero itself).
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    parse_int_with_limit(s, base, 0).ok()
}

/// `int(b, base)` for `bytes`/`bytearray` (ASCII rules only).
pub fn parse_int_bytes(s: &[u8], base: u32) -> Option<BigInt> {
    parse_int_bytes_with_limit(s, base, 0).ok()
}

/// [`parse_int`] enforcing CPython's `sys.get_int_max_str_digits()` limit (`max_str_digits`, 0
/// = unlimited) for bases that are not powers of two.
pub fn parse_int_with_limit(
    s: &str,
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    let text = ascii_number_text(s).ok_or(IntParseError::Invalid)?;
    parse_int_bytes_with_limit(text.as_bytes(), base, max_str_digits)
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

/// [`parse_int_bytes`] with the digit limit of [`parse_int_with_limit`].
pub fn parse_int_bytes_with_limit(
    s: &[u8],
    base: u32,
    max_str_digits: usize,
) -> Result<BigInt, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(i) {
        b'+' => i += 1,
        b'-' => {
            negative = true;
            i += 1;
        }
        _ => {}
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // Old C-style octal: only allowed for zero.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(Invalid);
    }
    let start = i;
    let mut prev = 0u8;
    let mut ndigits = 0usize;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(Invalid);
            }
        } else {
            ndigits += 1;
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && ndigits > max_str_digits {
        return Err(IntParseError::TooManyDigits { digits: ndigits });
    }
    if i == start {
        return Err(Invalid);
    }
    let digits = &s[start..i];
    while i < s.len() && is_ascii_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(Invalid);
    }
    let magnitude = digits_to_bigint(digits, base, ndigits).ok_or(Invalid)?;
    if error_if_nonzero && !magnitude.is_zero() {
        return Err(Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// Converts validated digits (with possible single underscores) in `base`.
fn digits_to_bigint(digits: &[u8], base: u32, ndigits: usize) -> Option<BigInt> {
    if ndigits <= 12 {
        let mut v: u64 = 0;
        for &b in digits {
            if b != b'_' {
                v = v * u64::from(base) + u64::from(digit_value(b));
            }
        }
        return Some(BigInt::from(v));
    }
    let clean: Vec<u8> = digits.iter().copied().filter(|&b| b != b'_').collect();
    BigInt::parse_bytes(&clean, base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_cpython() {
        // (text, float(text)) from CPython 3.11; None = ValueError.
        let cases: &[(&str, Option<f64>)] = &[
            ("1.5", Some(1.5)),
            ("  -2.5e3\n", Some(-2500.0)),
            ("1_000.000_1", Some(1000.0001)),
            ("1e1_0", Some(1e10)),
            ("1_e5", None),
            ("_1", None),
            ("1_", None),
            ("1__0", None),
            ("1._5", None),
            ("1_.5", None),
            (" 1_0 ", Some(10.0)),
            ("+.5", Some(0.5)),
            ("5.", Some(5.0)),
            (".", None),
            ("", None),
            ("   ", None),
            ("e5", None),
            ("1e", None),
            ("1e+", None),
            ("1E-2", Some(0.01)),
            ("inf", Some(f64::INFINITY)),
            ("-Infinity", Some(f64::NEG_INFINITY)),
            ("+iNF", Some(f64::INFINITY)),
            ("infinit", None),
            ("infinityy", None),
            ("in_f", None),
            ("nan(1)", None),
            ("- 1", None),
            ("1 2", None),
            ("0x10", None),
            ("1e999", Some(f64::INFINITY)),
            ("-1e-999", Some(-0.0)),
            ("00012.5", Some(12.5)),
            ("\u{0661}.\u{0662}", Some(1.2)),
            ("\u{2003}7\u{3000}", Some(7.0)),
            ("\x1c7", None),
            ("7\0", None),
            ("1.7976931348623159e308", Some(f64::INFINITY)),
            ("2.2250738585072011e-308", Some(2.225073858507201e-308)),
            ("0.1", Some(0.1)),
            (
                "123456789012345678901234567890",
                Some(1.2345678901234568e29),
            ),
        ];
        for &(text, want) in cases {
            let got = parse_float(text);
            match (got, want) {
                (Some(g), Some(w)) => {
                    assert_eq!(g.to_bits(), w.to_bits(), "{text:?}: {g} != {w}")
                }
                _ => assert_eq!(got, want, "{text:?}"),
            }
        }
    }

    #[test]
    fn float_nan() {
        assert!(parse_float("nan").unwrap().is_nan());
        assert!(parse_float(" NaN ").unwrap().is_sign_positive());
        let neg = parse_float("-nan").unwrap();
        assert!(neg.is_nan() && neg.is_sign_negative());
        assert!(parse_float("+nan").unwrap().is_nan());
    }

    #[test]
    fn float_bytes() {
        assert_eq!(parse_float_bytes(b" 1.25 "), Some(1.25));
        assert_eq!(parse_float_bytes(b"\xa01"), None);
        assert_eq!(parse_float_bytes(b"1\xff"), None);
    }

    fn int(s: &str, base: u32) -> Option<String> {
        parse_int(s, base).map(|v| v.to_string())
    }

    #[test]
    fn ints_cpython() {
        // (text, base, int(text, base)) from CPython 3.11; None = ValueError.
        let cases: &[(&str, u32, Option<&str>)] = &[
            ("12", 10, Some("12")),
            ("  -12  ", 10, Some("-12")),
            ("+0", 10, Some("0")),
            ("1_000", 10, Some("1000")),
            ("1__000", 10, None),
            ("_1", 10, None),
            ("1_", 10, None),
            ("- 1", 10, None),
            ("", 10, None),
            (" ", 10, None),
            ("0x1f", 16, Some("31")),
            ("0X1F", 0, Some("31")),
            ("0x_1f", 16, Some("31")),
            ("0x__1f", 16, None),
            ("0x", 16, None),
            ("0x_", 16, None),
            ("1f", 16, Some("31")),
            ("0b101", 0, Some("5")),
            ("0b101", 2, Some("5")),
            ("0b1", 16, Some("177")),
            ("0o17", 0, Some("15")),
            ("0o17", 8, Some("15")),
            ("0o17", 10, None),
            ("017", 0, None),
            ("000", 0, Some("0")),
            ("0_0", 0, Some("0")),
            ("00_7", 0, None),
            ("-0", 0, Some("0")),
            ("010", 10, Some("10")),
            ("z", 36, Some("35")),
            ("Zz", 36, Some("1295")),
            ("9", 8, None),
            ("12", 3, Some("5")),
            ("1.5", 10, None),
            ("1e5", 10, None),
            ("\u{0661}\u{0662}", 10, Some("12")),
            ("\u{2003}12\u{3000}", 10, Some("12")),
            ("\u{a0}1", 10, Some("1")),
            ("1\u{85}", 10, Some("1")),
            ("\x1c1", 10, None),
            ("1\0", 10, None),
            ("\u{00b2}", 10, None),
            (
                "123456789012345678901234567890",
                10,
                Some("123456789012345678901234567890"),
            ),
            (
                "-0x_dead_beef_dead_beef_dead_beef",
                0,
                Some("-68915718021581205938132336367"),
            ),
            ("12", 1, None),
            ("12", 37, None),
        ];
        for &(text, base, want) in cases {
            assert_eq!(int(text, base).as_deref(), want, "{text:?} base {base}");
        }
    }

    #[test]
    fn int_digit_limit() {
        let big = "1".repeat(5000);
        assert_eq!(
            parse_int_with_limit(&big, 10, 4300),
            Err(IntParseError::TooManyDigits { digits: 5000 })
        );
        assert!(parse_int_with_limit(&big, 10, 0).is_ok());
        // Power-of-two bases are not limited.
        assert!(parse_int_with_limit(&big, 16, 4300).is_ok());
        assert_eq!(
            parse_int_with_limit("1_0", 10, 1),
            Err(IntParseError::TooManyDigits { digits: 2 })
        );
    }

    #[test]
    fn int_bytes() {
        assert_eq!(parse_int_bytes(b" 42 ", 10), Some(BigInt::from(42)));
        assert_eq!(parse_int_bytes(b"\xa042", 10), None);
    }
}
