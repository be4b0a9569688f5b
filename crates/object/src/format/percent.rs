//! printf-style `str % args` support (CPython's `PyUnicode_Format`): parsing the format string
//! into literal text and conversions, and formatting one converted value.
//!
//! The VM drives it with [`format_percent`] and an implementation of [`PercentArgs`], which
//! supplies the arguments (mapping lookups for `%(key)`, `*` widths and precisions, and the
//! conversion of each value, for which it calls [`percent_int`], [`percent_float`] or
//! [`percent_pad_str`]). The callbacks are made in exactly CPython's order, so a malformed
//! format string and a bad argument produce the same exception as in CPython. [`PercentParser`]
//! and [`parse_percent`] give the pieces without arguments (for caching or inspection).

use num_bigint::BigInt;

use super::dtoa::{double_to_string, DtoaFlags};
use super::spec::FormatError;

/// The flag characters `-`, `+`, ` `, `#`, `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space for non-negative numbers.
    pub blank: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// One `%` conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentConv<'a> {
    /// `%(key)s`: the mapping key (parentheses may nest).
    pub key: Option<&'a str>,
    pub flags: PercentFlags,
    /// The width, once known (`*` widths are filled in with [`PercentConv::set_star_width`]).
    pub width: Option<usize>,
    /// The width is `*`: taken from the next argument.
    pub width_star: bool,
    /// The precision (`.` alone means 0), once known.
    pub precision: Option<usize>,
    /// The precision is `.*`: taken from the next argument.
    pub precision_star: bool,
    /// The conversion character (possibly unsupported; see [`PercentConv::check_supported`]).
    pub conv: char,
    /// Index (in code points) of the conversion character in the format string.
    pub index: usize,
}

impl PercentConv<'_> {
    /// Applies a `*` width argument: a negative width means left-justify.
    pub fn set_star_width(&mut self, width: isize) {
        if width < 0 {
            self.flags.left = true;
        }
        self.width = Some(width.unsigned_abs());
    }

    /// Applies a `.*` precision argument: negative means 0.
    pub fn set_star_precision(&mut self, precision: i32) {
        self.precision = Some(precision.max(0) as usize);
    }

    /// CPython raises "unsupported format character" after fetching the argument; the VM calls
    /// this at that point.
    pub fn check_supported(&self) -> Result<(), FormatError> {
        match self.conv {
            's' | 'r' | 'a' | 'c' | 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F'
            | 'g' | 'G' => Ok(()),
            c => {
                let v = c as u32;
                let shown = if (31..=126).contains(&v) { c } else { '?' };
                Err(FormatError::value(format!(
                    "unsupported format character '{shown}' (0x{v:x}) at index {}",
                    self.index
                )))
            }
        }
    }
}

/// A piece of a `%` format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    /// Text copied as is (`%%` yields the literal `%`).
    Literal(&'a str),
    Conv(PercentConv<'a>),
}

/// Iterator over the pieces of a `%` format string. After an error it ends.
pub struct PercentParser<'a> {
    fmt: &'a str,
    /// Byte offset of the next unread character.
    pos: usize,
    /// Code-point index of the next unread character.
    index: usize,
    done: bool,
}

impl<'a> PercentParser<'a> {
    pub fn new(fmt: &'a str) -> PercentParser<'a> {
        PercentParser {
            fmt,
            pos: 0,
            index: 0,
            done: false,
        }
    }

    fn peek(&self) -> Option<char> {
        self.fmt[self.pos..].chars().next()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        self.index += 1;
        Some(c)
    }

    /// Parses the conversion after a '%' (already consumed), following
    /// `unicode_format_arg_parse`, calling `hooks` where CPython consults the arguments.
    fn conversion<H: ConvHooks>(&mut self, hooks: &mut H) -> Result<PercentConv<'a>, H::Error> {
        let incomplete = || FormatError::value("incomplete format");
        let mut conv = PercentConv {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            width_star: false,
            precision: None,
            precision_star: false,
            conv: '\0',
            index: 0,
        };
        if self.peek() == Some('(') {
            hooks.mapping_required()?;
            self.bump();
            let start = self.pos;
            let mut depth = 1;
            loop {
                match self.bump() {
                    None => return Err(FormatError::value("incomplete format key").into()),
                    Some(')') => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    Some('(') => depth += 1,
                    Some(_) => {}
                }
            }
            let key = &self.fmt[start..self.pos - 1];
            hooks.select_key(key)?;
            conv.key = Some(key);
        }
        let mut ch = loop {
            let c = self.bump().ok_or_else(incomplete)?;
            match c {
                '-' => conv.flags.left = true,
                '+' => conv.flags.sign = true,
                ' ' => conv.flags.blank = true,
                '#' => conv.flags.alt = true,
                '0' => conv.flags.zero = true,
                _ => break c,
            }
        };
        if ch == '*' {
            conv.width_star = true;
            if let Some(w) = hooks.star_width()? {
                conv.set_star_width(w);
            }
            ch = self.bump().ok_or_else(incomplete)?;
        } else if let Some(d) = ch.to_digit(10) {
            let mut width = d as usize;
            loop {
                ch = self.bump().ok_or_else(incomplete)?;
                let Some(d) = ch.to_digit(10) else { break };
                if width > (isize::MAX as usize - d as usize) / 10 {
                    return Err(FormatError::value("width too big").into());
                }
                width = width * 10 + d as usize;
            }
            conv.width = Some(width);
        }
        if ch == '.' {
            conv.precision = Some(0);
            ch = self.bump().ok_or_else(incomplete)?;
            if ch == '*' {
                conv.precision_star = true;
                if let Some(p) = hooks.star_precision()? {
                    conv.set_star_precision(p);
                }
                ch = self.bump().ok_or_else(incomplete)?;
            } else if let Some(d) = ch.to_digit(10) {
                let mut prec = d as usize;
                loop {
                    ch = self.bump().ok_or_else(incomplete)?;
                    let Some(d) = ch.to_digit(10) else { break };
                    if prec > (i32::MAX as usize - d as usize) / 10 {
                        return Err(FormatError::value("precision too big").into());
                    }
                    prec = prec * 10 + d as usize;
                }
                conv.precision = Some(prec);
            }
        }
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = self.bump().ok_or_else(incomplete)?;
        }
        conv.conv = ch;
        conv.index = self.index - 1;
        Ok(conv)
    }
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = Result<PercentPiece<'a>, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.fmt.len() {
            return None;
        }
        let rest = &self.fmt[self.pos..];
        if !rest.starts_with('%') {
            let len = rest.find('%').unwrap_or(rest.len());
            let text = &rest[..len];
            self.pos += len;
            self.index += if text.is_ascii() {
                len
            } else {
                text.chars().count()
            };
            return Some(Ok(PercentPiece::Literal(text)));
        }
        self.bump();
        if self.peek() == Some('%') {
            let at = self.pos;
            self.bump();
            return Some(Ok(PercentPiece::Literal(&self.fmt[at..at + 1])));
        }
        match self.conversion(&mut NoArgs) {
            Ok(conv) => Some(Ok(PercentPiece::Conv(conv))),
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// What the parser asks of the arguments while parsing one conversion.
trait ConvHooks {
    type Error: From<FormatError>;
    fn mapping_required(&mut self) -> Result<(), Self::Error>;
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    fn star_width(&mut self) -> Result<Option<isize>, Self::Error>;
    fn star_precision(&mut self) -> Result<Option<i32>, Self::Error>;
}

/// Parsing without arguments: `*` values stay unknown.
struct NoArgs;

impl ConvHooks for NoArgs {
    type Error = FormatError;
    fn mapping_required(&mut self) -> Result<(), FormatError> {
        Ok(())
    }
    fn select_key(&mut self, _key: &str) -> Result<(), FormatError> {
        Ok(())
    }
    fn star_width(&mut self) -> Result<Option<isize>, FormatError> {
        Ok(None)
    }
    fn star_precision(&mut self) -> Result<Option<i32>, FormatError> {
        Ok(None)
    }
}

/// The arguments of `fmt % args`, as the VM supplies them to [`format_percent`]. The methods
/// are called in CPython's order; each returns the VM's exception type.
pub trait PercentArgs {
    type Error: From<FormatError>;

    /// A `%(` was seen. CPython raises `TypeError("format requires a mapping")` here when the
    /// right operand is not a mapping (before the key is even parsed).
    fn mapping_required(&mut self) -> Result<(), Self::Error>;

    /// `%(key)`: look `key` up in the mapping (KeyError when missing); the value becomes the
    /// current argument source (CPython then takes every following argument of this
    /// conversion, `*` ones included, from that value).
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;

    /// A `*` width: fetch the next argument ("not enough arguments for format string") and
    /// convert it ("* wants int"; `Py_ssize_t`, so an OverflowError for huge ints).
    fn star_width(&mut self) -> Result<isize, Self::Error>;

    /// A `.*` precision: as [`PercentArgs::star_width`], converted to a C int.
    fn star_precision(&mut self) -> Result<i32, Self::Error>;

    /// One conversion, fully parsed: fetch the next argument, then call
    /// [`PercentConv::check_supported`], then convert the value (`str()`, `repr()`, `ascii()`,
    /// `int()`, `float()`, the `%c` character, with CPython's TypeErrors) and append its text,
    /// formatted with [`percent_int`] / [`percent_float`] / [`percent_pad_str`], to `out`.
    fn convert(&mut self, conv: &PercentConv<'_>, out: &mut String) -> Result<(), Self::Error>;
}

struct ArgHooks<'x, A>(&'x mut A);

impl<A: PercentArgs> ConvHooks for ArgHooks<'_, A> {
    type Error = A::Error;
    fn mapping_required(&mut self) -> Result<(), A::Error> {
        self.0.mapping_required()
    }
    fn select_key(&mut self, key: &str) -> Result<(), A::Error> {
        self.0.select_key(key)
    }
    fn star_width(&mut self) -> Result<Option<isize>, A::Error> {
        self.0.star_width().map(Some)
    }
    fn star_precision(&mut self) -> Result<Option<i32>, A::Error> {
        self.0.star_precision().map(Some)
    }
}

/// `fmt % args`: copies the literal text and calls `args` for each conversion, in CPython's
/// order. The VM checks afterwards that every argument was used ("not all arguments converted
/// during string formatting").
pub fn format_percent<A: PercentArgs>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let mut parser = PercentParser::new(fmt);
    let mut out = String::with_capacity(fmt.len() + 16);
    while parser.pos < fmt.len() {
        let rest = &fmt[parser.pos..];
        if !rest.starts_with('%') {
            let len = rest.find('%').unwrap_or(rest.len());
            out.push_str(&rest[..len]);
            parser.pos += len;
            parser.index += if rest[..len].is_ascii() {
                len
            } else {
                rest[..len].chars().count()
            };
            continue;
        }
        parser.bump();
        if parser.peek() == Some('%') {
            parser.bump();
            out.push('%');
            continue;
        }
        let conv = parser.conversion(&mut ArgHooks(args))?;
        args.convert(&conv, &mut out)?;
    }
    Ok(out)
}

/// Parses a whole `%` format string, including the unsupported-character check. (CPython
/// reports some errors only after fetching arguments; [`PercentParser`] allows keeping that
/// order.)
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece<'_>>, FormatError> {
    let mut out = Vec::new();
    for piece in PercentParser::new(fmt) {
        let piece = piece?;
        if let PercentPiece::Conv(c) = &piece {
            c.check_supported()?;
        }
        out.push(piece);
    }
    Ok(out)
}

/// `unicode_format_arg_output`: sign handling, `0x` prefix placement and padding of one
/// converted value. `numeric` is true for the number conversions.
fn output(body: &str, conv: &PercentConv<'_>, numeric: bool) -> String {
    let flags = conv.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut len = body.chars().count();
    let width = conv.width;
    let prec = conv.precision;
    if width.is_none_or(|w| w <= len)
        && prec.is_none_or(|p| p >= len)
        && !(flags.sign || flags.blank)
    {
        return body.to_string();
    }
    let mut chars: &str = body;
    if matches!(conv.conv, 's' | 'r' | 'a') {
        if let Some(p) = prec {
            if len > p {
                len = p;
                chars = match body.char_indices().nth(p) {
                    Some((at, _)) => &body[..at],
                    None => body,
                };
            }
        }
    }
    let mut sign_char = None;
    if numeric {
        match chars.chars().next() {
            Some(c @ ('-' | '+')) => {
                sign_char = Some(c);
                chars = &chars[1..];
                len -= 1;
            }
            _ if flags.sign => sign_char = Some('+'),
            _ if flags.blank => sign_char = Some(' '),
            _ => {}
        }
    }
    let mut width = width.unwrap_or(0).max(len);
    let mut out = String::with_capacity(width + 2);
    if let Some(s) = sign_char {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    // The body of an alternate-form 'x'/'X'/'o' conversion starts with its "0x" prefix.
    let alt_prefix = flags.alt
        && numeric
        && matches!(conv.conv, 'x' | 'X' | 'o')
        && chars.len() >= 2
        && chars.as_bytes()[0] == b'0'
        && chars.as_bytes()[1].eq_ignore_ascii_case(&(conv.conv as u8));
    let mut prefix_written = false;
    if alt_prefix {
        if fill != ' ' {
            out.push_str(&chars[..2]);
            prefix_written = true;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.left {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign_char {
            out.push(s);
        }
    }
    if alt_prefix {
        if !prefix_written {
            out.push_str(&chars[..2]);
        }
        chars = &chars[2..];
    }
    out.push_str(chars);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    out
}

/// `%d %i %u %o %x %X` of an int (the VM converts floats etc. with `int()` first for `d i u`).
/// Any other conversion character is treated as `d`.
pub fn percent_int(v: &BigInt, conv: &PercentConv<'_>) -> String {
    let radix = match conv.conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = v.magnitude().to_str_radix(radix);
    percent_int_digits(v.sign() == num_bigint::Sign::Minus, digits, conv)
}

/// [`percent_int`] for a machine-sized int.
pub fn percent_i64(v: i64, conv: &PercentConv<'_>) -> String {
    let m = v.unsigned_abs();
    let digits = match conv.conv {
        'o' => format!("{m:o}"),
        'x' | 'X' => format!("{m:x}"),
        _ => m.to_string(),
    };
    percent_int_digits(v < 0, digits, conv)
}

/// `_PyUnicode_FormatLong` (sign, `0x` prefix under `#`, precision zero-fill, upper case for
/// `X`) followed by the padding.
fn percent_int_digits(negative: bool, digits: String, conv: &PercentConv<'_>) -> String {
    let prefix = match (conv.flags.alt, conv.conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let zeros = conv.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        body.push('-');
    }
    body.push_str(prefix);
    body.extend(std::iter::repeat_n('0', zeros));
    if conv.conv == 'X' {
        body.push_str(&digits.to_ascii_uppercase());
    } else {
        body.push_str(&digits);
    }
    output(&body, conv, true)
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6; `#` keeps the point and zeros).
pub fn percent_float(v: f64, conv: &PercentConv<'_>) -> String {
    let code = match conv.conv {
        c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G') => c,
        _ => 'g',
    };
    let body = double_to_string(
        v,
        code,
        conv.precision.unwrap_or(6),
        DtoaFlags {
            alt: conv.flags.alt,
            ..DtoaFlags::default()
        },
    );
    output(&body, conv, true)
}

/// Pads the text of `%s`, `%r`, `%a` (truncated to the precision) or `%c`.
pub fn percent_pad_str(s: &str, conv: &PercentConv<'_>) -> String {
    output(s, conv, false)
}

#[cfg(test)]
#[path = "percent_tests.rs"]
mod tests;
