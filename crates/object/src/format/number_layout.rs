//! Laying out a formatted number: sign, prefix, padding, digit grouping (CPython's
//! `calc_number_widths`, `fill_number` and `_PyUnicode_InsertThousandsGrouping`), and the plain
//! padding used by strings and complex numbers (`calc_padding`).
//!
//! ```text
//! <lpadding> <sign> <prefix> <spadding> <grouped_digits> <decimal> <remainder> <rpadding>
//! ```

use super::spec::{Align, Sign};

/// The pieces of an unpadded number.
pub(crate) struct NumberParts<'a> {
    /// The number is negative (its text had a leading '-').
    pub negative: bool,
    /// "0x"-style prefix (already upper-cased for 'X').
    pub prefix: &'a str,
    /// The integral digits, which get grouped (ASCII).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits when there is none): fraction,
    /// exponent, '%', "inf", the character of a `c` format.
    pub remainder: &'a str,
}

/// How to pad and group.
pub(crate) struct NumberLayout {
    pub fill: char,
    pub align: Align,
    pub width: Option<usize>,
    pub sign: Sign,
    /// (group size, separator)
    pub grouping: Option<(usize, char)>,
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right, padding with zeros
/// (which are grouped too) until the result is at least `min_width` characters.
fn group_digits(digits: &str, min_width: isize, grouping: Option<(usize, char)>) -> String {
    let digits = digits.as_bytes();
    let (group, sep) = match grouping {
        Some((g, s)) => (g as isize, Some(s)),
        None => (0, None),
    };
    let sep_len: isize = if sep.is_some() { 1 } else { 0 };
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as isize;
    let mut digits_pos = digits.len();
    // Built right to left.
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 4);
    let mut use_sep = false;
    let mut push_chunk = |rev: &mut Vec<char>, n_chars: isize, n_zeros: isize, use_sep: bool| {
        if use_sep {
            if let Some(s) = sep {
                rev.push(s);
            }
        }
        for _ in 0..n_chars {
            digits_pos -= 1;
            rev.push(digits[digits_pos] as char);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
    };
    let mut loop_broken = false;
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            push_chunk(&mut rev, n_chars, n_zeros, use_sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        push_chunk(&mut rev, n_chars, n_zeros, use_sep);
    }
    rev.iter().rev().collect()
}

/// `calc_number_widths` + `fill_number`.
pub(crate) fn layout_number(parts: &NumberParts<'_>, layout: &NumberLayout) -> String {
    let sign = match layout.sign {
        Sign::Plus => Some(if parts.negative { '-' } else { '+' }),
        Sign::Space => Some(if parts.negative { '-' } else { ' ' }),
        Sign::Minus | Sign::Unspecified => parts.negative.then_some('-'),
    };
    let n_sign = sign.is_some() as isize;
    let n_prefix = parts.prefix.chars().count() as isize;
    let n_decimal = parts.has_decimal as isize;
    let n_remainder = parts.remainder.chars().count() as isize;
    let n_non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let width: isize = layout.width.map_or(-1, |w| w as isize);
    let min_width = if layout.fill == '0' && layout.align == Align::AfterSign {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)
    };
    let n_grouped = grouped.len() as isize; // ASCII digits and the separator are ASCII
    let n_padding = width - (n_non_digit + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match layout.align {
            Align::Left => rpad = n_padding,
            Align::Center => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            Align::AfterSign => spad = n_padding,
            Align::Right => lpad = n_padding,
        }
    }
    let total = (lpad + spad + rpad + n_non_digit + n_grouped) as usize;
    let mut out = String::with_capacity(total + 8);
    let fill =
        |out: &mut String, n: isize| out.extend(std::iter::repeat_n(layout.fill, n as usize));
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    out
}

/// Splits an unsigned formatted float ("1234.5e+06", "inf", "12%") the way CPython's
/// `parse_number` does: leading digits, then an optional '.', then the rest.
pub(crate) fn split_float_text(text: &str) -> (&str, bool, &str) {
    let n = text.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = text.split_at(n);
    match rest.strip_prefix('.') {
        Some(r) => (digits, true, r),
        None => (digits, false, rest),
    }
}

/// `calc_padding` + `fill_padding`: pads `body` (of `len` characters) to `width`.
pub(crate) fn pad(
    body: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> String {
    let total = width.map_or(len, |w| w.max(len));
    let lpad = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - len - lpad;
    if lpad == 0 && rpad == 0 {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len() + (lpad + rpad) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping() {
        assert_eq!(group_digits("1234567", 0, Some((3, ','))), "1,234,567");
        assert_eq!(group_digits("123", 0, Some((3, ','))), "123");
        assert_eq!(group_digits("1234", 0, Some((3, '_'))), "1_234");
        assert_eq!(group_digits("11111111", 0, Some((4, '_'))), "1111_1111");
        assert_eq!(group_digits("1234", 8, Some((3, ','))), "0,001,234");
        assert_eq!(group_digits("1234", 9, Some((3, ','))), "0,001,234");
        assert_eq!(group_digits("1234", 10, Some((3, ','))), "00,001,234");
        assert_eq!(group_digits("1234", 8, None), "00001234");
        assert_eq!(group_digits("0", 0, None), "0");
        assert_eq!(group_digits("", 3, None), "000");
    }

    #[test]
    fn split() {
        assert_eq!(split_float_text("1234.5e+06"), ("1234", true, "5e+06"));
        assert_eq!(split_float_text("inf"), ("", false, "inf"));
        assert_eq!(split_float_text("12%"), ("12", false, "%"));
        assert_eq!(split_float_text("1e+16"), ("1", false, "e+16"));
    }

    #[test]
    fn padding() {
        assert_eq!(pad("ab", 2, Some(5), Align::Right, '*'), "***ab");
        assert_eq!(pad("ab", 2, Some(5), Align::Center, '*'), "*ab**");
        assert_eq!(pad("ab", 2, Some(5), Align::Left, '*'), "ab***");
        assert_eq!(pad("ab", 2, Some(1), Align::Left, '*'), "ab");
        assert_eq!(pad("ab", 2, None, Align::Left, '*'), "ab");
    }
}
