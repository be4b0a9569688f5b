//! `bytes` and `bytearray`: construction, repr, indexing, concatenation, codecs.
//! (The method set is in `bytes_methods.rs`.)

use pyrite_object::bytecode::BinaryOperator as B;
use pyrite_object::payload::Payload;
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{
    index_arg, is_slice, normalize_index, slice_indices_of, slice_positions,
};
use crate::Vm;

pub fn init() {
    let b = &types().bytes;
    add_staticmethod(b, "__new__", bytes_new);
    add_method(b, "decode", bytes_decode);
    add_method(b, "__hash__", |_, a| {
        let pos = a.exact("__hash__", 1)?;
        match pos[0].payload() {
            Some(Payload::Bytes(d)) => Ok(Value::Int(bytes_hash(d))),
            _ => Err(type_error(
                "descriptor '__hash__' requires a 'bytes' object",
            )),
        }
    });
    super::list::add_sequence_dunders(b);
    let ba = &types().bytearray;
    add_staticmethod(ba, "__new__", bytearray_new);
    add_method(ba, "__init__", bytearray_init);
    add_method(ba, "decode", bytes_decode);
    super::list::add_sequence_dunders(ba);
    crate::native::set_type_attr(ba, "__hash__", Value::none());
    super::bytes_methods::init();
}

/// `hash(bytes)` (see `pyrite_object::str::hash_bytes`).
pub fn bytes_hash(b: &[u8]) -> i64 {
    pyrite_object::str::hash_bytes(b)
}

/// The buffer of a bytearray (for its mutating methods).
pub fn bytearray_cell(v: &Value) -> PyResult<&ObjCell<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error(format!(
            "descriptor requires a 'bytearray' object but received a '{}'",
            v.type_name()
        ))),
    }
}

/// A new (exact) bytearray.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(
        types().bytearray.clone(),
        None,
        Payload::ByteArray(ObjCell::new(data)),
    ))
}

/// The bytes of a bytes-like object (bytes, bytearray), copied.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.lock().clone()),
        _ => None,
    }
}

/// An int in range(256).
pub fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index(v)?;
    match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(n)) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// Bytes from the argument of `bytes(x)`/`bytearray(x)`.
fn bytes_from_arg(
    vm: &mut Vm,
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<Vec<u8>> {
    bytes_from_arg_for(vm, v, encoding, errors, "byte")
}

/// `bytes_from_arg`; `what` names the items in the range error ("bytes" for `bytes(...)`,
/// "byte" for bytearray).
fn bytes_from_arg_for(
    vm: &mut Vm,
    v: &Value,
    encoding: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = enc
            .as_str()
            .ok_or_else(|| type_error("encoding must be str"))?;
        let errs = errors.and_then(|e| e.as_str()).unwrap_or("strict");
        return encode(s, enc, errs);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if let Some(n) = crate::ops::as_int(v) {
        return match n {
            crate::ops::IntRef::Small(n) if n >= 0 => Ok(vec![0; n as usize]),
            crate::ops::IntRef::Small(_) => Err(value_error("negative count")),
            _ => Err(crate::error::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            )),
        };
    }
    let items = vm.collect(v).map_err(|_| {
        type_error(format!(
            "cannot convert '{}' object to bytes",
            v.type_name()
        ))
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.index(&it)?;
        match crate::ops::as_int(&i) {
            Some(crate::ops::IntRef::Small(n)) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(value_error(format!("{what} must be in range(0, 256)"))),
        }
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("bytes.__new__(X): X is not a type"))?;
    let [src, enc, errs] = args
        .skip_self()
        .bind("bytes", ["source", "encoding", "errors"], 0)?;
    let data = match &src {
        None => Vec::new(),
        Some(v) => {
            if enc.is_none()
                && bytes_of(v).is_none()
                && v.as_str().is_none()
                && crate::ops::as_int(v).is_none()
            {
                let cls_v = v.class().clone();
                if let Some(f) = vm.lookup_type_attr(&cls_v, &crate::vm::name("__bytes__")) {
                    return vm.call_method_value(&f, v, (&[], &[]));
                }
            }
            bytes_from_arg_for(vm, v, enc.as_ref(), errs.as_ref(), "bytes")?
        }
    };
    if cls.is(&types().bytes) {
        return Ok(Value::new_bytes(data));
    }
    if cls.type_data().layout != Layout::Bytes {
        return Err(type_error("bytes.__new__(X): X is not a subtype of bytes"));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls,
        Payload::Bytes(data.into_boxed_slice()),
    )))
}

fn bytearray_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("bytearray.__new__(X): X is not a type"))?;
    let payload = Payload::ByteArray(ObjCell::new(Vec::new()));
    if cls.is(&types().bytearray) {
        return Ok(Value::Obj(ObjRef::new(cls, None, payload)));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls, payload,
    )))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let [src, enc, errs] =
        args.skip_self()
            .bind("bytearray", ["source", "encoding", "errors"], 0)?;
    let data = match &src {
        None => Vec::new(),
        Some(v) => bytes_from_arg(vm, v, enc.as_ref(), errs.as_ref())?,
    };
    *bytearray_cell(&this)?.lock() = data;
    Ok(Value::none())
}

/// Encode text with a codec.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match normalize_encoding(encoding).as_str() {
        "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" => encode_limited(s, "ascii", 0x80, errors),
        "latin1" => encode_limited(s, "latin-1", 0x100, errors),
        _ => Err(crate::error::lookup_error(format!(
            "unknown encoding: {encoding}"
        ))),
    }
}

/// A character as CPython's `\\x..`/`\\u....`/`\\U........` escape.
fn char_escape(c: char) -> String {
    match c as u32 {
        n if n < 0x100 => format!("\\x{n:02x}"),
        n if n < 0x10000 => format!("\\u{n:04x}"),
        n => format!("\\U{n:08x}"),
    }
}

/// Encode to a one-byte charset of code points below `limit` (ASCII, Latin-1), with the
/// error handlers strict, ignore, replace, backslashreplace and xmlcharrefreplace. A strict
/// failure reports the whole run of unencodable characters, as CPython does.
fn encode_limited(s: &str, name: &str, limit: u32, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            _ => {
                let end = (i..chars.len())
                    .find(|&j| (chars[j] as u32) < limit)
                    .unwrap_or(chars.len());
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(crate::error::unicode_encode_error(format!(
                    "'{name}' codec can't encode {what}: ordinal not in range({limit})"
                )));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Decode bytes with a codec.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match normalize_encoding(encoding).as_str() {
        "utf8" => decode_utf8(b, errors),
        "ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(crate::error::unicode_decode_error(format!(
                                "'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)"
                            )))
                        }
                    }
                }
            }
            Ok(out)
        }
        "latin1" => Ok(b.iter().map(|&x| x as char).collect()),
        _ => Err(crate::error::lookup_error(format!(
            "unknown encoding: {encoding}"
        ))),
    }
}

/// UTF-8 decoding with CPython's error reporting: an invalid sequence is the maximal
/// subpart Rust's decoder reports (the same as CPython's), described as an invalid start
/// byte, an invalid continuation byte, or an unexpected end of data.
fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let bad = &rest[good..good + bad_len];
                match errors {
                    "replace" => out.push('\u{fffd}'),
                    "ignore" => {}
                    "backslashreplace" => {
                        for c in bad {
                            out.push_str(&format!("\\x{c:02x}"));
                        }
                    }
                    _ => {
                        let pos = offset + good;
                        let reason = match (e.error_len(), bad[0]) {
                            (None, _) => "unexpected end of data",
                            (_, 0x80..=0xc1) | (_, 0xf5..=0xff) => "invalid start byte",
                            _ => "invalid continuation byte",
                        };
                        let what = if bad_len > 1 {
                            format!("bytes in position {pos}-{}", pos + bad_len - 1)
                        } else {
                            format!("byte 0x{:02x} in position {pos}", bad[0])
                        };
                        return Err(crate::error::unicode_decode_error(format!(
                            "'utf-8' codec can't decode {what}: {reason}"
                        )));
                    }
                }
                rest = &rest[good + bad_len..];
                offset += good + bad_len;
            }
        }
    }
}

fn normalize_encoding(e: &str) -> String {
    let e = e.to_ascii_lowercase().replace(['-', '_', ' '], "");
    match e.as_str() {
        "utf8" | "u8" | "utf" => "utf8".into(),
        "ascii" | "usascii" => "ascii".into(),
        "latin1" | "iso88591" | "l1" | "8859" | "cp819" => "latin1".into(),
        other => other.into(),
    }
}

fn bytes_decode(_vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let [enc, errs] = args.skip_self().bind("decode", ["encoding", "errors"], 0)?;
    let enc = enc
        .as_ref()
        .and_then(|e| e.as_str().map(String::from))
        .unwrap_or_else(|| "utf-8".into());
    let errs = errs
        .as_ref()
        .and_then(|e| e.as_str().map(String::from))
        .unwrap_or_else(|| "strict".into());
    let b = bytes_of(&this).unwrap_or_default();
    Ok(Value::new_str(decode(&b, &enc, &errs)?))
}

pub fn repr(o: &ObjRef) -> String {
    let (data, prefix) = match &o.payload {
        Payload::Bytes(b) => (b.to_vec(), None),
        Payload::ByteArray(b) => (b.lock().clone(), Some(o.class().type_name())),
        _ => (Vec::new(), None),
    };
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut s = String::from("b");
    s.push(quote);
    for &c in &data {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    match prefix {
        Some(p) => format!("{p}({s})"),
        None => s,
    }
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let data = bytes_of(&Value::Obj(o.clone())).unwrap_or_default();
    if is_slice(key) {
        let (s, e, st) = slice_indices_of(vm, key, data.len() as i64)?;
        let out: Vec<u8> = slice_positions(s, e, st).map(|i| data[i]).collect();
        return Ok(match &o.payload {
            Payload::ByteArray(_) => new_bytearray(out),
            _ => Value::new_bytes(out),
        });
    }
    let what = if matches!(o.payload, Payload::ByteArray(_)) {
        "bytearray"
    } else {
        "byte"
    };
    let i = index_arg(vm, key, what)?;
    match normalize_index(i, data.len()) {
        Some(j) => Ok(Value::Int(data[j] as i64)),
        None => Err(index_error(format!("{what} index out of range"))),
    }
}

pub fn setitem(vm: &mut Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let Payload::ByteArray(cellref) = &o.payload else {
        unreachable!()
    };
    if is_slice(key) {
        let len = cellref.lock().len() as i64;
        let (s, e, st) = slice_indices_of(vm, key, len)?;
        let positions: Vec<usize> = slice_positions(s, e, st).collect();
        let new = match &value {
            Some(v) if v.as_str().is_some() || crate::ops::is_numeric(v) => {
                return Err(type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            Some(v) => Some(bytes_from_arg(vm, v, None, None)?),
            None => None,
        };
        let mut g = cellref.lock();
        match new {
            None => {
                let mut p = positions;
                p.sort_unstable();
                for i in p.into_iter().rev() {
                    g.remove(i);
                }
            }
            Some(n) if st == 1 => {
                let (s, e) = (s as usize, (e.max(s)) as usize);
                g.splice(s..e, n);
            }
            Some(n) => {
                if n.len() != positions.len() {
                    return Err(value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        n.len(),
                        positions.len()
                    )));
                }
                for (p, b) in positions.into_iter().zip(n) {
                    g[p] = b;
                }
            }
        }
        return Ok(());
    }
    let i = index_arg(vm, key, "bytearray")?;
    let b = match &value {
        Some(v) => Some(byte_value(vm, v)?),
        None => None,
    };
    let mut g = cellref.lock();
    match normalize_index(i, g.len()) {
        Some(j) => {
            match b {
                Some(b) => g[j] = b,
                None => {
                    g.remove(j);
                }
            }
            Ok(())
        }
        None => Err(index_error("bytearray index out of range")),
    }
}

/// Is `v` an instance of a class statement's class (which may define reflected operators)?
fn is_heap(v: &Value) -> bool {
    v.class()
        .type_data()
        .has_flag(pyrite_object::types::flags::HEAPTYPE)
}

/// `a + b`, `a * n`, `a % args` for a bytes or bytearray `a` (the result has `a`'s type).
/// `None` (NotImplemented) lets a user class's reflected method answer; a builtin operand
/// that cannot work gets CPython's sequence error.
pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    if op == B::Remainder {
        return super::bytes_format::percent_op(vm, a, b);
    }
    let Some(x) = bytes_of(a) else {
        return Ok(None);
    };
    let out = match op {
        B::Add => match bytes_of(b) {
            Some(y) => [x, y].concat(),
            None if is_heap(b) => return Ok(None),
            None => {
                return Err(type_error(format!(
                    "can't concat {} to {}",
                    b.type_name(),
                    a.type_name()
                )))
            }
        },
        B::Multiply => {
            if crate::ops::as_int(b).is_none()
                && vm
                    .lookup_type_attr(&b.class().clone(), &crate::vm::name("__index__"))
                    .is_none()
            {
                if is_heap(b) {
                    return Ok(None);
                }
                return Err(type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    b.type_name()
                )));
            }
            repeat_bytes(vm, &x, b)?
        }
        _ => return Ok(None),
    };
    Ok(Some(match a.payload() {
        Some(Payload::ByteArray(_)) => new_bytearray(out),
        _ => Value::new_bytes(out),
    }))
}

/// `bytearray += x`.
pub fn inplace_concat(_vm: &mut Vm, a: &ObjRef, b: &Value) -> PyResult<Option<Value>> {
    let Some(y) = bytes_of(b) else {
        if is_heap(b) {
            return Ok(None);
        }
        return Err(type_error(format!(
            "can't concat {} to {}",
            b.type_name(),
            a.class().type_name()
        )));
    };
    if let Payload::ByteArray(c) = &a.payload {
        c.lock().extend(y);
    }
    Ok(Some(Value::Obj(a.clone())))
}

/// `bytearray *= n`.
pub fn inplace_repeat(vm: &mut Vm, a: &ObjRef, b: &Value) -> PyResult<Option<Value>> {
    if crate::ops::as_int(b).is_none()
        && vm
            .lookup_type_attr(&b.class().clone(), &crate::vm::name("__index__"))
            .is_none()
    {
        if is_heap(b) {
            return Ok(None);
        }
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            b.type_name()
        )));
    }
    imul(vm, a, b)?;
    Ok(Some(Value::Obj(a.clone())))
}

/// `bytearray.__imul__(n)`: repeat in place (`n` converted with `__index__`).
pub fn imul(vm: &mut Vm, a: &ObjRef, n: &Value) -> PyResult<()> {
    if let Payload::ByteArray(c) = &a.payload {
        let data = c.lock().clone();
        let repeated = repeat_bytes(vm, &data, n)?;
        *c.lock() = repeated;
    }
    Ok(())
}

/// `x * n` for bytes-like `x` (a negative count gives empty bytes).
fn repeat_bytes(vm: &mut Vm, x: &[u8], n: &Value) -> PyResult<Vec<u8>> {
    let i = vm.index(n)?;
    let count = match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(k)) => k.max(0) as usize,
        Some(crate::ops::IntRef::Big(b)) if num_traits::Signed::is_negative(b) => 0,
        _ => {
            return Err(crate::error::overflow_error(
                "cannot fit 'int' into an index-sized integer",
            ))
        }
    };
    match x.len().checked_mul(count) {
        Some(total) if total <= 1 << 32 => Ok(x.repeat(count)),
        _ => Err(crate::error::memory_error()),
    }
}

/// `item in bytes`: a byte value (an int) or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let data = bytes_of(&Value::Obj(o.clone())).unwrap_or_default();
    if let Some(sub) = bytes_of(item) {
        return Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let is_index = crate::ops::as_int(item).is_some()
        || vm
            .lookup_type_attr(&item.class().clone(), &crate::vm::name("__index__"))
            .is_some();
    if !is_index {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.type_name()
        )));
    }
    let b = byte_value(vm, item)?;
    Ok(data.contains(&b))
}
