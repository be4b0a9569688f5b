//! `str`: construction, repr, indexing, concatenation. The method set lives in
//! `str_methods.rs`; `%`-formatting and `str.format` in `str_format.rs`.

use pyrite_object::bytecode::BinaryOperator as B;
use pyrite_object::payload::Payload;
use pyrite_object::str::PyStr;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{index_arg, is_slice, normalize_index, slice_indices_of, slice_positions};
use crate::Vm;

pub fn init() {
    let s = &types().str;
    add_staticmethod(s, "__new__", str_new);
    add_method(s, "__str__", |vm, a| vm.str(a.self_()));
    add_method(s, "__hash__", |vm, a| Ok(Value::Int(vm.hash(a.self_())?)));
    add_method(s, "__format__", |vm, a| {
        let pos = a.exact("__format__", 2)?;
        let spec = pos[1].as_str().unwrap_or("");
        Ok(Value::new_str(super::object::builtin_format(vm, &pos[0], spec)?.unwrap_or_default()))
    });
    super::list::add_sequence_dunders(s);
    add_method(s, "__mod__", |vm, a| {
        let pos = a.exact("__mod__", 2)?;
        Ok(binop(vm, &pos[0], &pos[1], B::Remainder)?.unwrap_or_else(Value::not_implemented))
    });
    add_method(s, "__rmod__", |_, _| Ok(Value::not_implemented()));
    add_method(s, "join", str_join);
}

/// The `str` contents of a str argument, or TypeError.
pub fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("{what} must be str, not {}", v.type_name())))
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0].as_obj().cloned().ok_or_else(|| type_error("str.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Str {
        return Err(type_error(format!("str.__new__({}): {} is not a subtype of str", cls.type_name(), cls.type_name())));
    }
    let [obj, encoding, errors] = args.skip_self().bind("str", ["object", "encoding", "errors"], 0)?;
    let s: Value = match (obj, encoding.is_some() || errors.is_some()) {
        (None, _) => Value::new_str(""),
        (Some(o), false) => vm.str(&o)?,
        (Some(o), true) => {
            let enc = match &encoding {
                Some(e) => arg_str(e, "str() argument 'encoding'")?.to_string(),
                None => "utf-8".to_string(),
            };
            let errs = match &errors {
                Some(e) => arg_str(e, "str() argument 'errors'")?.to_string(),
                None => "strict".to_string(),
            };
            let bytes = super::bytes::bytes_of(&o).ok_or_else(|| {
                type_error(format!("decoding to str: need a bytes-like object, {} found", o.type_name()))
            })?;
            Value::new_str(super::bytes::decode(&bytes, &enc, &errs)?)
        }
    };
    if cls.is(&types().str) {
        return Ok(s);
    }
    let text = s.as_str().unwrap_or("").to_string();
    Ok(Value::Obj(super::object::new_instance_object(&cls, Payload::Str(PyStr::new(text)))))
}

/// CPython's `repr()` of a string: single quotes unless the text has single but no double
/// quotes; escapes for control characters and non-printable code points.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` for one character (Unicode categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs
/// except space are not printable).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || n == 0x7f {
        return false;
    }
    if n < 0x7f {
        return true;
    }
    if (0x80..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    // Separators and format characters outside Latin-1.
    !matches!(n,
        0x1680 | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064 | 0x2066..=0x206f
        | 0x3000 | 0xd800..=0xdfff | 0xe000..=0xf8ff | 0xfeff | 0xfff9..=0xfffb
        | 0xf0000..=0x10ffff | 0x110bd | 0x1d173..=0x1d17a | 0xe0001 | 0xe0020..=0xe007f
        | 0x0600..=0x0605 | 0x061c | 0x06dd | 0x070f | 0x180e | 0xa0
    ) && !is_unassigned_guess(n)
}

/// A rough check for unassigned code points (the noncharacters).
fn is_unassigned_guess(n: u32) -> bool {
    (n & 0xfffe) == 0xfffe || (0xfdd0..=0xfdef).contains(&n)
}

/// `ascii()`: escape every non-ASCII character of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let s = o.as_pystr().expect("str");
    if is_slice(key) {
        let (start, stop, step) = slice_indices_of(vm, key, s.char_len() as i64)?;
        if step == 1 {
            return Ok(Value::new_str(s.substring(start.max(0) as usize, stop.max(0) as usize)));
        }
        let chars: Vec<char> = s.as_str().chars().collect();
        let out: String = slice_positions(start, stop, step).map(|i| chars[i]).collect();
        return Ok(Value::new_str(out));
    }
    let i = index_arg(vm, key, "string")?;
    match normalize_index(i, s.char_len()) {
        Some(j) => Ok(Value::new_str(s.char_at(j).expect("in range").to_string())),
        None => Err(index_error("string index out of range")),
    }
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

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("str.join", 2)?;
    let sep = pos[0].as_str().unwrap_or("");
    let items = vm.collect(&pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.type_name()
                )))
            }
        }
    }
    Ok(Value::new_str(out))
}
