//! Operators: arithmetic on the numeric tower (int, float, complex, bool), the binary
//! operator protocol (`__add__`/`__radd__` with subclass priority), rich comparisons.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C, UnaryOperator};
use pyrite_object::payload::Payload;
use pyrite_object::types::{flags, types};
use pyrite_object::Value;

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::vm::name;
use crate::Vm;

/// An int-like operand: inline, or borrowed from a big int / bool / int subclass.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(*i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }
}

/// The int value of `v` if it is an int (or bool, or int subclass instance).
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Float(_) => None,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(IntRef::Big(b)),
            Payload::Bool(b) => Some(IntRef::Small(*b as i64)),
            _ => None,
        },
    }
}

/// The float value of `v` if it is a float (or float subclass instance).
#[inline]
pub fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(f.get()),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(*f),
            _ => None,
        },
        Value::Int(_) => None,
    }
}

/// (re, im) if `v` is a complex number.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v.payload() {
        Some(Payload::Complex { re, im }) => Some((*re, *im)),
        _ => None,
    }
}

pub fn is_numeric(v: &Value) -> bool {
    as_int(v).is_some() || as_float(v).is_some() || as_complex(v).is_some()
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// Exact comparison of an int with a float (CPython compares exactly, not via rounding).
pub fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    // i vs floor(f): both integers, compare exactly.
    let fb = float_to_bigint(fl);
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn int_float_eq(i: &BigInt, f: f64) -> bool {
    int_float_cmp(i, f) == Some(Ordering::Equal)
}

/// An integral finite float to an exact big int.
pub fn float_to_bigint(f: f64) -> BigInt {
    if f.abs() < 9.0e15 {
        return BigInt::from(f as i64);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mut b = BigInt::from(mant);
    if exp > 0 {
        b <<= exp as usize;
    } else {
        b >>= (-exp) as usize;
    }
    if f < 0.0 {
        -b
    } else {
        b
    }
}

pub(crate) fn small_int_op(a: i64, b: i64, op: B) -> PyResult<Value> {
    let r = match op {
        B::Add => a.checked_add(b),
        B::Subtract => a.checked_sub(b),
        B::Multiply => a.checked_mul(b),
        B::FloorDivide => {
            if b == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b).map(|_| Integer::div_floor(&a, &b))
        }
        B::Remainder => {
            if b == 0 {
                return Err(zero_division_error("integer modulo by zero"));
            }
            a.checked_rem_euclid(b).map(|_| a.mod_floor(&b))
        }
        B::And => Some(a & b),
        B::Or => Some(a | b),
        B::Xor => Some(a ^ b),
        B::LShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            if b < 63 && a.unsigned_abs().leading_zeros() as i64 > b + 1 {
                Some(a << b)
            } else {
                None
            }
        }
        B::RShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        B::TrueDivide => {
            if b == 0 {
                return Err(zero_division_error("division by zero"));
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(Value::float(a as f64 / b as f64));
            }
            return big_int_op(&BigInt::from(a), &BigInt::from(b), op);
        }
        B::Power => {
            if b < 0 {
                return float_op(a as f64, b as f64, B::Power);
            }
            if b <= u32::MAX as i64 {
                a.checked_pow(b as u32)
            } else {
                None
            }
        }
        B::MatMultiply => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    };
    match r {
        Some(v) => Ok(Value::Int(v)),
        None => big_int_op(&BigInt::from(a), &BigInt::from(b), op),
    }
}

pub fn big_int_op(a: &BigInt, b: &BigInt, op: B) -> PyResult<Value> {
    let r = match op {
        B::Add => a + b,
        B::Subtract => a - b,
        B::Multiply => a * b,
        B::FloorDivide => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            a.div_floor(b)
        }
        B::Remainder => {
            if b.is_zero() {
                return Err(zero_division_error("integer modulo by zero"));
            }
            a.mod_floor(b)
        }
        B::And => a & b,
        B::Or => a | b,
        B::Xor => a ^ b,
        B::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let n = b
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            a << n
        }
        B::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        B::TrueDivide => {
            if b.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            return Ok(Value::float(big_true_divide(a, b)?));
        }
        B::Power => {
            if b.is_negative() {
                return float_op(big_to_f64(a)?, big_to_f64(b)?, B::Power);
            }
            if a.is_zero() || a.is_one() {
                a.clone()
            } else if *a == BigInt::from(-1) {
                if b.is_even() {
                    BigInt::one()
                } else {
                    a.clone()
                }
            } else {
                let e = b
                    .to_u32()
                    .ok_or_else(|| overflow_error("exponent too large"))?;
                num_traits::pow::Pow::pow(a, e)
            }
        }
        B::MatMultiply => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    };
    Ok(Value::from_bigint(r))
}

/// Correctly rounded int / int for big operands.
fn big_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has 64+ significant bits, then let the conversion round.
    let shift = 66i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    // Sticky bit so halfway cases round correctly.
    let q = (q << 1usize) | BigInt::from(!r.is_zero() as u8);
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let v = qf * 2f64.powi(-(shift as i32) - 1);
    if !v.is_finite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -v } else { v })
}

/// Float arithmetic with CPython's error behaviour.
pub fn float_op(a: f64, b: f64, op: B) -> PyResult<Value> {
    let r = match op {
        B::Add => a + b,
        B::Subtract => a - b,
        B::Multiply => a * b,
        B::TrueDivide => {
            if b == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            a / b
        }
        B::FloorDivide => {
            if b == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            float_divmod(a, b).0
        }
        B::Remainder => {
            if b == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            float_divmod(a, b).1
        }
        B::Power => return float_pow(a, b),
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op_symbol(op)
            )))
        }
    };
    Ok(Value::float(r))
}

/// CPython's float divmod (floor division and modulo with the divisor's sign).
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(Value::float(1.0));
    }
    if a.is_nan() {
        return Ok(Value::float(if b == 0.0 { 1.0 } else { a }));
    }
    if a == 0.0 && b < 0.0 && b.is_finite() {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        // A negative base to a fractional power is complex in Python 3.
        let (re, im) = complex_pow((a, 0.0), (b, 0.0))?;
        return Ok(Value::new_complex(re, im));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error_errno("Numerical result out of range"));
    }
    Ok(Value::float(r))
}

/// OverflowError with CPython's `(34, 'Numerical result out of range')` args.
fn overflow_error_errno(msg: &str) -> crate::error::PyErr {
    crate::error::PyErr::with_args(
        &types().exc.overflow_error,
        vec![Value::Int(34), Value::new_str(msg)],
    )
}

pub fn complex_op(a: (f64, f64), b: (f64, f64), op: B) -> PyResult<Value> {
    let (r, i) = match op {
        B::Add => (a.0 + b.0, a.1 + b.1),
        B::Subtract => (a.0 - b.0, a.1 - b.1),
        B::Multiply => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        B::TrueDivide => complex_div(a, b)?,
        B::Power => complex_pow(a, b)?,
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op_symbol(op)
            )))
        }
    };
    Ok(Value::new_complex(r, i))
}

fn complex_div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (c, d) = b;
    if c == 0.0 && d == 0.0 {
        return Err(zero_division_error("complex division by zero"));
    }
    // Smith's algorithm, as CPython uses.
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + d * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else {
        let ratio = c / d;
        let denom = c * ratio + d;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    }
}

fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b == (0.0, 0.0) {
        return Ok((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Small integer exponents by repeated multiplication, as CPython does.
    if b.1 == 0.0 && b.0.fract() == 0.0 && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut result = (1.0, 0.0);
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = (
                    result.0 * base.0 - result.1 * base.1,
                    result.0 * base.1 + result.1 * base.0,
                );
            }
            base = (base.0 * base.0 - base.1 * base.1, 2.0 * base.0 * base.1);
            e >>= 1;
        }
        if n < 0 {
            return complex_div((1.0, 0.0), result);
        }
        return Ok(result);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

pub fn op_symbol(op: B) -> &'static str {
    match op {
        B::Add => "+",
        B::Subtract => "-",
        B::Multiply => "*",
        B::MatMultiply => "@",
        B::TrueDivide => "/",
        B::FloorDivide => "//",
        B::Remainder => "%",
        B::Power => "** or pow()",
        B::LShift => "<<",
        B::RShift => ">>",
        B::And => "&",
        B::Or => "|",
        B::Xor => "^",
    }
}

pub fn inplace_symbol(op: B) -> &'static str {
    match op {
        B::Add => "+=",
        B::Subtract => "-=",
        B::Multiply => "*=",
        B::MatMultiply => "@=",
        B::TrueDivide => "/=",
        B::FloorDivide => "//=",
        B::Remainder => "%=",
        B::Power => "**=",
        B::LShift => "<<=",
        B::RShift => ">>=",
        B::And => "&=",
        B::Or => "|=",
        B::Xor => "^=",
    }
}

/// (`__add__`, `__radd__`, `__iadd__`) for an operator.
pub fn dunder_names(op: B) -> (&'static str, &'static str, &'static str) {
    match op {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Subtract => ("__sub__", "__rsub__", "__isub__"),
        B::Multiply => ("__mul__", "__rmul__", "__imul__"),
        B::MatMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        B::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Remainder => ("__mod__", "__rmod__", "__imod__"),
        B::Power => ("__pow__", "__rpow__", "__ipow__"),
        B::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::And => ("__and__", "__rand__", "__iand__"),
        B::Or => ("__or__", "__ror__", "__ior__"),
        B::Xor => ("__xor__", "__rxor__", "__ixor__"),
    }
}

/// Numeric binary operation on builtin numbers; `None` if an operand is not a number.
/// Bitwise and shift operators (defined for ints only).
fn int_only_op(op: B) -> bool {
    matches!(
        op,
        B::LShift | B::RShift | B::And | B::Or | B::Xor | B::MatMultiply
    )
}

pub fn number_binop(a: &Value, b: &Value, op: B) -> Option<PyResult<Value>> {
    let int_only = int_only_op(op);
    let complex_ops = matches!(
        op,
        B::Add | B::Subtract | B::Multiply | B::TrueDivide | B::Power
    );
    if int_only && (as_int(a).is_none() || as_int(b).is_none()) {
        return None;
    }
    if (as_complex(a).is_some() || as_complex(b).is_some()) && !complex_ops {
        return None;
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return Some(match (x, y) {
            (IntRef::Small(x), IntRef::Small(y)) => small_int_op(x, y, op),
            (x, y) => big_int_op(&x.to_big(), &y.to_big(), op),
        });
    }
    let fa = as_float(a)
        .map(Ok)
        .or_else(|| as_int(a).map(|i| i.to_f64()));
    let fb = as_float(b)
        .map(Ok)
        .or_else(|| as_int(b).map(|i| i.to_f64()));
    if let (Some(x), Some(y)) = (&fa, &fb) {
        if as_float(a).is_some() || as_float(b).is_some() {
            return Some(match (x, y) {
                (Ok(x), Ok(y)) => float_op(*x, *y, op),
                (Err(e), _) | (_, Err(e)) => Err(e.clone()),
            });
        }
    }
    let ca = as_complex(a)
        .map(Ok)
        .or_else(|| fa.map(|r| r.map(|f| (f, 0.0))));
    let cb = as_complex(b)
        .map(Ok)
        .or_else(|| fb.map(|r| r.map(|f| (f, 0.0))));
    match (ca, cb) {
        (Some(Ok(x)), Some(Ok(y))) => Some(complex_op(x, y, op)),
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(Err(e)),
        _ => None,
    }
}

/// Compare two builtin numbers; `None` if an operand is not a real number.
pub fn number_compare(a: &Value, b: &Value) -> Option<Option<Ordering>> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => return Some(x.get().partial_cmp(&y.get())),
        _ => {}
    }
    match (as_int(a), as_int(b)) {
        (Some(x), Some(y)) => return Some(Some(x.to_big().cmp(&y.to_big()))),
        (Some(x), None) => {
            let f = as_float(b)?;
            return Some(int_float_cmp(&x.to_big(), f));
        }
        (None, Some(y)) => {
            let f = as_float(a)?;
            return Some(int_float_cmp(&y.to_big(), f).map(Ordering::reverse));
        }
        (None, None) => {}
    }
    let (x, y) = (as_float(a)?, as_float(b)?);
    Some(x.partial_cmp(&y))
}

fn ordering_matches(o: Option<Ordering>, op: C) -> bool {
    match o {
        None => op == C::Ne,
        Some(o) => match op {
            C::Lt => o == Ordering::Less,
            C::Le => o != Ordering::Greater,
            C::Eq => o == Ordering::Equal,
            C::Ne => o != Ordering::Equal,
            C::Gt => o == Ordering::Greater,
            C::Ge => o != Ordering::Less,
            _ => false,
        },
    }
}

pub fn compare_symbol(op: C) -> &'static str {
    match op {
        C::Lt => "<",
        C::Le => "<=",
        C::Eq => "==",
        C::Ne => "!=",
        C::Gt => ">",
        C::Ge => ">=",
        C::In => "in",
        C::NotIn => "not in",
        C::Is => "is",
        C::IsNot => "is not",
    }
}

pub fn compare_dunder(op: C) -> &'static str {
    match op {
        C::Lt => "__lt__",
        C::Le => "__le__",
        C::Eq => "__eq__",
        C::Ne => "__ne__",
        C::Gt => "__gt__",
        C::Ge => "__ge__",
        _ => "__eq__",
    }
}

/// The operator with swapped operands (`a < b` is `b > a`).
pub fn swapped(op: C) -> C {
    match op {
        C::Lt => C::Gt,
        C::Le => C::Ge,
        C::Gt => C::Lt,
        C::Ge => C::Le,
        other => other,
    }
}

fn is_heap(v: &Value) -> bool {
    v.class().type_data().has_flag(flags::HEAPTYPE)
}

impl Vm {
    /// `a op b`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return small_int_op(*x, *y, op),
            (Value::Float(x), Value::Float(y)) => return float_op(x.get(), y.get(), op),
            (Value::Float(x), Value::Int(y)) if !int_only_op(op) => {
                return float_op(x.get(), *y as f64, op)
            }
            (Value::Int(x), Value::Float(y)) if !int_only_op(op) => {
                return float_op(*x as f64, y.get(), op)
            }
            _ => {}
        }
        if !is_heap(a) && !is_heap(b) {
            if let Some(v) = crate::types::builtin_binop(self, a, b, op)? {
                return Ok(v);
            }
        }
        let (lname, rname, _) = dunder_names(op);
        match self.dunder_binop(a, b, lname, rname)? {
            Some(v) => Ok(v),
            None => Err(binop_type_error(a, b, op)),
        }
    }

    /// The `__op__`/`__rop__` protocol; `Ok(None)` when both return NotImplemented.
    pub fn dunder_binop(
        &mut self,
        a: &Value,
        b: &Value,
        lname: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let lname = name(lname);
        let rname = name(rname);
        let left = self.lookup_type_attr(&ta, &lname);
        let right = if ta.is(&tb) {
            None
        } else {
            self.lookup_type_attr(&tb, &rname)
        };
        let mut right_done = false;
        // A subclass's reflected method goes first if it overrides the left operand's.
        if let Some(r) = &right {
            if tb.is_subtype(&ta) {
                let left_r = self.lookup_type_attr(&ta, &rname);
                if left_r.as_ref().is_none_or(|l| !l.is(r)) {
                    let v = self.call_method_value(r, b, (std::slice::from_ref(a), &[]))?;
                    if !v.is_not_implemented() {
                        return Ok(Some(v));
                    }
                    right_done = true;
                }
            }
        }
        if let Some(l) = left {
            let v = self.call_method_value(&l, a, (std::slice::from_ref(b), &[]))?;
            if !v.is_not_implemented() {
                return Ok(Some(v));
            }
        }
        if let (Some(r), false) = (right, right_done) {
            let v = self.call_method_value(&r, b, (std::slice::from_ref(a), &[]))?;
            if !v.is_not_implemented() {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: B) -> PyResult<Value> {
        if let Value::Obj(o) = a {
            let builtin = !is_heap(a);
            if builtin {
                if let Some(v) = crate::types::builtin_inplace(self, o, b, op)? {
                    return Ok(v);
                }
            }
            // Native types of other crates (deque) define their in-place dunders in their
            // type dicts, as classes do.
            if !builtin || matches!(o.payload, Payload::Native(_)) {
                let (_, _, iname) = dunder_names(op);
                if let Some(f) = self.lookup_type_attr(&a.class().clone(), &name(iname)) {
                    let v = self.call_method_value(&f, a, (std::slice::from_ref(b), &[]))?;
                    if !v.is_not_implemented() {
                        return Ok(v);
                    }
                }
            }
        }
        match self.binary_op(a, b, op) {
            Err(e) if e.matches(&types().exc.type_error) => {
                // Re-word the generic message for the augmented operator.
                let msg = crate::types::exception_message(&e);
                if msg.starts_with("unsupported operand type(s) for ") {
                    return Err(type_error(format!(
                        "unsupported operand type(s) for {}: '{}' and '{}'",
                        inplace_symbol(op),
                        a.type_name(),
                        b.type_name()
                    )));
                }
                Err(e)
            }
            r => r,
        }
    }

    /// `-a`, `+a`, `~a` (`not` is handled by the eval loop).
    pub fn unary_op(&mut self, a: &Value, op: UnaryOperator) -> PyResult<Value> {
        match (a, op) {
            (Value::Int(i), UnaryOperator::Negative) => {
                return Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => Value::from_bigint(-BigInt::from(*i)),
                })
            }
            (Value::Int(i), UnaryOperator::Positive) => return Ok(Value::Int(*i)),
            (Value::Int(i), UnaryOperator::Invert) => return Ok(Value::Int(!*i)),
            (Value::Float(f), UnaryOperator::Negative) => return Ok(Value::float(-f.get())),
            (Value::Float(f), UnaryOperator::Positive) => return Ok(Value::float(f.get())),
            _ => {}
        }
        if !is_heap(a) {
            if let Some(v) = builtin_unary(a, op) {
                return Ok(v);
            }
        }
        let dunder = match op {
            UnaryOperator::Negative => "__neg__",
            UnaryOperator::Positive => "__pos__",
            UnaryOperator::Invert => "__invert__",
            UnaryOperator::Not => return Ok(Value::bool(!self.truthy(a)?)),
        };
        if let Some(f) = self.lookup_type_attr(&a.class().clone(), &name(dunder)) {
            return self.call_method_value(&f, a, (&[], &[]));
        }
        let sym = match op {
            UnaryOperator::Negative => "-",
            UnaryOperator::Positive => "+",
            _ => "~",
        };
        Err(type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            a.type_name()
        )))
    }

    /// `a op b` for the six rich comparisons.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: C) -> PyResult<Value> {
        if let Some(o) = number_compare(a, b) {
            if !is_heap(a) && !is_heap(b) {
                return Ok(Value::bool(ordering_matches(o, op)));
            }
        }
        if !is_heap(a) && !is_heap(b) {
            if let Some(v) = crate::types::builtin_compare(self, a, b, op)? {
                return Ok(v);
            }
        }
        let (ta, tb) = (a.class().clone(), b.class().clone());
        let lname = name(compare_dunder(op));
        let rname = name(compare_dunder(swapped(op)));
        let mut checked_reflected = false;
        if !ta.is(&tb) && tb.is_subtype(&ta) {
            if let Some(r) = self.lookup_type_attr(&tb, &rname) {
                checked_reflected = true;
                let v = self.call_compare_method(&r, b, a, swapped(op))?;
                if !v.is_not_implemented() {
                    return Ok(v);
                }
            }
        }
        if let Some(l) = self.lookup_type_attr(&ta, &lname) {
            let v = self.call_compare_method(&l, a, b, op)?;
            if !v.is_not_implemented() {
                return Ok(v);
            }
        }
        if !checked_reflected {
            if let Some(r) = self.lookup_type_attr(&tb, &rname) {
                let v = self.call_compare_method(&r, b, a, swapped(op))?;
                if !v.is_not_implemented() {
                    return Ok(v);
                }
            }
        }
        match op {
            C::Eq => Ok(Value::bool(a.is(b))),
            C::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(compare_type_error(a, b, op)),
        }
    }

    /// Call a comparison dunder. Builtin `object.__ne__` inverts `__eq__` as CPython does.
    fn call_compare_method(&mut self, f: &Value, a: &Value, b: &Value, op: C) -> PyResult<Value> {
        if op == C::Ne && crate::attr::is_object_slot(f, crate::attr::ObjectSlot::Ne) {
            let eq = self.lookup_type_attr(&a.class().clone(), &name("__eq__"));
            if let Some(eq) = eq {
                let v = self.call_method_value(&eq, a, (std::slice::from_ref(b), &[]))?;
                if v.is_not_implemented() {
                    return Ok(v);
                }
                return Ok(Value::bool(!self.truthy(&v)?));
            }
        }
        self.call_method_value(f, a, (std::slice::from_ref(b), &[]))
    }

    /// `a < b` etc. as a bool.
    pub fn compare_bool(&mut self, a: &Value, b: &Value, op: C) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(ordering_matches(Some(x.cmp(y)), op));
        }
        let v = self.rich_compare(a, b, op)?;
        self.truthy(&v)
    }
}

/// Unary operators on builtin numbers (bool included).
fn builtin_unary(a: &Value, op: UnaryOperator) -> Option<Value> {
    if let Some(i) = as_int(a) {
        let b = i.to_big();
        return Some(Value::from_bigint(match op {
            UnaryOperator::Negative => -b,
            UnaryOperator::Positive => b,
            UnaryOperator::Invert => !b,
            UnaryOperator::Not => return None,
        }));
    }
    if let Some(f) = as_float(a) {
        return match op {
            UnaryOperator::Negative => Some(Value::float(-f)),
            UnaryOperator::Positive => Some(Value::float(f)),
            _ => None,
        };
    }
    if let Some((re, im)) = as_complex(a) {
        return match op {
            UnaryOperator::Negative => Some(Value::new_complex(-re, -im)),
            UnaryOperator::Positive => Some(Value::new_complex(re, im)),
            _ => None,
        };
    }
    None
}

/// TypeError for an unsupported binary operation, with CPython's wording.
pub fn binop_type_error(a: &Value, b: &Value, op: B) -> crate::error::PyErr {
    let (ta, tb) = (a.type_name(), b.type_name());
    let seq = matches!(
        a.payload(),
        Some(Payload::Str(_))
            | Some(Payload::List(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Bytes(_))
            | Some(Payload::ByteArray(_))
    );
    if op == B::Add && seq {
        let base = match a.payload() {
            Some(Payload::Str(_)) => "str",
            Some(Payload::List(_)) => "list",
            Some(Payload::Tuple(_)) => "tuple",
            Some(Payload::Bytes(_)) => "bytes",
            _ => "bytearray",
        };
        if base == "bytes" || base == "bytearray" {
            return type_error(format!("can't concat {tb} to {ta}"));
        }
        return type_error(format!(
            "can only concatenate {base} (not \"{tb}\") to {base}"
        ));
    }
    let seq_b = matches!(
        b.payload(),
        Some(Payload::Str(_))
            | Some(Payload::List(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Bytes(_))
            | Some(Payload::ByteArray(_))
    );
    if op == B::Multiply && (seq || seq_b) {
        let other = if seq { tb } else { ta };
        return type_error(format!(
            "can't multiply sequence by non-int of type '{other}'"
        ));
    }
    if op == B::Power {
        return type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{ta}' and '{tb}'",
        op_symbol(op)
    ))
}

pub fn compare_type_error(a: &Value, b: &Value, op: C) -> crate::error::PyErr {
    type_error(format!(
        "'{}' not supported between instances of '{}' and '{}'",
        compare_symbol(op),
        a.type_name(),
        b.type_name()
    ))
}
