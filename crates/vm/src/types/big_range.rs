//! `range` objects whose bounds do not fit in 64 bits (`range(2**64, 2**64 + 3)`): the rare
//! case, kept apart from the fast `Payload::Range` path.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::sync::ObjCell;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::Vm;

pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

/// Iterator state over a big range.
pub struct BigRangeIter(ObjCell<(BigInt, BigInt, BigInt)>);

impl BigRange {
    pub fn len(&self) -> BigInt {
        let (lo, hi, st) = (&self.start, &self.stop, &self.step);
        if st.is_positive() && lo < hi {
            (hi - lo + st - 1) / st
        } else if st.is_negative() && lo > hi {
            (lo - hi - st - 1) / (-st)
        } else {
            BigInt::zero()
        }
    }

    fn item(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    fn contains(&self, v: &BigInt) -> bool {
        let in_bounds = if self.step.is_positive() {
            v >= &self.start && v < &self.stop
        } else {
            v <= &self.start && v > &self.stop
        };
        in_bounds && ((v - &self.start).mod_floor(&self.step.abs())).is_zero()
    }
}

pub fn new_big_range(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    // Normalise back to the fast representation when everything fits.
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return super::range::new_range(a, b, c);
    }
    Value::Obj(ObjRef::new(
        types().range.clone(),
        None,
        Payload::Native(NativeBox::new(BigRange { start, stop, step })),
    ))
}

pub fn big(v: &Value) -> Option<&BigRange> {
    v.payload().and_then(|p| p.native::<BigRange>())
}

/// (start, stop, step) of any range as big ints.
pub fn bounds(v: &Value) -> Option<(BigInt, BigInt, BigInt)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Some((
            BigInt::from(*start),
            BigInt::from(*stop),
            BigInt::from(*step),
        )),
        _ => big(v).map(|r| (r.start.clone(), r.stop.clone(), r.step.clone())),
    }
}

/// `range(...)` when an argument does not fit in an i64.
pub fn construct(vm: &mut Vm, pos: &[Value]) -> PyResult {
    let mut ints = Vec::with_capacity(pos.len());
    for p in pos {
        let i = vm.index(p)?;
        ints.push(
            crate::ops::as_int(&i)
                .expect("index returns an int")
                .to_big(),
        );
    }
    let (start, stop, step) = match ints.len() {
        1 => (BigInt::zero(), ints[0].clone(), BigInt::one()),
        2 => (ints[0].clone(), ints[1].clone(), BigInt::one()),
        _ => (ints[0].clone(), ints[1].clone(), ints[2].clone()),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_big_range(start, stop, step))
}

pub fn getitem(vm: &mut Vm, r: &BigRange, key: &Value) -> PyResult {
    let len = r.len();
    if crate::types::slice::is_slice(key) {
        let Some(Payload::Slice(parts)) = key.payload() else {
            unreachable!()
        };
        let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            let i = vm.index(v)?;
            Ok(Some(crate::ops::as_int(&i).expect("int").to_big()))
        };
        let step = get(vm, &parts[2])?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let clamp = |v: Option<BigInt>, default: BigInt| -> BigInt {
            match v {
                None => default,
                Some(mut x) => {
                    if x.is_negative() {
                        x += &len;
                        if x.is_negative() {
                            x = if step.is_negative() {
                                BigInt::from(-1)
                            } else {
                                BigInt::zero()
                            };
                        }
                    } else if x >= len {
                        x = if step.is_negative() {
                            &len - 1
                        } else {
                            len.clone()
                        };
                    }
                    x
                }
            }
        };
        let (ds, de) = if step.is_negative() {
            (&len - 1, BigInt::from(-1))
        } else {
            (BigInt::zero(), len.clone())
        };
        let s = clamp(get(vm, &parts[0])?, ds);
        let e = clamp(get(vm, &parts[1])?, de);
        return Ok(new_big_range(r.item(&s), r.item(&e), &r.step * step));
    }
    let i = vm.index(key).map_err(|_| {
        type_error(format!(
            "range indices must be integers or slices, not {}",
            key.type_name()
        ))
    })?;
    let mut i = crate::ops::as_int(&i).expect("int").to_big();
    if i.is_negative() {
        i += &len;
    }
    if i.is_negative() || i >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.item(&i)))
}

pub fn contains(r: &BigRange, v: &Value) -> bool {
    match crate::ops::as_int(v) {
        Some(i) => r.contains(&i.to_big()),
        None => false,
    }
}

pub fn repr(r: &BigRange) -> String {
    if r.step.is_one() {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }
}

pub fn len(r: &BigRange) -> PyResult<usize> {
    r.len()
        .to_usize()
        .filter(|n| *n <= i64::MAX as usize)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

pub fn iter(r: &BigRange) -> Value {
    Value::Obj(ObjRef::new(
        crate::vm::vm_types().range_iterator.clone(),
        None,
        Payload::Native(NativeBox::new(BigRangeIter(ObjCell::new((
            r.start.clone(),
            r.stop.clone(),
            r.step.clone(),
        ))))),
    ))
}

pub fn reversed(r: &BigRange) -> Value {
    let n = r.len();
    let last = r.item(&(&n - 1));
    let stop = &r.start - &r.step;
    let rev = BigRange {
        start: last,
        stop,
        step: -&r.step,
    };
    if n.is_zero() {
        return iter(&BigRange {
            start: BigInt::zero(),
            stop: BigInt::zero(),
            step: BigInt::one(),
        });
    }
    iter(&rev)
}

impl BigRangeIter {
    pub fn next(&self) -> Option<Value> {
        let mut st = self.0.lock();
        let (cur, stop, step) = &mut *st;
        let more = if step.is_positive() {
            *cur < *stop
        } else {
            *cur > *stop
        };
        if !more {
            return None;
        }
        let v = cur.clone();
        *cur += &*step;
        Some(Value::from_bigint(v))
    }
}
