//! Compile-time constants and the per-code-object constant table.
//!
//! Constants are deduplicated by value *and type*: `1`, `1.0` and `True` are three different
//! constants, and so are `0.0` and `-0.0` (floats compare by bit pattern here). Frozensets
//! are the same constant only with the same items in the same order (the compiler gives
//! frozensets with the same items one order first, see `frozenset.rs`).

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use num_bigint::BigInt;
use pyrite_object::str::intern;
use pyrite_object::Value;

use crate::ast::Constant;

#[derive(Debug, Clone)]
pub(crate) enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    /// A constant frozenset (from a set display of constants): distinct items by Python
    /// equality, in the order they are inserted (see `frozenset.rs`).
    FrozenSet(Vec<Const>),
}

impl PartialEq for Const {
    fn eq(&self, other: &Const) -> bool {
        use Const::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex(a, b), Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            _ => false,
        }
    }
}

impl Eq for Const {}

impl Hash for Const {
    fn hash<H: Hasher>(&self, h: &mut H) {
        std::mem::discriminant(self).hash(h);
        match self {
            Const::None | Const::Ellipsis => {}
            Const::Bool(b) => b.hash(h),
            Const::Int(i) => i.hash(h),
            Const::Float(f) => f.to_bits().hash(h),
            Const::Complex(re, im) => {
                re.to_bits().hash(h);
                im.to_bits().hash(h);
            }
            Const::Str(s) => s.hash(h),
            Const::Bytes(b) => b.hash(h),
            Const::Tuple(items) | Const::FrozenSet(items) => items.hash(h),
        }
    }
}

impl Const {
    pub(crate) fn from_ast(c: &Constant) -> Const {
        match c {
            Constant::None => Const::None,
            Constant::Bool(b) => Const::Bool(*b),
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(i) => Const::Int(i.clone()),
            Constant::Float(f) => Const::Float(*f),
            Constant::Imaginary(im) => Const::Complex(0.0, *im),
            Constant::Str(s) => Const::Str(s.clone()),
            Constant::Bytes(b) => Const::Bytes(b.clone()),
        }
    }

    /// `bool(value)`.
    pub(crate) fn is_truthy(&self) -> bool {
        use num_traits::Zero;
        match self {
            Const::None => false,
            Const::Bool(b) => *b,
            Const::Ellipsis => true,
            Const::Int(i) => !i.is_zero(),
            Const::Float(f) => *f != 0.0,
            Const::Complex(re, im) => *re != 0.0 || *im != 0.0,
            Const::Str(s) => !s.is_empty(),
            Const::Bytes(b) => !b.is_empty(),
            Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
        }
    }

    pub(crate) fn to_value(&self) -> Value {
        match self {
            Const::None => Value::none(),
            Const::Bool(b) => Value::bool(*b),
            Const::Ellipsis => Value::ellipsis(),
            Const::Int(i) => Value::from_bigint(i.clone()),
            Const::Float(f) => Value::float(*f),
            Const::Complex(re, im) => Value::new_complex(*re, *im),
            Const::Str(s) => {
                if is_identifier_like(s) {
                    Value::Obj(intern(s))
                } else {
                    Value::new_str(s.as_str())
                }
            }
            Const::Bytes(b) => Value::new_bytes(b.clone()),
            Const::Tuple(items) => Value::new_tuple(items.iter().map(Const::to_value).collect()),
            Const::FrozenSet(items) => crate::frozenset::frozenset_value(items),
        }
    }
}

/// CPython interns string constants made only of name characters (`[A-Za-z0-9_]`).
fn is_identifier_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// Constants live as long as their (immortal) code object: make them immortal too, so that
/// threads running the same code do not contend on their reference counts (PEP 683).
fn make_immortal(v: &Value) {
    if let Value::Obj(o) = v {
        o.make_immortal();
        match &o.payload {
            pyrite_object::Payload::Tuple(items) => items.iter().for_each(make_immortal),
            pyrite_object::Payload::FrozenSet(t) => t.iter().for_each(|(_, v)| make_immortal(v)),
            _ => {}
        }
    }
}

/// The constants of one code object, in `co_consts` order.
#[derive(Default)]
pub(crate) struct ConstTable {
    pub(crate) values: Vec<Value>,
    index: HashMap<Const, u32>,
}

impl ConstTable {
    pub(crate) fn add(&mut self, c: Const) -> u32 {
        if let Some(&i) = self.index.get(&c) {
            return i;
        }
        let i = self.values.len() as u32;
        let v = c.to_value();
        make_immortal(&v);
        self.values.push(v);
        self.index.insert(c, i);
        i
    }

    /// A constant that is never shared (nested code objects).
    pub(crate) fn add_unique(&mut self, v: Value) -> u32 {
        self.values.push(v);
        self.values.len() as u32 - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_are_immortal() {
        let mut t = ConstTable::default();
        let i = t.add(Const::Tuple(vec![
            Const::Str("a b".into()),
            Const::Bytes(vec![1]),
        ]));
        let Value::Obj(tuple) = &t.values[i as usize] else {
            panic!("tuple constant is an object")
        };
        assert!(tuple.is_immortal());
        let pyrite_object::Payload::Tuple(items) = &tuple.payload else {
            panic!("tuple payload")
        };
        assert!(items
            .iter()
            .all(|v| v.as_obj().is_some_and(|o| o.is_immortal())));
    }

    #[test]
    fn frozenset_constants_differ_by_items_and_order_and_are_immortal() {
        let mut t = ConstTable::default();
        let ints = |v: &[i64]| Const::FrozenSet(v.iter().map(|&i| Const::Int(i.into())).collect());
        let a = t.add(ints(&[1, 9, 17]));
        let b = t.add(ints(&[17, 9, 1]));
        let c = t.add(Const::FrozenSet(vec![
            Const::Float(1.0),
            Const::Str("a b".into()),
        ]));
        assert_eq!(t.add(ints(&[1, 9, 17])), a);
        assert!(a != b && b != c && a != c);
        let Value::Obj(fs) = &t.values[c as usize] else {
            panic!("frozenset constant is an object")
        };
        assert!(fs.is_immortal());
        let pyrite_object::Payload::FrozenSet(table) = &fs.payload else {
            panic!("frozenset payload")
        };
        assert_eq!(table.len(), 2);
        assert!(table
            .iter()
            .filter_map(|(_, v)| v.as_obj())
            .all(|o| o.is_immortal()));
    }

    #[test]
    fn equal_values_of_different_types_are_different_constants() {
        let mut t = ConstTable::default();
        let a = t.add(Const::Int(1.into()));
        let b = t.add(Const::Float(1.0));
        let c = t.add(Const::Bool(true));
        let d = t.add(Const::Float(0.0));
        let e = t.add(Const::Float(-0.0));
        let f = t.add(Const::Int(1.into()));
        assert_eq!(f, a);
        let all = [a, b, c, d, e];
        for (i, x) in all.iter().enumerate() {
            for y in &all[i + 1..] {
                assert_ne!(x, y);
            }
        }
    }
}
