//! `slice` objects and index normalisation for sequences.

use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, value_error, PyResult};
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::Vm;

pub fn init() {
    let s = &types().slice;
    add_staticmethod(s, "__new__", slice_new);
    add_method(s, "indices", slice_indices);
    add_property(s, "start", |_, a| Ok(parts(a.self_())[0].clone()), None);
    add_property(s, "stop", |_, a| Ok(parts(a.self_())[1].clone()), None);
    add_property(s, "step", |_, a| Ok(parts(a.self_())[2].clone()), None);
}

pub fn new_slice(lower: Value, upper: Value, step: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().slice.clone(),
        None,
        Payload::Slice(Box::new([lower, upper, step])),
    ))
}

fn parts(v: &Value) -> [Value; 3] {
    match v.payload() {
        Some(Payload::Slice(s)) => (**s).clone(),
        _ => [Value::none(), Value::none(), Value::none()],
    }
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("slice", 2, 4)?;
    Ok(match pos.len() {
        2 => new_slice(Value::none(), pos[1].clone(), Value::none()),
        3 => new_slice(pos[1].clone(), pos[2].clone(), Value::none()),
        _ => new_slice(pos[1].clone(), pos[2].clone(), pos[3].clone()),
    })
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("indices", 2)?;
    let len = vm.to_i64(&pos[1])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices_of(vm, &pos[0], len)?;
    Ok(Value::new_tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// An optional slice bound as i64 (None → None); huge values are clamped.
fn bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    let i = vm.index(v).map_err(|_| {
        type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(Some(match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(n)) => n,
        Some(crate::ops::IntRef::Big(b)) if num_traits::ToPrimitive::to_i64(b).is_some() => {
            num_traits::ToPrimitive::to_i64(b).expect("checked")
        }
        Some(crate::ops::IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        None => 0,
    }))
}

/// CPython's `PySlice_GetIndicesEx`: (start, stop, step) clamped to a sequence of `len`.
pub fn slice_indices_of(vm: &mut Vm, slice: &Value, len: i64) -> PyResult<(i64, i64, i64)> {
    let [lo, hi, st] = parts(slice);
    let step = bound(vm, &st)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let (def_start, def_stop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let clamp = |v: Option<i64>, def: i64| -> i64 {
        match v {
            None => def,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    let start = clamp(bound(vm, &lo)?, def_start);
    let stop = clamp(bound(vm, &hi)?, def_stop);
    Ok((start, stop, step))
}

/// The indices selected by a slice, in order.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> impl Iterator<Item = usize> {
    let count = if step > 0 {
        if stop > start {
            (stop - start + step - 1) / step
        } else {
            0
        }
    } else if start > stop {
        (start - stop + (-step) - 1) / (-step)
    } else {
        0
    };
    (0..count).map(move |k| (start + k * step) as usize)
}

/// Normalise a sequence index (negative from the end); `None` when out of range.
pub fn normalize_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// An index argument as i64, with CPython's TypeError wording for `what` ("list", "tuple"...).
pub fn index_arg(vm: &mut Vm, key: &Value, what: &str) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(*i),
        _ => {
            let i = vm.index(key).map_err(|_| {
                type_error(format!(
                    "{what} indices must be integers or slices, not {}",
                    key.type_name()
                ))
            })?;
            match crate::ops::as_int(&i) {
                Some(crate::ops::IntRef::Small(n)) => Ok(n),
                Some(crate::ops::IntRef::Big(b))
                    if num_traits::ToPrimitive::to_i64(b).is_some() =>
                {
                    Ok(num_traits::ToPrimitive::to_i64(b).expect("checked"))
                }
                _ => Err(crate::error::index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                )),
            }
        }
    }
}

pub fn is_slice(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Slice(_)))
}
