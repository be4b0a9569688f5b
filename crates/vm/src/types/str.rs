//! `str`: construction, repr, indexing, concatenation. The method set lives in
//! `str_methods.rs`; `%`-formatting and `str.format` in `str_format.rs`; Unicode character
//! data in `str_unicode.rs`.

use pyrite_object::bytecode::BinaryOperator as B;
use pyrite_object::payload::Payload;
use pyrite_object::str::PyStr;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{
    index_arg, is_slice, normalize_index, slice_indices_of, slice_positions,
};
use crate::Vm;

pub use super::str_unicode::is_printable;

pub fn init() {
    let s = &types().str;
    add_staticmethod(s, "__new__", str_new);
    add_method(s, "__str__", |_, a| {
        let this = receiver(&a, "__str__")?;
        match this.as_str() {
            Some(_) if this.class().is(&types().str) => Ok(this.clone()),
            Some(text) => Ok(Value::new_str(text)),
            None => Err(descriptor_error("__str__", this)),
        }
    });
    add_method(s, "__hash__", |_, a| {
        let this = receiver(&a, "__hash__")?;
        let s = this
            .as_pystr()
            .ok_or_else(|| descriptor_error("__hash__", this))?;
        Ok(Value::Int(s.hash()))
    });
    add_method(s, "__format__", |vm, a| {
        let this = receiver(&a, "__format__")?;
        let pos = method_args(&a, "__format__", 1, 1, Arity::Expected)?;
        let spec = arg_str(&pos[0], "__format__() argument")?;
        if this.as_pystr().is_none() {
            return Err(descriptor_error("__format__", this));
        }
        if spec.is_empty() {
            // An empty spec means str(self), which a subclass may override.
            return vm.str(this);
        }
        Ok(Value::new_str(
            super::object::builtin_format(vm, this, spec)?.unwrap_or_default(),
        ))
    });
    add_method(s, "__getnewargs__", |_, a| {
        let this = receiver(&a, "__getnewargs__")?;
        let s = this
            .as_str()
            .ok_or_else(|| descriptor_error("__getnewargs__", this))?;
        method_args(&a, "__getnewargs__", 0, 0, Arity::Expected)?;
        Ok(Value::new_tuple(vec![Value::new_str(s)]))
    });
    super::list::add_sequence_dunders(s);
    add_method(s, "__mod__", |vm, a| {
        let pos = a.exact("__mod__", 2)?;
        Ok(binop(vm, &pos[0], &pos[1], B::Remainder)?.unwrap_or_else(Value::not_implemented))
    });
    add_method(s, "__rmod__", |_, _| Ok(Value::not_implemented()));
    super::str_methods::init();
}

/// The receiver of a str method (`self`), or CPython's TypeError for `str.name()` called
/// without one.
pub fn receiver<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error(format!("unbound method str.{name}() needs an argument")))
}

/// How a method's arity error reads: CPython's argument parsers word it differently.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    /// "replace expected at least 2 arguments, got 1"
    Expected,
    /// "find() takes at least 1 argument (0 given)"
    Takes,
}

/// The positional arguments after `self` of the str method `name`: between `min` and `max`,
/// no keywords, with CPython's messages.
pub fn method_args<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    style: Arity,
) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    let pos = args.pos();
    let pos = if pos.is_empty() { pos } else { &pos[1..] };
    let n = pos.len();
    if (min..=max).contains(&n) {
        return Ok(pos);
    }
    let s = |k: usize| if k == 1 { "" } else { "s" };
    Err(type_error(match (min == max, style) {
        (true, _) if min == 0 => format!("str.{name}() takes no arguments ({n} given)"),
        (true, _) if min == 1 => format!("str.{name}() takes exactly one argument ({n} given)"),
        (true, _) => format!("str.{name}() takes exactly {min} arguments ({n} given)"),
        (false, Arity::Expected) if n < min => {
            format!("{name} expected at least {min} argument{}, got {n}", s(min))
        }
        (false, Arity::Expected) => {
            format!("{name} expected at most {max} argument{}, got {n}", s(max))
        }
        (false, Arity::Takes) if n < min => format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            s(min)
        ),
        (false, Arity::Takes) => format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            s(max)
        ),
    }))
}

/// The TypeError for a str method descriptor called on something that is not a str.
pub fn descriptor_error(name: &str, v: &Value) -> crate::PyErr {
    type_error(format!(
        "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
        v.type_name()
    ))
}

/// The `str` contents of a str argument, or TypeError.
pub fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("{what} must be str, not {}", v.type_name())))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("str.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Str {
        return Err(type_error(format!(
            "str.__new__({}): {} is not a subtype of str",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let rest = args.skip_self();
    if rest.pos().len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            rest.values.len()
        )));
    }
    if let Some((k, _)) = rest
        .kwargs()
        .find(|(k, _)| !matches!(*k, "object" | "encoding" | "errors"))
    {
        return Err(type_error(format!(
            "'{k}' is an invalid keyword argument for str()"
        )));
    }
    let [obj, encoding, errors] = rest.bind("str", ["object", "encoding", "errors"], 0)?;
    let s: Value = match (obj, encoding.is_some() || errors.is_some()) {
        (None, _) => Value::new_str(""),
        (Some(o), false) => vm.str(&o)?,
        (Some(o), true) => {
            let enc = match &encoding {
                Some(e) => arg_str(e, "str() argument 'encoding'")?,
                None => "utf-8",
            };
            let errs = match &errors {
                Some(e) => arg_str(e, "str() argument 'errors'")?,
                None => "strict",
            };
            if o.as_pystr().is_some() {
                return Err(type_error("decoding str is not supported"));
            }
            let bytes = super::bytes::bytes_of(&o).ok_or_else(|| {
                type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    o.type_name()
                ))
            })?;
            Value::new_str(super::bytes::decode(&bytes, enc, errs)?)
        }
    };
    if cls.is(&types().str) {
        return Ok(s);
    }
    let text = s.as_str().unwrap_or("");
    Ok(Value::Obj(super::object::new_instance_object(
        &cls,
        Payload::Str(PyStr::new(text)),
    )))
}

/// CPython's `repr()` of a string: single quotes unless the text has single but no double
/// quotes; escapes for backslashes, the quote, control characters and non-printable code
/// points.
pub fn repr_str(s: &str) -> String {
    let quote = if s.as_bytes().contains(&b'\'') && !s.as_bytes().contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote as char);
    let bytes = s.as_bytes();
    // Copy runs of characters that need no escape in one go.
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if (0x20..0x7f).contains(&b) && b != b'\\' && b != quote {
                i += 1;
                continue;
            }
            out.push_str(&s[run..i]);
            match b {
                b'\\' => out.push_str("\\\\"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b'\t' => out.push_str("\\t"),
                b if b == quote => {
                    out.push('\\');
                    out.push(b as char);
                }
                b => push_hex_escape(&mut out, b as u32),
            }
            i += 1;
            run = i;
        } else {
            let c = s[i..].chars().next().expect("char boundary");
            let n = c.len_utf8();
            if !is_printable(c) {
                out.push_str(&s[run..i]);
                push_hex_escape(&mut out, c as u32);
                run = i + n;
            }
            i += n;
        }
    }
    out.push_str(&s[run..]);
    out.push(quote as char);
    out
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, whichever is shortest for `n`.
fn push_hex_escape(out: &mut String, n: u32) {
    use std::fmt::Write;
    let _ = if n < 0x100 {
        write!(out, "\\x{n:02x}")
    } else if n < 0x10000 {
        write!(out, "\\u{n:04x}")
    } else {
        write!(out, "\\U{n:08x}")
    };
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c as u32);
        }
    }
    out
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let s = o.as_pystr().expect("str");
    if let Value::Int(i) = key {
        return char_at_index(s, *i);
    }
    if is_slice(key) {
        let (start, stop, step) = slice_indices_of(vm, key, s.char_len() as i64)?;
        if step == 1 {
            if start >= stop {
                return Ok(Value::new_str(""));
            }
            return Ok(Value::new_str(
                s.substring(start.max(0) as usize, stop.max(0) as usize),
            ));
        }
        let text = s.as_str();
        if s.is_ascii() {
            let b = text.as_bytes();
            let out: String = slice_positions(start, stop, step)
                .map(|i| b[i] as char)
                .collect();
            return Ok(Value::new_str(out));
        }
        let chars: Vec<char> = text.chars().collect();
        let out: String = slice_positions(start, stop, step)
            .map(|i| chars[i])
            .collect();
        return Ok(Value::new_str(out));
    }
    let has_index = crate::ops::as_int(key).is_some() || {
        let cls = key.class().clone();
        vm.lookup_type_attr(&cls, &crate::vm::name("__index__"))
            .is_some()
    };
    if !has_index {
        return Err(type_error(format!(
            "string indices must be integers, not '{}'",
            key.type_name()
        )));
    }
    let i = index_arg(vm, key, "string")?;
    char_at_index(s, i)
}

fn char_at_index(s: &PyStr, i: i64) -> PyResult {
    match normalize_index(i, s.char_len()) {
        Some(j) => Ok(char_value(s.char_at(j).expect("in range"))),
        None => Err(index_error("string index out of range")),
    }
}

/// A one-character str. ASCII characters come from a table of shared (interned) strings, as
/// CPython caches its Latin-1 singletons, so indexing and iterating allocate nothing.
#[inline]
pub fn char_value(c: char) -> Value {
    static ASCII: std::sync::OnceLock<Vec<ObjRef>> = std::sync::OnceLock::new();
    if c.is_ascii() {
        let table = ASCII.get_or_init(|| {
            (0u8..128)
                .map(|b| pyrite_object::str::intern((b as char).encode_utf8(&mut [0; 4])))
                .collect()
        });
        return Value::Obj(table[c as usize].clone());
    }
    let mut buf = [0u8; 4];
    Value::new_str(&*c.encode_utf8(&mut buf))
}

pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    let x = a.as_str().expect("str");
    match op {
        B::Add => match b.as_str() {
            Some(y) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Ok(Some(Value::new_str(s)))
            }
            None => Ok(None),
        },
        B::Multiply => match crate::ops::as_int(b) {
            Some(_) => {
                let n = super::list::repeat_count(vm, b)?;
                if x.len().saturating_mul(n) > (1 << 32) {
                    return Err(crate::error::memory_error());
                }
                Ok(Some(Value::new_str(x.repeat(n))))
            }
            None => Ok(None),
        },
        B::Remainder => super::str_format::percent_format(vm, x, b).map(Some),
        _ => Ok(None),
    }
}
