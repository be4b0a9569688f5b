//! String literals: finding where one ends, and decoding its escapes.

use crate::fstring::parse_fstring;
use crate::token::{LexError, StringLit, Tok};

/// What the prefix letters of a string literal asked for.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

impl Prefix {
    fn parse(letters: &str) -> Prefix {
        let mut p = Prefix::default();
        for c in letters.chars() {
            match c {
                'r' | 'R' => p.raw = true,
                'b' | 'B' => p.bytes = true,
                'f' | 'F' => p.fstring = true,
                _ => {}
            }
        }
        p
    }
}

/// 1-based line number of byte `pos` of `full` (used only to word error messages).
pub(crate) fn line_of(full: &str, pos: usize) -> usize {
    let pos = pos.min(full.len());
    full.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line on which the tokenizer noticed the end of input: a trailing newline belongs to the
/// last line, as CPython counts it.
fn eof_line(full: &str, end: usize) -> usize {
    let mut end = end.min(full.len());
    if end > 0 && full.as_bytes()[end - 1] == b'\n' {
        end -= 1;
    }
    line_of(full, end)
}

/// Scans the string literal whose prefix starts at `start` and whose opening quote is at
/// `quote` (offsets into `text`, which begins at absolute offset `base` of `full`).
/// Returns the token and the literal's end offset in `text`.
pub(crate) fn scan_string(
    full: &str,
    text: &str,
    base: usize,
    start: usize,
    quote: usize,
) -> Result<(Tok, usize), LexError> {
    let s = text.as_bytes();
    let q = s[quote];
    let prefix = Prefix::parse(&text[start..quote]);
    let triple = s.get(quote + 1) == Some(&q) && s.get(quote + 2) == Some(&q);
    let body_start = if triple { quote + 3 } else { quote + 1 };
    let mut i = body_start;
    let body_end;
    loop {
        match s.get(i) {
            None => {
                let line = eof_line(full, base + s.len());
                let err = if triple {
                    LexError::new(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {line})"
                        ),
                        base + start,
                        base + start,
                    )
                    .incomplete()
                } else {
                    LexError::new(
                        format!("unterminated string literal (detected at line {line})"),
                        base + start,
                        base + start,
                    )
                };
                return Err(err);
            }
            Some(b'\\') => {
                i += 1;
                match s.get(i) {
                    Some(b'\r') if s.get(i + 1) == Some(&b'\n') => i += 2,
                    Some(_) => i += 1,
                    None => {}
                }
            }
            Some(&c) if c == q => {
                if !triple {
                    body_end = i;
                    i += 1;
                    break;
                }
                if s.get(i + 1) == Some(&q) && s.get(i + 2) == Some(&q) {
                    body_end = i;
                    i += 3;
                    break;
                }
                i += 1;
            }
            Some(b'\n' | b'\r') if !triple => {
                let line = line_of(full, base + i);
                return Err(LexError::new(
                    format!("unterminated string literal (detected at line {line})"),
                    base + start,
                    base + start,
                ));
            }
            Some(_) => i += 1,
        }
    }
    let end = i;
    let body = &text[body_start..body_end];
    let abs_start = base + start;
    let lit = if prefix.bytes {
        if !body.is_ascii() {
            return Err(LexError::new(
                "bytes can only contain ASCII literal characters",
                abs_start,
                base + end,
            ));
        }
        if prefix.raw {
            StringLit::Bytes(normalize_newlines(body).into_bytes())
        } else {
            StringLit::Bytes(decode_bytes(body, base + end)?)
        }
    } else if prefix.fstring {
        StringLit::FString(parse_fstring(
            full,
            base + body_start,
            base + body_end,
            prefix.raw,
        )?)
    } else if prefix.raw {
        StringLit::Str(normalize_newlines(body))
    } else {
        StringLit::Str(decode_str(body, base + end)?)
    };
    Ok((Tok::String(Box::new(lit)), end))
}

/// Source newlines inside a literal read as `\n`, as with Python's universal newlines.
pub(crate) fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

fn unicode_error(at: usize, msg: String) -> LexError {
    LexError::new(format!("(unicode error) {msg}"), at, at + 1)
}

fn hex_value(digits: &str) -> Option<u32> {
    if digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        u32::from_str_radix(digits, 16).ok()
    } else {
        None
    }
}

/// Decodes the escapes of a (non-raw) `str` literal body. `err_at` is where errors point.
pub(crate) fn decode_str(body: &str, err_at: usize) -> Result<String, LexError> {
    if !body.contains(['\\', '\r']) {
        return Ok(body.to_string());
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            // Copy the whole run up to the next special byte.
            let run_end = body[i..]
                .find(['\\', '\r'])
                .map(|k| i + k)
                .unwrap_or(b.len());
            out.push_str(&body[i..run_end]);
            i = run_end;
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push('\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let digits = body.get(i..i + n).and_then(hex_value);
                let Some(v) = digits else {
                    let mut end = i;
                    while end < b.len() && end < i + n && b[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    return Err(unicode_error(
                        err_at,
                        format!(
                            "'unicodeescape' codec can't decode bytes in position {}-{}: truncated {what} escape",
                            esc_start,
                            end.saturating_sub(1).max(esc_start + 1)
                        ),
                    ));
                };
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot live in a Rust string.
                    None if v <= 0x10ffff => out.push('\u{fffd}'),
                    None => {
                        return Err(unicode_error(
                            err_at,
                            format!(
                                "'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                                esc_start,
                                i - 1
                            ),
                        ))
                    }
                }
            }
            b'N' => {
                let named = if b.get(i) == Some(&b'{') {
                    body[i + 1..]
                        .find('}')
                        .map(|k| (&body[i + 1..i + 1 + k], i + 2 + k))
                } else {
                    None
                };
                let Some((name, after)) = named else {
                    return Err(unicode_error(
                        err_at,
                        format!(
                            "'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                            esc_start,
                            i - 1
                        ),
                    ));
                };
                match lookup_name(name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(unicode_error(
                            err_at,
                            format!(
                                "'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                                esc_start,
                                after - 1
                            ),
                        ))
                    }
                }
                i = after;
            }
            _ => {
                // Unknown escape: the backslash stays. Re-read the next character whole.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `\N{...}` lookup: Unicode character names (case-insensitive, as CPython) and aliases.
pub(crate) fn lookup_name(name: &str) -> Option<char> {
    if let Some(c) = unicode_names2::character(name) {
        return Some(c);
    }
    let upper = name.to_ascii_uppercase();
    if let Some(c) = unicode_names2::character(&upper) {
        return Some(c);
    }
    // A few name aliases CPython accepts that the name table may lack.
    Some(match upper.as_str() {
        "NULL" | "NUL" => '\0',
        "BEL" | "BELL" | "ALERT" => '\x07',
        "BACKSPACE" | "BS" => '\x08',
        "TAB" | "HT" | "CHARACTER TABULATION" | "HORIZONTAL TABULATION" => '\t',
        "LF" | "LINE FEED" | "NEW LINE" | "NL" | "EOL" => '\n',
        "VT" | "VERTICAL TABULATION" | "LINE TABULATION" => '\x0b',
        "FF" | "FORM FEED" => '\x0c',
        "CR" | "CARRIAGE RETURN" => '\r',
        "ESC" | "ESCAPE" => '\x1b',
        "SP" => ' ',
        "DEL" | "DELETE" => '\x7f',
        "NBSP" => '\u{a0}',
        "SHY" => '\u{ad}',
        "ZWSP" => '\u{200b}',
        "ZWNJ" => '\u{200c}',
        "ZWJ" => '\u{200d}',
        "BOM" | "BYTE ORDER MARK" | "ZWNBSP" => '\u{feff}',
        _ => return None,
    })
}

/// Decodes the escapes of a (non-raw) bytes literal body, already known to be ASCII.
pub(crate) fn decode_bytes(body: &str, err_at: usize) -> Result<Vec<u8>, LexError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let esc_start = i;
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(0x07),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(0x0b),
            b'0'..=b'7' => {
                let mut v = u32::from(e - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => match body.get(i..i + 2).and_then(hex_value) {
                Some(v) => {
                    out.push(v as u8);
                    i += 2;
                }
                None => {
                    return Err(LexError::new(
                        format!("(value error) invalid \\x escape at position {esc_start}"),
                        err_at,
                        err_at + 1,
                    ))
                }
            },
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(src: &str) -> StringLit {
        let quote = src.find(['\'', '"']).unwrap();
        let (tok, end) = scan_string(src, src, 0, 0, quote).unwrap();
        assert_eq!(end, src.len(), "{src}");
        match tok {
            Tok::String(s) => *s,
            other => panic!("{other:?}"),
        }
    }

    fn s(src: &str) -> String {
        match lit(src) {
            StringLit::Str(s) => s,
            other => panic!("{other:?}"),
        }
    }

    fn err(src: &str) -> String {
        let quote = src.find(['\'', '"']).unwrap();
        scan_string(src, src, 0, 0, quote).unwrap_err().msg
    }

    #[test]
    fn escapes() {
        assert_eq!(s(r#"'a\nb\tc\\d\'e\"'"#), "a\nb\tc\\d'e\"");
        assert_eq!(s(r"'\a\b\f\v\0'"), "\x07\x08\x0c\x0b\0");
        assert_eq!(s(r"'\101\x41\u0041\U00000041'"), "AAAA");
        assert_eq!(s(r"'\N{LATIN SMALL LETTER E WITH ACUTE}'"), "é");
        assert_eq!(s(r"'\N{bullet}'"), "•");
        assert_eq!(s(r"'\q\d'"), "\\q\\d");
        assert_eq!(s("'a\\\nb'"), "ab");
        assert_eq!(s(r"'\é'"), "\\é");
        assert_eq!(s("'''a\r\nb'''"), "a\nb");
        assert_eq!(s("\"it's\""), "it's");
    }

    #[test]
    fn prefixes() {
        assert_eq!(s(r"r'\n'"), "\\n");
        assert_eq!(s(r"R'\''"), "\\'");
        assert_eq!(s("u'x'"), "x");
        assert_eq!(lit(r"b'\x00a\n'"), StringLit::Bytes(vec![0, b'a', b'\n']));
        assert_eq!(lit(r"rb'\x'"), StringLit::Bytes(b"\\x".to_vec()));
        assert_eq!(lit(r"Br'\x'"), StringLit::Bytes(b"\\x".to_vec()));
        assert_eq!(lit(r"b'\u1234'"), StringLit::Bytes(b"\\u1234".to_vec()));
        assert_eq!(s(r#"'''a'b"c''d'''"#), "a'b\"c''d");
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("x = 'abc"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("x = 'abc\ny'"),
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!(
            err("'''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(
            err("b'é'"),
            "bytes can only contain ASCII literal characters"
        );
        assert!(err(r"'\x4'").contains("truncated \\xXX escape"));
        assert!(err(r"'\N{no such name}'").contains("unknown Unicode character name"));
    }
}
