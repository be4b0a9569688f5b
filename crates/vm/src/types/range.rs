//! `range` objects.

use pyrite_object::bytecode::ComparisonOperator as C;
use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::types::iter::{new_native_iter, IterKind};
use crate::Vm;

pub fn init() {
    let r = &types().range;
    add_staticmethod(r, "__new__", range_new);
    add_method(r, "count", range_count);
    add_method(r, "index", range_index);
    add_method(r, "__reversed__", range_reversed);
    add_property(r, "start", |_, a| Ok(big_field(a.self_(), 0)), None);
    add_property(r, "stop", |_, a| Ok(big_field(a.self_(), 1)), None);
    add_property(r, "step", |_, a| Ok(big_field(a.self_(), 2)), None);
    // Protocol methods, used for ranges too big for the fast representation.
    add_method(r, "__len__", |_, a| {
        match super::big_range::big(a.self_()) {
            Some(b) => Ok(Value::Int(super::big_range::len(b)? as i64)),
            None => {
                let (s, e, st) = fields(a.self_());
                Ok(Value::Int(range_len(s, e, st)))
            }
        }
    });
    add_method(r, "__getitem__", |vm, a| {
        let p = a.exact("__getitem__", 2)?;
        match super::big_range::big(&p[0]) {
            Some(b) => super::big_range::getitem(vm, b, &p[1]),
            None => getitem(vm, p[0].as_obj().expect("range"), &p[1]),
        }
    });
    add_method(r, "__contains__", |_, a| {
        let p = a.exact("__contains__", 2)?;
        Ok(Value::bool(match super::big_range::big(&p[0]) {
            Some(b) => super::big_range::contains(b, &p[1]),
            None => {
                let (s, e, st) = fields(&p[0]);
                contains(s, e, st, &p[1])
            }
        }))
    });
    add_method(r, "__iter__", |vm, a| {
        match super::big_range::big(a.self_()) {
            Some(b) => Ok(super::big_range::iter(b)),
            None => vm.iter(a.self_()),
        }
    });
    add_method(r, "__repr__", |vm, a| {
        match super::big_range::big(a.self_()) {
            Some(b) => Ok(Value::new_str(super::big_range::repr(b))),
            None => vm.repr(a.self_()),
        }
    });
    add_method(r, "__eq__", |_, a| {
        let p = a.exact("__eq__", 2)?;
        let norm = |v: &Value| {
            super::big_range::bounds(v).map(|(s, e, st)| {
                let r = super::big_range::BigRange {
                    start: s.clone(),
                    stop: e,
                    step: st.clone(),
                };
                let n = r.len();
                if n == num_bigint::BigInt::from(0) {
                    (n, None, None)
                } else if n == num_bigint::BigInt::from(1) {
                    (n, Some(s), None)
                } else {
                    (n, Some(s), Some(st))
                }
            })
        };
        match (norm(&p[0]), norm(&p[1])) {
            (Some(x), Some(y)) => Ok(Value::bool(x == y)),
            _ => Ok(Value::not_implemented()),
        }
    });
}

/// start/stop/step of a range of either representation.
fn big_field(v: &Value, i: usize) -> Value {
    match super::big_range::bounds(v) {
        Some((a, b, c)) => Value::from_bigint([a, b, c][i].clone()),
        None => Value::none(),
    }
}

fn fields(v: &Value) -> (i64, i64, i64) {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => (*start, *stop, *step),
        _ => (0, 0, 1),
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(ObjRef::new(
        types().range.clone(),
        None,
        Payload::Range { start, stop, step },
    ))
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let i = vm.index(v).map_err(|_| {
        type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.type_name()
        ))
    })?;
    match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(n)) => Ok(n),
        _ => Err(crate::error::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("range")?;
    let pos = &args.pos()[1..];
    if (1..=3).contains(&pos.len()) {
        for p in pos {
            let i = vm.index(p).map_err(|_| {
                type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    p.type_name()
                ))
            })?;
            if matches!(crate::ops::as_int(&i), Some(crate::ops::IntRef::Big(b)) if num_traits::ToPrimitive::to_i64(b).is_none())
            {
                return super::big_range::construct(vm, pos);
            }
        }
    }
    let (start, stop, step) = match pos.len() {
        1 => (0, range_arg(vm, &pos[0])?, 1),
        2 => (range_arg(vm, &pos[0])?, range_arg(vm, &pos[1])?, 1),
        3 => (
            range_arg(vm, &pos[0])?,
            range_arg(vm, &pos[1])?,
            range_arg(vm, &pos[2])?,
        ),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

/// Number of elements of range(start, stop, step).
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    let n = if st > 0 && lo < hi {
        (hi - lo + st - 1) / st
    } else if st < 0 && lo > hi {
        (lo - hi - st - 1) / (-st)
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

pub fn contains(start: i64, stop: i64, step: i64, item: &Value) -> bool {
    let Some(crate::ops::IntRef::Small(v)) = crate::ops::as_int(item) else {
        if let Some(f) = crate::ops::as_float(item) {
            if f.fract() == 0.0 && f.abs() < 9e15 {
                return contains(start, stop, step, &Value::Int(f as i64));
            }
        }
        return false;
    };
    if step > 0 {
        v >= start && v < stop && (v - start) % step == 0
    } else {
        v <= start && v > stop && (start - v) % (-step) == 0
    }
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let (start, stop, step) = fields(&Value::Obj(o.clone()));
    let len = range_len(start, stop, step);
    if crate::types::slice::is_slice(key) {
        let (s0, s1, s2) = crate::types::slice::slice_indices_of(vm, key, len)?;
        return Ok(new_range(start + s0 * step, start + s1 * step, step * s2));
    }
    let i = crate::types::slice::index_arg(vm, key, "range")?;
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::Int(start + i * step))
}

pub fn compare(a: &Value, b: &Value, op: C) -> PyResult<Option<Value>> {
    let norm = |v: &Value| {
        let (s, e, st) = fields(v);
        let n = range_len(s, e, st);
        match n {
            0 => (0, 0, 0),
            1 => (1, s, 0),
            _ => (n, s, st),
        }
    };
    let eq = norm(a) == norm(b);
    Ok(match op {
        C::Eq => Some(Value::bool(eq)),
        C::Ne => Some(Value::bool(!eq)),
        _ => None,
    })
}

fn range_count(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("count", 2)?;
    let (s, e, st) = fields(&pos[0]);
    Ok(Value::Int(contains(s, e, st, &pos[1]) as i64))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("index", 2)?;
    let (s, e, st) = fields(&pos[0]);
    if contains(s, e, st, &pos[1]) {
        if let Some(crate::ops::IntRef::Small(v)) = crate::ops::as_int(&pos[1]) {
            return Ok(Value::Int((v - s) / st));
        }
    }
    let r = vm.repr_string(&pos[1])?;
    Err(value_error(format!("{r} is not in range")))
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    if let Some(b) = super::big_range::big(args.self_()) {
        return Ok(super::big_range::reversed(b));
    }
    let (s, e, st) = fields(args.self_());
    let n = range_len(s, e, st);
    if n == 0 {
        return Ok(new_native_iter(IterKind::Range {
            next: 0,
            stop: 0,
            step: 1,
        }));
    }
    let last = s + (n - 1) * st;
    Ok(new_native_iter(IterKind::Range {
        next: last,
        stop: s - st,
        step: -st,
    }))
}
