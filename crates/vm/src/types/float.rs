//! `float` and `complex`.

use num_bigint::BigInt;
use num_traits::Zero;
use pyrite_object::payload::Payload;
use pyrite_object::types::{types, Layout};
use pyrite_object::Value;

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::native::{add_classmethod, add_method, add_property, add_staticmethod, Args};
use crate::ops::{as_complex, as_float, as_int};
use crate::vm::name;
use crate::Vm;

pub fn init() {
    let f = &types().float;
    add_staticmethod(f, "__new__", float_new);
    super::int::add_numeric_dunders(f);
    add_method(f, "is_integer", |_, a| {
        let x = farg(a.self_())?;
        Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
    });
    add_method(f, "as_integer_ratio", |_, a| {
        let x = farg(a.self_())?;
        let (n, d) = float_as_ratio(x)?;
        Ok(Value::new_tuple(vec![
            Value::from_bigint(n),
            Value::from_bigint(d),
        ]))
    });
    add_method(f, "conjugate", |_, a| Ok(Value::float(farg(a.self_())?)));
    add_method(f, "hex", |_, a| {
        Ok(Value::new_str(float_hex(farg(a.self_())?)))
    });
    add_classmethod(f, "fromhex", |vm, a| {
        let pos = a.exact("fromhex", 2)?;
        let s = pos[1]
            .as_str()
            .ok_or_else(|| type_error("fromhex() argument must be str"))?;
        let v = float_fromhex(s)
            .ok_or_else(|| value_error("invalid hexadecimal floating-point string"))?;
        if pos[0].is_obj(&types().float) {
            Ok(Value::float(v))
        } else {
            vm.call_positional(&pos[0], &[Value::float(v)])
        }
    });
    add_method(f, "__int__", |_, a| {
        super::int::float_to_int(farg(a.self_())?)
    });
    add_method(f, "__trunc__", |_, a| {
        super::int::float_to_int(farg(a.self_())?)
    });
    add_method(f, "__floor__", |_, a| {
        super::int::float_to_int(farg(a.self_())?.floor())
    });
    add_method(f, "__ceil__", |_, a| {
        super::int::float_to_int(farg(a.self_())?.ceil())
    });
    add_method(f, "__float__", |_, a| Ok(Value::float(farg(a.self_())?)));
    add_method(f, "__round__", float_round);
    add_method(f, "__getnewargs__", |_, a| {
        Ok(Value::new_tuple(vec![Value::float(farg(a.self_())?)]))
    });
    add_property(f, "real", |_, a| Ok(Value::float(farg(a.self_())?)), None);
    add_property(f, "imag", |_, _| Ok(Value::float(0.0)), None);

    let c = &types().complex;
    add_staticmethod(c, "__new__", complex_new);
    super::int::add_numeric_dunders(c);
    add_method(c, "conjugate", |_, a| {
        let (re, im) = carg(a.self_())?;
        Ok(Value::new_complex(re, -im))
    });
    add_property(c, "real", |_, a| Ok(Value::float(carg(a.self_())?.0)), None);
    add_property(c, "imag", |_, a| Ok(Value::float(carg(a.self_())?.1)), None);
}

fn farg(v: &Value) -> PyResult<f64> {
    as_float(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'float' object but received a '{}'",
            v.type_name()
        ))
    })
}

fn carg(v: &Value) -> PyResult<(f64, f64)> {
    as_complex(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 'complex' object but received a '{}'",
            v.type_name()
        ))
    })
}

/// Each `float("nan")` is a new object in CPython (`float("nan") is float("nan")` is
/// False). Pyrite's floats are inline values compared by bits, so give every parsed NaN a
/// distinct payload: copies of one NaN stay identical, separately created ones do not.
fn fresh_nan(f: f64) -> f64 {
    if !f.is_nan() {
        return f;
    }
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let payload = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    let sign = f.to_bits() & (1 << 63);
    f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload)
}

/// `float(x)`.
pub fn float_from_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(x) {
        return Ok(f);
    }
    if let Some(i) = as_int(x) {
        return i.to_f64();
    }
    if let Some(s) = x.as_str() {
        return pyrite_object::format::parse_float(s)
            .map(fresh_nan)
            .ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    super::str::repr_str(s)
                ))
            });
    }
    if let Some(b) = super::bytes::bytes_of(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return pyrite_object::format::parse_float(&s).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                super::bytes::repr(x.as_obj().expect("bytes"))
            ))
        });
    }
    let cls = x.class().clone();
    if let Some(f) = vm.lookup_type_attr(&cls, &name("__float__")) {
        let r = vm.call_method_value(&f, x, (&[], &[]))?;
        return as_float(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.type_name(),
                r.type_name()
            ))
        });
    }
    if let Some(f) = vm.lookup_type_attr(&cls, &name("__index__")) {
        let r = vm.call_method_value(&f, x, (&[], &[]))?;
        return as_int(&r)
            .ok_or_else(|| type_error("__index__ returned non-int"))?
            .to_f64();
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.type_name()
    )))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("float.__new__(X): X is not a type"))?;
    args.no_kwargs("float")?;
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    let v = match pos.first() {
        Some(x) => float_from_value(vm, x)?,
        None => 0.0,
    };
    if cls.is(&types().float) {
        return Ok(Value::float(v));
    }
    if cls.type_data().layout != Layout::Float {
        return Err(type_error("float.__new__(X): X is not a subtype of float"));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls,
        Payload::Float(v),
    )))
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("__round__", 1, 2)?;
    let x = farg(&pos[0])?;
    match pos.get(1).filter(|n| !n.is_none()) {
        None => {
            let r = pyrite_object::format::round_half_even_int(x);
            super::int::float_to_int(r)
        }
        Some(n) => {
            let nd = vm.to_i64(n)?;
            pyrite_object::format::round_float(x, nd)
                .map(Value::float)
                .map_err(crate::error::format_error)
        }
    }
}

/// Exact (numerator, denominator) of a finite float.
pub fn float_as_ratio(x: f64) -> PyResult<(BigInt, BigInt)> {
    if x.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut e = exp - 1075;
    let mut m = BigInt::from(mant);
    let mut d = BigInt::from(1);
    while e < 0 && (&m & BigInt::from(1)).is_zero() {
        m >>= 1usize;
        e += 1;
    }
    if e >= 0 {
        m <<= e as usize;
    } else {
        d <<= (-e) as usize;
    }
    if x < 0.0 {
        m = -m;
    }
    Ok((m, d))
}

fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let hex = format!("{mant:013x}");
    format!("{sign}0x{lead}.{hex}p{}{e}", if e >= 0 { "+" } else { "" })
}

fn float_fromhex(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let s = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match s.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (s, 0),
    };
    let (int_part, frac_part) = mant.split_once('.').unwrap_or((mant, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int_part.chars() {
        v = v * 16.0 + c.to_digit(16)? as f64;
    }
    let mut scale = 1.0 / 16.0;
    for c in frac_part.chars() {
        v += c.to_digit(16)? as f64 * scale;
        scale /= 16.0;
    }
    // Scale in steps so subnormal results are not flushed to zero by an underflowing power.
    let mut r = v;
    let mut e = exp;
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = e.max(-1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    Some(if neg { -r } else { r })
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult {
    let [real, imag] = args.skip_self().bind("complex", ["real", "imag"], 0)?;
    let parse_part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        if let Some(c) = as_complex(v) {
            return Ok(c);
        }
        let cls = v.class().clone();
        if let Some(f) = vm.lookup_type_attr(&cls, &name("__complex__")) {
            let r = vm.call_method_value(&f, v, (&[], &[]))?;
            return as_complex(&r).ok_or_else(|| {
                type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    r.type_name()
                ))
            });
        }
        Ok((
            float_from_value(vm, v).map_err(|_| {
                type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    v.type_name()
                ))
            })?,
            0.0,
        ))
    };
    let (mut re, mut im) = (0.0, 0.0);
    let mut real_is_complex = false;
    if let Some(r) = &real {
        if let Some(s) = r.as_str() {
            if imag.is_some() {
                return Err(type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            let (a, b) = parse_complex(s)
                .ok_or_else(|| value_error("complex() arg is a malformed string"))?;
            return Ok(Value::new_complex(a, b));
        }
        real_is_complex = as_complex(r).is_some()
            || vm
                .lookup_type_attr(&r.class().clone(), &name("__complex__"))
                .is_some();
        let (a, b) = parse_part(vm, r)?;
        re = a;
        im = b;
    }
    if let Some(i) = &imag {
        let (a, b) = parse_part(vm, i)?;
        if as_complex(i).is_some() {
            re -= b;
        }
        // CPython: the imaginary part is imag's real part, plus real's imaginary part only
        // when `real` was complex (so complex(1, -0.0) keeps its negative zero).
        im = if real_is_complex { a + im } else { a };
    }
    Ok(Value::new_complex(re, im))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let s = s.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    if let Some(body) = s.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts (a sign not after 'e').
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag = |t: &str| -> Option<f64> {
            match t {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                t => pyrite_object::format::parse_float(t),
            }
        };
        return match split {
            Some(i) => Some((
                pyrite_object::format::parse_float(&body[..i])?,
                imag(&body[i..])?,
            )),
            None => Some((0.0, imag(body)?)),
        };
    }
    Some((pyrite_object::format::parse_float(s)?, 0.0))
}
