//! Numeric literals: integers in every base, floats and imaginary numbers.

use crate::token::{LexError, Tok};
use num_bigint::BigInt;

/// Keywords that may directly follow a number (`1if x else y`, `[0x1for x in y]`), which CPython
/// still accepts.
const KEYWORDS_AFTER_NUMBER: &[&str] = &["and", "else", "for", "if", "in", "is", "not", "or"];

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Scans the number starting at `start` (a digit, or `.` followed by a digit).
/// Returns the token and the end offset.
pub(crate) fn scan_number(src: &str, start: usize) -> Result<(Tok, usize), LexError> {
    let s = src.as_bytes();
    if s[start] == b'0' {
        if let Some(&p) = s.get(start + 1) {
            let radix = match p {
                b'x' | b'X' => Some((16, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, name)) = radix {
                return scan_radix(s, start, radix, name);
            }
        }
    }
    scan_decimal(s, start)
}

fn scan_radix(s: &[u8], start: usize, radix: u32, name: &str) -> Result<(Tok, usize), LexError> {
    let invalid = |at: usize| LexError::new(format!("invalid {name} literal"), at, at + 1);
    let is_digit = |c: u8| (c as char).is_digit(radix);
    let mut i = start + 2;
    let mut digits: Vec<u8> = Vec::new();
    loop {
        match s.get(i) {
            Some(b'_') => {
                i += 1;
                match s.get(i) {
                    Some(&c) if is_digit(c) => {}
                    _ => return Err(invalid(i - 1)),
                }
            }
            Some(&c) if is_digit(c) => {
                digits.push(c);
                i += 1;
            }
            _ => break,
        }
    }
    if let Some(&c) = s.get(i) {
        if c.is_ascii_digit() {
            return Err(LexError::new(
                format!("invalid digit '{}' in {name} literal", c as char),
                i,
                i + 1,
            ));
        }
    }
    if digits.is_empty() {
        return Err(invalid(i - 1));
    }
    check_end(s, i, || invalid(start + 1))?;
    let value = BigInt::parse_bytes(&digits, radix).ok_or_else(|| invalid(start))?;
    Ok((Tok::Int(value), i))
}

/// Scans `[0-9](_?[0-9])*` from `*i`; returns how many digits were read.
fn scan_digits(s: &[u8], i: &mut usize, out: &mut Vec<u8>) -> Result<usize, LexError> {
    let mut n = 0;
    loop {
        match s.get(*i) {
            Some(b'_') if n > 0 => {
                *i += 1;
                match s.get(*i) {
                    Some(c) if c.is_ascii_digit() => {}
                    _ => return Err(LexError::new("invalid decimal literal", *i - 1, *i)),
                }
            }
            Some(&c) if c.is_ascii_digit() => {
                out.push(c);
                n += 1;
                *i += 1;
            }
            _ => return Ok(n),
        }
    }
}

fn followed_by_keyword(s: &[u8], i: usize) -> bool {
    KEYWORDS_AFTER_NUMBER
        .iter()
        .any(|kw| s[i..].starts_with(kw.as_bytes()))
}

/// After a number: an identifier character right after it is an error, except for the few
/// keywords CPython still tolerates there.
fn check_end(s: &[u8], i: usize, err: impl FnOnce() -> LexError) -> Result<(), LexError> {
    match s.get(i) {
        Some(&c) if is_ident_char(c) && !followed_by_keyword(s, i) => Err(err()),
        _ => Ok(()),
    }
}

fn scan_decimal(s: &[u8], start: usize) -> Result<(Tok, usize), LexError> {
    let mut i = start;
    let mut text: Vec<u8> = Vec::new();
    let int_digits = scan_digits(s, &mut i, &mut text)?;
    let mut is_float = false;
    if s.get(i) == Some(&b'.') {
        is_float = true;
        text.push(b'.');
        i += 1;
        scan_digits(s, &mut i, &mut text)?;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            text.push(b'e');
            if s[i + 1] == b'-' {
                text.push(b'-');
            }
            i = j;
            scan_digits(s, &mut i, &mut text)?;
        } else if !followed_by_keyword(s, i) {
            return Err(LexError::new("invalid decimal literal", start, i + 1));
        }
    }
    if matches!(s.get(i), Some(b'j' | b'J')) {
        i += 1;
        check_end(s, i, || {
            LexError::new("invalid imaginary literal", i - 1, i)
        })?;
        let value = parse_float(&text);
        return Ok((Tok::Imaginary(value), i));
    }
    let at = if is_float { i - 1 } else { start };
    check_end(s, i, || LexError::new("invalid decimal literal", at, i))?;
    if is_float {
        return Ok((Tok::Float(parse_float(&text)), i));
    }
    debug_assert!(int_digits > 0);
    if text.len() > 1 && text[0] == b'0' && text.iter().any(|&c| c != b'0') {
        return Err(LexError::new(
            "leading zeros in decimal integer literals are not permitted; \
             use an 0o prefix for octal integers",
            start,
            start + 1,
        ));
    }
    let value = if text.len() <= 19 {
        let mut v: u64 = 0;
        for &c in &text {
            v = v * 10 + u64::from(c - b'0');
        }
        BigInt::from(v)
    } else {
        BigInt::parse_bytes(&text, 10).unwrap_or_default()
    };
    Ok((Tok::Int(value), i))
}

fn parse_float(text: &[u8]) -> f64 {
    // `text` holds only digits, '.', 'e' and '-', so it is valid UTF-8 and a valid Rust float
    // (Rust accepts "1." and ".5"); an empty mantissa cannot occur.
    std::str::from_utf8(text)
        .ok()
        .and_then(|t| t.parse::<f64>().ok())
        .unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Tok {
        let (t, end) = scan_number(s, 0).unwrap();
        assert_eq!(end, s.len(), "{s}");
        t
    }

    fn err(s: &str) -> String {
        scan_number(s, 0).unwrap_err().msg
    }

    #[test]
    fn integers() {
        assert_eq!(num("0"), Tok::Int(0.into()));
        assert_eq!(num("00"), Tok::Int(0.into()));
        assert_eq!(num("0_0"), Tok::Int(0.into()));
        assert_eq!(num("1_000"), Tok::Int(1000.into()));
        assert_eq!(num("0x_ff"), Tok::Int(255.into()));
        assert_eq!(num("0XfF"), Tok::Int(255.into()));
        assert_eq!(num("0o17"), Tok::Int(15.into()));
        assert_eq!(num("0b1_01"), Tok::Int(5.into()));
        let big = "123456789012345678901234567890";
        assert_eq!(
            num(big),
            Tok::Int(BigInt::parse_bytes(big.as_bytes(), 10).unwrap())
        );
        assert_eq!(num("18446744073709551615"), Tok::Int(u64::MAX.into()));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(num("1."), Tok::Float(1.0));
        assert_eq!(num(".5"), Tok::Float(0.5));
        assert_eq!(num("1e10"), Tok::Float(1e10));
        assert_eq!(num("1E-3"), Tok::Float(1e-3));
        assert_eq!(num("1_000.5"), Tok::Float(1000.5));
        assert_eq!(num("09.5"), Tok::Float(9.5));
        assert_eq!(num("3j"), Tok::Imaginary(3.0));
        assert_eq!(num("1.5J"), Tok::Imaginary(1.5));
        assert_eq!(num("1e400"), Tok::Float(f64::INFINITY));
    }

    #[test]
    fn keyword_after_number() {
        let (t, end) = scan_number("1if x", 0).unwrap();
        assert_eq!((t, end), (Tok::Int(1.into()), 1));
        let (_, end) = scan_number("1else", 0).unwrap();
        assert_eq!(end, 1);
    }

    #[test]
    fn invalid_literals() {
        assert!(err("0777").starts_with("leading zeros in decimal integer literals"));
        assert_eq!(err("1__0"), "invalid decimal literal");
        assert_eq!(err("1_"), "invalid decimal literal");
        assert_eq!(err("1abc"), "invalid decimal literal");
        assert_eq!(err("1e"), "invalid decimal literal");
        assert_eq!(err("1e+"), "invalid decimal literal");
        assert_eq!(err("0x"), "invalid hexadecimal literal");
        assert_eq!(err("0x1_"), "invalid hexadecimal literal");
        assert_eq!(err("0xg"), "invalid hexadecimal literal");
        assert_eq!(err("0b"), "invalid binary literal");
        assert_eq!(err("0b2"), "invalid digit '2' in binary literal");
        assert_eq!(err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(err("5j2"), "invalid imaginary literal");
        assert_eq!(err("1.0__0"), "invalid decimal literal");
    }
}
