//! The methods of `bytes` and `bytearray` (CPython 3.11's `bytes_methods.c`,
//! `bytesobject.c`, `bytearrayobject.c`): searching, splitting, stripping, case, padding,
//! hex, translation, and bytearray's mutators. (`%` formatting is in `bytes_format.rs`.)
//!
//! A method returns the exact type of its receiver's family: bytes methods give `bytes`,
//! bytearray methods `bytearray` (also for subclasses), as in CPython. Character classes are
//! ASCII-only (`Py_ISSPACE` & co.).

use std::borrow::Cow;

use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::Value;

use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::native::{add_classmethod, add_method, add_staticmethod, Args};
use crate::ops::{as_int, IntRef};
use crate::vm::name;
use crate::Vm;

use super::bytes::{byte_value, bytearray_cell, new_bytearray};

pub fn init() {
    for t in [&types().bytes, &types().bytearray] {
        add_method(t, "hex", hex);
        add_classmethod(t, "fromhex", fromhex);
        add_method(t, "count", count);
        add_method(t, "find", |vm, a| find_method(vm, a, "find", false, false));
        add_method(t, "rfind", |vm, a| find_method(vm, a, "rfind", true, false));
        add_method(t, "index", |vm, a| find_method(vm, a, "index", false, true));
        add_method(t, "rindex", |vm, a| {
            find_method(vm, a, "rindex", true, true)
        });
        add_method(t, "startswith", |vm, a| {
            tailmatch_method(vm, a, "startswith", false)
        });
        add_method(t, "endswith", |vm, a| {
            tailmatch_method(vm, a, "endswith", true)
        });
        add_method(t, "split", |vm, a| split_method(vm, a, "split", false));
        add_method(t, "rsplit", |vm, a| split_method(vm, a, "rsplit", true));
        add_method(t, "splitlines", splitlines);
        add_method(t, "join", join);
        add_method(t, "strip", |vm, a| strip_method(vm, a, "strip", true, true));
        add_method(t, "lstrip", |vm, a| {
            strip_method(vm, a, "lstrip", true, false)
        });
        add_method(t, "rstrip", |vm, a| {
            strip_method(vm, a, "rstrip", false, true)
        });
        add_method(t, "replace", replace);
        add_method(t, "upper", |_, a| map_bytes(a, |d| d.to_ascii_uppercase()));
        add_method(t, "lower", |_, a| map_bytes(a, |d| d.to_ascii_lowercase()));
        add_method(t, "swapcase", |_, a| map_bytes(a, swapcase));
        add_method(t, "title", |_, a| map_bytes(a, title));
        add_method(t, "capitalize", |_, a| map_bytes(a, capitalize));
        add_method(t, "isdigit", |_, a| {
            predicate(a, |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
        });
        add_method(t, "isalpha", |_, a| {
            predicate(a, |d| {
                !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic)
            })
        });
        add_method(t, "isalnum", |_, a| {
            predicate(a, |d| {
                !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric)
            })
        });
        add_method(t, "isspace", |_, a| {
            predicate(a, |d| !d.is_empty() && d.iter().all(|&c| is_space(c)))
        });
        add_method(t, "isascii", |_, a| predicate(a, |d| d.is_ascii()));
        add_method(t, "isupper", |_, a| predicate(a, isupper));
        add_method(t, "islower", |_, a| predicate(a, islower));
        add_method(t, "istitle", |_, a| predicate(a, istitle));
        add_method(t, "center", |vm, a| pad_method(vm, a, "center"));
        add_method(t, "ljust", |vm, a| pad_method(vm, a, "ljust"));
        add_method(t, "rjust", |vm, a| pad_method(vm, a, "rjust"));
        add_method(t, "zfill", zfill);
        add_method(t, "partition", |vm, a| {
            partition_method(vm, a, "partition", false)
        });
        add_method(t, "rpartition", |vm, a| {
            partition_method(vm, a, "rpartition", true)
        });
        add_method(t, "removeprefix", |vm, a| {
            remove_affix(vm, a, "removeprefix", true)
        });
        add_method(t, "removesuffix", |vm, a| {
            remove_affix(vm, a, "removesuffix", false)
        });
        add_method(t, "expandtabs", expandtabs);
        add_method(t, "translate", translate);
        add_staticmethod(t, "maketrans", maketrans);
        add_method(t, "__mod__", |vm, a| {
            let pos = a.exact("__mod__", 2)?;
            Ok(super::bytes_format::percent_op(vm, &pos[0], &pos[1])?
                .unwrap_or_else(Value::not_implemented))
        });
        add_method(t, "__rmod__", |_, _| Ok(Value::not_implemented()));
    }
    let b = &types().bytes;
    add_method(b, "__bytes__", |_, a| {
        let pos = a.exact("__bytes__", 1)?;
        if pos[0].is_exact(&types().bytes) {
            return Ok(pos[0].clone());
        }
        Ok(Value::new_bytes(data(&pos[0])?.into_owned()))
    });
    add_method(b, "__getnewargs__", |_, a| {
        let pos = a.exact("__getnewargs__", 1)?;
        Ok(Value::new_tuple(vec![Value::new_bytes(
            data(&pos[0])?.into_owned(),
        )]))
    });
    let ba = &types().bytearray;
    add_method(ba, "append", bytearray_append);
    add_method(ba, "extend", bytearray_extend);
    add_method(ba, "insert", bytearray_insert);
    add_method(ba, "pop", bytearray_pop);
    add_method(ba, "remove", bytearray_remove);
    add_method(ba, "clear", |_, a| {
        let pos = a.exact("clear", 1)?;
        let old = std::mem::take(&mut *bytearray_cell(&pos[0])?.lock());
        drop(old);
        Ok(Value::none())
    });
    add_method(ba, "reverse", |_, a| {
        let pos = a.exact("reverse", 1)?;
        bytearray_cell(&pos[0])?.lock().reverse();
        Ok(Value::none())
    });
    add_method(ba, "copy", |_, a| {
        let pos = a.exact("copy", 1)?;
        Ok(new_bytearray(data(&pos[0])?.into_owned()))
    });
    add_method(ba, "__iadd__", |vm, a| {
        let pos = a.exact("__iadd__", 2)?;
        let o = pos[0].as_obj().expect("bytearray");
        Ok(super::bytes::inplace_concat(vm, o, &pos[1])?.unwrap_or_else(Value::not_implemented))
    });
    add_method(ba, "__imul__", |vm, a| {
        let pos = a.exact("__imul__", 2)?;
        let o = pos[0].as_obj().expect("bytearray");
        super::bytes::imul(vm, o, &pos[1])?;
        Ok(pos[0].clone())
    });
    add_method(ba, "__setitem__", |vm, a| {
        let pos = a.exact("__setitem__", 3)?;
        let o = pos[0].as_obj().expect("bytearray");
        super::bytes::setitem(vm, o, &pos[1], Some(pos[2].clone()))?;
        Ok(Value::none())
    });
    add_method(ba, "__delitem__", |vm, a| {
        let pos = a.exact("__delitem__", 2)?;
        let o = pos[0].as_obj().expect("bytearray");
        super::bytes::setitem(vm, o, &pos[1], None)?;
        Ok(Value::none())
    });
    add_method(ba, "__alloc__", |_, a| {
        let pos = a.exact("__alloc__", 1)?;
        let cap = bytearray_cell(&pos[0])?.lock().capacity();
        Ok(Value::Int(cap as i64 + 1))
    });
}

// ---- receivers, arguments, results ----

/// The type family of a method's result.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Bytes,
    ByteArray,
}

pub(super) fn kind(v: &Value) -> Kind {
    match v.payload() {
        Some(Payload::ByteArray(_)) => Kind::ByteArray,
        _ => Kind::Bytes,
    }
}

pub(super) fn make(kind: Kind, data: Vec<u8>) -> Value {
    match kind {
        Kind::Bytes => Value::new_bytes(data),
        Kind::ByteArray => new_bytearray(data),
    }
}

/// The contents of a bytes-like object: borrowed from a bytes (immutable), copied out of a
/// bytearray (so no lock is held afterwards).
pub(super) fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(c) => Some(Cow::Owned(c.lock().clone())),
        _ => None,
    }
}

/// The receiver's contents.
fn data(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// A bytes-like argument (CPython's buffer protocol), with its TypeError.
fn buffer_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.type_name()
        ))
    })
}

/// A `find`/`count`/`index` argument: a bytes-like object or an int in range(256).
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    if as_int(v).is_none()
        && vm
            .lookup_type_attr(&v.class().clone(), &name("__index__"))
            .is_none()
    {
        return Err(type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            v.type_name()
        )));
    }
    Ok(vec![byte_value(vm, v)?])
}

/// A start/end argument: None or an index (big values clamp, as `_PyEval_SliceIndex`).
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Value::Int(i) = v {
        return Ok(Some(*i));
    }
    let has_index = as_int(v).is_some()
        || vm
            .lookup_type_attr(&v.class().clone(), &name("__index__"))
            .is_some();
    if !has_index {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    let i = vm.index(v)?;
    Ok(Some(match as_int(&i) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) if b.sign() == num_bigint::Sign::Minus => i64::MIN,
        _ => i64::MAX,
    }))
}

/// An index-sized int argument (a width, a count...).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v)?;
    match as_int(&i) {
        Some(IntRef::Small(n)) => Ok(n),
        _ => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// CPython's `ADJUST_INDICES`: slice-like bounds; `start` is not clamped to the length.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// `Py_ISSPACE`: ASCII whitespace (space, \t, \n, \v, \f, \r).
fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

// ---- searching ----

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == first);
    }
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        let off = hay[i..=last_start].iter().position(|&b| b == first)?;
        i += off;
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    if needle.len() > hay.len() {
        return None;
    }
    if needle.len() == 1 {
        return hay.iter().rposition(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Non-overlapping occurrences, at most `max`.
fn count_sub(hay: &[u8], needle: &[u8], max: usize) -> usize {
    if needle.is_empty() {
        return (hay.len() + 1).min(max);
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_sub(&hay[i..], needle) {
            Some(at) => {
                n += 1;
                i += at + needle.len();
            }
            None => break,
        }
    }
    n
}

/// Positional arguments parsed as `PyArg_ParseTuple` does ("find() takes at least 1
/// argument (0 given)").
fn tuple_args<'a>(a: &Args<'a>, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    a.no_kwargs(fname)?;
    let pos = a.skip_self().pos();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if pos.len() < min {
        return Err(type_error(format!(
            "{fname}() takes at least {min} argument{} ({} given)",
            plural(min),
            pos.len()
        )));
    }
    if pos.len() > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} argument{} ({} given)",
            plural(max),
            pos.len()
        )));
    }
    Ok(pos)
}

/// `(sub, start, end)` of find/count/index, with the range adjusted.
fn search_args(vm: &mut Vm, a: &Args, fname: &str, len: usize) -> PyResult<(Vec<u8>, i64, i64)> {
    let pos = tuple_args(a, fname, 1, 3)?;
    let sub = sub_arg(vm, &pos[0])?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    let (start, end) = adjust_indices(start, end, len);
    Ok((sub, start, end))
}

fn find_method(vm: &mut Vm, a: Args, fname: &str, reverse: bool, raise: bool) -> PyResult {
    let d = data(a.self_())?;
    let (sub, start, end) = search_args(vm, &a, fname, d.len())?;
    let found = if end - start < sub.len() as i64 {
        None
    } else {
        let hay = &d[start as usize..end as usize];
        let at = if reverse {
            rfind_sub(hay, &sub)
        } else {
            find_sub(hay, &sub)
        };
        at.map(|i| i as i64 + start)
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(value_error("subsection not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult {
    let d = data(a.self_())?;
    let (sub, start, end) = search_args(vm, &a, "count", d.len())?;
    if end < start || (end - start) < sub.len() as i64 {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_sub(&d[start as usize..end as usize], &sub, usize::MAX) as i64,
    ))
}

/// CPython's `tailmatch` for startswith (`at_end` false) / endswith.
fn tailmatch(d: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = d.len() as i64;
    let slen = sub.len() as i64;
    let (mut start, end) = adjust_indices(start, end, d.len());
    if !at_end {
        if start > len - slen {
            return false;
        }
    } else {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    }
    if end - start < slen {
        return false;
    }
    &d[start as usize..(start + slen) as usize] == sub
}

fn tailmatch_method(vm: &mut Vm, a: Args, fname: &str, at_end: bool) -> PyResult {
    let d = data(a.self_())?;
    let pos = tuple_args(&a, fname, 1, 3)?;
    let start = slice_index(vm, pos.get(1))?;
    let end = slice_index(vm, pos.get(2))?;
    if let Some(Payload::Tuple(items)) = pos[0].payload() {
        for it in items.iter() {
            let sub = buffer_arg(it)?;
            if tailmatch(&d, &sub, start, end, at_end) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    let Some(sub) = buffer(&pos[0]) else {
        return Err(type_error(format!(
            "{fname} first arg must be bytes or a tuple of bytes, not {}",
            pos[0].type_name()
        )));
    };
    Ok(Value::bool(tailmatch(&d, &sub, start, end, at_end)))
}

// ---- splitting and joining ----

fn split_whitespace(d: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let len = d.len();
    let mut i = 0;
    while maxcount > 0 {
        while i < len && is_space(d[i]) {
            i += 1;
        }
        if i == len {
            break;
        }
        let j = i;
        while i < len && !is_space(d[i]) {
            i += 1;
        }
        out.push(&d[j..i]);
        maxcount -= 1;
    }
    while i < len && is_space(d[i]) {
        i += 1;
    }
    if i < len {
        out.push(&d[i..]);
    }
    out
}

fn rsplit_whitespace(d: &[u8], mut maxcount: usize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = d.len();
    while maxcount > 0 {
        while i > 0 && is_space(d[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_space(d[i - 1]) {
            i -= 1;
        }
        out.push(&d[i..j]);
        maxcount -= 1;
    }
    while i > 0 && is_space(d[i - 1]) {
        i -= 1;
    }
    if i > 0 {
        out.push(&d[..i]);
    }
    out.reverse();
    out
}

fn split_sep<'d>(d: &'d [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'d [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    while maxcount > 0 {
        match find_sub(&d[i..], sep) {
            Some(at) => {
                out.push(&d[i..i + at]);
                i += at + sep.len();
                maxcount -= 1;
            }
            None => break,
        }
    }
    out.push(&d[i..]);
    out
}

fn rsplit_sep<'d>(d: &'d [u8], sep: &[u8], mut maxcount: usize) -> Vec<&'d [u8]> {
    let mut out = Vec::new();
    let mut j = d.len();
    while maxcount > 0 {
        match rfind_sub(&d[..j], sep) {
            Some(at) => {
                out.push(&d[at + sep.len()..j]);
                j = at;
                maxcount -= 1;
            }
            None => break,
        }
    }
    out.push(&d[..j]);
    out.reverse();
    out
}

fn pieces_list(k: Kind, pieces: Vec<&[u8]>) -> Value {
    Value::new_list(pieces.into_iter().map(|p| make(k, p.to_vec())).collect())
}

fn split_method(vm: &mut Vm, a: Args, fname: &str, reverse: bool) -> PyResult {
    let this = a.self_();
    let [sep, maxsplit] = a.skip_self().bind(fname, ["sep", "maxsplit"], 0)?;
    let maxsplit = match &maxsplit {
        Some(m) => ssize_arg(vm, m)?,
        None => -1,
    };
    let maxcount = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let d = data(this)?;
    let pieces = match sep.as_ref().filter(|s| !s.is_none()) {
        None if reverse => rsplit_whitespace(&d, maxcount),
        None => split_whitespace(&d, maxcount),
        Some(s) => {
            let sep = buffer_arg(s)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if reverse {
                rsplit_sep(&d, &sep, maxcount)
            } else {
                split_sep(&d, &sep, maxcount)
            }
        }
    };
    Ok(pieces_list(kind(this), pieces))
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let [keepends] = a.skip_self().bind("splitlines", ["keepends"], 0)?;
    let keepends = match &keepends {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let d = data(this)?;
    let len = d.len();
    let mut pieces = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < len {
        while i < len && d[i] != b'\n' && d[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < len {
            if d[i] == b'\r' && i + 1 < len && d[i + 1] == b'\n' {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        pieces.push(&d[j..eol]);
        j = i;
    }
    Ok(pieces_list(kind(this), pieces))
}

fn join(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("join", 2)?;
    let sep = data(&pos[0])?.into_owned();
    let items = vm.collect(&pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        let Some(b) = buffer(it) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                it.type_name()
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(make(kind(&pos[0]), out))
}

fn partition_method(_vm: &mut Vm, a: Args, fname: &str, reverse: bool) -> PyResult {
    let pos = a.exact(fname, 2)?;
    let k = kind(&pos[0]);
    let d = data(&pos[0])?;
    let sep = buffer_arg(&pos[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse {
        rfind_sub(&d, &sep)
    } else {
        find_sub(&d, &sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&d[..i], &sep, &d[i + sep.len()..]],
        None if reverse => [b"", b"", &d],
        None => [&d, b"", b""],
    };
    Ok(Value::new_tuple(
        parts.iter().map(|p| make(k, p.to_vec())).collect(),
    ))
}

// ---- stripping, replacing, affixes ----

fn strip_method(_vm: &mut Vm, a: Args, fname: &str, left: bool, right: bool) -> PyResult {
    let pos = a.skip_self().range(fname, 0, 1)?;
    let this = a.self_();
    let d = data(this)?;
    let chars = match pos.first().filter(|c| !c.is_none()) {
        Some(c) => Some(buffer_arg(c)?),
        None => None,
    };
    let strip = |c: u8| match &chars {
        Some(set) => set.contains(&c),
        None => is_space(c),
    };
    let mut i = 0;
    let mut j = d.len();
    if left {
        while i < j && strip(d[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(d[j - 1]) {
            j -= 1;
        }
    }
    Ok(make(kind(this), d[i..j].to_vec()))
}

fn replace(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let pos = a.skip_self().range("replace", 2, 3)?;
    let old = buffer_arg(&pos[0])?;
    let new = buffer_arg(&pos[1])?;
    let count = match pos.get(2) {
        Some(c) => ssize_arg(vm, c)?,
        None => -1,
    };
    let d = data(this)?;
    let max = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    let out = replace_bytes(&d, &old, &new, max);
    Ok(make(kind(this), out))
}

/// `stringlib`'s replace: at most `max` non-overlapping replacements, left to right; an empty
/// `old` inserts `new` before every byte and at the end.
fn replace_bytes(d: &[u8], old: &[u8], new: &[u8], max: usize) -> Vec<u8> {
    if max == 0 || (old.is_empty() && new.is_empty()) {
        return d.to_vec();
    }
    if old.is_empty() {
        let n = max.min(d.len() + 1);
        let mut out = Vec::with_capacity(d.len() + n * new.len());
        out.extend_from_slice(new);
        for &c in &d[..n - 1] {
            out.push(c);
            out.extend_from_slice(new);
        }
        out.extend_from_slice(&d[n - 1..]);
        return out;
    }
    let mut out = Vec::with_capacity(d.len());
    let mut i = 0;
    let mut n = 0;
    while n < max {
        match find_sub(&d[i..], old) {
            Some(at) => {
                out.extend_from_slice(&d[i..i + at]);
                out.extend_from_slice(new);
                i += at + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&d[i..]);
    out
}

fn remove_affix(_vm: &mut Vm, a: Args, fname: &str, prefix: bool) -> PyResult {
    let pos = a.exact(fname, 2)?;
    let d = data(&pos[0])?;
    let affix = buffer_arg(&pos[1])?;
    let out = if prefix {
        d.strip_prefix(&affix[..]).unwrap_or(&d)
    } else {
        d.strip_suffix(&affix[..]).unwrap_or(&d)
    };
    Ok(make(kind(&pos[0]), out.to_vec()))
}

// ---- case ----

fn map_bytes(a: Args, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    let this = a.self_();
    a.skip_self().exact("method", 0)?;
    let d = data(this)?;
    Ok(make(kind(this), f(&d)))
}

fn predicate(a: Args, f: fn(&[u8]) -> bool) -> PyResult {
    a.skip_self().exact("method", 0)?;
    Ok(Value::bool(f(&data(a.self_())?)))
}

fn swapcase(d: &[u8]) -> Vec<u8> {
    d.iter()
        .map(|&c| match c {
            b'a'..=b'z' => c.to_ascii_uppercase(),
            b'A'..=b'Z' => c.to_ascii_lowercase(),
            _ => c,
        })
        .collect()
}

fn title(d: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    d.iter()
        .map(|&c| {
            if c.is_ascii_lowercase() {
                let r = if previous_is_cased {
                    c
                } else {
                    c.to_ascii_uppercase()
                };
                previous_is_cased = true;
                r
            } else if c.is_ascii_uppercase() {
                let r = if previous_is_cased {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                previous_is_cased = true;
                r
            } else {
                previous_is_cased = false;
                c
            }
        })
        .collect()
}

fn capitalize(d: &[u8]) -> Vec<u8> {
    d.iter()
        .enumerate()
        .map(|(i, c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn isupper(d: &[u8]) -> bool {
    !d.iter().any(u8::is_ascii_lowercase) && d.iter().any(u8::is_ascii_uppercase)
}

fn islower(d: &[u8]) -> bool {
    !d.iter().any(u8::is_ascii_uppercase) && d.iter().any(u8::is_ascii_lowercase)
}

fn istitle(d: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in d {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---- padding ----

/// A `fillchar` argument: a bytes or bytearray of length 1.
fn fill_arg(v: &Value, fname: &str) -> PyResult<u8> {
    match buffer(v) {
        Some(b) if b.len() == 1 => Ok(b[0]),
        _ => Err(type_error(format!(
            "{fname}() argument 2 must be a byte string of length 1, not {}",
            v.type_name()
        ))),
    }
}

fn padded(d: &[u8], left: usize, right: usize, fill: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(d.len() + left + right);
    out.resize(left, fill);
    out.extend_from_slice(d);
    out.resize(left + d.len() + right, fill);
    out
}

fn pad_method(vm: &mut Vm, a: Args, fname: &str) -> PyResult {
    let this = a.self_();
    let pos = a.skip_self().range(fname, 1, 2)?;
    let width = ssize_arg(vm, &pos[0])?;
    let fill = match pos.get(1) {
        Some(f) => fill_arg(f, fname)?,
        None => b' ',
    };
    let d = data(this)?;
    let len = d.len() as i64;
    if len >= width {
        return Ok(make(kind(this), d.into_owned()));
    }
    let marg = width - len;
    let (left, right) = match fname {
        "center" => {
            let left = marg / 2 + (marg & width & 1);
            (left, marg - left)
        }
        "ljust" => (0, marg),
        _ => (marg, 0),
    };
    Ok(make(
        kind(this),
        padded(&d, left as usize, right as usize, fill),
    ))
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let pos = a.skip_self().exact("zfill", 1)?;
    let width = ssize_arg(vm, &pos[0])?;
    let d = data(this)?;
    if d.len() as i64 >= width {
        return Ok(make(kind(this), d.into_owned()));
    }
    let fill = (width - d.len() as i64) as usize;
    let mut out = padded(&d, fill, 0, b'0');
    if fill < out.len() && matches!(out[fill], b'+' | b'-') {
        out[0] = out[fill];
        out[fill] = b'0';
    }
    Ok(make(kind(this), out))
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let [tabsize] = a.skip_self().bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = match &tabsize {
        Some(t) => ssize_arg(vm, t)?,
        None => 8,
    };
    let d = data(this)?;
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in d.iter() {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.resize(out.len() + incr as usize, b' ');
            }
        } else {
            out.push(c);
            col += 1;
            if c == b'\n' || c == b'\r' {
                col = 0;
            }
        }
    }
    Ok(make(kind(this), out))
}

// ---- translation ----

fn translate(_vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let pos = a.skip_self().pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(crate::native::arity_message(
            "translate",
            1,
            2,
            pos.len(),
        )));
    }
    let mut delete_arg = pos.get(1);
    for (k, v) in a.kwargs() {
        match k {
            "delete" if delete_arg.is_none() => delete_arg = Some(v),
            "delete" => {
                return Err(type_error(
                    "argument for translate() given by name ('delete') and position (2)",
                ))
            }
            _ => {
                return Err(type_error(format!(
                    "translate() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let table = match &pos[0] {
        t if t.is_none() => None,
        t => {
            let t = buffer_arg(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete_arg {
        Some(d) => buffer_arg(d)?.into_owned(),
        None => Vec::new(),
    };
    let mut deleted = [false; 256];
    for &c in &delete {
        deleted[c as usize] = true;
    }
    let d = data(this)?;
    let out: Vec<u8> = d
        .iter()
        .filter(|&&c| !deleted[c as usize])
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(make(kind(this), out))
}

fn maketrans(_vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("maketrans", 2)?;
    let from = buffer_arg(&pos[0])?;
    let to = buffer_arg(&pos[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(Value::new_bytes(table))
}

// ---- hex ----

fn hex_digit(n: u8) -> char {
    b"0123456789abcdef"[n as usize] as char
}

fn hex(vm: &mut Vm, a: Args) -> PyResult {
    let this = a.self_();
    let [sep, bytes_per_sep] = a.skip_self().bind("hex", ["sep", "bytes_per_sep"], 0)?;
    let d = data(this)?;
    let sep = match &sep {
        None => None,
        Some(s) => {
            let ch = if let Some(t) = s.as_str() {
                if t.chars().count() != 1 {
                    return Err(value_error("sep must be length 1."));
                }
                t.chars().next().map(|c| c as u32)
            } else if let Some(b) = buffer(s) {
                if b.len() != 1 {
                    return Err(value_error("sep must be length 1."));
                }
                Some(b[0] as u32)
            } else {
                return Err(type_error(format!(
                    "object of type '{}' has no len()",
                    s.type_name()
                )));
            };
            match ch {
                Some(c) if c < 128 => Some(c as u8 as char),
                _ => return Err(value_error("sep must be ASCII.")),
            }
        }
    };
    let per = match &bytes_per_sep {
        Some(n) => ssize_arg(vm, n)?,
        None => 1,
    };
    Ok(Value::new_str(hex_string(&d, sep, per)))
}

/// `_Py_strhex_impl`: groups of `|per|` bytes counted from the right (`per > 0`) or the left.
pub fn hex_string(d: &[u8], sep: Option<char>, per: i64) -> String {
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    let sep = sep.filter(|_| group > 0 && !d.is_empty());
    for (i, &b) in d.iter().enumerate() {
        if let Some(s) = sep {
            let boundary = if per > 0 {
                (d.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(s);
            }
        }
        out.push(hex_digit(b >> 4));
        out.push(hex_digit(b & 0xf));
    }
    out
}

fn fromhex(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("fromhex", 2)?;
    let cls = &pos[0];
    let Some(s) = pos[1].as_str() else {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            pos[1].type_name()
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let is_ws = |c: char| c.is_ascii() && is_space(c as u8);
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if is_ws(chars[i]) {
            while i < chars.len() && is_ws(chars[i]) {
                i += 1;
            }
            if i >= chars.len() {
                break;
            }
        }
        let bad = |at: usize| {
            value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {at}"
            ))
        };
        let top = digit(i).ok_or_else(|| bad(i))?;
        let bot = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    if cls.is_obj(&types().bytes) {
        return Ok(Value::new_bytes(out));
    }
    if cls.is_obj(&types().bytearray) {
        return Ok(new_bytearray(out));
    }
    // A subclass: `cls(bytes)` (as CPython).
    let is_bytearray = cls
        .as_obj()
        .is_some_and(|c| c.type_data().layout == pyrite_object::types::Layout::ByteArray);
    let value = if is_bytearray {
        new_bytearray(out)
    } else {
        Value::new_bytes(out)
    };
    vm.call_positional(cls, &[value])
}

// ---- bytearray mutators ----

fn bytearray_append(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("append", 2)?;
    let v = byte_value(vm, &pos[1])?;
    bytearray_cell(&pos[0])?.lock().push(v);
    Ok(Value::none())
}

fn bytearray_extend(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("extend", 2)?;
    let c = bytearray_cell(&pos[0])?;
    if let Some(b) = buffer(&pos[1]) {
        let b = b.into_owned();
        c.lock().extend_from_slice(&b);
        return Ok(Value::none());
    }
    let it = vm.iter(&pos[1]).map_err(|e| {
        if e.matches(&types().exc.type_error) {
            type_error(format!(
                "can't extend bytearray with {}",
                pos[1].type_name()
            ))
        } else {
            e
        }
    })?;
    let mut new = Vec::new();
    while let Some(x) = vm.next(&it)? {
        new.push(byte_value(vm, &x)?);
    }
    c.lock().extend_from_slice(&new);
    Ok(Value::none())
}

fn bytearray_insert(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("insert", 3)?;
    let i = ssize_arg(vm, &pos[1])?;
    let v = byte_value(vm, &pos[2])?;
    let mut g = bytearray_cell(&pos[0])?.lock();
    let len = g.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    g.insert(at as usize, v);
    Ok(Value::none())
}

fn bytearray_pop(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.range("pop", 1, 2)?;
    let i = match pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut g = bytearray_cell(&pos[0])?.lock();
    if g.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    match super::slice::normalize_index(i, g.len()) {
        Some(j) => Ok(Value::Int(g.remove(j) as i64)),
        None => Err(index_error("pop index out of range")),
    }
}

fn bytearray_remove(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("remove", 2)?;
    let v = byte_value(vm, &pos[1])?;
    let mut g = bytearray_cell(&pos[0])?.lock();
    match g.iter().position(|&b| b == v) {
        Some(i) => {
            g.remove(i);
            Ok(Value::none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_groups() {
        let d = [1u8, 2, 3, 4, 5];
        assert_eq!(hex_string(&d, None, 1), "0102030405");
        assert_eq!(hex_string(&d, Some(':'), 1), "01:02:03:04:05");
        assert_eq!(hex_string(&d, Some(':'), 2), "01:0203:0405");
        assert_eq!(hex_string(&d, Some(':'), -2), "0102:0304:05");
        assert_eq!(hex_string(&d, Some(':'), 0), "0102030405");
        assert_eq!(hex_string(&[], Some(':'), 1), "");
    }

    #[test]
    fn splits() {
        assert_eq!(
            split_whitespace(b"  a b  c ", 1),
            vec![&b"a"[..], &b"b  c "[..]]
        );
        assert_eq!(
            rsplit_whitespace(b"  a b  c ", 1),
            vec![&b"  a b"[..], &b"c"[..]]
        );
        assert_eq!(
            split_sep(b"a,b,,c", b",", usize::MAX),
            vec![&b"a"[..], b"b", b"", b"c"]
        );
        assert_eq!(rsplit_sep(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
    }

    #[test]
    fn replaces() {
        assert_eq!(replace_bytes(b"ab", b"", b"-", usize::MAX), b"-a-b-");
        assert_eq!(replace_bytes(b"ab", b"", b"-", 2), b"-a-b");
        assert_eq!(replace_bytes(b"hello", b"l", b"L", 1), b"heLlo");
        assert_eq!(count_sub(b"aaaa", b"aa", usize::MAX), 2);
        assert_eq!(count_sub(b"abc", b"", usize::MAX), 4);
    }

    #[test]
    fn case() {
        assert_eq!(title(b"hello wORLD 3x"), b"Hello World 3X");
        assert!(istitle(b"Hello World"));
        assert!(!istitle(b"Hello world"));
        assert!(isupper(b"ABC1"));
        assert!(!isupper(b"123"));
    }
}
