//! The format-specification mini-language (`format(x, spec)`, f-string `{x:spec}`,
//! `str.format`), as parsed by CPython's `parse_internal_render_format_spec`, and the error type
//! every formatter in this module returns.
//!
//! Grammar: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
//!
//! Parsing does not know the type of the object being formatted, so the defaults that depend on
//! it (default alignment, default presentation type and the grouping check against it) are
//! applied by the formatters (`format_int`, `format_float`, `format_str`, ...).

use std::fmt;

use super::unicode_digits::decimal_value;

/// Which Python exception a [`FormatError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    TypeError,
    OverflowError,
}

/// A formatting failure: the exception type and CPython's message for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl FormatError {
    pub fn value(msg: impl Into<String>) -> FormatError {
        FormatError {
            kind: ErrorKind::ValueError,
            msg: msg.into(),
        }
    }

    pub fn overflow(msg: impl Into<String>) -> FormatError {
        FormatError {
            kind: ErrorKind::OverflowError,
            msg: msg.into(),
        }
    }

    pub fn type_error(msg: impl Into<String>) -> FormatError {
        FormatError {
            kind: ErrorKind::TypeError,
            msg: msg.into(),
        }
    }

    /// The formatters name the builtin type in "... for object of type 'int'" messages; for a
    /// subclass (`bool`, user classes) the VM renames it to `type(obj).__name__` with this.
    pub fn with_type_name(mut self, type_name: &str) -> FormatError {
        const MARK: &str = " for object of type '";
        if let Some(at) = self.msg.rfind(MARK) {
            self.msg.truncate(at + MARK.len());
            self.msg.push_str(type_name);
            self.msg.push('\'');
        }
        self
    }

    /// "Unknown format code 'x' for object of type 'T'".
    pub fn unknown_code(code: char, type_name: &str) -> FormatError {
        FormatError::value(format!(
            "Unknown format code {} for object of type '{type_name}'",
            quote_code(code)
        ))
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

impl std::error::Error for FormatError {}

/// How CPython quotes a presentation type in messages: `'x'` when printable ASCII, else
/// `'\x1'` (hex, no padding).
fn quote_code(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{v:x}'")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// `<`
    Left,
    /// `>`
    Right,
    /// `^`
    Center,
    /// `=`: padding between the sign/prefix and the digits.
    AfterSign,
}

impl Align {
    fn from_char(c: char) -> Option<Align> {
        match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            '=' => Some(Align::AfterSign),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sign {
    /// No sign option given (behaves like `-`, but strings reject an explicit `-`).
    #[default]
    Unspecified,
    /// `-`
    Minus,
    /// `+`
    Plus,
    /// ` `
    Space,
}

/// A parsed format specification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: `' '` by default, `'0'` when the `0` flag was given without an
    /// explicit fill.
    pub fill: char,
    /// The alignment, when given explicitly. See [`FormatSpec::align_for`].
    pub align: Option<Align>,
    pub sign: Sign,
    /// `z` (3.11): coerce negative zero to positive zero.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag (only recorded when no explicit fill was given, as in CPython).
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type; `None` when omitted.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> FormatSpec {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: Sign::Unspecified,
            no_neg_zero: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

impl FormatSpec {
    /// Parses `spec`; `type_name` is only used in the "Invalid format specifier" message
    /// (`type(obj).__name__`).
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        parse(spec, type_name)
    }

    /// The effective alignment for an object whose default alignment is `default` (`Right`
    /// for numbers, `Left` for strings): the `0` flag turns a numeric default into `=`.
    pub fn align_for(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero_pad && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }

    /// Checks the grouping option against the presentation type (`ty`, or `default_ty` when
    /// omitted), as CPython does at parse time. Returns the group size: 4 for `_` with
    /// `b`/`o`/`x`/`X`, else 3.
    pub(crate) fn check_grouping(&self, default_ty: Option<char>) -> Result<usize, FormatError> {
        let Some(sep) = self.grouping else {
            return Ok(3);
        };
        match self.ty.or(default_ty) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(3),
            Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(4),
            Some(t) => Err(FormatError::value(format!(
                "Cannot specify '{sep}' with {}.",
                quote_code(t)
            ))),
        }
    }
}

/// Reads a run of (Unicode) decimal digits as `get_integer` does: `Ok(None)` when there are
/// none, an error when the value passes `isize::MAX`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = d as usize;
        if acc > (isize::MAX as usize - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc))
}

/// Parses a format spec (see the module docs). `type_name` is `type(obj).__name__`, used only in
/// the "Invalid format specifier" message.
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let mut out = FormatSpec::default();
    if spec.is_empty() {
        return Ok(out);
    }
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut fill_specified = false;

    if end >= 2 {
        if let Some(a) = Align::from_char(chars[1]) {
            out.align = Some(a);
            out.fill = chars[0];
            fill_specified = true;
            pos = 2;
        }
    }
    if pos == 0 {
        if let Some(a) = Align::from_char(chars[0]) {
            out.align = Some(a);
            pos = 1;
        }
    }
    if let Some(&c) = chars.get(pos) {
        let sign = match c {
            '+' => Some(Sign::Plus),
            '-' => Some(Sign::Minus),
            ' ' => Some(Sign::Space),
            _ => None,
        };
        if let Some(s) = sign {
            out.sign = s;
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero_pad = true;
        pos += 1;
    }
    out.width = get_integer(&chars, &mut pos)?;

    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }

    if chars.get(pos) == Some(&'.') {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => out.precision = Some(p),
            None => return Err(FormatError::value("Format specifier missing precision")),
        }
    }

    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    // CPython checks the grouping against an explicit type here; against the object's default
    // type the formatters check it.
    if out.ty.is_some() {
        out.check_grouping(None)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> FormatSpec {
        parse(s, "int").unwrap()
    }

    fn err(s: &str) -> String {
        parse(s, "int").unwrap_err().msg
    }

    #[test]
    fn full_spec() {
        let s = p("*^+z#012,.3f");
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Sign::Plus);
        assert!(s.no_neg_zero && s.alternate);
        // An explicit fill disables the `0` flag, which is then the first width digit.
        assert!(!s.zero_pad);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
    }

    #[test]
    fn small_specs() {
        assert_eq!(p(""), FormatSpec::default());
        let s = p("010");
        assert!(s.zero_pad);
        assert_eq!((s.fill, s.width, s.align), ('0', Some(10), None));
        assert_eq!(s.align_for(Align::Right), Align::AfterSign);
        assert_eq!(s.align_for(Align::Left), Align::Left);
        let s = p("<05");
        assert_eq!((s.fill, s.width), ('0', Some(5)));
        assert_eq!(s.align_for(Align::Right), Align::Left);
        assert_eq!(p("<<").fill, '<');
        assert_eq!(p("<<").align, Some(Align::Left));
        assert_eq!(p("<").align, Some(Align::Left));
        assert_eq!(p("=").align, Some(Align::AfterSign));
        assert_eq!(p("x").ty, Some('x'));
        assert_eq!(p("-").sign, Sign::Minus);
        assert_eq!(p(" ").sign, Sign::Space);
        assert_eq!(p("0").width, None);
        assert!(p("0").zero_pad);
        assert_eq!(p("00").width, Some(0));
        assert_eq!(p("\u{0665}").width, Some(5));
        assert_eq!(p(".0").precision, Some(0));
        assert_eq!(p("_").grouping, Some('_'));
        assert_eq!(p("_x").grouping, Some('_'));
        assert_eq!(p("\u{e9}<3").fill, '\u{e9}');
    }

    #[test]
    fn errors() {
        assert_eq!(
            err("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            parse("1.2ff", "float").unwrap_err().msg,
            "Invalid format specifier '1.2ff' for object of type 'float'"
        );
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",s"), "Cannot specify ',' with 's'.");
        assert_eq!(err(",\u{100}"), "Cannot specify ',' with '\\x100'.");
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err(".x1"), "Format specifier missing precision");
        assert_eq!(
            err(&"9".repeat(30)),
            "Too many decimal digits in format string"
        );
        assert_eq!(
            err(&format!(".{}", "9".repeat(30))),
            "Too many decimal digits in format string"
        );
        assert_eq!(parse("abc", "int").unwrap_err().kind, ErrorKind::ValueError);
    }

    #[test]
    fn error_helpers() {
        assert_eq!(
            FormatError::unknown_code('y', "int").msg,
            "Unknown format code 'y' for object of type 'int'"
        );
        assert_eq!(
            FormatError::unknown_code('\x01', "float").msg,
            "Unknown format code '\\x1' for object of type 'float'"
        );
        assert_eq!(
            FormatError::unknown_code(' ', "float").msg,
            "Unknown format code '\\x20' for object of type 'float'"
        );
        assert_eq!(
            FormatError::unknown_code('y', "int")
                .with_type_name("bool")
                .msg,
            "Unknown format code 'y' for object of type 'bool'"
        );
        assert_eq!(
            FormatError::value("Format specifier missing precision")
                .with_type_name("bool")
                .msg,
            "Format specifier missing precision"
        );
    }
}
