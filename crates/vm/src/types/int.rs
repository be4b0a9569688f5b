//! `int` and `bool`: construction, conversion, the numeric dunders (shared with `float` and
//! `complex` through `ops::number_binop`), and the int methods.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C};
use pyrite_object::payload::Payload;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::native::{add_classmethod, add_method, add_property, add_staticmethod, Args};
use crate::ops::{as_float, as_int, IntRef};
use crate::vm::name;
use crate::Vm;

pub fn init() {
    let i = &types().int;
    add_staticmethod(i, "__new__", int_new);
    add_numeric_dunders(i);
    add_method(i, "bit_length", |_, a| {
        Ok(Value::Int(int_arg(a.self_())?.to_big().bits() as i64))
    });
    add_method(i, "bit_count", |_, a| {
        let b = int_arg(a.self_())?.to_big();
        Ok(Value::Int(b.magnitude().count_ones() as i64))
    });
    add_method(i, "conjugate", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "as_integer_ratio", |_, a| {
        Ok(Value::new_tuple(vec![
            Value::from_bigint(int_arg(a.self_())?.to_big()),
            Value::Int(1),
        ]))
    });
    add_method(i, "is_integer", |_, _| Ok(Value::bool(true)));
    add_method(i, "to_bytes", int_to_bytes);
    add_classmethod(i, "from_bytes", int_from_bytes);
    add_method(i, "__invert__", |vm, a| {
        vm.unary_op(
            &strip(a.self_()),
            pyrite_object::bytecode::UnaryOperator::Invert,
        )
    });
    add_method(i, "__index__", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "__int__", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "__float__", |_, a| {
        Ok(Value::float(int_arg(a.self_())?.to_f64()?))
    });
    add_method(i, "__trunc__", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "__floor__", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "__ceil__", |_, a| {
        Ok(Value::from_bigint(int_arg(a.self_())?.to_big()))
    });
    add_method(i, "__round__", int_round);
    add_method(i, "__getnewargs__", |_, a| {
        Ok(Value::new_tuple(vec![Value::from_bigint(
            int_arg(a.self_())?.to_big(),
        )]))
    });
    add_property(
        i,
        "real",
        |_, a| Ok(Value::from_bigint(int_arg(a.self_())?.to_big())),
        None,
    );
    add_property(i, "imag", |_, _| Ok(Value::Int(0)), None);
    add_property(
        i,
        "numerator",
        |_, a| Ok(Value::from_bigint(int_arg(a.self_())?.to_big())),
        None,
    );
    add_property(i, "denominator", |_, _| Ok(Value::Int(1)), None);

    let b = &types().bool;
    add_staticmethod(b, "__new__", bool_new);
    add_method(b, "__and__", |vm, a| bool_bitop(vm, a, B::And));
    add_method(b, "__or__", |vm, a| bool_bitop(vm, a, B::Or));
    add_method(b, "__xor__", |vm, a| bool_bitop(vm, a, B::Xor));
    add_method(b, "__rand__", |vm, a| bool_bitop(vm, a, B::And));
    add_method(b, "__ror__", |vm, a| bool_bitop(vm, a, B::Or));
    add_method(b, "__rxor__", |vm, a| bool_bitop(vm, a, B::Xor));
}

fn int_arg(v: &Value) -> PyResult<IntRef<'_>> {
    as_int(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires an 'int' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// Arithmetic and comparison dunders for a builtin numeric type (int, float, complex).
pub fn add_numeric_dunders(t: &ObjRef) {
    macro_rules! binop {
        ($name:literal, $rname:literal, $op:expr) => {
            add_method(t, $name, |_, a| {
                let pos = a.exact($name, 2)?;
                if !accepts(&pos[0], &pos[1]) {
                    return Ok(Value::not_implemented());
                }
                match crate::ops::number_binop(&pos[0], &pos[1], $op) {
                    Some(r) => r,
                    None => Ok(Value::not_implemented()),
                }
            });
            add_method(t, $rname, |_, a| {
                let pos = a.exact($rname, 2)?;
                if !accepts(&pos[0], &pos[1]) {
                    return Ok(Value::not_implemented());
                }
                match crate::ops::number_binop(&pos[1], &pos[0], $op) {
                    Some(r) => r,
                    None => Ok(Value::not_implemented()),
                }
            });
        };
    }
    binop!("__add__", "__radd__", B::Add);
    binop!("__sub__", "__rsub__", B::Subtract);
    binop!("__mul__", "__rmul__", B::Multiply);
    binop!("__truediv__", "__rtruediv__", B::TrueDivide);
    binop!("__floordiv__", "__rfloordiv__", B::FloorDivide);
    binop!("__mod__", "__rmod__", B::Remainder);
    binop!("__pow__", "__rpow__", B::Power);
    binop!("__lshift__", "__rlshift__", B::LShift);
    binop!("__rshift__", "__rrshift__", B::RShift);
    binop!("__and__", "__rand__", B::And);
    binop!("__or__", "__ror__", B::Or);
    binop!("__xor__", "__rxor__", B::Xor);
    add_method(t, "__divmod__", |vm, a| {
        let pos = a.exact("__divmod__", 2)?;
        number_divmod(vm, &pos[0], &pos[1])
    });
    add_method(t, "__rdivmod__", |vm, a| {
        let pos = a.exact("__rdivmod__", 2)?;
        number_divmod(vm, &pos[1], &pos[0])
    });
    macro_rules! cmp {
        ($name:literal, $op:expr) => {
            add_method(t, $name, |vm, a| {
                let pos = a.exact($name, 2)?;
                if crate::ops::number_compare(&pos[0], &pos[1]).is_some()
                    || crate::ops::as_complex(&pos[0]).is_some()
                {
                    let (x, y) = (strip(&pos[0]), strip(&pos[1]));
                    if crate::ops::as_complex(&x).is_some() || crate::ops::as_complex(&y).is_some()
                    {
                        return Ok(super::builtin_compare(vm, &x, &y, $op)?
                            .unwrap_or_else(Value::not_implemented));
                    }
                    return vm.rich_compare(&x, &y, $op);
                }
                Ok(Value::not_implemented())
            });
        };
    }
    cmp!("__eq__", C::Eq);
    cmp!("__ne__", C::Ne);
    cmp!("__lt__", C::Lt);
    cmp!("__le__", C::Le);
    cmp!("__gt__", C::Gt);
    cmp!("__ge__", C::Ge);
    add_method(t, "__neg__", |vm, a| {
        vm.unary_op(
            &strip(a.self_()),
            pyrite_object::bytecode::UnaryOperator::Negative,
        )
    });
    add_method(t, "__pos__", |vm, a| {
        vm.unary_op(
            &strip(a.self_()),
            pyrite_object::bytecode::UnaryOperator::Positive,
        )
    });
    add_method(t, "__abs__", |vm, a| number_abs(vm, a.self_()));
    add_method(t, "__bool__", |vm, a| {
        Ok(Value::bool(vm.truthy(&strip(a.self_()))?))
    });
    add_method(t, "__hash__", |vm, a| {
        Ok(Value::Int(vm.hash(&strip(a.self_()))?))
    });
    add_method(t, "__repr__", |vm, a| vm.repr(&strip(a.self_())));
    add_method(t, "__format__", |vm, a| {
        let pos = a.exact("__format__", 2)?;
        let spec = pos[1]
            .as_str()
            .ok_or_else(|| type_error("format spec must be str"))?;
        if spec.is_empty() {
            // format(x, '') is str(x), which a subclass may override.
            return vm.str(&pos[0]);
        }
        Ok(Value::new_str(
            super::object::builtin_format(vm, &strip(&pos[0]), spec)?.unwrap_or_default(),
        ))
    });
}

/// Does the numeric dunder of `this`'s type take `other`? (`int.__add__(1.0)` is
/// NotImplemented: int methods take ints, float methods ints and floats, complex all three.)
fn accepts(this: &Value, other: &Value) -> bool {
    if crate::ops::as_complex(this).is_some() {
        return crate::ops::is_numeric(other);
    }
    if as_float(this).is_some() {
        return as_float(other).is_some() || as_int(other).is_some();
    }
    as_int(other).is_some()
}

/// The plain builtin value of a number (drops a subclass, keeps the value).
pub fn strip(v: &Value) -> Value {
    if let Value::Obj(o) = v {
        match &o.payload {
            Payload::Int(b) => return Value::from_bigint(b.clone()),
            Payload::Bool(b) if !o.class().is(&types().bool) => return Value::Int(*b as i64),
            Payload::Float(f) => return Value::float(*f),
            Payload::Complex { re, im } if !o.class().is(&types().complex) => {
                return Value::new_complex(*re, *im)
            }
            _ => {}
        }
    }
    v.clone()
}

/// `divmod(a, b)` for builtin numbers.
pub fn number_divmod(_vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let q = crate::ops::big_int_op(&x.to_big(), &y.to_big(), B::FloorDivide)?;
        let r = crate::ops::big_int_op(&x.to_big(), &y.to_big(), B::Remainder)?;
        return Ok(Value::new_tuple(vec![q, r]));
    }
    let fa = as_float(a)
        .map(Ok)
        .or_else(|| as_int(a).map(|i| i.to_f64()));
    let fb = as_float(b)
        .map(Ok)
        .or_else(|| as_int(b).map(|i| i.to_f64()));
    match (fa, fb) {
        (Some(x), Some(y)) => {
            let (x, y) = (x?, y?);
            if y == 0.0 {
                return Err(crate::error::zero_division_error("float divmod()"));
            }
            let (q, r) = crate::ops::float_divmod(x, y);
            Ok(Value::new_tuple(vec![Value::float(q), Value::float(r)]))
        }
        _ => Ok(Value::not_implemented()),
    }
}

fn number_abs(_vm: &mut Vm, v: &Value) -> PyResult {
    if let Some(i) = as_int(v) {
        return Ok(Value::from_bigint(i.to_big().abs()));
    }
    if let Some(f) = as_float(v) {
        return Ok(Value::float(f.abs()));
    }
    if let Some((re, im)) = crate::ops::as_complex(v) {
        let r = re.hypot(im);
        if r.is_infinite() && re.is_finite() && im.is_finite() {
            return Err(overflow_error("absolute value too large"));
        }
        return Ok(Value::float(r));
    }
    Ok(Value::not_implemented())
}

/// `int(x)` / `int(s, base)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("int.__new__(X): X is not a type"))?;
    let [x, base] = args.skip_self().bind("int", ["x", "base"], 0)?;
    let value = match (x, base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(vm, &x)?,
        (Some(x), Some(b)) => {
            let base = vm.to_i64(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match (&x.as_str(), super::bytes::bytes_of(&x)) {
                (Some(s), _) => s.to_string(),
                (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
                _ => {
                    return Err(type_error(
                        "int() can't convert non-string with explicit base",
                    ))
                }
            };
            parse_int_literal(&text, base as u32, &x, vm)?
        }
    };
    if cls.is(&types().int) {
        return Ok(value);
    }
    if cls.type_data().layout != Layout::Int {
        return Err(type_error(format!(
            "int.__new__({}): {} is not a subtype of int",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let b = as_int(&value).map(|i| i.to_big()).unwrap_or_default();
    Ok(Value::Obj(super::object::new_instance_object(
        &cls,
        Payload::Int(b),
    )))
}

/// `sys.get_int_max_str_digits()` (CPython 3.11's default 4300; 0 = no limit): decimal
/// conversions of longer ints are refused (a quadratic-time denial-of-service guard).
pub static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

fn max_str_digits() -> usize {
    match INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed) {
        0 => usize::MAX,
        n => n,
    }
}

fn parse_int_literal(text: &str, base: u32, original: &Value, vm: &mut Vm) -> PyResult {
    use pyrite_object::format::float_parse::IntParseError;
    let limit = max_str_digits();
    match pyrite_object::format::float_parse::parse_int_with_limit(text, base, limit) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(IntParseError::TooManyDigits { digits }) => Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        ))),
        Err(_) => {
            let r = vm.repr_string(original)?;
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `str(big_int)`, refusing more than `INT_MAX_STR_DIGITS` digits as CPython 3.11 does.
pub fn bigint_to_decimal(b: &num_bigint::BigInt) -> PyResult<String> {
    // 4300 decimal digits need a bit more than 14284 bits; only then is the check needed.
    if b.bits() > 14_000 {
        let s = b.to_string();
        let digits = s.trim_start_matches('-').len();
        let limit = max_str_digits();
        if digits > limit {
            return Err(value_error(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            )));
        }
        return Ok(s);
    }
    Ok(b.to_string())
}

/// `int(x)` for one argument.
pub fn int_from_value(vm: &mut Vm, x: &Value) -> PyResult {
    if let Some(i) = as_int(x) {
        return Ok(Value::from_bigint(i.to_big()));
    }
    if let Some(f) = as_float(x) {
        return float_to_int(f);
    }
    if let Some(s) = x.as_str() {
        return parse_int_literal(s, 10, x, vm);
    }
    if let Some(b) = super::bytes::bytes_of(x) {
        return parse_int_literal(&String::from_utf8_lossy(&b), 10, x, vm);
    }
    let cls = x.class().clone();
    for hook in ["__int__", "__index__", "__trunc__"] {
        if let Some(f) = vm.lookup_type_attr(&cls, &name(hook)) {
            let r = vm.call_method_value(&f, x, (&[], &[]))?;
            if as_int(&r).is_none() {
                return Err(type_error(format!(
                    "{hook} returned non-int (type {})",
                    r.type_name()
                )));
            }
            return Ok(strip(&r));
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        x.type_name()
    )))
}

/// Truncate a float to an int.
pub fn float_to_int(f: f64) -> PyResult {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(crate::ops::float_to_bigint(t)))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("__round__", 1, 2)?;
    let v = int_arg(&pos[0])?.to_big();
    let nd = match pos.get(1) {
        None => return Ok(Value::from_bigint(v)),
        Some(n) if n.is_none() => return Ok(Value::from_bigint(v)),
        Some(n) => vm.to_i64(n)?,
    };
    if nd >= 0 {
        return Ok(Value::from_bigint(v));
    }
    // Round half to even at 10**(-nd).
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-nd) as u32);
    let (q, r) = num_integer::Integer::div_mod_floor(&v, &p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let rest = args.skip_self();
    if rest.pos().len() > 2 {
        return Err(type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            rest.pos().len()
        )));
    }
    let [length, byteorder, signed] =
        rest.bind("to_bytes", ["length", "byteorder", "signed"], 0)?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let length = match length {
        Some(l) => vm.to_i64(&l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let order = byteorder
        .as_ref()
        .and_then(|b| b.as_str().map(String::from))
        .unwrap_or_else(|| "big".into());
    let v = int_arg(&this)?.to_big();
    if v.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if v.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > length as usize {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length as usize, fill);
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    Ok(Value::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_().clone();
    let rest = args.skip_self();
    if rest.pos().len() > 2 {
        return Err(type_error(format!(
            "from_bytes() takes at most 2 positional arguments ({} given)",
            rest.pos().len()
        )));
    }
    let [data, byteorder, signed] = rest.bind("from_bytes", ["bytes", "byteorder", "signed"], 1)?;
    let signed = match signed {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let data = data.expect("required");
    let mut bytes = match super::bytes::bytes_of(&data) {
        Some(b) => b,
        None => {
            let items = vm.collect(&data)?;
            let mut out = Vec::new();
            for it in items {
                out.push(super::bytes::byte_value(vm, &it)?);
            }
            out
        }
    };
    let order = byteorder
        .as_ref()
        .and_then(|b| b.as_str().map(String::from))
        .unwrap_or_else(|| "big".into());
    match order.as_str() {
        "big" => bytes.reverse(),
        "little" => {}
        _ => return Err(value_error("byteorder must be either 'little' or 'big'")),
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = Value::from_bigint(v);
    if cls.is_obj(&types().int) {
        return Ok(v);
    }
    vm.call_positional(&cls, &[v])
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    match pos.len() {
        1 => Ok(Value::bool(false)),
        2 => Ok(Value::bool(vm.truthy(&pos[1])?)),
        n => Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            n - 1
        ))),
    }
}

fn bool_bitop(_vm: &mut Vm, args: Args, op: B) -> PyResult {
    let pos = args.exact("bool operator", 2)?;
    if let (Some(Payload::Bool(x)), Some(Payload::Bool(y))) = (pos[0].payload(), pos[1].payload()) {
        return Ok(Value::bool(match op {
            B::And => *x && *y,
            B::Or => *x || *y,
            _ => *x != *y,
        }));
    }
    match crate::ops::number_binop(&pos[0], &pos[1], op) {
        Some(r) => r,
        None => Ok(Value::not_implemented()),
    }
}

/// An i64 from an int value (OverflowError if it does not fit).
pub fn to_i64_exact(v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(b)) => b
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C long")),
        None => Err(type_error(format!(
            "an integer is required (got type {})",
            v.type_name()
        ))),
    }
}
