//! `bytes` and `bytearray`: construction, repr, indexing, concatenation, codecs.
//! (The method set is in `bytes_methods.rs`.)

use pyrite_object::bytecode::BinaryOperator as B;
use pyrite_object::payload::Payload;
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{index_arg, is_slice, normalize_index, slice_indices_of, slice_positions};
use crate::Vm;

pub fn init() {
    let b = &types().bytes;
    add_staticmethod(b, "__new__", bytes_new);
    add_method(b, "decode", bytes_decode);
    add_method(b, "__hash__", |vm, a| Ok(Value::Int(vm.hash(a.self_())?)));
    super::list::add_sequence_dunders(b);
    let ba = &types().bytearray;
    add_staticmethod(ba, "__new__", bytearray_new);
    add_method(ba, "__init__", bytearray_init);
    add_method(ba, "decode", bytes_decode);
    add_method(ba, "append", |vm, a| {
        let pos = a.exact("append", 2)?;
        let v = byte_value(vm, &pos[1])?;
        cell(&pos[0])?.lock().push(v);
        Ok(Value::none())
    });
    super::list::add_sequence_dunders(ba);
    crate::native::set_type_attr(ba, "__hash__", Value::none());
}

fn cell(v: &Value) -> PyResult<&ObjCell<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error("expected a bytearray")),
    }
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
fn bytes_from_arg(vm: &mut Vm, v: &Value, encoding: Option<&Value>, errors: Option<&Value>) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        let Some(enc) = encoding else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = enc.as_str().ok_or_else(|| type_error("encoding must be str"))?;
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
            _ => Err(crate::error::overflow_error("cannot fit 'int' into an index-sized integer")),
        };
    }
    let items = vm.collect(v).map_err(|_| type_error(format!("cannot convert '{}' object to bytes", v.type_name())))?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        out.push(byte_value(vm, &it)?);
    }
    Ok(out)
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0].as_obj().cloned().ok_or_else(|| type_error("bytes.__new__(X): X is not a type"))?;
    let [src, enc, errs] = args.skip_self().bind("bytes", ["source", "encoding", "errors"], 0)?;
    let data = match &src {
        None => Vec::new(),
        Some(v) => {
            if enc.is_none() && bytes_of(v).is_none() && v.as_str().is_none() && crate::ops::as_int(v).is_none() {
                let cls_v = v.class().clone();
                if let Some(f) = vm.lookup_type_attr(&cls_v, &crate::vm::name("__bytes__")) {
                    return vm.call_method_value(&f, v, (&[], &[]));
                }
            }
            bytes_from_arg(vm, v, enc.as_ref(), errs.as_ref())?
        }
    };
    if cls.is(&types().bytes) {
        return Ok(Value::new_bytes(data));
    }
    if cls.type_data().layout != Layout::Bytes {
        return Err(type_error("bytes.__new__(X): X is not a subtype of bytes"));
    }
    Ok(Value::Obj(super::object::new_instance_object(&cls, Payload::Bytes(data.into_boxed_slice()))))
}

fn bytearray_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0].as_obj().cloned().ok_or_else(|| type_error("bytearray.__new__(X): X is not a type"))?;
    let payload = Payload::ByteArray(ObjCell::new(Vec::new()));
    if cls.is(&types().bytearray) {
        return Ok(Value::Obj(ObjRef::new(cls, None, payload)));
    }
    Ok(Value::Obj(super::object::new_instance_object(&cls, payload)))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let [src, enc, errs] = args.skip_self().bind("bytearray", ["source", "encoding", "errors"], 0)?;
    let data = match &src {
        None => Vec::new(),
        Some(v) => bytes_from_arg(vm, v, enc.as_ref(), errs.as_ref())?,
    };
    *cell(&this)?.lock() = data;
    Ok(Value::none())
}

/// Encode text with a codec.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    match normalize_encoding(encoding).as_str() {
        "utf8" => Ok(s.as_bytes().to_vec()),
        "ascii" | "latin1" => {
            let limit = if normalize_encoding(encoding) == "ascii" { 0x80 } else { 0x100 };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        _ => {
                            let name = if limit == 0x80 { "ascii" } else { "latin-1" };
                            return Err(crate::error::unicode_encode_error(format!(
                                "'{name}' codec can't encode character '\\u{:04x}' in position {i}: ordinal not in range({limit})",
                                c as u32
                            )));
                        }
                    }
                }
            }
            Ok(out)
        }
        _ => Err(crate::error::lookup_error(format!("unknown encoding: {encoding}"))),
    }
}

/// Decode bytes with a codec.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match normalize_encoding(encoding).as_str() {
        "utf8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => match errors {
                "replace" => Ok(String::from_utf8_lossy(b).into_owned()),
                "ignore" => Ok(String::from_utf8_lossy(b).replace('\u{fffd}', "")),
                _ => {
                    let pos = e.valid_up_to();
                    let reason = if e.error_len().is_none() { "unexpected end of data" } else { "invalid start byte" };
                    let reason = if e.error_len().is_some() && b[pos] >= 0x80 && b[pos] < 0xc0 { "invalid start byte" } else if e.error_len().is_some() && b[pos] >= 0xc0 { "invalid continuation byte" } else { reason };
                    Err(crate::error::unicode_decode_error(format!(
                        "'utf-8' codec can't decode byte 0x{:02x} in position {pos}: {reason}",
                        b[pos]
                    )))
                }
            },
        },
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
        _ => Err(crate::error::lookup_error(format!("unknown encoding: {encoding}"))),
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
    let enc = enc.as_ref().and_then(|e| e.as_str().map(String::from)).unwrap_or_else(|| "utf-8".into());
    let errs = errs.as_ref().and_then(|e| e.as_str().map(String::from)).unwrap_or_else(|| "strict".into());
    let b = bytes_of(&this).unwrap_or_default();
    Ok(Value::new_str(decode(&b, &enc, &errs)?))
}

pub fn repr(o: &ObjRef) -> String {
    let (data, prefix) = match &o.payload {
        Payload::Bytes(b) => (b.to_vec(), None),
        Payload::ByteArray(b) => (b.lock().clone(), Some(o.class().type_name())),
        _ => (Vec::new(), None),
    };
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
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
            Payload::ByteArray(_) => Value::Obj(ObjRef::new(types().bytearray.clone(), None, Payload::ByteArray(ObjCell::new(out)))),
            _ => Value::new_bytes(out),
        });
    }
    let what = if matches!(o.payload, Payload::ByteArray(_)) { "bytearray" } else { "byte" };
    let i = index_arg(vm, key, what)?;
    match normalize_index(i, data.len()) {
        Some(j) => Ok(Value::Int(data[j] as i64)),
        None => Err(index_error(format!("{what} index out of range"))),
    }
}

pub fn setitem(vm: &mut Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let Payload::ByteArray(cellref) = &o.payload else { unreachable!() };
    if is_slice(key) {
        let len = cellref.lock().len() as i64;
        let (s, e, st) = slice_indices_of(vm, key, len)?;
        let positions: Vec<usize> = slice_positions(s, e, st).collect();
        let new = match &value {
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

pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    let x = bytes_of(a).unwrap_or_default();
    let out = match op {
        B::Add => match bytes_of(b) {
            Some(y) => [x, y].concat(),
            None => return Ok(None),
        },
        B::Multiply => match crate::ops::as_int(b) {
            Some(_) => x.repeat(super::list::repeat_count(vm, b)?),
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    Ok(Some(match a.payload() {
        Some(Payload::ByteArray(_)) => Value::Obj(ObjRef::new(types().bytearray.clone(), None, Payload::ByteArray(ObjCell::new(out)))),
        _ => Value::new_bytes(out),
    }))
}

pub fn inplace_concat(_vm: &mut Vm, a: &ObjRef, b: &Value) -> PyResult<Option<Value>> {
    let Some(y) = bytes_of(b) else { return Ok(None) };
    if let Payload::ByteArray(c) = &a.payload {
        c.lock().extend(y);
    }
    Ok(Some(Value::Obj(a.clone())))
}

pub fn contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    let data = bytes_of(&Value::Obj(o.clone())).unwrap_or_default();
    if let Some(sub) = bytes_of(item) {
        return Ok(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice()));
    }
    let b = byte_value(vm, item)?;
    Ok(data.contains(&b))
}
