//! `str % args` (CPython's `PyUnicode_Format`, driven through the object crate's
//! `format_percent`) and `str.format` / `str.format_map` (CPython's `MarkupIterator`
//! grammar: literal text with `{{`/`}}`, replacement fields with auto or manual numbering,
//! attribute and index lookups, `!r/!s/!a` conversions and format specs with nested fields).

use num_traits::ToPrimitive;
use pyrite_object::format::{
    format_percent, percent_float, percent_i64, percent_int, percent_pad_str, FormatError,
    PercentArgs, PercentConv,
};
use pyrite_object::payload::Payload;
use pyrite_object::types::{flags, types};
use pyrite_object::Value;

use crate::error::{
    format_error, key_error, overflow_error, type_error, value_error, PyErr, PyResult,
};
use crate::native::Args;
use crate::ops::{as_float, as_int, IntRef};
use crate::vm::name;
use crate::Vm;

// ---- printf-style formatting ----

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult {
    let (items, arglen, argidx) = match args.payload() {
        Some(Payload::Tuple(t)) => (t.to_vec(), t.len() as isize, 0),
        _ => (Vec::new(), -1, -2),
    };
    // A mapping (not a tuple or str) serves `%(key)` conversions.
    let dict = if arglen < 0 && args.as_pystr().is_none() && is_mapping(vm, args) {
        Some(args.clone())
    } else {
        None
    };
    let mut state = PercentState {
        vm,
        source: args.clone(),
        items,
        arglen,
        argidx,
        dict,
    };
    let out = format_percent(fmt, &mut state).map_err(|e| e.0)?;
    if state.argidx < state.arglen && state.dict.is_none() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Value::new_str(out))
}

/// `PyMapping_Check`: the type supports `obj[key]`.
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Dict(_)
            | Payload::List(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. },
        ) => true,
        _ => {
            let cls = v.class().clone();
            vm.lookup_type_attr(&cls, &name("__getitem__")).is_some()
        }
    }
}

/// A Python exception travelling through `format_percent`.
struct PercentError(PyErr);

impl From<FormatError> for PercentError {
    fn from(e: FormatError) -> PercentError {
        PercentError(format_error(e))
    }
}

impl From<PyErr> for PercentError {
    fn from(e: PyErr) -> PercentError {
        PercentError(e)
    }
}

/// CPython's `unicode_formatter_t` argument state: a tuple's items, or one value (`arglen`
/// -1), or a mapping, whose `%(key)` lookups replace the current source.
struct PercentState<'v> {
    vm: &'v mut Vm,
    source: Value,
    items: Vec<Value>,
    arglen: isize,
    argidx: isize,
    dict: Option<Value>,
}

impl PercentState<'_> {
    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.source.clone());
            }
            return Ok(self.items[i as usize].clone());
        }
        Err(type_error("not enough arguments for format string"))
    }

    /// The next argument as a `*` width or precision.
    fn star_arg(&mut self) -> PyResult<Option<i64>> {
        let v = self.next_arg()?;
        match as_int(&v) {
            Some(IntRef::Small(n)) => Ok(Some(n)),
            Some(IntRef::Big(_)) => Ok(None),
            None => Err(type_error("* wants int")),
        }
    }
}

impl PercentArgs for PercentState<'_> {
    type Error = PercentError;

    fn mapping_required(&mut self) -> Result<(), PercentError> {
        if self.dict.is_none() {
            return Err(type_error("format requires a mapping").into());
        }
        Ok(())
    }

    fn select_key(&mut self, key: &str) -> Result<(), PercentError> {
        let dict = self.dict.clone().expect("checked by mapping_required");
        self.source = self.vm.getitem(&dict, &Value::new_str(key))?;
        self.items.clear();
        self.arglen = -1;
        self.argidx = -2;
        Ok(())
    }

    fn star_width(&mut self) -> Result<isize, PercentError> {
        match self.star_arg()?.and_then(|n| isize::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => Err(overflow_error("Python int too large to convert to C ssize_t").into()),
        }
    }

    fn star_precision(&mut self) -> Result<i32, PercentError> {
        match self.star_arg()?.and_then(|n| i32::try_from(n).ok()) {
            Some(n) => Ok(n),
            None => Err(overflow_error("Python int too large to convert to C int").into()),
        }
    }

    fn convert(&mut self, conv: &PercentConv<'_>, out: &mut String) -> Result<(), PercentError> {
        let v = self.next_arg()?;
        conv.check_supported()?;
        let vm = &mut *self.vm;
        match conv.conv {
            's' | 'r' | 'a' => {
                let text = match conv.conv {
                    's' if v.class().is(&types().str) => v,
                    's' => vm.str(&v)?,
                    'r' => vm.repr(&v)?,
                    _ => vm.ascii(&v)?,
                };
                let text = text.as_str().unwrap_or("");
                if conv.width.is_none() && conv.precision.is_none() {
                    out.push_str(text);
                } else {
                    out.push_str(&percent_pad_str(text, conv));
                }
            }
            'c' => {
                let c = percent_char(vm, &v)?;
                let mut buf = [0u8; 4];
                out.push_str(&percent_pad_str(c.encode_utf8(&mut buf), conv));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let i = percent_integer(vm, &v, conv.conv)?;
                match as_int(&i) {
                    Some(IntRef::Small(n)) => out.push_str(&percent_i64(n, conv)),
                    Some(IntRef::Big(b)) => out.push_str(&percent_int(b, conv)),
                    None => unreachable!("percent_integer returns an int"),
                }
            }
            _ => {
                let f = real_to_f64(vm, &v)?;
                out.push_str(&percent_float(f, conv));
            }
        }
        Ok(())
    }
}

/// The int for `%d %i %u` (`int(v)`, so floats truncate) or `%o %x %X` (`__index__` only).
fn percent_integer(vm: &mut Vm, v: &Value, conv: char) -> PyResult<Value> {
    if as_int(v).is_some() {
        return Ok(v.clone());
    }
    let wrong_type = || {
        if matches!(conv, 'o' | 'x' | 'X') {
            type_error(format!(
                "%{conv} format: an integer is required, not {}",
                v.type_name()
            ))
        } else {
            type_error(format!(
                "%{conv} format: a real number is required, not {}",
                v.type_name()
            ))
        }
    };
    if !is_number(vm, v) {
        return Err(wrong_type());
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') {
        vm.index(v)
    } else {
        super::int::int_from_value(vm, v)
    };
    match r {
        Ok(i) => Ok(i),
        Err(e) if e.matches(&types().exc.type_error) => Err(wrong_type()),
        Err(e) => Err(e),
    }
}

/// `PyNumber_Check`: an int, float or complex, or a type with `__index__`, `__int__` or
/// `__float__`.
fn is_number(vm: &mut Vm, v: &Value) -> bool {
    if as_int(v).is_some() || as_float(v).is_some() || crate::ops::as_complex(v).is_some() {
        return true;
    }
    let cls = v.class().clone();
    ["__index__", "__int__", "__float__"]
        .iter()
        .any(|n| vm.lookup_type_attr(&cls, &name(n)).is_some())
}

/// `PyFloat_AsDouble`: a float, or `__float__`, or `__index__`.
fn real_to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i.to_f64();
    }
    let cls = v.class().clone();
    let has = |vm: &mut Vm, n: &str| vm.lookup_type_attr(&cls, &name(n)).is_some();
    if has(vm, "__float__") || has(vm, "__index__") {
        return super::float::float_from_value(vm, v);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.type_name()
    )))
}

/// The character of `%c`: a one-character str or an int code point.
fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let wrong = || type_error("%c requires int or char");
    if let Some(s) = v.as_pystr() {
        if s.char_len() == 1 {
            return Ok(s.as_str().chars().next().expect("one char"));
        }
        return Err(wrong());
    }
    let i = match vm.index(v) {
        Ok(i) => i,
        Err(e) if e.matches(&types().exc.type_error) => return Err(wrong()),
        Err(e) => return Err(e),
    };
    let n = match as_int(&i) {
        Some(IntRef::Small(n)) if (0..=0x10ffff).contains(&n) => n as u32,
        _ => return Err(overflow_error("%c arg not in range(0x110000)")),
    };
    char::from_u32(n)
        .ok_or_else(|| value_error("%c arg is a lone surrogate, which Pyrite strings cannot hold"))
}

// ---- str.format ----

/// `str.format(*args, **kwargs)`.
pub fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let this = super::str::receiver(&args, "format")?;
    let fmt = this
        .as_str()
        .ok_or_else(|| super::str::descriptor_error("format", this))?;
    let positional = &args.pos()[1..];
    let lookup = Lookup {
        positional: Some(positional),
        kwargs: Keywords::Args(args),
    };
    format_with(vm, this, fmt, &lookup)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let this = super::str::receiver(&args, "format_map")?;
    let fmt = this
        .as_str()
        .ok_or_else(|| super::str::descriptor_error("format_map", this))?;
    let pos = super::str::method_args(&args, "format_map", 1, 1, super::str::Arity::Expected)?;
    let lookup = Lookup {
        positional: None,
        kwargs: Keywords::Mapping(&pos[0]),
    };
    format_with(vm, this, fmt, &lookup)
}

fn format_with(vm: &mut Vm, this: &Value, fmt: &str, lookup: &Lookup) -> PyResult {
    if !fmt.contains(['{', '}']) {
        // CPython's writer hands back the format string object itself (even a subclass).
        return Ok(this.clone());
    }
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut auto = AutoNumber::default();
    build_string(vm, fmt, lookup, 2, &mut auto, &mut out)?;
    Ok(Value::new_str(out))
}

/// Where field values come from.
struct Lookup<'a> {
    /// The positional arguments; `None` for `format_map` ("Format string contains positional
    /// fields").
    positional: Option<&'a [Value]>,
    kwargs: Keywords<'a>,
}

enum Keywords<'a> {
    /// The keyword arguments of the `format` call.
    Args(Args<'a>),
    /// The mapping of `format_map` (looked up with `mapping[key]`).
    Mapping(&'a Value),
}

#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum NumberingState {
    #[default]
    Init,
    Auto,
    Manual,
}

/// CPython's `AutoNumber`: `{}` fields count up; mixing with `{0}` is an error.
#[derive(Default)]
struct AutoNumber {
    state: NumberingState,
    next: usize,
}

/// One parsed replacement field.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_has_fields: bool,
}

/// `build_string`: expands `fmt` into `out`. `depth` limits nested format specs.
fn build_string(
    vm: &mut Vm,
    fmt: &str,
    lookup: &Lookup,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let bytes = fmt.as_bytes();
    let mut pos = 0;
    while pos < bytes.len() {
        // Literal text up to the next brace.
        let rest = &fmt[pos..];
        let Some(at) = rest.find(['{', '}']) else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..at]);
        let brace = bytes[pos + at];
        pos += at + 1;
        let doubled = bytes.get(pos) == Some(&brace);
        if brace == b'}' {
            if !doubled {
                return Err(value_error("Single '}' encountered in format string"));
            }
            out.push('}');
            pos += 1;
            continue;
        }
        if pos >= bytes.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if doubled {
            out.push('{');
            pos += 1;
            continue;
        }
        let (field, next) = parse_field(fmt, pos)?;
        pos = next;
        render_field(vm, &field, lookup, depth, auto, out)?;
    }
    Ok(())
}

/// `parse_field`: the field starting at byte `start` (just after its `{`); returns it and the
/// offset after its closing `}`.
fn parse_field(fmt: &str, start: usize) -> PyResult<(Field<'_>, usize)> {
    let bytes = fmt.as_bytes();
    let mut i = start;
    let mut end_char = None;
    while i < bytes.len() {
        let c = bytes[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < bytes.len() && bytes[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => {
                end_char = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(c) = end_char else {
        return Err(value_error("expected '}' before end of string"));
    };
    let name = &fmt[start..i - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if c == b'}' {
        return Ok((field, i));
    }
    if c == b'!' {
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        i += conv.len_utf8();
        if i < bytes.len() {
            let c = bytes[i];
            i += 1;
            if c == b'}' {
                return Ok((field, i));
            }
            if c != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &fmt[spec_start..i];
                    return Ok((field, i + 1));
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(value_error("unmatched '{' in format spec"))
}

fn render_field(
    vm: &mut Vm,
    field: &Field,
    lookup: &Lookup,
    depth: u32,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = field_object(vm, field.name, lookup, auto)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => vm.repr(&obj)?,
            's' => vm.str(&obj)?,
            'a' => vm.ascii(&obj)?,
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(value_error(format!("Unknown conversion specifier {c}")))
            }
            c => {
                return Err(value_error(format!(
                    "Unknown conversion specifier \\x{:x}",
                    c as u32
                )))
            }
        };
    }
    let expanded;
    let spec = if field.spec_has_fields {
        let mut s = String::new();
        build_string(vm, field.spec, lookup, depth - 1, auto, &mut s)?;
        expanded = s;
        expanded.as_str()
    } else {
        field.spec
    };
    format_into(vm, &obj, spec, out)
}

/// `format(obj, spec)` appended to `out`, without allocating a spec object for builtin types.
fn format_into(vm: &mut Vm, obj: &Value, spec: &str, out: &mut String) -> PyResult<()> {
    if spec.is_empty() {
        if let Some(s) = obj.as_str() {
            if obj.class().is(&types().str) {
                out.push_str(s);
                return Ok(());
            }
        }
        if let Value::Int(i) = obj {
            use std::fmt::Write;
            let _ = write!(out, "{i}");
            return Ok(());
        }
    }
    if !obj.class().type_data().has_flag(flags::HEAPTYPE) {
        if let Some(s) = super::builtin_format(vm, obj, spec)? {
            out.push_str(&s);
            return Ok(());
        }
    }
    let r = vm.format(obj, &Value::new_str(spec))?;
    out.push_str(r.as_str().unwrap_or(""));
    Ok(())
}

/// `get_field_object`: the argument named by the first part of `field_name`, then its
/// `.attr` and `[index]` parts.
fn field_object(
    vm: &mut Vm,
    field_name: &str,
    lookup: &Lookup,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_len = field_name.find(['.', '[']).unwrap_or(field_name.len());
    let (first, mut rest) = field_name.split_at(first_len);
    let index = decimal_index(first)?;
    let empty = first.is_empty();
    let index =
        if empty || index.is_some() {
            if auto.state == NumberingState::Init {
                auto.state = if empty {
                    NumberingState::Auto
                } else {
                    NumberingState::Manual
                };
            }
            match (auto.state, empty) {
                (NumberingState::Manual, true) => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (NumberingState::Auto, false) => return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                _ => {}
            }
            if empty {
                auto.next += 1;
                Some(auto.next - 1)
            } else {
                index
            }
        } else {
            None
        };
    let mut obj = match index {
        None => match &lookup.kwargs {
            Keywords::Args(a) => match a.kwarg(first) {
                Some(v) => v.clone(),
                None => return Err(key_error(Value::new_str(first))),
            },
            Keywords::Mapping(m) => vm.getitem(m, &Value::new_str(first))?,
        },
        Some(i) => {
            let Some(positional) = lookup.positional else {
                return Err(value_error("Format string contains positional fields"));
            };
            match positional.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(crate::error::index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    )))
                }
            }
        }
    };
    while !rest.is_empty() {
        let kind = rest.as_bytes()[0];
        rest = &rest[1..];
        let part = match kind {
            b'.' => {
                let len = rest.find(['.', '[']).unwrap_or(rest.len());
                let (part, after) = rest.split_at(len);
                rest = after;
                part
            }
            b'[' => {
                let Some(len) = rest.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let part = &rest[..len];
                rest = &rest[len + 1..];
                part
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        obj = if kind == b'.' {
            vm.get_attr_str(&obj, part)?
        } else {
            match decimal_index(part)? {
                Some(i) => vm.getitem(&obj, &Value::Int(i as i64))?,
                None => vm.getitem(&obj, &Value::new_str(part))?,
            }
        };
    }
    Ok(obj)
}

/// `get_integer`: the value of a field-name part made only of decimal digits.
fn decimal_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = pyrite_object::format::unicode_digits::decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|n| n.to_i64().is_some())
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}
