//! Constant folding of literal expressions: `-1`, `2 ** 10`, `1 + 2j`, `("a", "b")`, `"ab" * 3`.
//!
//! Only operations whose result is certain and cheap are folded: the folded value must be
//! exactly what the VM would compute, and folding must never raise. Size limits as CPython's
//! AST optimiser: no ints past 128 bits from `*`, `**`, `<<`; no strings past 4096 items.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ast::{BinOp, Expr, ExprKind, UnaryOp};
use crate::consts::Const;

const MAX_INT_BITS: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 4096;

/// The constant value of `e`, if it is a literal or an operation on literals that folds.
pub(crate) fn constant_value(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant(c) => Some(Const::from_ast(c)),
        ExprKind::UnaryOp { op, operand } => fold_unary(*op, &constant_value(operand)?),
        ExprKind::BinOp { left, op, right } => {
            fold_binary(&constant_value(left)?, *op, &constant_value(right)?)
        }
        ExprKind::Tuple(elts) => elts
            .iter()
            .map(constant_value)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

/// Is `e` worth trying to fold (cheap syntactic check before the recursive one)?
pub(crate) fn may_fold(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } | ExprKind::Tuple(_)
    )
}

/// Ints and bools as integers (`True + 1 == 2`).
fn as_int(c: &Const) -> Option<BigInt> {
    match c {
        Const::Int(i) => Some(i.clone()),
        Const::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// A real number as a float, only when the conversion is exact.
fn as_float(c: &Const) -> Option<f64> {
    match c {
        Const::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?.to_i64()?;
            (i.unsigned_abs() <= 1u64 << 53).then_some(i as f64)
        }
    }
}

fn as_complex(c: &Const) -> Option<(f64, f64)> {
    match c {
        Const::Complex(re, im) => Some((*re, *im)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn fold_unary(op: UnaryOp, v: &Const) -> Option<Const> {
    match op {
        UnaryOp::Not => Some(Const::Bool(!v.is_truthy())),
        UnaryOp::USub => match v {
            Const::Float(f) => Some(Const::Float(-f)),
            Const::Complex(re, im) => Some(Const::Complex(-re, -im)),
            _ => Some(Const::Int(-as_int(v)?)),
        },
        UnaryOp::UAdd => match v {
            Const::Float(_) | Const::Complex(..) => Some(v.clone()),
            _ => Some(Const::Int(as_int(v)?)),
        },
        UnaryOp::Invert => Some(Const::Int(-as_int(v)? - 1)),
    }
}

fn fold_binary(l: &Const, op: BinOp, r: &Const) -> Option<Const> {
    // bool's own `&`, `|`, `^` return bools.
    if let (Const::Bool(a), Const::Bool(b)) = (l, r) {
        match op {
            BinOp::BitAnd => return Some(Const::Bool(a & b)),
            BinOp::BitOr => return Some(Const::Bool(a | b)),
            BinOp::BitXor => return Some(Const::Bool(a ^ b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        return fold_int(&a, op, &b);
    }
    match (l, r) {
        (Const::Str(a), Const::Str(b)) if op == BinOp::Add => {
            (a.chars().count() + b.chars().count() <= MAX_COLLECTION_SIZE)
                .then(|| Const::Str(format!("{a}{b}")))
        }
        (Const::Bytes(a), Const::Bytes(b)) if op == BinOp::Add => {
            (a.len() + b.len() <= MAX_COLLECTION_SIZE).then(|| Const::Bytes([&a[..], b].concat()))
        }
        (Const::Str(s), n) | (n, Const::Str(s)) if op == BinOp::Mult => {
            let n = repeat_count(n, s.chars().count())?;
            Some(Const::Str(s.repeat(n)))
        }
        (Const::Bytes(s), n) | (n, Const::Bytes(s)) if op == BinOp::Mult => {
            let n = repeat_count(n, s.len())?;
            Some(Const::Bytes(s.repeat(n)))
        }
        (Const::Complex(..), _) | (_, Const::Complex(..)) => {
            fold_complex(as_complex(l)?, op, as_complex(r)?)
        }
        _ => fold_float(as_float(l)?, op, as_float(r)?),
    }
}

fn repeat_count(n: &Const, item_len: usize) -> Option<usize> {
    let n = as_int(n)?.to_i64()?.max(0) as usize;
    (n.checked_mul(item_len)? <= MAX_COLLECTION_SIZE).then_some(n)
}

fn fold_int(a: &BigInt, op: BinOp, b: &BigInt) -> Option<Const> {
    let bits = |x: &BigInt| x.bits();
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => {
            if bits(a) + bits(b) > MAX_INT_BITS {
                return None;
            }
            a * b
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return None;
            }
            a.mod_floor(b)
        }
        BinOp::Pow => {
            // A negative exponent gives a float: leave it to the VM.
            let e = b.to_u32()?;
            if bits(a).saturating_mul(e as u64) > MAX_INT_BITS {
                return None;
            }
            num_traits::pow(a.clone(), e as usize)
        }
        BinOp::LShift => {
            let s = b.to_u32()?;
            if bits(a) + s as u64 > MAX_INT_BITS {
                return None;
            }
            a << s
        }
        BinOp::RShift => {
            if b.is_negative() {
                return None;
            }
            match b.to_u32() {
                Some(s) => a >> s,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::BitAnd => a & b,
        BinOp::BitOr => a | b,
        BinOp::BitXor => a ^ b,
        BinOp::Div => {
            // Exact when both operands are exact floats: IEEE division then rounds once,
            // as Python's int true division does.
            let (x, y) = (a.to_i64()?, b.to_i64()?);
            if y == 0 || x.unsigned_abs() > 1 << 53 || y.unsigned_abs() > 1 << 53 {
                return None;
            }
            return Some(Const::Float(x as f64 / y as f64));
        }
        BinOp::MatMult => return None,
    };
    Some(Const::Int(r))
}

fn fold_float(a: f64, op: BinOp, b: f64) -> Option<Const> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mult => a * b,
        BinOp::Div if b != 0.0 => a / b,
        _ => return None,
    };
    Some(Const::Float(r))
}

fn fold_complex((a, b): (f64, f64), op: BinOp, (c, d): (f64, f64)) -> Option<Const> {
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mult => (a * c - b * d, a * d + b * c),
        _ => return None,
    };
    Some(Const::Complex(re, im))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Constant, Span};

    fn lit(c: Constant) -> Expr {
        Expr {
            span: Span::default(),
            kind: ExprKind::Constant(c),
        }
    }
    fn bin(l: Expr, op: BinOp, r: Expr) -> Expr {
        Expr {
            span: Span::default(),
            kind: ExprKind::BinOp {
                left: Box::new(l),
                op,
                right: Box::new(r),
            },
        }
    }
    fn neg(e: Expr) -> Expr {
        Expr {
            span: Span::default(),
            kind: ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(e),
            },
        }
    }
    fn int(i: i64) -> Expr {
        lit(Constant::Int(i.into()))
    }

    #[test]
    fn folds_numbers_with_python_semantics() {
        assert_eq!(constant_value(&neg(int(1))), Some(Const::Int((-1).into())));
        assert_eq!(
            constant_value(&neg(lit(Constant::Float(0.0)))),
            Some(Const::Float(-0.0))
        );
        assert_eq!(
            constant_value(&bin(int(-7), BinOp::FloorDiv, int(2))),
            Some(Const::Int((-4).into()))
        );
        assert_eq!(
            constant_value(&bin(int(-7), BinOp::Mod, int(2))),
            Some(Const::Int(1.into()))
        );
        assert_eq!(constant_value(&bin(int(1), BinOp::FloorDiv, int(0))), None);
        assert_eq!(
            constant_value(&bin(int(2), BinOp::Pow, int(10))),
            Some(Const::Int(1024.into()))
        );
        assert_eq!(constant_value(&bin(int(2), BinOp::Pow, int(1000))), None);
        assert_eq!(constant_value(&bin(int(2), BinOp::Pow, int(-1))), None);
        assert_eq!(
            constant_value(&bin(int(1), BinOp::Add, lit(Constant::Imaginary(2.0)))),
            Some(Const::Complex(1.0, 2.0))
        );
        assert_eq!(
            constant_value(&neg(lit(Constant::Imaginary(1.0)))),
            Some(Const::Complex(-0.0, -1.0))
        );
        assert_eq!(
            constant_value(&bin(lit(Constant::Bool(true)), BinOp::Add, int(1))),
            Some(Const::Int(2.into()))
        );
    }

    #[test]
    fn folds_strings_within_limits() {
        let s = lit(Constant::Str("ab".into()));
        assert_eq!(
            constant_value(&bin(s.clone(), BinOp::Mult, int(3))),
            Some(Const::Str("ababab".into()))
        );
        assert_eq!(constant_value(&bin(s, BinOp::Mult, int(10_000))), None);
    }
}
