//! `format(str, spec)` (`str.__format__`): alignment, fill, width and precision truncation,
//! counted in code points.

use super::number_layout::pad;
use super::spec::{Align, FormatError, FormatSpec, Sign};

/// `str.__format__(s, spec)`. Errors name the type `str`; see
/// [`FormatError::with_type_name`] for subclasses.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    spec.check_grouping(Some('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(FormatError::unknown_code(other, "str")),
    }
    match spec.sign {
        Sign::Unspecified => {}
        Sign::Space => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Sign::Plus | Sign::Minus => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_for(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let mut len = s.chars().count();
    if spec.width.is_none_or(|w| w <= len) && spec.precision.is_none_or(|p| p >= len) {
        return Ok(s.to_string());
    }
    let mut body = s;
    if let Some(p) = spec.precision {
        if len > p {
            len = p;
            body = match s.char_indices().nth(p) {
                Some((at, _)) => &s[..at],
                None => s,
            };
        }
    }
    Ok(pad(body, len, spec.width, align, spec.fill))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::spec::parse;

    fn f(s: &str, spec: &str) -> Result<String, String> {
        let spec = parse(spec, "str").map_err(|e| e.msg)?;
        format_str(s, &spec).map_err(|e| e.msg)
    }

    #[test]
    fn matches_cpython() {
        // (value, spec, format(value, spec)) from CPython 3.11.
        let cases: &[(&str, &str, Result<&str, &str>)] = &[
            ("abc", "", Ok("abc")),
            ("abc", "s", Ok("abc")),
            ("abc", "10", Ok("abc       ")),
            ("abc", ">10", Ok("       abc")),
            ("abc", "^10", Ok("   abc    ")),
            ("abc", "*^10", Ok("***abc****")),
            ("abc", "<10s", Ok("abc       ")),
            ("abc", "05", Ok("abc00")),
            ("abc", ">05", Ok("00abc")),
            ("abc", "x>05", Ok("xxabc")),
            ("abc", ".2", Ok("ab")),
            ("abc", ".0", Ok("")),
            ("abc", ".5", Ok("abc")),
            ("abc", "5.2", Ok("ab   ")),
            ("abc", ">5.2", Ok("   ab")),
            ("abc", "2", Ok("abc")),
            ("h\u{e9}llo", "^9", Ok("  h\u{e9}llo  ")),
            ("h\u{e9}llo", ".2", Ok("h\u{e9}")),
            ("\u{1f600}x", "_>4", Ok("__\u{1f600}x")),
            ("ab", "\u{e9}<4", Ok("ab\u{e9}\u{e9}")),
            ("", "3", Ok("   ")),
            ("", ".0", Ok("")),
            ("abc", "\u{0665}", Ok("abc  ")),
            (
                "abc",
                "d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            (
                "abc",
                "x",
                Err("Unknown format code 'x' for object of type 'str'"),
            ),
            ("abc", ",", Err("Cannot specify ',' with 's'.")),
            ("abc", "_", Err("Cannot specify '_' with 's'.")),
            ("abc", ",s", Err("Cannot specify ',' with 's'.")),
            (
                "abc",
                ",d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            (
                "abc",
                "+",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "abc",
                "-",
                Err("Sign not allowed in string format specifier"),
            ),
            (
                "abc",
                " ",
                Err("Space not allowed in string format specifier"),
            ),
            (
                "abc",
                "z",
                Err("Negative zero coercion (z) not allowed in string format specifier"),
            ),
            (
                "abc",
                "#",
                Err("Alternate form (#) not allowed in string format specifier"),
            ),
            (
                "abc",
                "=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "abc",
                "0=5",
                Err("'=' alignment not allowed in string format specifier"),
            ),
            (
                "abc",
                "+d",
                Err("Unknown format code 'd' for object of type 'str'"),
            ),
            (
                "abc",
                "abc",
                Err("Invalid format specifier 'abc' for object of type 'str'"),
            ),
            ("abc", ".", Err("Format specifier missing precision")),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(
                f(v, spec).as_deref().map_err(|e| e.as_str()),
                want,
                "{v:?} {spec:?}"
            );
        }
    }
}
