//! Constant frozensets: what CPython 3.11 makes of a set display whose items are all constants.
//!
//! CPython compiles `{c1, c2, c3, ...}` (3+ constant items) as `BUILD_SET 0; LOAD_CONST
//! frozenset; SET_UPDATE 1`, and folds the set display on the right of `in`/`not in` and the
//! iterable of `for` and of comprehensions into a frozenset constant whatever its size. Its
//! iteration order (and so the printed order of the display) depends on how that constant
//! was built, which is reproduced here step by step:
//!
//! 1. the items are inserted into a new table in source order, Python equality deciding
//!    duplicates (`1 == 1.0 == True`, `0 == -0.0 == False`; the first one is kept);
//! 2. constant merging (`merge_consts_recursive`) looks the frozenset up in the
//!    compilation-wide constant cache, keyed by the *set* of its items' constant keys
//!    (type-exact, so `{1, 2, 3}` and `{1.0, 2, 3}` differ, but `{1, 9, 17}` and `{17, 9, 1}`
//!    are the same key): a later frozenset with the same items is replaced by the first one
//!    ([`FrozenSetCache`]);
//! 3. the first one is rebuilt by inserting its items in its own iteration order into a
//!    fresh table ([`SetTable::rebuilt_by_insertion`]).
//!
//! Hashes are CPython's for numbers and tuples and the VM's for strs, bytes and None (see
//! `pyrite_object::hash`), so the table is laid out exactly as the VM would lay it out.
//! Items that are or contain a NaN are not folded (a NaN hashes by object identity).

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use num_bigint::BigInt;
use num_traits::FromPrimitive;
use pyrite_object::hash::{hash_bigint, hash_complex, hash_float, hash_pointer, hash_tuple};
use pyrite_object::set::SetTable;
use pyrite_object::str::{hash_bytes, hash_str};
use pyrite_object::{types, ObjRef, Payload, Value};

use crate::consts::Const;

/// A number, for Python's cross-type numeric equality.
enum Num<'c> {
    Int(&'c BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Const) -> Option<Num<'_>> {
    match c {
        Const::Bool(b) => Some(Num::Float(*b as u8 as f64)),
        Const::Int(i) => Some(Num::Int(i)),
        Const::Float(f) => Some(Num::Float(*f)),
        Const::Complex(re, im) => Some(Num::Complex(*re, *im)),
        _ => None,
    }
}

/// `int == float`, exactly (as Python compares them, without rounding the int).
fn int_eq_float(i: &BigInt, f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && BigInt::from_f64(f).is_some_and(|g| &g == i)
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, *f),
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => match other {
            Num::Complex(re2, im2) => re == re2 && im == im2,
            real => *im == 0.0 && num_eq(&Num::Float(*re), real),
        },
    }
}

/// Python's `a == b` for two hashable constants.
pub(crate) fn python_eq(a: &Const, b: &Const) -> bool {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_eq(&x, &y);
    }
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| python_eq(p, q))
        }
        (Const::FrozenSet(x), Const::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| python_eq(p, q)))
        }
        _ => false,
    }
}

/// `hash(c)` as the VM computes it for the value `c.to_value()`.
pub(crate) fn python_hash(c: &Const) -> i64 {
    match c {
        Const::None => hash_pointer(types().none_value.addr()),
        Const::Ellipsis => hash_pointer(types().ellipsis_value.addr()),
        Const::Bool(b) => *b as i64,
        Const::Int(i) => hash_bigint(i),
        Const::Float(f) => hash_float(*f),
        Const::Complex(re, im) => hash_complex(*re, *im),
        Const::Str(s) => hash_str(s),
        Const::Bytes(b) => hash_bytes(b),
        Const::Tuple(items) => hash_tuple(
            items
                .iter()
                .map(python_hash)
                .collect::<Vec<_>>()
                .into_iter(),
        ),
        Const::FrozenSet(items) => build_table(items).frozenset_hash(),
    }
}

/// Is `c` a NaN or does it contain one?
fn contains_nan(c: &Const) -> bool {
    match c {
        Const::Float(f) => f.is_nan(),
        Const::Complex(re, im) => re.is_nan() || im.is_nan(),
        Const::Tuple(items) | Const::FrozenSet(items) => items.iter().any(contains_nan),
        _ => false,
    }
}

/// The items of a frozenset constant built from `items` (source order): duplicates by Python
/// equality dropped, the first one kept. `None` when an item is or contains a NaN.
pub(crate) fn distinct_items(items: Vec<Const>) -> Option<Vec<Const>> {
    if items.iter().any(contains_nan) {
        return None;
    }
    let mut out: Vec<Const> = Vec::with_capacity(items.len());
    // Equal items hash equal: only those with the same hash need comparing.
    let mut by_hash: HashMap<i64, Vec<usize>> = HashMap::new();
    for c in items {
        let same_hash = by_hash.entry(python_hash(&c)).or_default();
        if same_hash.iter().any(|&j| python_eq(&out[j], &c)) {
            continue;
        }
        same_hash.push(out.len());
        out.push(c);
    }
    Some(out)
}

/// The table of distinct `items` inserted in order (before constant merging's rebuild).
fn build_table(items: &[Const]) -> SetTable {
    let mut t = SetTable::new();
    for c in items {
        // The items are distinct (`distinct_items`): no stored key can equal a new one.
        let added = t.insert(python_hash(c), c.to_value(), |_| Some(false));
        debug_assert!(matches!(added, Ok(true)));
    }
    t
}

/// The frozenset object of a `Const::FrozenSet`: inserted in order, then rebuilt once.
pub(crate) fn frozenset_value(items: &[Const]) -> Value {
    let table = build_table(items).rebuilt_by_insertion();
    Value::Obj(ObjRef::new_immortal(
        types().frozenset.clone(),
        None,
        Payload::FrozenSet(Box::new(table)),
    ))
}

/// CPython's constant cache, for frozensets: the first frozenset compiled with a given set of
/// items is the one every later frozenset with the same items (in any order) becomes.
#[derive(Default)]
pub(crate) struct FrozenSetCache {
    /// Order-independent digest of the items → indices into `sets`.
    index: HashMap<u64, Vec<usize>>,
    /// Item lists, each in the order of its first compilation.
    sets: Vec<Vec<Const>>,
}

impl FrozenSetCache {
    /// The item order of the first frozenset with the same items as `items` (distinct,
    /// type-exact), registering `items` if it is the first.
    pub(crate) fn canonical(&mut self, items: Vec<Const>) -> Vec<Const> {
        let digest = items.iter().fold(0u64, |acc, c| {
            let mut h = DefaultHasher::new();
            c.hash(&mut h);
            acc.wrapping_add(h.finish())
        });
        let candidates = self.index.entry(digest).or_default();
        let mine: HashSet<&Const> = items.iter().collect();
        for &i in candidates.iter() {
            let other = &self.sets[i];
            if other.len() == items.len() && other.iter().all(|c| mine.contains(c)) {
                return other.clone();
            }
        }
        candidates.push(self.sets.len());
        self.sets.push(items.clone());
        items
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Vec<Const> {
        v.iter().map(|&i| Const::Int(i.into())).collect()
    }

    /// The iteration order of the frozenset constant of a display.
    fn order(items: Vec<Const>) -> Vec<Const> {
        let items = distinct_items(items).expect("no NaN");
        let Value::Obj(o) = frozenset_value(&items) else {
            panic!("frozenset is an object")
        };
        let Payload::FrozenSet(t) = &o.payload else {
            panic!("frozenset payload")
        };
        t.iter().map(|(_, v)| const_of(v)).collect()
    }

    /// The constant a table value came from (ints, bools and floats are enough here).
    fn const_of(v: &Value) -> Const {
        match v {
            Value::Int(i) => Const::Int((*i).into()),
            Value::Float(f) => Const::Float(f.get()),
            Value::Obj(o) => match &o.payload {
                Payload::Bool(b) => Const::Bool(*b),
                Payload::Int(i) => Const::Int(i.clone()),
                _ => panic!("unexpected item"),
            },
        }
    }

    // Expected orders: CPython 3.11, `print({...})` (the display's order is the constant's
    // for 3 and 4 items; `list(frozenset)` is no help, it builds a new table).
    #[test]
    fn iteration_order_matches_cpython() {
        // python3 -c 'print({5, 3, 10, 1})' -> {1, 10, 3, 5}
        assert_eq!(order(ints(&[5, 3, 10, 1])), ints(&[1, 10, 3, 5]));
        // python3 -c 'print({-1, -2, 100000, 7})' -> {100000, -2, -1, 7}
        assert_eq!(
            order(ints(&[-1, -2, 100000, 7])),
            ints(&[100000, -2, -1, 7])
        );
        // python3 -c 'print({17, 9, 1})' -> {17, 9, 1}
        assert_eq!(order(ints(&[17, 9, 1])), ints(&[17, 9, 1]));
        // python3 -c 'print({1, 9, 17})' -> {1, 9, 17}
        assert_eq!(order(ints(&[1, 9, 17])), ints(&[1, 9, 17]));
    }

    #[test]
    fn duplicates_are_python_equal_numbers() {
        let items = vec![
            Const::Int(1.into()),
            Const::Float(1.0),
            Const::Bool(true),
            Const::Complex(1.0, 0.0),
            Const::Float(-0.0),
            Const::Bool(false),
            Const::Int(0.into()),
            Const::Complex(0.0, 1.0),
            Const::Tuple(vec![Const::Int(2.into()), Const::Str("a".into())]),
            Const::Tuple(vec![Const::Float(2.0), Const::Str("a".into())]),
            Const::Str("1".into()),
            Const::Bytes(b"1".to_vec()),
            Const::Int(BigInt::from(1u64 << 53) + 1),
            Const::Float((1u64 << 53) as f64),
        ];
        assert_eq!(
            distinct_items(items),
            Some(vec![
                Const::Int(1.into()),
                Const::Float(-0.0),
                Const::Complex(0.0, 1.0),
                Const::Tuple(vec![Const::Int(2.into()), Const::Str("a".into())]),
                Const::Str("1".into()),
                Const::Bytes(b"1".to_vec()),
                Const::Int(BigInt::from(1u64 << 53) + 1),
                Const::Float((1u64 << 53) as f64),
            ])
        );
        assert_eq!(distinct_items(vec![Const::Float(f64::NAN)]), None);
        assert_eq!(
            distinct_items(vec![Const::Tuple(vec![Const::Complex(0.0, f64::NAN)])]),
            None
        );
    }

    #[test]
    fn hashes_are_the_vms() {
        assert_eq!(python_hash(&Const::Int((-1).into())), -2);
        assert_eq!(python_hash(&Const::Float(1.5)), hash_float(1.5));
        assert_eq!(
            python_hash(&Const::Str("abc".into())),
            pyrite_object::str::hash_str("abc")
        );
        assert_eq!(
            python_hash(&Const::Bool(true)),
            python_hash(&Const::Complex(1.0, 0.0))
        );
    }

    #[test]
    fn cache_keeps_the_first_order_of_the_same_items() {
        let mut cache = FrozenSetCache::default();
        assert_eq!(cache.canonical(ints(&[1, 9, 17])), ints(&[1, 9, 17]));
        assert_eq!(cache.canonical(ints(&[17, 9, 1])), ints(&[1, 9, 17]));
        // Type-exact keys: 1.0 is not 1.
        let with_float = vec![
            Const::Float(17.0),
            Const::Int(9.into()),
            Const::Int(1.into()),
        ];
        assert_eq!(cache.canonical(with_float.clone()), with_float);
        assert_eq!(cache.canonical(ints(&[9, 17])), ints(&[9, 17]));
    }
}
