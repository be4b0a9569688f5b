//! Builtin types: their methods (registered into the type namespaces at start-up) and the
//! native fast paths the protocols in `protocol.rs`/`ops.rs` use for builtin payloads.

pub mod big_range;
pub mod bytes;
pub mod bytes_format;
pub mod bytes_methods;
pub mod class;
pub mod dict;
pub mod exception;
pub mod float;
pub mod function;
pub mod generic_alias;
pub mod int;
pub mod iter;
pub mod list;
pub mod mappingproxy;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod str_unicode;
pub mod tuple;

use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C};
use pyrite_object::payload::Payload;
use pyrite_object::{ObjRef, Value};

use crate::error::{PyErr, PyResult};
use crate::Vm;

/// Register every builtin type's methods (once per process).
pub fn init_all() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        object::init();
        class::init();
        int::init();
        float::init();
        str::init();
        bytes::init();
        list::init();
        tuple::init();
        dict::init();
        set::init();
        range::init();
        slice::init();
        function::init();
        generic_alias::init();
        mappingproxy::init();
        exception::init();
        iter::init();
        crate::io::init();
        crate::traceback::init();
        crate::generator::init();
    });
}

/// Binary operators on builtin (non-heap) types; `None` means unsupported.
pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    if let Some(r) = crate::ops::number_binop(a, b, op) {
        return r.map(Some);
    }
    match (a.payload(), op) {
        (Some(Payload::Str(_)), _) => str::binop(vm, a, b, op),
        (Some(Payload::List(_)), _) => list::binop(vm, a, b, op),
        (Some(Payload::Tuple(_)), _) => tuple::binop(vm, a, b, op),
        (Some(Payload::Bytes(_)), _) | (Some(Payload::ByteArray(_)), _) => {
            bytes::binop(vm, a, b, op)
        }
        (Some(Payload::Set(_)), _) | (Some(Payload::FrozenSet(_)), _) => set::binop(vm, a, b, op),
        (Some(Payload::Dict(_)), B::Or) => dict::binop_or(vm, a, b),
        _ => {
            // Reflected sequence repetition: `3 * "ab"`.
            if op == B::Multiply && crate::ops::as_int(a).is_some() {
                return match b.payload() {
                    Some(Payload::Str(_)) => str::binop(vm, b, a, op),
                    Some(Payload::List(_)) => list::binop(vm, b, a, op),
                    Some(Payload::Tuple(_)) => tuple::binop(vm, b, a, op),
                    Some(Payload::Bytes(_)) | Some(Payload::ByteArray(_)) => {
                        bytes::binop(vm, b, a, op)
                    }
                    _ => Ok(None),
                };
            }
            Ok(None)
        }
    }
}

/// In-place operators that mutate builtin containers (`list += x`, `set |= x`...).
pub fn builtin_inplace(vm: &mut Vm, a: &ObjRef, b: &Value, op: B) -> PyResult<Option<Value>> {
    match (&a.payload, op) {
        (Payload::List(_), B::Add) | (Payload::List(_), B::Multiply) => list::inplace(vm, a, b, op),
        (Payload::Set(_), _) => set::inplace(vm, a, b, op),
        (Payload::Dict(_), B::Or) => {
            dict::update_from_arg(vm, a, b)?;
            Ok(Some(Value::Obj(a.clone())))
        }
        (Payload::ByteArray(_), B::Add) => bytes::inplace_concat(vm, a, b),
        (Payload::ByteArray(_), B::Multiply) => bytes::inplace_repeat(vm, a, b),
        _ => Ok(None),
    }
}

/// Rich comparison of builtin containers/strings; `None` if not applicable.
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: C) -> PyResult<Option<Value>> {
    if crate::ops::as_complex(a).is_some() || crate::ops::as_complex(b).is_some() {
        if let (Some((r1, i1)), Some((r2, i2))) = (complexish(a), complexish(b)) {
            return match op {
                C::Eq => Ok(Some(Value::bool(r1 == r2 && i1 == i2))),
                C::Ne => Ok(Some(Value::bool(r1 != r2 || i1 != i2))),
                _ => Ok(None),
            };
        }
    }
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        return Ok(None);
    };
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => Ok(Some(Value::bool(compare_ord(
            x.as_str().cmp(y.as_str()),
            op,
        )))),
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (x, y) = (
                bytes::bytes_of(a).unwrap_or_default(),
                bytes::bytes_of(b).unwrap_or_default(),
            );
            Ok(Some(Value::bool(compare_ord(x.cmp(&y), op))))
        }
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            sequence_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::List(x), Payload::List(y)) => {
            let x = x.to_vec();
            let y = y.to_vec();
            sequence_compare(vm, &x, &y, op).map(Some)
        }
        (Payload::Dict(_), Payload::Dict(_)) => dict::compare(vm, a, b, op),
        (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => {
            set::compare(vm, a, b, op)
        }
        (Payload::Range { .. }, Payload::Range { .. }) => range::compare(a, b, op),
        (Payload::Complex { re: r1, im: i1 }, Payload::Complex { re: r2, im: i2 }) => match op {
            C::Eq => Ok(Some(Value::bool(r1 == r2 && i1 == i2))),
            C::Ne => Ok(Some(Value::bool(r1 != r2 || i1 != i2))),
            _ => Ok(None),
        },
        (Payload::Slice(x), Payload::Slice(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            sequence_compare(vm, &x, &y, op).map(Some)
        }
        _ => {
            if let (Some((r1, i1)), Some((r2, i2))) = (complexish(a), complexish(b)) {
                return match op {
                    C::Eq => Ok(Some(Value::bool(r1 == r2 && i1 == i2))),
                    C::Ne => Ok(Some(Value::bool(r1 != r2 || i1 != i2))),
                    _ => Ok(None),
                };
            }
            Ok(None)
        }
    }
}

fn complexish(v: &Value) -> Option<(f64, f64)> {
    if let Some(c) = crate::ops::as_complex(v) {
        return Some(c);
    }
    if let Some(f) = crate::ops::as_float(v) {
        return Some((f, 0.0));
    }
    crate::ops::as_int(v)
        .and_then(|i| i.to_f64().ok())
        .map(|f| (f, 0.0))
}

pub fn compare_ord(o: std::cmp::Ordering, op: C) -> bool {
    use std::cmp::Ordering::*;
    match op {
        C::Lt => o == Less,
        C::Le => o != Greater,
        C::Eq => o == Equal,
        C::Ne => o != Equal,
        C::Gt => o == Greater,
        C::Ge => o != Less,
        _ => false,
    }
}

/// Lexicographic comparison of two sequences (lists, tuples).
pub fn sequence_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: C) -> PyResult<Value> {
    for (a, b) in x.iter().zip(y.iter()) {
        if a.is(b) {
            continue;
        }
        if !vm.eq(a, b)? {
            return match op {
                C::Eq => Ok(Value::bool(false)),
                C::Ne => Ok(Value::bool(true)),
                _ => vm.rich_compare(a, b, op),
            };
        }
    }
    Ok(Value::bool(compare_ord(x.len().cmp(&y.len()), op)))
}

/// `container[key]` for builtin containers; `None` if not applicable.
pub fn builtin_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    match &o.payload {
        Payload::List(_) => list::getitem(vm, o, key).map(Some),
        Payload::Tuple(_) => tuple::getitem(vm, o, key).map(Some),
        Payload::Str(_) => str::getitem(vm, o, key).map(Some),
        Payload::Dict(_) => dict::getitem(vm, o, key).map(Some),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes::getitem(vm, o, key).map(Some),
        Payload::Range { .. } => range::getitem(vm, o, key).map(Some),
        _ => Ok(None),
    }
}

/// `container[key] = value` (or `del` when `value` is None) for builtin containers.
pub fn builtin_setitem(
    vm: &mut Vm,
    o: &ObjRef,
    key: &Value,
    value: Option<Value>,
) -> PyResult<Option<()>> {
    match &o.payload {
        Payload::List(_) => list::setitem(vm, o, key, value).map(Some),
        Payload::Dict(_) => {
            match value {
                Some(v) => vm.dict_set(o, key.clone(), v)?,
                None => vm.dict_del(o, key)?,
            }
            Ok(Some(()))
        }
        Payload::ByteArray(_) => bytes::setitem(vm, o, key, value).map(Some),
        _ => Ok(None),
    }
}

pub fn builtin_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<Option<bool>> {
    Ok(Some(match &o.payload {
        Payload::Dict(_) => vm.dict_get(o, item)?.is_some(),
        Payload::Set(_) | Payload::FrozenSet(_) => set::contains_obj(vm, o, item)?,
        Payload::Str(s) => match item.as_str() {
            Some(sub) => s.as_str().contains(sub),
            None => {
                return Err(crate::error::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    item.type_name()
                )))
            }
        },
        Payload::List(l) => {
            let items = l.to_vec();
            contains_in(vm, &items, item)?
        }
        Payload::Tuple(t) => {
            let items = t.to_vec();
            contains_in(vm, &items, item)?
        }
        Payload::Range { start, stop, step } => range::contains(*start, *stop, *step, item),
        Payload::Bytes(_) | Payload::ByteArray(_) => bytes::contains(vm, o, item)?,
        _ => return Ok(None),
    }))
}

fn contains_in(vm: &mut Vm, items: &[Value], item: &Value) -> PyResult<bool> {
    for v in items {
        if v.is(item) || vm.eq(v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(o)` for builtin iterables.
pub fn builtin_iter(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    iter::builtin_iter(vm, o)
}

/// `repr(o)` for builtin types; `None` to use the type's `__repr__`.
pub fn builtin_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    object::builtin_repr(vm, o)
}

/// `str(o)` for builtin types whose str differs from repr; `None` for the generic path.
pub fn builtin_str(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    match &o.payload {
        Payload::Exception(_) => exception::exception_str(vm, o).map(Some),
        Payload::Str(s) => Ok(Some(s.as_str().to_string())),
        _ => match builtin_repr(vm, o)? {
            Some(s) => Ok(Some(s)),
            None => Ok(None),
        },
    }
}

/// `format(v, spec)` for builtin types.
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    object::builtin_format(vm, v, spec)
}

/// The message (`str(e)`) of an exception raised natively.
pub fn exception_message(e: &PyErr) -> String {
    match crate::error::exception_args(&e.0).payload() {
        Some(Payload::Tuple(t)) if t.len() == 1 => t[0].as_str().unwrap_or("").to_string(),
        _ => String::new(),
    }
}
