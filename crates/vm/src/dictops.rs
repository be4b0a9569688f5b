//! Hashing, key equality and the dict/set operations built on them.
//!
//! Tables compare keys natively while locked (`native_eq`); when that needs Python code
//! (user `__eq__`), the operation takes the slow path: copy out the candidate keys with the
//! same hash, unlock, compare them in Python, and retry with the stored key's identity
//! (see `pyrite_object::dict`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use pyrite_object::dict::Unresolved;
use pyrite_object::hash::{
    hash_bigint, hash_complex, hash_float, hash_i64, hash_pointer, hash_tuple,
};
use pyrite_object::payload::Payload;
use pyrite_object::set::SetTable;
use pyrite_object::str::intern;
use pyrite_object::sync::ObjCell;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};
use std::cell::Cell;

use crate::error::{key_error, type_error, PyResult};
use crate::Vm;

/// The numeric value of an int-like object for native comparison, if it is one.
enum Num<'a> {
    Small(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Float(f) => Some(Num::Float(f.get())),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if o.class().is(&types().int) => Some(Num::Big(b)),
            Payload::Bool(b) => Some(Num::Small(*b as i64)),
            Payload::Float(f) if o.class().is(&types().float) => Some(Num::Float(*f)),
            Payload::Complex { re, im } if o.class().is(&types().complex) => {
                Some(Num::Complex(*re, *im))
            }
            _ => None,
        },
    }
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Small(i), Num::Float(f)) | (Num::Float(f), Num::Small(i)) => {
            crate::ops::int_float_eq(&BigInt::from(*i), *f)
        }
        (Num::Big(b), Num::Float(f)) | (Num::Float(f), Num::Big(b)) => {
            crate::ops::int_float_eq(b, *f)
        }
        (Num::Big(x), Num::Big(y)) => x == y,
        (Num::Big(_), Num::Small(_)) | (Num::Small(_), Num::Big(_)) => false,
        (Num::Complex(r1, i1), Num::Complex(r2, i2)) => r1 == r2 && i1 == i2,
        (Num::Complex(re, im), other) | (other, Num::Complex(re, im)) => {
            *im == 0.0 && num_eq(&Num::Float(*re), other)
        }
    }
}

/// Is `v`'s class a builtin whose `__eq__` we know natively?
fn is_builtin_class(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => !o
            .class()
            .type_data()
            .has_flag(pyrite_object::types::flags::HEAPTYPE),
    }
}

/// Compare a stored key with a probe key without running Python code; `None` if a user
/// `__eq__` might be involved.
pub fn native_eq(stored: &Value, key: &Value) -> Option<bool> {
    if stored.is(key) {
        return Some(true);
    }
    if let (Some(a), Some(b)) = (as_num(stored), as_num(key)) {
        return Some(num_eq(&a, &b));
    }
    if !is_builtin_class(stored) || !is_builtin_class(key) {
        return None;
    }
    let (Value::Obj(a), Value::Obj(b)) = (stored, key) else {
        // One side is a number and the other a non-numeric builtin.
        return Some(false);
    };
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Bytes(x), Payload::Bytes(y)) => Some(x == y),
        (Payload::Tuple(x), Payload::Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !native_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (Payload::Complex { re: r1, im: i1 }, Payload::Complex { re: r2, im: i2 }) => {
            Some(r1 == r2 && i1 == i2)
        }
        // Sets compare by contents, which may involve user objects: let Python decide.
        (Payload::FrozenSet(_), Payload::FrozenSet(_)) => None,
        // Containers compare by value (possibly through user objects): let Python decide.
        (Payload::List(_), Payload::List(_))
        | (Payload::Dict(_), Payload::Dict(_))
        | (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_))
        | (Payload::ByteArray(_), _)
        | (_, Payload::ByteArray(_))
        | (Payload::Slice(_), Payload::Slice(_))
        | (Payload::Range { .. }, Payload::Range { .. })
        | (Payload::Method { .. }, Payload::Method { .. })
        | (Payload::BuiltinFunction(_), Payload::BuiltinFunction(_))
        | (Payload::Native(_), Payload::Native(_)) => None,
        // Different builtin kinds, or identity-compared builtins (None, types, functions,
        // modules...): equal only if identical, which was checked above.
        _ => Some(false),
    }
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(hash_i64(*i)),
            Value::Float(f) => Ok(if f.get().is_nan() {
                hash_pointer(v.id() as usize)
            } else {
                hash_float(f.get())
            }),
            Value::Obj(o) => {
                if !o
                    .class()
                    .type_data()
                    .has_flag(pyrite_object::types::flags::HEAPTYPE)
                {
                    if let Some(h) = self.builtin_hash(o)? {
                        return Ok(h);
                    }
                }
                self.hash_via_dunder(v)
            }
        }
    }

    /// Hash of builtin payloads; `None` means "use the type's `__hash__`".
    fn builtin_hash(&mut self, o: &ObjRef) -> PyResult<Option<i64>> {
        Ok(Some(match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::Int(b) => hash_bigint(b),
            Payload::Bool(b) => *b as i64,
            Payload::Float(f) => hash_float(*f),
            Payload::Complex { re, im } => hash_complex(*re, *im),
            Payload::Bytes(b) => crate::types::bytes::bytes_hash(b),
            Payload::Tuple(items) => {
                let mut hashes = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hashes.push(self.hash(it)?);
                }
                hash_tuple(hashes.into_iter())
            }
            Payload::FrozenSet(t) => t.frozenset_hash(),
            Payload::List(_) | Payload::Dict(_) | Payload::Set(_) | Payload::ByteArray(_) => {
                return Err(unhashable(&Value::Obj(o.clone())))
            }
            Payload::Slice(_) => return Err(unhashable(&Value::Obj(o.clone()))),
            Payload::Range { start, stop, step } => {
                let len = crate::types::range::range_len(*start, *stop, *step);
                let items = if len == 0 {
                    vec![
                        hash_i64(0),
                        hash_pointer(types().none_value.addr()),
                        hash_pointer(types().none_value.addr()),
                    ]
                } else if len == 1 {
                    vec![
                        hash_i64(1),
                        hash_i64(*start),
                        hash_pointer(types().none_value.addr()),
                    ]
                } else {
                    vec![hash_i64(len), hash_i64(*start), hash_i64(*step)]
                };
                hash_tuple(items.into_iter())
            }
            // Native types defined in other crates may set `__hash__ = None` (deque).
            Payload::Native(_) => return Ok(None),
            _ => hash_pointer(o.addr()),
        }))
    }

    fn hash_via_dunder(&mut self, v: &Value) -> PyResult<i64> {
        let cls = v.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().hash) {
            Some(h) if h.is_none() => Err(unhashable(v)),
            Some(h) => {
                // object.__hash__ is the identity hash; skip the call.
                if crate::attr::is_object_slot(&h, crate::attr::ObjectSlot::Hash) {
                    return Ok(hash_pointer(v.id() as usize));
                }
                let r = self.call_method_value(&h, v, (&[], &[]))?;
                self.hash_result_to_i64(&r)
            }
            None => Ok(hash_pointer(v.id() as usize)),
        }
    }

    fn hash_result_to_i64(&mut self, r: &Value) -> PyResult<i64> {
        match r {
            Value::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => Ok(b.to_i64().map_or_else(|| hash_bigint(b), hash_i64)),
                Payload::Bool(b) => Ok(*b as i64),
                _ => Err(type_error("__hash__ method should return an integer")),
            },
            _ => Err(type_error("__hash__ method should return an integer")),
        }
    }

    /// `a == b` as a bool, with the native shortcut.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = native_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, pyrite_object::bytecode::ComparisonOperator::Eq)?;
        self.truthy(&r)
    }

    /// Find the stored key equal to `key` using Python equality (the slow path).
    fn resolve_key(&mut self, candidates: Vec<Value>, key: &Value) -> PyResult<Option<Value>> {
        for c in candidates {
            if c.is(key) || self.eq(&c, key)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// `dict[key]` lookup; `Ok(None)` when missing.
    pub fn dict_get(&mut self, dict: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let table = dict_table(dict);
        let hash = self.hash(key)?;
        let r = table
            .lock()
            .get(hash, |k| native_eq(k, key))
            .map(|v| v.cloned());
        match r {
            Ok(v) => Ok(v),
            Err(Unresolved) => {
                let candidates = table.lock().candidates(hash);
                match self.resolve_key(candidates, key)? {
                    Some(stored) => Ok(table
                        .lock()
                        .get(hash, |k| Some(k.is(&stored)))
                        .expect("identity is resolved")
                        .cloned()),
                    None => Ok(None),
                }
            }
        }
    }

    /// `dict[key] = value`.
    pub fn dict_set(&mut self, dict: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let table = dict_table(dict);
        let hash = self.hash(&key)?;
        let r = table
            .lock()
            .insert(hash, key.clone(), value.clone(), |k| native_eq(k, &key));
        if let Err(Unresolved) = r {
            let candidates = table.lock().candidates(hash);
            let stored = self.resolve_key(candidates, &key)?;
            let mut t = table.lock();
            match stored {
                Some(s) => {
                    t.insert(hash, key, value, |k| Some(k.is(&s)))
                        .expect("identity is resolved");
                }
                None => t.push_new(hash, key, value),
            }
        }
        Ok(())
    }

    /// Remove `key`; returns the removed value, `None` if missing.
    pub fn dict_remove(&mut self, dict: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let table = dict_table(dict);
        let hash = self.hash(key)?;
        let r = table.lock().remove(hash, |k| native_eq(k, key));
        match r {
            Ok(v) => Ok(v.map(|(_, v)| v)),
            Err(Unresolved) => {
                let candidates = table.lock().candidates(hash);
                match self.resolve_key(candidates, key)? {
                    Some(stored) => Ok(table
                        .lock()
                        .remove(hash, |k| Some(k.is(&stored)))
                        .expect("identity is resolved")
                        .map(|(_, v)| v)),
                    None => Ok(None),
                }
            }
        }
    }

    /// `del dict[key]` (KeyError when missing).
    pub fn dict_del(&mut self, dict: &ObjRef, key: &Value) -> PyResult<()> {
        match self.dict_remove(dict, key)? {
            Some(_) => Ok(()),
            None => Err(key_error(key.clone())),
        }
    }

    // ---- sets ----
    //
    // Two kinds of table: a set object's (`ObjCell`, locked only while native code runs on
    // it) and an unshared or frozen one (`&SetTable`/`&mut SetTable`: a table being built, a
    // snapshot, a frozenset's), which Python code cannot reach, so nothing is locked while
    // comparing. The `_hashed` variants take the key's hash (a stored entry's, or one computed
    // once by the caller), as CPython's `set_add_entry` & co. do.

    /// Is `key` in the set object's table?
    pub fn set_contains(&mut self, table: &ObjCell<Box<SetTable>>, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.set_contains_hashed(table, key, hash)
    }

    pub fn set_contains_hashed(
        &mut self,
        table: &ObjCell<Box<SetTable>>,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.contains_in(table, key, hash)
    }

    /// Membership in an unshared or frozen table.
    pub fn frozen_contains(&mut self, table: &SetTable, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.table_contains_hashed(table, key, hash)
    }

    pub fn table_contains_hashed(
        &mut self,
        table: &SetTable,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.contains_in(table, key, hash)
    }

    /// Add `key` to a set object's table; returns true if it was not there.
    pub fn set_add(&mut self, table: &ObjCell<Box<SetTable>>, key: Value) -> PyResult<bool> {
        let hash = self.hash(&key)?;
        self.set_add_hashed(table, key, hash)
    }

    pub fn set_add_hashed(
        &mut self,
        table: &ObjCell<Box<SetTable>>,
        key: Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.add_in(table, key, hash)
    }

    /// Add to an unshared table (one being built: a new set or frozenset).
    pub fn frozen_add(&mut self, table: &mut SetTable, key: Value) -> PyResult<bool> {
        let hash = self.hash(&key)?;
        self.table_add_hashed(table, key, hash)
    }

    pub fn table_add_hashed(
        &mut self,
        table: &mut SetTable,
        key: Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.add_in(table, key, hash)
    }

    /// Remove `key` from a set object's table; returns whether it was present.
    pub fn set_discard(&mut self, table: &ObjCell<Box<SetTable>>, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.set_discard_hashed(table, key, hash)
    }

    pub fn set_discard_hashed(
        &mut self,
        table: &ObjCell<Box<SetTable>>,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.discard_in(table, key, hash)
    }

    /// Remove `key` from an unshared table; returns whether it was present.
    pub fn table_discard_hashed(
        &mut self,
        table: &mut SetTable,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        self.discard_in(table, key, hash)
    }

    /// Membership, with the slow path for keys whose equality needs Python code.
    fn contains_in(&mut self, table: impl SetRead, key: &Value, hash: i64) -> PyResult<bool> {
        match table.read(|t| t.find(hash, |k| native_eq(k, key))) {
            Ok(found) => Ok(found.is_some()),
            Err(Unresolved) => {
                let candidates = table.read(|t| t.candidates(hash));
                Ok(self.resolve_key(candidates, key)?.is_some())
            }
        }
    }

    /// Insertion, with the slow path for keys whose equality needs Python code.
    fn add_in(&mut self, mut table: impl SetWrite, key: Value, hash: i64) -> PyResult<bool> {
        match table.write(|t| t.insert(hash, key.clone(), |k| native_eq(k, &key))) {
            Ok(added) => Ok(added),
            Err(Unresolved) => {
                let candidates = table.read(|t| t.candidates(hash));
                match self.resolve_key(candidates, &key)? {
                    Some(_) => Ok(false),
                    None => Ok(table
                        .write(|t| t.insert(hash, key, |_| Some(false)))
                        .expect("resolved")),
                }
            }
        }
    }

    /// Removal, with the slow path for keys whose equality needs Python code.
    fn discard_in(&mut self, mut table: impl SetWrite, key: &Value, hash: i64) -> PyResult<bool> {
        match table.write(|t| t.remove(hash, |k| native_eq(k, key))) {
            Ok(v) => Ok(v.is_some()),
            Err(Unresolved) => {
                let candidates = table.read(|t| t.candidates(hash));
                match self.resolve_key(candidates, key)? {
                    Some(stored) => Ok(table
                        .write(|t| t.remove(hash, |k| Some(k.is(&stored))))
                        .expect("resolved")
                        .is_some()),
                    None => Ok(false),
                }
            }
        }
    }

    /// `key in dict` with the key's hash already known (`_PyDict_Contains_KnownHash`; for
    /// set operations with a dict operand).
    pub fn dict_contains_hashed(
        &mut self,
        dict: &ObjRef,
        key: &Value,
        hash: i64,
    ) -> PyResult<bool> {
        let table = dict_table(dict);
        let r = table
            .lock()
            .get(hash, |k| native_eq(k, key))
            .map(|v| v.is_some());
        match r {
            Ok(found) => Ok(found),
            Err(Unresolved) => {
                let candidates = table.lock().candidates(hash);
                Ok(self.resolve_key(candidates, key)?.is_some())
            }
        }
    }
}

/// "TypeError: unhashable type: 'list'"
pub fn unhashable(v: &Value) -> crate::error::PyErr {
    type_error(format!("unhashable type: '{}'", v.type_name()))
}

/// The table of a dict object (or dict subclass instance).
#[inline(always)]
pub fn dict_table(dict: &ObjRef) -> &pyrite_object::dict_object::DictObject {
    match &dict.payload {
        Payload::Dict(t) => t,
        _ => panic!("dict_table on a non-dict {}", dict.class().type_name()),
    }
}

/// Is the stored key `stored` the str `key` (contents `s`)? Identity first (interned names),
/// then contents for str keys; any other key (a user object that might compare equal to a
/// str included) is treated as different, so no Python code runs.
#[inline(always)]
fn str_key_matches(stored: &Value, key: &ObjRef, s: &str) -> bool {
    match stored {
        Value::Obj(o) => o.is(key) || o.as_pystr().is_some_and(|x| x.as_str() == s),
        _ => false,
    }
}

/// Look a str key up in a dict object without running Python code. A user-defined key
/// object that might compare equal to a str is treated as different.
#[inline]
pub fn dict_get_str_obj(dict: &ObjRef, key: &ObjRef) -> Option<Value> {
    let s = key.as_pystr().expect("str key");
    let t = dict_table(dict).lock();
    t.get_resolved(s.hash(), |k| str_key_matches(k, key, s.as_str()))
        .cloned()
}

/// `dict_get_str_obj` trying position `hint` first, and leaving there where the key was
/// found: an attribute of many instances of one class sits at the same position of their
/// dicts, so a hit costs a pointer comparison instead of a hash probe.
#[inline]
pub fn dict_get_hinted(dict: &ObjRef, key: &ObjRef, hint: &Cell<u32>) -> Option<Value> {
    let t = dict_table(dict).lock();
    if let Some(e) = t.live_entry(hint.get() as usize) {
        if e.key.is_obj(key) {
            return Some(e.value.clone());
        }
    }
    let s = key.as_pystr().expect("str key");
    let i = t.find_resolved(s.hash(), |k| str_key_matches(k, key, s.as_str()))?;
    hint.set(i as u32);
    Some(t.entry_at(i).value.clone())
}

/// `dict_set_str_obj` with a position hint, as `dict_get_hinted`. Returns the dict's size
/// when the key was new (None when it replaced a value).
#[inline]
pub fn dict_set_hinted(
    dict: &ObjRef,
    key: &ObjRef,
    value: Value,
    hint: &Cell<u32>,
) -> Option<usize> {
    let mut t = dict_table(dict).lock();
    let pos = hint.get() as usize;
    let mut added = None;
    let old = if t.live_entry(pos).is_some_and(|e| e.key.is_obj(key)) {
        Some(std::mem::replace(t.value_at_mut(pos), value))
    } else {
        let s = key.as_pystr().expect("str key");
        let (hash, text) = (s.hash(), s.as_str());
        let (old, i) = t.insert_resolved_at(
            hash,
            || Value::Obj(key.clone()),
            value,
            |k| str_key_matches(k, key, text),
        );
        hint.set(i as u32);
        if old.is_none() {
            added = Some(t.len());
        }
        old
    };
    // Dropped after the lock is released, as in `dict_set_str_obj`.
    drop(t);
    drop(old);
    added
}

/// `dict_get_str_obj` by Rust string.
pub fn dict_get_str(dict: &ObjRef, key: &str) -> Option<Value> {
    dict_get_str_obj(dict, &intern(key))
}

/// Store under a str key in a dict object.
#[inline]
pub fn dict_set_str_obj(dict: &ObjRef, key: &ObjRef, value: Value) {
    let s = key.as_pystr().expect("str key");
    let hash = s.hash();
    let old = dict_table(dict).lock().insert_resolved(
        hash,
        || Value::Obj(key.clone()),
        value,
        |k| str_key_matches(k, key, s.as_str()),
    );
    // The replaced value is dropped after the lock is released: freeing it may run
    // arbitrary deallocation work.
    drop(old);
}

/// Store under a str key in an object's namespace dict (a module, usually), or in a dict.
pub fn dict_set_str(obj: &ObjRef, key: &str, value: Value) {
    let dict = match &obj.payload {
        Payload::Dict(_) => obj,
        _ => obj.dict.as_ref().expect("object has a namespace dict"),
    };
    dict_set_str_obj(dict, &intern(key), value);
}

/// Remove a str key; returns the old value.
pub fn dict_del_str_obj(dict: &ObjRef, key: &ObjRef) -> Option<Value> {
    let s = key.as_pystr().expect("str key");
    let mut t = dict_table(dict).lock();
    let pos = t.find_resolved(s.hash(), |k| str_key_matches(k, key, s.as_str()))?;
    Some(t.remove_at(pos).1)
}

/// Read access to a set table: a set object's (through its lock) or an unshared/frozen one.
/// Each access is a short critical section that runs no Python code.
trait SetRead {
    fn read<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R;
}

/// Write access to a set table (see `SetRead`).
trait SetWrite: SetRead {
    fn write<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R;
}

impl SetRead for &ObjCell<Box<SetTable>> {
    fn read<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(&self.lock())
    }
}

impl SetWrite for &ObjCell<Box<SetTable>> {
    fn write<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        f(&mut self.lock())
    }
}

impl SetRead for &SetTable {
    fn read<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(self)
    }
}

impl SetRead for &mut SetTable {
    fn read<R>(&self, f: impl FnOnce(&SetTable) -> R) -> R {
        f(self)
    }
}

impl SetWrite for &mut SetTable {
    fn write<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        f(self)
    }
}
