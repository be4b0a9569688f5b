//! The `str` methods: searching, splitting and joining, stripping, case conversion and the
//! character predicates, padding, translation. Each works on `&str` slices (byte offsets) and
//! converts to and from code-point indices only where Python's API needs them, so a method is
//! linear in the string's length even for non-ASCII text.

use num_traits::ToPrimitive;
use pyrite_object::payload::Payload;
use pyrite_object::str::PyStr;
use pyrite_object::types::types;
use pyrite_object::Value;

use super::str::{arg_str, descriptor_error, method_args, receiver, Arity};
use super::str_unicode as uni;
use crate::error::{type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::Vm;

pub fn init() {
    let s = &types().str;
    add_method(s, "join", str_join);
    add_method(s, "split", |vm, a| split(vm, a, false));
    add_method(s, "rsplit", |vm, a| split(vm, a, true));
    add_method(s, "splitlines", str_splitlines);
    add_method(s, "partition", |_, a| partition(a, false));
    add_method(s, "rpartition", |_, a| partition(a, true));
    add_method(s, "strip", |_, a| strip(a, "strip", true, true));
    add_method(s, "lstrip", |_, a| strip(a, "lstrip", true, false));
    add_method(s, "rstrip", |_, a| strip(a, "rstrip", false, true));
    add_method(s, "find", |vm, a| find(vm, a, "find", false, false));
    add_method(s, "rfind", |vm, a| find(vm, a, "rfind", true, false));
    add_method(s, "index", |vm, a| find(vm, a, "index", false, true));
    add_method(s, "rindex", |vm, a| find(vm, a, "rindex", true, true));
    add_method(s, "count", str_count);
    add_method(s, "replace", str_replace);
    add_method(s, "startswith", |vm, a| {
        affix_match(vm, a, "startswith", false)
    });
    add_method(s, "endswith", |vm, a| affix_match(vm, a, "endswith", true));
    add_method(s, "removeprefix", |_, a| {
        remove_affix(a, "removeprefix", false)
    });
    add_method(s, "removesuffix", |_, a| {
        remove_affix(a, "removesuffix", true)
    });
    add_method(s, "upper", |_, a| case_map(a, "upper", Case::Upper));
    add_method(s, "lower", |_, a| case_map(a, "lower", Case::Lower));
    add_method(s, "casefold", |_, a| case_map(a, "casefold", Case::Fold));
    add_method(s, "swapcase", |_, a| case_map(a, "swapcase", Case::Swap));
    add_method(s, "title", |_, a| case_map(a, "title", Case::Title));
    add_method(s, "capitalize", |_, a| {
        case_map(a, "capitalize", Case::Capitalize)
    });
    add_method(s, "isdigit", |_, a| predicate(a, "isdigit", uni::is_digit));
    add_method(s, "isdecimal", |_, a| {
        predicate(a, "isdecimal", uni::is_decimal)
    });
    add_method(s, "isnumeric", |_, a| {
        predicate(a, "isnumeric", uni::is_numeric)
    });
    add_method(s, "isalpha", |_, a| predicate(a, "isalpha", uni::is_alpha));
    add_method(s, "isalnum", |_, a| predicate(a, "isalnum", uni::is_alnum));
    add_method(s, "isspace", |_, a| predicate(a, "isspace", uni::is_space));
    add_method(s, "isprintable", |_, a| {
        let s = no_args(&a, "isprintable")?;
        Ok(Value::bool(s.chars().all(uni::is_printable)))
    });
    add_method(s, "isascii", |_, a| {
        Ok(Value::bool(no_args(&a, "isascii")?.is_ascii()))
    });
    add_method(s, "isidentifier", |_, a| {
        Ok(Value::bool(is_identifier(no_args(&a, "isidentifier")?)))
    });
    add_method(s, "isupper", |_, a| cased_predicate(a, "isupper", true));
    add_method(s, "islower", |_, a| cased_predicate(a, "islower", false));
    add_method(s, "istitle", str_istitle);
    add_method(s, "center", |vm, a| pad(vm, a, "center", Justify::Center));
    add_method(s, "ljust", |vm, a| pad(vm, a, "ljust", Justify::Left));
    add_method(s, "rjust", |vm, a| pad(vm, a, "rjust", Justify::Right));
    add_method(s, "zfill", str_zfill);
    add_method(s, "expandtabs", str_expandtabs);
    add_method(s, "encode", str_encode);
    add_method(s, "translate", str_translate);
    add_staticmethod(s, "maketrans", str_maketrans);
    add_method(s, "format", super::str_format::str_format);
    add_method(s, "format_map", super::str_format::str_format_map);
}

/// The receiver's text (TypeError when a descriptor is called on a non-str).
fn recv<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let v = receiver(args, name)?;
    v.as_str().ok_or_else(|| descriptor_error(name, v))
}

fn recv_pystr<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a PyStr> {
    let v = receiver(args, name)?;
    v.as_pystr().ok_or_else(|| descriptor_error(name, v))
}

/// The receiver's text for a method taking no arguments.
fn no_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let s = recv(args, name)?;
    method_args(args, name, 0, 0, Arity::Expected)?;
    Ok(s)
}

/// `result` as a str value; the receiver itself when the text is unchanged (like CPython,
/// which returns the same object for an exact str).
fn same_or_new(this: &Value, original: &str, result: &str) -> Value {
    if result.len() == original.len() && this.class().is(&types().str) {
        this.clone()
    } else {
        Value::new_str(result)
    }
}

/// A str argument, with the TypeError wording of CPython's search methods.
fn must_be_str(v: &Value) -> PyResult<&str> {
    v.as_str()
        .ok_or_else(|| type_error(format!("must be str, not {}", v.type_name())))
}

/// Number of code points in `s` (counts the bytes that start a character).
#[inline]
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.as_bytes().iter().filter(|&&b| (b as i8) >= -0x40).count()
    }
}

// ---- Index arguments ----

/// A `start`/`end` argument (`_PyEval_SliceIndex`): None, or anything with `__index__`,
/// clamped to the i64 range.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let i = match crate::ops::as_int(v) {
        Some(_) => v.clone(),
        None => {
            let cls = v.class().clone();
            if vm
                .lookup_type_attr(&cls, &crate::vm::name("__index__"))
                .is_none()
            {
                return Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            vm.index(v)?
        }
    };
    Ok(Some(match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(n)) => n,
        Some(crate::ops::IntRef::Big(b)) => {
            b.to_i64()
                .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN
                } else {
                    i64::MAX
                })
        }
        None => 0,
    }))
}

/// CPython's `ADJUST_INDICES`: negative indices count from the end, then clamp; `start` may
/// still exceed `end` or `len`.
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

/// Byte offsets of code-point indices `start <= end <= char_len` in one pass.
fn byte_range(s: &PyStr, start: usize, end: usize) -> (usize, usize) {
    let text = s.as_str();
    if s.is_ascii() {
        return (start, end);
    }
    if start == 0 && end == s.char_len() {
        return (0, text.len());
    }
    let mut b0 = text.len();
    let mut b1 = text.len();
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        if ci == start {
            b0 = bi;
        }
        if ci == end {
            b1 = bi;
            break;
        }
    }
    (b0, b1)
}

/// The region `s[start:end]` of a search method and the code-point index where it starts, or
/// `None` when `start > end` after adjustment.
fn search_region<'a>(
    vm: &mut Vm,
    s: &'a PyStr,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(&'a str, usize)>> {
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    if start.is_none() && end.is_none() {
        return Ok(Some((s.as_str(), 0)));
    }
    let (start, end) = adjust_indices(start, end, s.char_len());
    if start > end {
        return Ok(None);
    }
    let (b0, b1) = byte_range(s, start, end);
    Ok(Some((&s.as_str()[b0..b1], start)))
}

/// The code-point index of byte offset `at` within `region` (which starts at code point
/// `base`).
fn char_index(region: &str, at: usize, base: usize, ascii: bool) -> usize {
    if ascii {
        base + at
    } else {
        base + char_count(&region[..at])
    }
}

// ---- Searching ----

fn find(vm: &mut Vm, args: Args, name: &str, reverse: bool, raise: bool) -> PyResult {
    let s = recv_pystr(&args, name)?;
    let pos = method_args(&args, name, 1, 3, Arity::Takes)?;
    let sub = must_be_str(&pos[0])?;
    let found = match search_region(vm, s, pos.get(1), pos.get(2))? {
        None => None,
        Some((region, base)) => {
            let at = if reverse {
                region.rfind(sub)
            } else {
                region.find(sub)
            };
            at.map(|at| char_index(region, at, base, s.is_ascii()))
        }
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv_pystr(&args, "count")?;
    let pos = method_args(&args, "count", 1, 3, Arity::Takes)?;
    let sub = must_be_str(&pos[0])?;
    let n = match search_region(vm, s, pos.get(1), pos.get(2))? {
        None => 0,
        Some((region, _)) if sub.is_empty() => char_count(region) + 1,
        Some((region, _)) => count_occurrences(region, sub),
    };
    Ok(Value::Int(n as i64))
}

/// Non-overlapping occurrences of a non-empty `sub`.
fn count_occurrences(text: &str, sub: &str) -> usize {
    if sub.len() == 1 {
        let b = sub.as_bytes()[0];
        return text.as_bytes().iter().filter(|&&x| x == b).count();
    }
    text.matches(sub).count()
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv(&args, "replace")?;
    let this = args.self_();
    let pos = method_args(&args, "replace", 2, 3, Arity::Expected)?;
    let old = arg_str(&pos[0], "replace() argument 1")?;
    let new = arg_str(&pos[1], "replace() argument 2")?;
    let count = match pos.get(2) {
        Some(c) => vm.to_i64(c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(same_or_new(this, s, s));
    }
    let out = match (count < 0, old.len() == 1) {
        // A one-byte pattern is an ASCII char: Rust searches those with memchr.
        (true, true) => s.replace(old.as_bytes()[0] as char, new),
        (true, false) => s.replace(old, new),
        (false, true) => s.replacen(old.as_bytes()[0] as char, new, count as usize),
        (false, false) => s.replacen(old, new, count as usize),
    };
    Ok(Value::new_str(out))
}

fn affix_match(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let s = recv_pystr(&args, name)?;
    let pos = method_args(&args, name, 1, 3, Arity::Takes)?;
    let Some((region, _)) = search_region(vm, s, pos.get(1), pos.get(2))? else {
        return Ok(Value::bool(false));
    };
    let test = |affix: &str| {
        if suffix {
            region.ends_with(affix)
        } else {
            region.starts_with(affix)
        }
    };
    if let Some(affix) = pos[0].as_str() {
        return Ok(Value::bool(test(affix)));
    }
    if let Some(Payload::Tuple(items)) = pos[0].payload() {
        for it in items.iter() {
            match it.as_str() {
                Some(affix) if test(affix) => return Ok(Value::bool(true)),
                Some(_) => {}
                None => {
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        it.type_name()
                    )))
                }
            }
        }
        return Ok(Value::bool(false));
    }
    Err(type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        pos[0].type_name()
    )))
}

fn remove_affix(args: Args, name: &str, suffix: bool) -> PyResult {
    let s = recv(&args, name)?;
    let this = args.self_();
    let pos = method_args(&args, name, 1, 1, Arity::Expected)?;
    let affix = arg_str(&pos[0], &format!("{name}() argument"))?;
    let rest = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    let out = match rest {
        Some(r) if !affix.is_empty() => r,
        _ => s,
    };
    Ok(same_or_new(this, s, out))
}

// ---- Splitting and joining ----

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let sep = recv(&args, "join")?;
    let pos = method_args(&args, "join", 1, 1, Arity::Expected)?;
    let iterable = &pos[0];
    // Lists and tuples are read in place; anything else is collected first.
    let collected;
    let guard;
    let items: &[Value] = match iterable.payload() {
        Some(Payload::Tuple(t)) => t,
        Some(Payload::List(l)) => {
            guard = l.lock();
            &guard
        }
        _ => {
            let it = match vm.iter(iterable) {
                Ok(it) => it,
                Err(e) if e.matches(&types().exc.type_error) => {
                    return Err(type_error("can only join an iterable"));
                }
                Err(e) => return Err(e),
            };
            collected = vm.collect(&it)?;
            &collected
        }
    };
    join_items(sep, items)
}

/// `sep.join(items)` for a snapshot of the items (no Python code runs here).
fn join_items(sep: &str, items: &[Value]) -> PyResult {
    let mut total = sep.len() * items.len().saturating_sub(1);
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => total += s.len(),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    it.type_name()
                )))
            }
        }
    }
    if items.len() == 1 && items[0].class().is(&types().str) {
        return Ok(items[0].clone());
    }
    let mut out = String::with_capacity(total);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(it.as_str().unwrap_or(""));
    }
    Ok(Value::new_str(out))
}

fn split(vm: &mut Vm, args: Args, reverse: bool) -> PyResult {
    let name = if reverse { "rsplit" } else { "split" };
    let s = recv(&args, name)?;
    let [sep, maxsplit] = args.skip_self().bind(name, ["sep", "maxsplit"], 0)?;
    let maxsplit = match &maxsplit {
        Some(m) => vm.to_i64(m)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match &sep {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| type_error(format!("must be str or None, not {}", v.type_name())))?,
        ),
    };
    // Items are made into str values as they are found (no intermediate vector); a one-byte
    // separator is counted first (a vectorised scan) to size the list exactly.
    let mut out: Vec<Value> = Vec::new();
    let mut push = |part: &str| out.push(Value::new_str(part));
    match sep {
        None if reverse => rsplit_whitespace(s, limit, &mut push),
        None => split_whitespace(s, limit, &mut push),
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => {
            let n = limit.saturating_add(1);
            if sep.len() == 1 {
                let c = sep.as_bytes()[0] as char;
                let parts = count_occurrences(s, sep).min(limit) + 1;
                out.reserve_exact(parts);
                let mut push = |part: &str| out.push(Value::new_str(part));
                if reverse {
                    s.rsplitn(n, c).for_each(&mut push);
                } else {
                    s.splitn(n, c).for_each(&mut push);
                }
            } else if reverse {
                s.rsplitn(n, sep).for_each(&mut push);
            } else {
                s.splitn(n, sep).for_each(&mut push);
            }
        }
    }
    if reverse {
        out.reverse();
    }
    Ok(Value::new_list(out))
}

/// `s.split()`: runs of whitespace separate, leading and trailing whitespace is dropped;
/// after `limit` splits the rest (without its leading whitespace) is the last item. Calls
/// `emit` with each item.
fn split_whitespace<'a>(s: &'a str, limit: usize, emit: &mut impl FnMut(&'a str)) {
    let mut count = 0;
    if s.is_ascii() {
        let b = s.as_bytes();
        let is_ws = |c: u8| matches!(c, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
        let mut i = 0;
        while i < b.len() {
            while i < b.len() && is_ws(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            if count == limit {
                emit(&s[i..]);
                break;
            }
            let start = i;
            while i < b.len() && !is_ws(b[i]) {
                i += 1;
            }
            emit(&s[start..i]);
            count += 1;
        }
        return;
    }
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(uni::is_space);
        if rest.is_empty() {
            break;
        }
        if count == limit {
            emit(rest);
            break;
        }
        match rest.find(uni::is_space) {
            Some(at) => {
                emit(&rest[..at]);
                rest = &rest[at..];
                count += 1;
            }
            None => {
                emit(rest);
                break;
            }
        }
    }
}

/// `s.rsplit()`: as `split_whitespace` from the right; the items come last first.
fn rsplit_whitespace<'a>(s: &'a str, limit: usize, emit: &mut impl FnMut(&'a str)) {
    let mut count = 0;
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(uni::is_space);
        if rest.is_empty() {
            break;
        }
        if count == limit {
            emit(rest);
            break;
        }
        match rest.rfind(uni::is_space) {
            Some(at) => {
                let c = rest[at..].chars().next().map_or(1, char::len_utf8);
                emit(&rest[at + c..]);
                rest = &rest[..at];
                count += 1;
            }
            None => {
                emit(rest);
                break;
            }
        }
    }
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv(&args, "splitlines")?;
    let [keepends] = args.skip_self().bind("splitlines", ["keepends"], 0)?;
    let keepends = match &keepends {
        Some(k) => vm.truthy(k)?,
        None => false,
    };
    let b = s.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        // The line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029.
        let eol_len = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1e => 1,
            0xc2 if b.get(i + 1) == Some(&0x85) => 2,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keepends { i + eol_len } else { i };
        out.push(Value::new_str(&s[start..end]));
        i += eol_len;
        start = i;
    }
    if start < b.len() {
        out.push(Value::new_str(&s[start..]));
    }
    Ok(Value::new_list(out))
}

fn partition(args: Args, reverse: bool) -> PyResult {
    let name = if reverse { "rpartition" } else { "partition" };
    let s = recv(&args, name)?;
    let this = args.self_();
    let pos = method_args(&args, name, 1, 1, Arity::Expected)?;
    let sep = must_be_str(&pos[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let empty = || Value::new_str("");
    Ok(Value::new_tuple(match found {
        Some(at) => vec![
            Value::new_str(&s[..at]),
            pos[0].clone(),
            Value::new_str(&s[at + sep.len()..]),
        ],
        // The receiver itself, even a subclass instance, as in CPython.
        None if reverse => vec![empty(), empty(), this.clone()],
        None => vec![this.clone(), empty(), empty()],
    }))
}

// ---- Stripping ----

fn strip(args: Args, name: &str, left: bool, right: bool) -> PyResult {
    let s = recv(&args, name)?;
    let this = args.self_();
    let pos = method_args(&args, name, 0, 1, Arity::Expected)?;
    let chars = match pos.first() {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?,
        ),
    };
    let out = match chars {
        None if s.is_ascii() => {
            let is_ws = |c: &u8| matches!(*c, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
            let b = s.as_bytes();
            let start = if left {
                b.iter().position(|c| !is_ws(c)).unwrap_or(b.len())
            } else {
                0
            };
            let end = if right {
                b.iter().rposition(|c| !is_ws(c)).map_or(start, |i| i + 1)
            } else {
                b.len()
            };
            &s[start..end.max(start)]
        }
        None => trim(s, left, right, uni::is_space),
        Some(set) if set.is_ascii() => {
            let mut table = [false; 128];
            for b in set.bytes() {
                table[b as usize] = true;
            }
            trim(s, left, right, |c: char| c.is_ascii() && table[c as usize])
        }
        Some(set) => trim(s, left, right, |c: char| set.contains(c)),
    };
    Ok(same_or_new(this, s, out))
}

fn trim(s: &str, left: bool, right: bool, pred: impl Fn(char) -> bool + Copy) -> &str {
    let s = if left { s.trim_start_matches(pred) } else { s };
    if right {
        s.trim_end_matches(pred)
    } else {
        s
    }
}

// ---- Case conversion ----

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Upper,
    Lower,
    Fold,
    Swap,
    Title,
    Capitalize,
}

fn case_map(args: Args, name: &str, case: Case) -> PyResult {
    let s = no_args(&args, name)?;
    let this = args.self_();
    if s.is_ascii() {
        let out = ascii_case_map(s, case);
        return Ok(if out == s {
            same_or_new(this, s, s)
        } else {
            Value::new_str(out)
        });
    }
    Ok(Value::new_str(unicode_case_map(s, case)))
}

fn ascii_case_map(s: &str, case: Case) -> String {
    match case {
        Case::Upper => s.to_ascii_uppercase(),
        Case::Lower | Case::Fold => s.to_ascii_lowercase(),
        Case::Swap => s
            .chars()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect(),
        Case::Title => {
            let mut prev_cased = false;
            s.chars()
                .map(|c| {
                    let out = if prev_cased {
                        c.to_ascii_lowercase()
                    } else {
                        c.to_ascii_uppercase()
                    };
                    prev_cased = c.is_ascii_alphabetic();
                    out
                })
                .collect()
        }
        Case::Capitalize => {
            let mut out = s.to_ascii_lowercase();
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
    }
}

/// Which capital sigmas (in order) are word-final, and so lower-case to 'ς' (CPython's
/// `handle_capital_sigma`). Rust's `str::to_lowercase` applies the same Final_Sigma rule;
/// every other character lower-cases independently of its context, so the two strings can be
/// walked side by side.
fn final_sigmas(s: &str) -> Vec<bool> {
    let lowered = s.to_lowercase();
    let mut at = 0;
    let mut out = Vec::new();
    for c in s.chars() {
        if c == 'Σ' {
            out.push(lowered[at..].starts_with('ς'));
            at += 'σ'.len_utf8();
        } else {
            at += c.to_lowercase().map(char::len_utf8).sum::<usize>();
        }
    }
    out
}

fn unicode_case_map(s: &str, case: Case) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut sigmas = if case != Case::Upper && case != Case::Fold && s.contains('Σ') {
        final_sigmas(s)
    } else {
        Vec::new()
    }
    .into_iter();
    // Each character with, for a capital sigma, whether it is word-final.
    let chars = s
        .chars()
        .map(|c| (c, c == 'Σ' && sigmas.next().unwrap_or(false)));
    let lower = |c: char, is_final: bool, out: &mut String| {
        if c == 'Σ' {
            out.push(if is_final { 'ς' } else { 'σ' });
        } else {
            uni::push_lower(c, out);
        }
    };
    match case {
        Case::Upper => s.chars().for_each(|c| uni::push_upper(c, &mut out)),
        Case::Fold => s.chars().for_each(|c| uni::push_casefold(c, &mut out)),
        Case::Lower => chars.for_each(|(c, f)| lower(c, f, &mut out)),
        Case::Swap => {
            for (c, f) in chars {
                if uni::is_upper(c) {
                    lower(c, f, &mut out);
                } else if uni::is_lower(c) {
                    uni::push_upper(c, &mut out);
                } else {
                    out.push(c);
                }
            }
        }
        Case::Title => {
            let mut prev_cased = false;
            for (c, f) in chars {
                if prev_cased {
                    lower(c, f, &mut out);
                } else {
                    uni::push_title(c, &mut out);
                }
                prev_cased = uni::is_cased(c);
            }
        }
        Case::Capitalize => {
            for (i, (c, f)) in chars.enumerate() {
                if i == 0 {
                    uni::push_title(c, &mut out);
                } else {
                    lower(c, f, &mut out);
                }
            }
        }
    }
    out
}

// ---- Predicates ----

fn predicate(args: Args, name: &str, pred: fn(char) -> bool) -> PyResult {
    let s = no_args(&args, name)?;
    Ok(Value::bool(!s.is_empty() && s.chars().all(pred)))
}

/// `isupper` (`upper` true) or `islower`: no character of the other case (or titlecase), and
/// at least one cased character.
fn cased_predicate(args: Args, name: &str, upper: bool) -> PyResult {
    let s = no_args(&args, name)?;
    if s.is_ascii() {
        let b = s.as_bytes();
        let ok = if upper {
            !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
        } else {
            !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
        };
        return Ok(Value::bool(ok));
    }
    let mut cased = false;
    for c in s.chars() {
        let (same, other) = if upper {
            (uni::is_upper(c), uni::is_lower(c))
        } else {
            (uni::is_lower(c), uni::is_upper(c))
        };
        if other || uni::is_titlecase(c) {
            return Ok(Value::bool(false));
        }
        cased |= same;
    }
    Ok(Value::bool(cased))
}

fn str_istitle(_vm: &mut Vm, args: Args) -> PyResult {
    let s = no_args(&args, "istitle")?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if uni::is_upper(c) || uni::is_titlecase(c) {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if uni::is_lower(c) {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if uni::is_xid_start(c) => chars.all(uni::is_xid_continue),
        _ => false,
    }
}

// ---- Padding ----

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, args: Args, name: &str, how: Justify) -> PyResult {
    let s = recv_pystr(&args, name)?;
    let this = args.self_();
    let pos = method_args(&args, name, 1, 2, Arity::Expected)?;
    let width = vm.to_i64(&pos[0])?;
    let fill = match pos.get(1) {
        None => ' ',
        Some(f) => {
            let f = f.as_pystr().ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    f.type_name()
                ))
            })?;
            if f.char_len() != 1 {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            f.as_str().chars().next().unwrap_or(' ')
        }
    };
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(same_or_new(this, s.as_str(), s.as_str()));
    }
    let marg = (width - len) as usize;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        // CPython's rounding: the extra column goes left when both margin and width are odd.
        Justify::Center => marg / 2 + (marg & width as usize & 1),
    };
    Ok(Value::new_str(padded(s.as_str(), left, marg - left, fill)))
}

fn padded(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv_pystr(&args, "zfill")?;
    let this = args.self_();
    let pos = method_args(&args, "zfill", 1, 1, Arity::Expected)?;
    let width = vm.to_i64(&pos[0])?;
    let len = s.char_len() as i64;
    let text = s.as_str();
    if width <= len {
        return Ok(same_or_new(this, text, text));
    }
    let fill = (width - len) as usize;
    let mut out = String::with_capacity(text.len() + fill);
    let body = match text.as_bytes().first() {
        Some(&b @ (b'+' | b'-')) => {
            out.push(b as char);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(body);
    Ok(Value::new_str(out))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv(&args, "expandtabs")?;
    let this = args.self_();
    let [tabsize] = args.skip_self().bind("expandtabs", ["tabsize"], 0)?;
    let tabsize = match &tabsize {
        Some(t) => vm.to_i64(t)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(same_or_new(this, s, s));
    }
    let mut out = String::with_capacity(s.len() + 16);
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    column += incr;
                    out.extend(std::iter::repeat_n(' ', incr as usize));
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::new_str(out))
}

fn str_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let s = recv(&args, "encode")?;
    let [encoding, errors] = args.skip_self().bind("encode", ["encoding", "errors"], 0)?;
    let encoding = match &encoding {
        Some(e) => arg_str(e, "encode() argument 'encoding'")?,
        None => "utf-8",
    };
    let errors = match &errors {
        Some(e) => arg_str(e, "encode() argument 'errors'")?,
        None => "strict",
    };
    Ok(Value::new_bytes(super::bytes::encode(s, encoding, errors)?))
}

// ---- Translation ----

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("maketrans", 1, 3)?;
    let mut table: Vec<(Value, Value)> = Vec::new();
    if pos.len() == 1 {
        let Some(Payload::Dict(d)) = pos[0].payload() else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items = d.lock().items();
        for (k, v) in items {
            let key = if let Some(ks) = k.as_pystr() {
                if ks.char_len() != 1 {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ));
                }
                Value::Int(ks.as_str().chars().next().map_or(0, |c| c as i64))
            } else if crate::ops::as_int(&k).is_some() {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            table.push((key, v));
        }
    } else {
        let x = pos[0].as_pystr().ok_or_else(|| {
            type_error("first maketrans argument must be a string if there is a second argument")
        })?;
        let y = pos[1].as_pystr().ok_or_else(|| {
            type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                pos[1].type_name()
            ))
        })?;
        if x.char_len() != y.char_len() {
            return Err(value_error(
                "the first two maketrans arguments must have equal length",
            ));
        }
        for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
            table.push((Value::Int(a as i64), Value::Int(b as i64)));
        }
        if let Some(z) = pos.get(2) {
            let z = z.as_str().ok_or_else(|| {
                type_error(format!(
                    "maketrans() argument 3 must be str, not {}",
                    z.type_name()
                ))
            })?;
            for c in z.chars() {
                table.push((Value::Int(c as i64), Value::none()));
            }
        }
    }
    let d = Value::new_dict(Default::default());
    let dobj = d.as_obj().expect("dict").clone();
    for (k, v) in table {
        vm.dict_set(&dobj, k, v)?;
    }
    Ok(d)
}

/// What a translation table maps one character to.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Text(String),
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let s = recv(&args, "translate")?;
    let this = args.self_();
    let pos = method_args(&args, "translate", 1, 1, Arity::Expected)?;
    let table = &pos[0];
    let exact_dict = table.class().is(&types().dict);
    let mut ascii_cache: [Option<Mapped>; 128] = std::array::from_fn(|_| None);
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    for c in s.chars() {
        let m = match ascii_cache.get(c as usize).and_then(|m| m.clone()) {
            Some(m) => m,
            None => {
                let m = translate_char(vm, table, exact_dict, c)?;
                if let Some(slot) = ascii_cache.get_mut(c as usize) {
                    *slot = Some(m.clone());
                }
                m
            }
        };
        match m {
            Mapped::Keep => out.push(c),
            Mapped::Delete => changed = true,
            Mapped::Text(t) => {
                changed = true;
                out.push_str(&t);
            }
        }
    }
    Ok(if changed {
        Value::new_str(out)
    } else {
        same_or_new(this, s, s)
    })
}

fn translate_char(vm: &mut Vm, table: &Value, exact_dict: bool, c: char) -> PyResult<Mapped> {
    let key = Value::Int(c as i64);
    let v = if exact_dict {
        match vm.dict_get(table.as_obj().expect("dict"), &key)? {
            Some(v) => v,
            None => return Ok(Mapped::Keep),
        }
    } else {
        match vm.getitem(table, &key) {
            Ok(v) => v,
            Err(e) if e.matches(&types().exc.lookup_error) => return Ok(Mapped::Keep),
            Err(e) => return Err(e),
        }
    };
    if v.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(t) = v.as_str() {
        return Ok(Mapped::Text(t.to_string()));
    }
    if let Some(i) = crate::ops::as_int(&v) {
        let n = match i {
            crate::ops::IntRef::Small(n) => n,
            crate::ops::IntRef::Big(_) => -1,
        };
        return match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(ch) if ch == c => Ok(Mapped::Keep),
            Some(ch) => Ok(Mapped::Text(ch.to_string())),
            None => Err(value_error("character mapping must be in range(0x110000)")),
        };
    }
    Err(type_error(
        "character mapping must return integer, None or str",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::str_unicode::*;

    #[test]
    fn whitespace_split_matches_cpython() {
        let split = |s: &'static str, limit: usize, reverse: bool| {
            let mut out = Vec::new();
            if reverse {
                rsplit_whitespace(s, limit, &mut |p| out.push(p));
            } else {
                split_whitespace(s, limit, &mut |p| out.push(p));
            }
            out
        };
        assert_eq!(split("  a b  c ", usize::MAX, false), ["a", "b", "c"]);
        assert_eq!(split("  a b  c ", 1, false), ["a", "b  c "]);
        assert_eq!(split("\u{3000}é\u{a0}b ", usize::MAX, false), ["é", "b"]);
        assert_eq!(split("é  b  c ", 1, false), ["é", "b  c "]);
        assert_eq!(split(" a b  c ", 1, true), ["c", " a b"]);
        assert!(split("   ", usize::MAX, false).is_empty());
    }

    #[test]
    fn index_adjustment() {
        assert_eq!(adjust_indices(Some(-2), None, 5), (3, 5));
        assert_eq!(adjust_indices(Some(-20), Some(-1), 5), (0, 4));
        assert_eq!(adjust_indices(Some(7), Some(100), 5), (7, 5));
        let s = PyStr::new("héllo");
        assert_eq!(byte_range(&s, 1, 3), (1, 4));
        assert_eq!(byte_range(&s, 2, 5), (3, 6));
    }

    #[test]
    fn final_sigma() {
        assert_eq!(unicode_case_map("ΟΔΟΣ", Case::Lower), "οδος");
        assert_eq!(unicode_case_map("ΣΑΣ ΣΑ", Case::Title), "Σας Σα");
        assert_eq!(unicode_case_map("ΑΣ.", Case::Capitalize), "Ας.");
        assert_eq!(unicode_case_map("ΣΣ", Case::Title), "Σς");
        assert_eq!(unicode_case_map("aΣ", Case::Swap), "Aς");
        assert_eq!(unicode_case_map("ΟΔΟΣ", Case::Fold), "οδοσ");
    }

    fn map(f: fn(char, &mut String), c: char) -> String {
        let mut s = String::new();
        f(c, &mut s);
        s
    }

    #[test]
    fn properties_match_cpython() {
        assert!(is_printable('é') && is_printable('中') && is_printable('🐍'));
        assert!(!is_printable('\u{7f}') && !is_printable('\u{85}') && !is_printable('\u{ad}'));
        assert!(!is_printable('\u{2028}') && !is_printable('\u{a0}') && !is_printable('\u{3000}'));
        assert!(is_alpha('é') && !is_alpha('\u{2160}') && !is_alpha('\u{345}'));
        assert!(is_digit('²') && !is_decimal('²') && is_numeric('½') && !is_digit('½'));
        assert!(is_numeric('一') && is_decimal('٣'));
        assert!(is_xid_start('ü') && !is_xid_start('٣') && is_xid_continue('٣'));
        assert!(is_titlecase('ǅ') && !is_upper('ǅ') && !is_lower('ǅ') && is_cased('ǅ'));
        // Assigned after Unicode 14.0: caseless in CPython 3.11.
        assert!(!is_upper('\u{1c89}') && map(push_lower, '\u{1c89}') == "\u{1c89}");
    }

    #[test]
    fn mappings_match_cpython() {
        assert_eq!(map(push_upper, 'ß'), "SS");
        assert_eq!(map(push_title, 'ß'), "Ss");
        assert_eq!(map(push_upper, 'ﬁ'), "FI");
        assert_eq!(map(push_title, 'ﬁ'), "Fi");
        assert_eq!(map(push_title, 'ǆ'), "ǅ");
        assert_eq!(map(push_casefold, 'ß'), "ss");
        assert_eq!(map(push_casefold, 'ς'), "σ");
        assert_eq!(map(push_lower, 'İ'), "i\u{307}");
    }
}
