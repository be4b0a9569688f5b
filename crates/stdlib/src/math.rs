//! `math`: CPython 3.11's math module, with its special-value rules and error messages
//! ("math domain error" is a ValueError, "math range error" an OverflowError).
//!
//! Float functions go through `math_1`/`math_2` (CPython's wrappers): a NaN result from
//! non-NaN input is a domain error; an infinite result from finite input is a range error
//! (or a domain error for functions with singularities). The libm functions are glibc's, as
//! CPython's are; gamma/lgamma are CPython's own Lanczos implementations, ported.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_object::bytecode::BinaryOperator;
use pyrite_object::payload::Payload;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::ops::{as_float, as_int, IntRef};
use pyrite_vm::vm::{name, new_module, set_attr_str};
use pyrite_vm::Vm;

/// glibc functions that Rust's std either lacks or implements itself (with different
/// rounding than CPython gets from the C library).
mod ffi {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // compiler_builtins defines its own (correctly rounded) `cbrt`, which the linker
        // prefers to glibc's; glibc's `_Float64` alias reaches the C library's, as CPython does.
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        pub fn ldexp(x: f64, e: libc::c_int) -> f64;
    }
}

macro_rules! libm_wrappers {
    ($($name:ident),*) => {
        $(
            fn $name(x: f64) -> f64 {
                // SAFETY: a pure libm function of one double: no pointers, no shared state
                // (errno is thread-local and not read).
                unsafe { ffi::$name(x) }
            }
        )*
    };
}

libm_wrappers!(erf, erfc, asinh, acosh, atanh, cbrt);

fn c_ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function on plain values.
    unsafe { ffi::ldexp(x, e) }
}

fn domain_error() -> pyrite_vm::error::PyErr {
    value_error("math domain error")
}

fn range_error() -> pyrite_vm::error::PyErr {
    overflow_error("math range error")
}

/// `PyFloat_AsDouble`: floats, ints (OverflowError when too big), objects with `__float__`
/// or `__index__`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(f.get()),
        Value::Int(i) => return Ok(*i as f64),
        Value::Obj(_) => {}
    }
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(i) = as_int(v) {
        return i.to_f64();
    }
    let cls = v.class().clone();
    if let Some(f) = vm.lookup_type_attr(&cls, &name("__float__")) {
        let r = vm.call_method_value(&f, v, (&[], &[]))?;
        return as_float(&r).ok_or_else(|| {
            type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_name(),
                r.type_name()
            ))
        });
    }
    if vm.lookup_type_attr(&cls, &name("__index__")).is_some() {
        let i = vm.index(v)?;
        return as_int(&i).map_or(Ok(0.0), |i| i.to_f64());
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.type_name()
    )))
}

/// An integer argument (`__index__`), as a big int.
fn to_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    let i = vm.index(v)?;
    Ok(as_int(&i).map_or_else(BigInt::zero, |i| i.to_big()))
}

fn no_kwargs(args: &Args, fname: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    Ok(())
}

/// The argument of a one-argument function (`fname` is qualified: "math.sqrt").
fn one_arg<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    no_kwargs(args, fname)?;
    match args.pos() {
        [x] => Ok(x),
        p => Err(type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// Positional arguments of a function taking `min..=max` of them (argument clinic's messages).
fn positional<'a>(args: &Args<'a>, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(args, fname)?;
    let p = args.pos();
    let n = p.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(type_error(format!(
            "{fname} expected {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n < min {
        return Err(type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{fname} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(p)
}

fn two_args<'a>(args: &Args<'a>, fname: &str) -> PyResult<(&'a Value, &'a Value)> {
    let p = positional(args, fname, 2, 2)?;
    Ok((&p[0], &p[1]))
}

/// CPython's `math_1`: apply `f` with its error rules.
fn math_1(vm: &mut Vm, args: Args, fname: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = to_f64(vm, one_arg(&args, fname)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::float(r))
}

/// CPython's `math_2` for two-argument libm functions.
fn math_2(vm: &mut Vm, args: Args, fname: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let (a, b) = two_args(&args, fname)?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

/// Errors a libm-style function reports through errno (`math_1a`).
enum MathErr {
    Domain,
    Range,
}

fn math_1a(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    f: fn(f64) -> Result<f64, (MathErr, f64)>,
) -> PyResult {
    let x = to_f64(vm, one_arg(&args, fname)?)?;
    match f(x) {
        Ok(r) => Ok(Value::float(r)),
        Err((MathErr::Domain, _)) => Err(domain_error()),
        // Underflow is not an error (CPython ignores ERANGE for results below 1.5).
        Err((MathErr::Range, r)) if r.abs() < 1.5 => Ok(Value::float(r)),
        Err((MathErr::Range, _)) => Err(range_error()),
    }
}

macro_rules! float_funcs {
    ($($fn_name:ident => $pyname:literal, $f:expr, $overflow:expr;)*) => {
        $(
            fn $fn_name(vm: &mut Vm, args: Args) -> PyResult {
                math_1(vm, args, concat!("math.", $pyname), $f, $overflow)
            }
        )*
    };
}

float_funcs! {
    math_acos => "acos", f64::acos, false;
    math_acosh => "acosh", acosh, false;
    math_asin => "asin", f64::asin, false;
    math_asinh => "asinh", asinh, false;
    math_atan => "atan", f64::atan, false;
    math_atanh => "atanh", atanh, false;
    math_cbrt => "cbrt", cbrt, false;
    math_cos => "cos", f64::cos, false;
    math_cosh => "cosh", f64::cosh, true;
    math_exp => "exp", f64::exp, true;
    math_exp2 => "exp2", f64::exp2, true;
    math_expm1 => "expm1", f64::exp_m1, true;
    math_fabs => "fabs", f64::abs, false;
    math_log1p => "log1p", f64::ln_1p, false;
    math_sin => "sin", f64::sin, false;
    math_sinh => "sinh", f64::sinh, true;
    math_sqrt => "sqrt", f64::sqrt, false;
    math_tan => "tan", f64::tan, false;
    math_tanh => "tanh", f64::tanh, false;
}

fn math_erf(vm: &mut Vm, args: Args) -> PyResult {
    math_1a(vm, args, "math.erf", |x| Ok(erf(x)))
}

fn math_erfc(vm: &mut Vm, args: Args) -> PyResult {
    math_1a(vm, args, "math.erfc", |x| Ok(erfc(x)))
}

fn math_gamma(vm: &mut Vm, args: Args) -> PyResult {
    math_1a(vm, args, "math.gamma", tgamma)
}

fn math_lgamma(vm: &mut Vm, args: Args) -> PyResult {
    math_1a(vm, args, "math.lgamma", lgamma)
}

// ---------------------------------------------------------------------------------------
// gamma and lgamma: CPython's Lanczos approximation (N=13, g=6.024680040776729583740234375).

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM_COEFFS: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
#[rustfmt::skip]
const LANCZOS_DEN_COEFFS: [f64; 13] = [
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
];
#[rustfmt::skip]
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0, 1.0, 2.0, 6.0,
    24.0, 120.0, 720.0, 5040.0,
    40320.0, 362880.0, 3628800.0, 39916800.0,
    479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM_COEFFS[i];
            den = den * x + LANCZOS_DEN_COEFFS[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM_COEFFS[i];
            den = den / x + LANCZOS_DEN_COEFFS[i];
        }
    }
    num / den
}

/// sin(pi*x), accurate near integers (for the reflection formula).
fn sinpi(x: f64) -> f64 {
    let pi = std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (pi * y).sin(),
        1 => (pi * (y - 0.5)).cos(),
        2 => (pi * (1.0 - y)).sin(),
        3 => -(pi * (y - 1.5)).cos(),
        _ => (pi * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

fn tgamma(x: f64) -> Result<f64, (MathErr, f64)> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err((MathErr::Domain, f64::NAN));
    }
    if x == 0.0 {
        return Err((MathErr::Domain, f64::INFINITY.copysign(x)));
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err((MathErr::Domain, f64::NAN));
        }
        if x <= GAMMA_INTEGRAL.len() as f64 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        if r.is_infinite() {
            return Err((MathErr::Range, r));
        }
        return Ok(r);
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return Err((MathErr::Range, f64::INFINITY));
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -std::f64::consts::PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err((MathErr::Range, r));
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, (MathErr, f64)> {
    if !x.is_finite() {
        if x.is_nan() {
            return Ok(x);
        }
        return Ok(f64::INFINITY);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err((MathErr::Domain, f64::INFINITY));
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err((MathErr::Range, r));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------------------
// Two-argument float functions.

fn atan2_special(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if 1f64.copysign(x) == 1.0 {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if 1f64.copysign(x) == 1.0 {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn math_atan2(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "atan2", atan2_special)
}

fn math_copysign(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "copysign", f64::copysign)
}

fn math_remainder(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "remainder", remainder)
}

fn math_fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two_args(&args, "fmod")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::float(r))
}

fn math_pow(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two_args(&args, "pow")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
        r
    };
    Ok(Value::float(r))
}

// ---------------------------------------------------------------------------------------
// Logarithms (ints of any size are handled exactly, like CPython's loghelper).

fn m_log(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.ln()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log2(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log2()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

fn m_log10(x: f64) -> f64 {
    if x.is_finite() {
        if x > 0.0 {
            x.log10()
        } else if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        }
    } else if x.is_nan() || x > 0.0 {
        x
    } else {
        f64::NAN
    }
}

/// `_PyLong_Frexp`: (m, e) with 0.5 <= m < 1 and b ~= m * 2**e, m correctly rounded.
fn bigint_frexp(b: &BigInt) -> (f64, u64) {
    let mag = b.magnitude();
    let nbits = mag.bits();
    if nbits <= 64 {
        let (m, e) = frexp(mag.to_u64().map_or(0.0, |v| v as f64));
        return (m, e as u64);
    }
    let shift = nbits - 64;
    let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
    // Sticky bit: anything shifted out makes the value strictly above `top`.
    if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
        top |= 1;
    }
    let (m, e) = frexp(top as f64);
    (m, e as u64 + shift)
}

fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let big = match i {
            IntRef::Small(n) => {
                if n <= 0 {
                    return Err(domain_error());
                }
                return Ok(f(n as f64));
            }
            IntRef::Big(b) => b,
        };
        if !big.is_positive() {
            return Err(domain_error());
        }
        return Ok(match big.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (x, e) = bigint_frexp(big);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    Ok(r)
}

fn math_log(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(&args, "log")?;
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &p[0], m_log)?;
    match p.get(1) {
        None => Ok(Value::float(num)),
        Some(base) => {
            let den = loghelper(vm, base, m_log)?;
            if den == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            Ok(Value::float(num / den))
        }
    }
}

fn math_log2(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(&args, "math.log2")?;
    Ok(Value::float(loghelper(vm, x, m_log2)?))
}

fn math_log10(vm: &mut Vm, args: Args) -> PyResult {
    let x = one_arg(&args, "math.log10")?;
    Ok(Value::float(loghelper(vm, x, m_log10)?))
}

// ---------------------------------------------------------------------------------------
// Rounding to ints and float decomposition.

fn float_to_int(f: f64) -> PyResult {
    pyrite_vm::types::int::float_to_int(f)
}

/// Call the special method `dunder` of `v`'s type, if it has one.
fn call_special(vm: &mut Vm, v: &Value, dunder: &str) -> PyResult<Option<Value>> {
    let cls = v.class().clone();
    match vm.lookup_type_attr(&cls, &name(dunder)) {
        Some(m) => Ok(Some(vm.call_method_value(&m, v, (&[], &[]))?)),
        None => Ok(None),
    }
}

fn math_floor(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(&args, "math.floor")?;
    match v {
        Value::Float(f) => return float_to_int(f.get().floor()),
        Value::Int(_) => return Ok(v.clone()),
        Value::Obj(_) => {}
    }
    if let Some(r) = call_special(vm, v, "__floor__")? {
        return Ok(r);
    }
    float_to_int(to_f64(vm, v)?.floor())
}

fn math_ceil(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(&args, "math.ceil")?;
    match v {
        Value::Float(f) => return float_to_int(f.get().ceil()),
        Value::Int(_) => return Ok(v.clone()),
        Value::Obj(_) => {}
    }
    if let Some(r) = call_special(vm, v, "__ceil__")? {
        return Ok(r);
    }
    float_to_int(to_f64(vm, v)?.ceil())
}

fn math_trunc(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(&args, "math.trunc")?;
    match v {
        Value::Float(f) => return float_to_int(f.get()),
        Value::Int(_) => return Ok(v.clone()),
        Value::Obj(_) => {}
    }
    match call_special(vm, v, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            v.type_name()
        ))),
    }
}

/// C `frexp` (exact): 0.5 <= |m| < 1, x == m * 2**e; zeros, infinities and NaNs give e == 0.
fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits((1023 + 64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one_arg(&args, "math.frexp")?)?;
    let (m, e) = frexp(x);
    Ok(Value::new_tuple(vec![Value::float(m), Value::Int(e)]))
}

fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two_args(&args, "ldexp")?;
    let x = to_f64(vm, a)?;
    let exp = match as_int(b) {
        Some(IntRef::Small(i)) => i,
        Some(IntRef::Big(big)) => {
            if big.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range_error());
    } else if exp < i32::MIN as i64 {
        0f64.copysign(x)
    } else {
        let r = c_ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(Value::float(r))
}

fn math_modf(vm: &mut Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one_arg(&args, "math.modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    Ok(Value::new_tuple(vec![
        Value::float(frac),
        Value::float(int),
    ]))
}

// ---------------------------------------------------------------------------------------
// Predicates, conversions, comparisons.

fn math_isnan(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(
        to_f64(vm, one_arg(&args, "math.isnan")?)?.is_nan(),
    ))
}

fn math_isinf(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(
        to_f64(vm, one_arg(&args, "math.isinf")?)?.is_infinite(),
    ))
}

fn math_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(
        to_f64(vm, one_arg(&args, "math.isfinite")?)?.is_finite(),
    ))
}

fn math_degrees(vm: &mut Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one_arg(&args, "math.degrees")?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(vm: &mut Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one_arg(&args, "math.radians")?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

fn math_isclose(vm: &mut Vm, args: Args) -> PyResult {
    let npos = args.pos().len();
    if npos > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({npos} given)"
        )));
    }
    let [a, b, rel, abs] = args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let a = to_f64(vm, a.as_ref().expect("required"))?;
    let b = to_f64(vm, b.as_ref().expect("required"))?;
    let rel_tol = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs_tol = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

fn math_nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two_args(&args, "nextafter")?;
    let x = to_f64(vm, a)?;
    let y = to_f64(vm, b)?;
    Ok(Value::float(nextafter(x, y)))
}

fn math_ulp(vm: &mut Vm, args: Args) -> PyResult {
    let x = to_f64(vm, one_arg(&args, "math.ulp")?)?;
    if x.is_nan() {
        return Ok(Value::float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(x2 - x))
}

// ---------------------------------------------------------------------------------------
// Norms and sums.

/// CPython's `vector_norm`: sqrt(sum(x**2)) with scaling, Veltkamp-Dekker splitting,
/// compensated summation and a final differential correction (almost always correctly
/// rounded). `vec` holds absolute values; `max` is the largest.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = c_ldexp(1.0, -max_e as i32);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;

            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;

            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;

            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;

        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;

        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;

        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;

        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Tiny values: ldexp(1.0, -max_e) would overflow, so divide by max instead.
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn math_hypot(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(&args, "math.hypot")?;
    let mut coords = Vec::with_capacity(args.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for v in args.pos() {
        let x = to_f64(vm, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::float(vector_norm(&coords, max, found_nan)))
}

fn as_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(items)) => Ok(items.to_vec()),
        _ => vm.collect(v),
    }
}

fn math_dist(vm: &mut Vm, args: Args) -> PyResult {
    let (p, q) = two_args(&args, "dist")?;
    let p = as_items(vm, p)?;
    let q = as_items(vm, q)?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(&q) {
        let x = (to_f64(vm, a)? - to_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::float(vector_norm(&diffs, max, found_nan)))
}

/// Shewchuk's exact summation with CPython's final half-even correction.
fn math_fsum(vm: &mut Vm, args: Args) -> PyResult {
    let seq = one_arg(&args, "math.fsum")?;
    let it = vm.iter(seq)?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.next(&it)? {
        let mut x = to_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::float(special_sum));
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::float(hi))
}

fn math_prod(vm: &mut Vm, args: Args) -> PyResult {
    let npos = args.pos().len();
    if npos != 1 {
        return Err(type_error(format!(
            "prod() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let mut acc = Value::Int(1);
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(type_error(format!(
                "'{k}' is an invalid keyword argument for prod()"
            )));
        }
        acc = v.clone();
    }
    let it = vm.iter(&args.pos()[0])?;
    while let Some(item) = vm.next(&it)? {
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) if a.checked_mul(*b).is_some() => Value::Int(a * b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() * b.get()),
            _ => vm.binary_op(&acc, &item, BinaryOperator::Multiply)?,
        };
    }
    Ok(acc)
}

// ---------------------------------------------------------------------------------------
// Integer functions.

fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

fn math_gcd(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(&args, "math.gcd")?;
    let mut small: u64 = 0;
    let mut big: Option<BigInt> = None;
    for v in args.pos() {
        if big.is_none() {
            if let Value::Int(n) = v {
                small = gcd_u64(small, n.unsigned_abs());
                continue;
            }
        }
        let n = to_bigint(vm, v)?;
        let g = big.take().unwrap_or_else(|| BigInt::from(small));
        big = Some(g.gcd(&n));
    }
    Ok(Value::from_bigint(
        big.unwrap_or_else(|| BigInt::from(small)),
    ))
}

fn math_lcm(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(&args, "math.lcm")?;
    let mut acc = BigInt::one();
    for v in args.pos() {
        let n = to_bigint(vm, v)?;
        if acc.is_zero() {
            continue;
        }
        acc = if n.is_zero() {
            BigInt::zero()
        } else {
            (&acc / acc.gcd(&n) * &n).abs()
        };
    }
    Ok(Value::from_bigint(acc))
}

fn math_isqrt(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(&args, "math.isqrt")?;
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn bit_length(n: u64) -> u32 {
    64 - n.leading_zeros()
}

/// Product of the odd numbers in range(start, stop), by binary splitting.
fn odd_range_product(start: u64, stop: u64, max_bits: u32) -> BigInt {
    let num_operands = (stop - start) / 2;
    if num_operands <= 64 && num_operands * max_bits as u64 <= 64 {
        let mut total = start;
        let mut j = start + 2;
        while j < stop {
            total *= j;
            j += 2;
        }
        return BigInt::from(total);
    }
    let midpoint = (start + num_operands) | 1;
    let left = odd_range_product(start, midpoint, bit_length(midpoint - 2));
    let right = odd_range_product(midpoint, stop, max_bits);
    left * right
}

/// n! by CPython's divide-and-conquer algorithm: the odd part times a power of two.
fn factorial(n: u64) -> BigInt {
    if n < 21 {
        return BigInt::from((1..=n).product::<u64>());
    }
    let mut inner = BigInt::one();
    let mut outer = BigInt::one();
    let mut upper = 3u64;
    for i in (0..bit_length(n).saturating_sub(1)).rev() {
        let v = n >> i;
        if v <= 2 {
            continue;
        }
        let lower = upper;
        upper = (v + 1) | 1;
        inner *= odd_range_product(lower, upper, bit_length(upper - 2));
        outer *= &inner;
    }
    outer << (n - n.count_ones() as u64)
}

fn factorial_of(vm: &mut Vm, v: &Value) -> PyResult {
    let n = to_bigint(vm, v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_i64().ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    Ok(Value::from_bigint(factorial(n as u64)))
}

fn math_factorial(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(&args, "math.factorial")?;
    factorial_of(vm, v)
}

/// n * (n-1) * ... * (n-k+1) for n < 2**64, by binary splitting.
fn falling_small(n: u64, k: u64) -> BigInt {
    if bit_length(n) as u64 * k <= 128 {
        let mut acc: u128 = 1;
        for i in 0..k {
            acc *= (n - i) as u128;
        }
        return BigInt::from(acc);
    }
    let j = k / 2;
    falling_small(n, j) * falling_small(n - j, k - j)
}

/// n * (n-1) * ... * (n-k+1), by binary splitting.
fn falling(n: &BigInt, k: u64) -> BigInt {
    if k == 0 {
        return BigInt::one();
    }
    if let Some(small) = n.to_u64() {
        return falling_small(small, k);
    }
    if k == 1 {
        return n.clone();
    }
    let j = k / 2;
    falling(n, j) * falling(&(n - j), k - j)
}

fn check_nonnegative(n: &BigInt, which: &str) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{which} must be a non-negative integer"
        )));
    }
    Ok(())
}

fn math_comb(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = two_args(&args, "comb")?;
    let n = to_bigint(vm, a)?;
    let k = to_bigint(vm, b)?;
    check_nonnegative(&n, "n")?;
    check_nonnegative(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let rest = &n - &k;
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_i64() else {
        return Err(overflow_error(
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let k = k as u64;
    Ok(Value::from_bigint(falling(&n, k) / factorial(k)))
}

fn math_perm(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(&args, "math.perm")?;
    let p = positional(&args, "perm", 1, 2)?;
    if p.len() == 1 || p[1].is_none() {
        return factorial_of(vm, &p[0]);
    }
    let n = to_bigint(vm, &p[0])?;
    let k = to_bigint(vm, &p[1])?;
    check_nonnegative(&n, "n")?;
    check_nonnegative(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_i64() else {
        return Err(overflow_error("k must not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(falling(&n, k as u64)))
}

// ---------------------------------------------------------------------------------------

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("math");
    let fns: &[(&'static str, NativeFn)] = &[
        ("acos", math_acos),
        ("acosh", math_acosh),
        ("asin", math_asin),
        ("asinh", math_asinh),
        ("atan", math_atan),
        ("atan2", math_atan2),
        ("atanh", math_atanh),
        ("cbrt", math_cbrt),
        ("ceil", math_ceil),
        ("comb", math_comb),
        ("copysign", math_copysign),
        ("cos", math_cos),
        ("cosh", math_cosh),
        ("degrees", math_degrees),
        ("dist", math_dist),
        ("erf", math_erf),
        ("erfc", math_erfc),
        ("exp", math_exp),
        ("exp2", math_exp2),
        ("expm1", math_expm1),
        ("fabs", math_fabs),
        ("factorial", math_factorial),
        ("floor", math_floor),
        ("fmod", math_fmod),
        ("frexp", math_frexp),
        ("fsum", math_fsum),
        ("gamma", math_gamma),
        ("gcd", math_gcd),
        ("hypot", math_hypot),
        ("isclose", math_isclose),
        ("isfinite", math_isfinite),
        ("isinf", math_isinf),
        ("isnan", math_isnan),
        ("isqrt", math_isqrt),
        ("lcm", math_lcm),
        ("ldexp", math_ldexp),
        ("lgamma", math_lgamma),
        ("log", math_log),
        ("log10", math_log10),
        ("log1p", math_log1p),
        ("log2", math_log2),
        ("modf", math_modf),
        ("nextafter", math_nextafter),
        ("perm", math_perm),
        ("pow", math_pow),
        ("prod", math_prod),
        ("radians", math_radians),
        ("remainder", math_remainder),
        ("sin", math_sin),
        ("sinh", math_sinh),
        ("sqrt", math_sqrt),
        ("tan", math_tan),
        ("tanh", math_tanh),
        ("trunc", math_trunc),
        ("ulp", math_ulp),
    ];
    add_functions(&m, fns);
    set_attr_str(&m, "pi", Value::float(std::f64::consts::PI));
    set_attr_str(&m, "e", Value::float(std::f64::consts::E));
    set_attr_str(&m, "tau", Value::float(std::f64::consts::TAU));
    set_attr_str(&m, "inf", Value::float(f64::INFINITY));
    set_attr_str(&m, "nan", Value::float(f64::NAN));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factorial_matches_naive_product() {
        for n in [0u64, 1, 5, 20, 21, 22, 50, 100, 257, 1000] {
            let naive: BigInt = (1..=n).map(BigInt::from).product();
            assert_eq!(factorial(n), naive, "{n}!");
        }
    }

    #[test]
    fn falling_factorial_matches_naive_product() {
        let n = BigInt::from(10u64).pow(25);
        let naive: BigInt = (0..40u64).map(|i| &n - i).product();
        assert_eq!(falling(&n, 40), naive);
        let naive: BigInt = (0..300u64).map(|i| BigInt::from(1000 - i)).product();
        assert_eq!(falling_small(1000, 300), naive);
    }

    #[test]
    fn frexp_of_subnormals_and_bigints() {
        assert_eq!(frexp(8.0), (0.5, 4));
        assert_eq!(frexp(f64::from_bits(1)), (0.5, -1073));
        let big = BigInt::from(3u8) << 2000u32;
        assert_eq!(bigint_frexp(&big), (0.75, 2002));
        // Rounds half to even on the 53rd bit, with a sticky bit below.
        let b = (BigInt::one() << 1100u32) + (BigInt::one() << 1047u32) + BigInt::one();
        assert_eq!(bigint_frexp(&b), (0.5 + f64::EPSILON / 2.0, 1101));
    }

    #[test]
    fn remainder_rounds_half_to_even() {
        assert_eq!(remainder(10.0, 3.0), 1.0);
        assert_eq!(remainder(11.0, 3.0), -1.0);
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
    }
}
