//! `set` and `frozenset`: construction, operators, methods, comparisons, repr.
//!
//! Every operation follows its CPython 3.11 counterpart in `Objects/setobject.c`, using the
//! primitives of `pyrite_object::set` as its module docs prescribe, so that sets iterate,
//! print and `pop()` in CPython's order.
//!
//! Two-set operations first run natively: keys are compared with `native_eq` while a table is
//! locked. When a comparison needs Python code (a user `__eq__`), the table operation stops
//! with `Err(Unresolved)` and the operation is finished or redone on the slow path: one key at
//! a time, in the same order, with Python comparisons and no lock held (the `Vm::set_*` and
//! `Vm::table_*` helpers in `dictops.rs`).
//!
//! Locking: a set object's table is locked only while native code runs on it. In the
//! free-threaded build it is never locked together with another object's: an operation that
//! reads another mutable set works on a slot-for-slot snapshot of it ([`View`]). In the GIL
//! build a "lock" is only a borrow flag, so two distinct sets are borrowed at once instead
//! ([`TWO_LOCKS_OK`]). Frozensets are immutable and read in place.

use std::ops::Deref;

use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C};
use pyrite_object::payload::Payload;
use pyrite_object::set::SetTable;
use pyrite_object::sync::{ObjCell, FREE_THREADED};
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_table, native_eq};
use crate::error::{key_error, type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::Vm;

pub fn init() {
    for t in [&types().set, &types().frozenset] {
        add_method(t, "union", set_union);
        add_method(t, "intersection", set_intersection_multi);
        add_method(t, "difference", set_difference_multi);
        add_method(t, "symmetric_difference", |vm, a| {
            let pos = a.exact("symmetric_difference", 2)?;
            let r = symmetric_difference(vm, &pos[0], &pos[1])?;
            Ok(wrap(kind_of(&pos[0]), r))
        });
        add_method(t, "issubset", |vm, a| {
            let pos = a.exact("issubset", 2)?;
            Ok(Value::bool(is_subset(vm, &pos[0], &pos[1])?))
        });
        add_method(t, "issuperset", |vm, a| {
            let pos = a.exact("issuperset", 2)?;
            Ok(Value::bool(is_superset(vm, &pos[0], &pos[1])?))
        });
        add_method(t, "isdisjoint", |vm, a| {
            let pos = a.exact("isdisjoint", 2)?;
            Ok(Value::bool(is_disjoint(vm, &pos[0], &pos[1])?))
        });
        add_method(t, "__reduce__", set_reduce);
        add_method(t, "__sizeof__", |_, a| {
            let slots = with_table(a.self_(), |t| t.table_size()).unwrap_or(8);
            // sizeof(PySetObject), plus the table when it outgrew the built-in 8 slots.
            let extra = if slots > 8 { slots * 16 } else { 0 };
            Ok(Value::Int((200 + extra) as i64))
        });
        add_method(t, "__or__", |vm, a| dunder(vm, a, B::Or, false));
        add_method(t, "__and__", |vm, a| dunder(vm, a, B::And, false));
        add_method(t, "__sub__", |vm, a| dunder(vm, a, B::Subtract, false));
        add_method(t, "__xor__", |vm, a| dunder(vm, a, B::Xor, false));
        add_method(t, "__ror__", |vm, a| dunder(vm, a, B::Or, true));
        add_method(t, "__rand__", |vm, a| dunder(vm, a, B::And, true));
        add_method(t, "__rsub__", |vm, a| dunder(vm, a, B::Subtract, true));
        add_method(t, "__rxor__", |vm, a| dunder(vm, a, B::Xor, true));
        super::list::add_comparison_dunders(t);
        add_method(t, "__len__", |_, a| {
            Ok(Value::Int(len_of(a.self_()) as i64))
        });
        add_method(t, "__contains__", |vm, a| {
            let pos = a.exact("__contains__", 2)?;
            Ok(Value::bool(contains(vm, &pos[0], &pos[1])?))
        });
        add_method(t, "__iter__", |vm, a| {
            let o = a.self_().as_obj().expect("set").clone();
            super::builtin_iter(vm, &o)?.ok_or_else(|| type_error("not iterable"))
        });
        add_method(t, "__repr__", |vm, a| {
            let o = a.self_().as_obj().expect("set").clone();
            Ok(Value::new_str(repr(vm, &o)?))
        });
    }
    let s = &types().set;
    add_staticmethod(s, "__new__", set_new);
    add_method(s, "__init__", set_init);
    add_method(s, "copy", |_, a| {
        let pos = a.exact("set.copy", 1)?;
        Ok(wrap(Kind::Set, copy_table(&pos[0])))
    });
    add_method(s, "add", |vm, a| {
        let pos = a.exact("set.add", 2)?;
        vm.set_add(cell(&pos[0], "add")?, pos[1].clone())?;
        Ok(Value::none())
    });
    add_method(s, "discard", |vm, a| {
        let pos = a.exact("set.discard", 2)?;
        discard(vm, &pos[0], &pos[1])?;
        Ok(Value::none())
    });
    add_method(s, "remove", |vm, a| {
        let pos = a.exact("set.remove", 2)?;
        if !discard(vm, &pos[0], &pos[1])? {
            return Err(key_error(pos[1].clone()));
        }
        Ok(Value::none())
    });
    add_method(s, "pop", |_, a| {
        let pos = a.exact("set.pop", 1)?;
        let popped = cell(&pos[0], "pop")?.lock().pop();
        popped.ok_or_else(|| key_error(Value::new_str("pop from an empty set")))
    });
    add_method(s, "clear", |_, a| {
        let pos = a.exact("set.clear", 1)?;
        cell(&pos[0], "clear")?.lock().clear();
        Ok(Value::none())
    });
    add_method(s, "update", |vm, a| {
        a.no_kwargs("set.update")?;
        let pos = a.pos();
        for other in &pos[1..] {
            update_set(vm, &pos[0], other)?;
        }
        Ok(Value::none())
    });
    add_method(s, "intersection_update", |vm, a| {
        a.no_kwargs("set.intersection_update")?;
        let pos = a.pos();
        let r = intersection_multi(vm, &pos[0], &pos[1..])?;
        cell(&pos[0], "intersection_update")?.lock().replace_body(r);
        Ok(Value::none())
    });
    add_method(s, "difference_update", |vm, a| {
        a.no_kwargs("set.difference_update")?;
        let pos = a.pos();
        let c = cell(&pos[0], "difference_update")?;
        for other in &pos[1..] {
            difference_update(vm, &mut Target::Shared(c, &pos[0]), other)?;
        }
        Ok(Value::none())
    });
    add_method(s, "symmetric_difference_update", |vm, a| {
        let pos = a.exact("symmetric_difference_update", 2)?;
        let c = cell(&pos[0], "symmetric_difference_update")?;
        symmetric_difference_update(vm, &mut Target::Shared(c, &pos[0]), &pos[1])?;
        Ok(Value::none())
    });
    add_method(s, "__ior__", |vm, a| dunder_inplace(vm, a, B::Or));
    add_method(s, "__iand__", |vm, a| dunder_inplace(vm, a, B::And));
    add_method(s, "__isub__", |vm, a| dunder_inplace(vm, a, B::Subtract));
    add_method(s, "__ixor__", |vm, a| dunder_inplace(vm, a, B::Xor));
    crate::native::set_type_attr(s, "__hash__", Value::none());
    let f = &types().frozenset;
    add_staticmethod(f, "__new__", frozenset_new);
    add_method(f, "copy", |_, a| {
        let pos = a.exact("frozenset.copy", 1)?;
        if pos[0].is_exact(&types().frozenset) {
            return Ok(pos[0].clone());
        }
        Ok(wrap(kind_of(&pos[0]), copy_table(&pos[0])))
    });
    add_method(f, "__hash__", |_, a| {
        let pos = a.exact("__hash__", 1)?;
        match pos[0].payload() {
            Some(Payload::FrozenSet(t)) => Ok(Value::Int(t.frozenset_hash())),
            _ => Err(type_error(
                "descriptor '__hash__' requires a 'frozenset' object",
            )),
        }
    });
}

// ---- operands and results ----

/// The table of a set object (not a frozenset), for the mutating methods.
fn cell<'a>(v: &'a Value, method: &str) -> PyResult<&'a ObjCell<Box<SetTable>>> {
    match v.payload() {
        Some(Payload::Set(t)) => Ok(t),
        _ => Err(type_error(format!(
            "descriptor '{method}' for 'set' objects doesn't apply to a '{}' object",
            v.type_name()
        ))),
    }
}

/// Is `v` a set or frozenset (or an instance of a subclass)? CPython's `PyAnySet_Check`.
pub fn is_setlike(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_))
    )
}

/// An exact `set` or `frozenset` (`PyAnySet_CheckExact`).
fn is_exact_setlike(v: &Value) -> bool {
    v.is_exact(&types().set) || v.is_exact(&types().frozenset)
}

/// The dict object, when `v` is an exact dict (CPython special-cases `PyDict_CheckExact`).
fn exact_dict(v: &Value) -> Option<&ObjRef> {
    match v {
        Value::Obj(o) if o.class().is(&types().dict) && matches!(o.payload, Payload::Dict(_)) => {
            Some(o)
        }
        _ => None,
    }
}

/// Run native code on a set's or frozenset's table (the set's locked meanwhile).
fn with_table<R>(v: &Value, f: impl FnOnce(&SetTable) -> R) -> Option<R> {
    match v.payload()? {
        Payload::Set(c) => Some(f(&c.lock())),
        Payload::FrozenSet(t) => Some(f(t)),
        _ => None,
    }
}

/// The number of elements of a set or frozenset (0 for anything else).
pub fn len_of(v: &Value) -> usize {
    with_table(v, SetTable::len).unwrap_or(0)
}

/// A set operand's table for reading without holding a lock: a frozenset's own table, or a
/// slot-for-slot snapshot of a set's.
enum View<'a> {
    Frozen(&'a SetTable),
    Snapshot(SetTable),
}

impl Deref for View<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            View::Frozen(t) => t,
            View::Snapshot(t) => t,
        }
    }
}

/// The view of a set or frozenset; an empty table for anything else.
fn view(v: &Value) -> View<'_> {
    match v.payload() {
        Some(Payload::FrozenSet(t)) => View::Frozen(t),
        Some(Payload::Set(c)) => View::Snapshot(SetTable::clone(&c.lock())),
        _ => View::Snapshot(SetTable::new()),
    }
}

/// May two distinct sets' tables be locked at once? Only in the GIL build, where `ObjCell`
/// is a borrow flag (no lock order, no deadlock); native code runs meanwhile, never Python.
const TWO_LOCKS_OK: bool = !FREE_THREADED;

/// Run `f` natively on the tables of two set operands: frozensets are read in place; the
/// same set is locked once and passed twice (so the table primitives see `a is b`); of two
/// distinct sets, both are borrowed in the GIL build, and in the free-threaded build the
/// smaller is snapshotted and the other locked.
fn with_tables<R>(a: &Value, b: &Value, f: impl FnOnce(&SetTable, &SetTable) -> R) -> R {
    match (a.payload(), b.payload()) {
        (Some(Payload::Set(x)), Some(Payload::Set(y))) => {
            if a.is(b) {
                let g = x.lock();
                return f(&g, &g);
            }
            if TWO_LOCKS_OK {
                return f(&x.lock(), &y.lock());
            }
            let x_len = x.lock().len();
            if x_len <= y.lock().len() {
                let xs = x.lock().clone();
                f(&xs, &y.lock())
            } else {
                let ys = y.lock().clone();
                f(&x.lock(), &ys)
            }
        }
        (Some(Payload::Set(x)), Some(Payload::FrozenSet(y))) => f(&x.lock(), y),
        (Some(Payload::FrozenSet(x)), Some(Payload::Set(y))) => f(x, &y.lock()),
        (Some(Payload::FrozenSet(x)), Some(Payload::FrozenSet(y))) => f(x, y),
        _ => f(&view(a), &view(b)),
    }
}

/// What kind of object an operation's result is: CPython's `make_new_set_basetype` (a
/// subclass of set gives a set, of frozenset a frozenset).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Set,
    Frozen,
}

fn kind_of(v: &Value) -> Kind {
    match v.payload() {
        Some(Payload::FrozenSet(_)) => Kind::Frozen,
        _ => Kind::Set,
    }
}

fn wrap(kind: Kind, table: SetTable) -> Value {
    match kind {
        Kind::Set => new_set_from_table(table),
        Kind::Frozen => new_frozenset_from_table(table),
    }
}

/// A new `set` object with this table.
pub fn new_set_from_table(table: SetTable) -> Value {
    Value::Obj(ObjRef::new(
        types().set.clone(),
        None,
        Payload::Set(ObjCell::new(Box::new(table))),
    ))
}

/// A new `frozenset` object with this table.
pub fn new_frozenset_from_table(table: SetTable) -> Value {
    Value::Obj(ObjRef::new(
        types().frozenset.clone(),
        None,
        Payload::FrozenSet(Box::new(table)),
    ))
}

/// `set_copy`'s table: `set(s)` laid out as CPython lays it out.
fn copy_table(v: &Value) -> SetTable {
    with_table(v, SetTable::copy).unwrap_or_default()
}

/// A snapshot of the elements in iteration order.
pub fn elements(v: &Value) -> Vec<Value> {
    with_table(v, |t| t.iter().map(|(_, k)| k.clone()).collect()).unwrap_or_default()
}

/// A new frozenset of `items`, added left to right (`frozenset(list)`).
pub fn new_frozenset(vm: &mut Vm, items: Vec<Value>) -> PyResult {
    let mut t = SetTable::new();
    for it in items {
        vm.frozen_add(&mut t, it)?;
    }
    Ok(new_frozenset_from_table(t))
}

/// A frozenset with the same elements as a set (for `set in set_of_frozensets`).
pub fn frozen_copy(_vm: &mut Vm, v: &Value) -> PyResult {
    // CPython's `make_new_set(&PyFrozenSet_Type, key)`: a merge into an empty table.
    Ok(new_frozenset_from_table(copy_table(v)))
}

/// The frozenset constant CPython's compiler makes of a display of constants `{c1, c2, ...}`
/// (used by `x in {...}`, `for x in {...}`, and as the operand of `SET_UPDATE` for a display
/// of 3+ constants): the items inserted in source order, then re-inserted in that table's
/// iteration order (constant merging, `merge_consts_recursive`).
pub fn constant_frozenset(vm: &mut Vm, items: &[Value]) -> PyResult {
    let mut t = SetTable::new();
    for it in items {
        vm.frozen_add(&mut t, it.clone())?;
    }
    Ok(new_frozenset_from_table(t.rebuilt_by_insertion()))
}

/// Feed the items of an iterable to `f` as they are produced (CPython consumes lazily, so a
/// generator's side effects interleave with hashing); `f` returns false to stop early.
fn for_each(
    vm: &mut Vm,
    iterable: &Value,
    mut f: impl FnMut(&mut Vm, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let items = match iterable.payload() {
        Some(Payload::Tuple(items)) if iterable.is_exact(&types().tuple) => Some(items.to_vec()),
        // A snapshot, as `list(x)` would take (hashing an item cannot resize the list
        // under CPython's feet either without a user `__hash__`).
        Some(Payload::List(items)) if iterable.is_exact(&types().list) => Some(items.to_vec()),
        _ => None,
    };
    if let Some(items) = items {
        for it in items {
            if !f(vm, it)? {
                break;
            }
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        if !f(vm, x)? {
            break;
        }
    }
    Ok(())
}

/// `(hash, key)` of an exact dict's entries, in dict order.
fn dict_entries(d: &ObjRef) -> Vec<(i64, Value)> {
    dict_table(d)
        .lock()
        .iter()
        .map(|e| (e.hash, e.key.clone()))
        .collect()
}

// ---- single-key operations on a table being changed ----

/// The table an in-place operation changes: an unshared one (a result being built), or a
/// set object's (locked only for each native step), with the set object itself.
enum Target<'a> {
    Owned(&'a mut SetTable),
    Shared(&'a ObjCell<Box<SetTable>>, &'a Value),
}

impl Target<'_> {
    /// Run native code on the table.
    fn with<R>(&mut self, f: impl FnOnce(&mut SetTable) -> R) -> R {
        match self {
            Target::Owned(t) => f(t),
            Target::Shared(c, _) => f(&mut c.lock()),
        }
    }

    /// `set_add_entry`, comparing in Python when needed.
    fn add(&mut self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<bool> {
        match self {
            Target::Owned(t) => vm.table_add_hashed(t, key, hash),
            Target::Shared(c, _) => vm.set_add_hashed(c, key, hash),
        }
    }

    /// `set_discard_entry`, comparing in Python when needed.
    fn discard(&mut self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        match self {
            Target::Owned(t) => vm.table_discard_hashed(t, key, hash),
            Target::Shared(c, _) => vm.set_discard_hashed(c, key, hash),
        }
    }

    /// Is `other` the set object being changed?
    fn is(&self, other: &Value) -> bool {
        matches!(self, Target::Shared(_, v) if v.is(other))
    }

    fn snapshot(&mut self) -> SetTable {
        self.with(|t| t.clone())
    }

    /// Run native code on the table and a set operand's (which is not the target): into an
    /// unshared table, the operand is read under its lock; into a set object, under both
    /// locks in the GIL build, from a snapshot in the free-threaded one.
    fn with_operand<R>(
        &mut self,
        other: &Value,
        f: impl FnOnce(&mut SetTable, &SetTable) -> R,
    ) -> R {
        match (self, other.payload()) {
            (Target::Owned(t), Some(Payload::Set(o))) => f(t, &o.lock()),
            (Target::Owned(t), Some(Payload::FrozenSet(o))) => f(t, o),
            (Target::Shared(c, _), Some(Payload::FrozenSet(o))) => f(&mut c.lock(), o),
            (Target::Shared(c, _), Some(Payload::Set(o))) if TWO_LOCKS_OK => {
                f(&mut c.lock(), &o.lock())
            }
            (target, _) => {
                let src = view(other);
                target.with(|t| f(t, &src))
            }
        }
    }
}

/// Finish a `merge` that stopped at a comparison needing Python: add every entry of `src`
/// in slot order (re-adding the ones already merged changes nothing).
fn finish_merge(vm: &mut Vm, target: &mut Target, src: &SetTable) -> PyResult<()> {
    for (hash, key) in src.iter() {
        target.add(vm, key.clone(), hash)?;
    }
    Ok(())
}

/// `set_update_internal`: add the items of any iterable (`s.update(x)`, `s |= x`,
/// `set(x)`, `SET_UPDATE`).
fn update(vm: &mut Vm, target: &mut Target, other: &Value) -> PyResult<()> {
    if is_setlike(other) {
        if target.is(other) {
            return Ok(()); // s.update(s)
        }
        if target
            .with_operand(other, |t, o| t.merge(o, native_eq))
            .is_err()
        {
            let src = view(other);
            finish_merge(vm, target, &src)?;
        }
        return Ok(());
    }
    if let Some(d) = exact_dict(other) {
        let entries = dict_entries(d);
        target.with(|t| t.presize_for_update(entries.len()));
        for (hash, key) in entries {
            target.add(vm, key, hash)?;
        }
        return Ok(());
    }
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        target.add(vm, key, hash)?;
        Ok(true)
    })
}

/// `s.update(other)` / `SET_UPDATE` on a set object.
pub fn update_set(vm: &mut Vm, set: &Value, other: &Value) -> PyResult<()> {
    let c = cell(set, "update")?;
    update(vm, &mut Target::Shared(c, set), other)
}

/// A new table with the items of an iterable, as `set(other)` builds it.
fn table_from(vm: &mut Vm, other: &Value) -> PyResult<SetTable> {
    let mut t = SetTable::new();
    update(vm, &mut Target::Owned(&mut t), other)?;
    Ok(t)
}

// ---- the operations ----

/// `set_intersection`: a new table with the elements of `so` also in `other`.
fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    if so.is(other) {
        return Ok(copy_table(so));
    }
    if is_setlike(other) {
        if let Ok(t) = with_tables(so, other, |a, b| a.intersection(b, native_eq)) {
            return Ok(t);
        }
        let (a, b) = (view(so), view(other));
        // Iterate the smaller (`other` on a tie), probe the other.
        let (probed, iterated) = if b.len() > a.len() {
            (&*b, &*a)
        } else {
            (&*a, &*b)
        };
        let mut result = SetTable::new();
        for (hash, key) in iterated.iter() {
            if vm.table_contains_hashed(probed, key, hash)? {
                vm.table_add_hashed(&mut result, key.clone(), hash)?;
            }
        }
        return Ok(result);
    }
    let mut result = SetTable::new();
    for_each(vm, other, |vm, key| {
        let hash = vm.hash(&key)?;
        if contains_hashed(vm, so, &key, hash)? {
            vm.table_add_hashed(&mut result, key, hash)?;
            // Every element of `so` found: the rest of `other` cannot add anything.
            if result.len() >= len_of(so) {
                return Ok(false);
            }
        }
        Ok(true)
    })?;
    Ok(result)
}

/// `set_intersection_multi`: `so & o1 & o2 ...` (a copy of `so` for no operands).
fn intersection_multi(vm: &mut Vm, so: &Value, others: &[Value]) -> PyResult<SetTable> {
    let Some((first, rest)) = others.split_first() else {
        return Ok(copy_table(so));
    };
    let mut result = intersection(vm, so, first)?;
    for other in rest {
        let acc = wrap(kind_of(so), result);
        result = intersection(vm, &acc, other)?;
    }
    Ok(result)
}

/// `set_difference_update_internal`: remove the items of `other` from the target.
fn difference_update(vm: &mut Vm, target: &mut Target, other: &Value) -> PyResult<()> {
    if target.is(other) {
        target.with(SetTable::clear);
        return Ok(());
    }
    if is_setlike(other) {
        if target
            .with_operand(other, |t, o| t.difference_update(o, native_eq))
            .is_ok()
        {
            return Ok(());
        }
        // Redo it all on the slow path (discarding again changes nothing).
        let src = view(other);
        let remove = if (src.len() >> 3) > target.with(|t| t.len()) {
            let mine = target.snapshot();
            intersection_slow(vm, &mine, &src)?
        } else {
            src.iter().map(|(h, k)| (h, k.clone())).collect()
        };
        for (hash, key) in remove {
            target.discard(vm, &key, hash)?;
        }
    } else {
        for_each(vm, other, |vm, key| {
            let hash = vm.hash(&key)?;
            target.discard(vm, &key, hash)?;
            Ok(true)
        })?;
    }
    target.with(SetTable::purge_dummies_if_many);
    Ok(())
}

/// `SetTable::intersection` with Python comparisons, as `(hash, key)` in slot order.
fn intersection_slow(vm: &mut Vm, a: &SetTable, b: &SetTable) -> PyResult<Vec<(i64, Value)>> {
    let (probed, iterated) = if b.len() > a.len() { (b, a) } else { (a, b) };
    let mut result = SetTable::new();
    for (hash, key) in iterated.iter() {
        if vm.table_contains_hashed(probed, key, hash)? {
            vm.table_add_hashed(&mut result, key.clone(), hash)?;
        }
    }
    Ok(result.iter().map(|(h, k)| (h, k.clone())).collect())
}

/// `set_difference`: a new table with the elements of `so` not in `other`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let other_len = if is_setlike(other) {
        len_of(other)
    } else if let Some(d) = exact_dict(other) {
        dict_table(d).lock().len()
    } else {
        return copy_and_difference(vm, so, other);
    };
    if (len_of(so) >> 2) > other_len {
        return copy_and_difference(vm, so, other);
    }
    let mut result = SetTable::new();
    if let Some(d) = exact_dict(other) {
        let mine = view(so);
        for (hash, key) in mine.iter() {
            if !vm.dict_contains_hashed(d, key, hash)? {
                vm.table_add_hashed(&mut result, key.clone(), hash)?;
            }
        }
        return Ok(result);
    }
    if let Ok(t) = with_tables(so, other, |a, b| a.difference(b, native_eq)) {
        return Ok(t);
    }
    let (a, b) = (view(so), view(other));
    for (hash, key) in a.iter() {
        if !vm.table_contains_hashed(&b, key, hash)? {
            vm.table_add_hashed(&mut result, key.clone(), hash)?;
        }
    }
    Ok(result)
}

/// `set_copy_and_difference`.
fn copy_and_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let mut result = copy_table(so);
    difference_update(vm, &mut Target::Owned(&mut result), other)?;
    Ok(result)
}

/// `set_symmetric_difference_update`: toggle the target's membership of each item of `other`.
fn symmetric_difference_update(vm: &mut Vm, target: &mut Target, other: &Value) -> PyResult<()> {
    if target.is(other) {
        target.with(SetTable::clear);
        return Ok(());
    }
    if let Some(d) = exact_dict(other) {
        for (hash, key) in dict_entries(d) {
            if !target.discard(vm, &key, hash)? {
                target.add(vm, key, hash)?;
            }
        }
        return Ok(());
    }
    let src = if is_setlike(other) {
        if target
            .with_operand(other, |t, o| t.symmetric_difference_update(o, native_eq))
            .is_ok()
        {
            return Ok(());
        }
        view(other)
    } else {
        let built = table_from(vm, other)?;
        if target
            .with(|t| t.symmetric_difference_update(&built, native_eq))
            .is_ok()
        {
            return Ok(());
        }
        View::Snapshot(built)
    };
    // Nothing changed: do it one key at a time.
    for (hash, key) in src.iter() {
        if !target.discard(vm, key, hash)? {
            target.add(vm, key.clone(), hash)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: `set(other)` with each element of `so` toggled.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    if is_setlike(other) {
        if let Ok(t) = with_tables(so, other, |a, b| a.symmetric_difference(b, native_eq)) {
            return Ok(t);
        }
    }
    let mut result = table_from(vm, other)?;
    symmetric_difference_update(vm, &mut Target::Owned(&mut result), so)?;
    Ok(result)
}

/// `set_issubset`.
fn is_subset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if !is_setlike(other) {
        let common = intersection(vm, so, other)?;
        return Ok(common.len() == len_of(so));
    }
    if len_of(so) > len_of(other) {
        return Ok(false);
    }
    if let Ok(r) = with_tables(so, other, |a, b| a.is_subset(b, native_eq)) {
        return Ok(r);
    }
    let (a, b) = (view(so), view(other));
    for (hash, key) in a.iter() {
        if !vm.table_contains_hashed(&b, key, hash)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn is_superset(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if is_setlike(other) {
        return is_subset(vm, other, so);
    }
    let mut all = true;
    for_each(vm, other, |vm, key| {
        all = contains_key(vm, so, &key)?;
        Ok(all)
    })?;
    Ok(all)
}

/// `set_isdisjoint`.
fn is_disjoint(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    if so.is(other) {
        return Ok(len_of(so) == 0);
    }
    if is_exact_setlike(other) {
        if let Ok(r) = with_tables(so, other, |a, b| a.is_disjoint(b, native_eq)) {
            return Ok(r);
        }
        let (a, b) = (view(so), view(other));
        let (probed, iterated) = if b.len() > a.len() {
            (&*b, &*a)
        } else {
            (&*a, &*b)
        };
        for (hash, key) in iterated.iter() {
            if vm.table_contains_hashed(probed, key, hash)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    for_each(vm, other, |vm, key| {
        disjoint = !contains_key(vm, so, &key)?;
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

/// `key in so` (no retry with a frozenset: `set_contains_key`).
fn contains_key(vm: &mut Vm, so: &Value, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    contains_hashed(vm, so, key, hash)
}

fn contains_hashed(vm: &mut Vm, so: &Value, key: &Value, hash: i64) -> PyResult<bool> {
    match so.payload() {
        Some(Payload::Set(t)) => vm.set_contains_hashed(t, key, hash),
        Some(Payload::FrozenSet(t)) => vm.table_contains_hashed(t, key, hash),
        _ => Ok(false),
    }
}

/// `key in s` (`set_contains`): an unhashable set key is looked up as a frozenset.
pub fn contains(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    match s {
        Value::Obj(o) => contains_obj(vm, o, key),
        _ => Ok(false),
    }
}

/// [`contains`] for a set or frozenset object (the `in` operator's fast path).
#[inline]
pub fn contains_obj(vm: &mut Vm, s: &ObjRef, key: &Value) -> PyResult<bool> {
    let r = match &s.payload {
        Payload::Set(t) => vm.set_contains(t, key),
        Payload::FrozenSet(t) => vm.frozen_contains(t, key),
        _ => return Ok(false),
    };
    match r {
        Err(e) if retry_as_frozenset(&e, key) => {
            let k = frozen_copy(vm, key)?;
            contains_key(vm, &Value::Obj(s.clone()), &k)
        }
        r => r,
    }
}

/// CPython retries `in`, `remove` and `discard` with `frozenset(key)` when hashing a set
/// key failed.
fn retry_as_frozenset(e: &crate::error::PyErr, key: &Value) -> bool {
    matches!(key.payload(), Some(Payload::Set(_))) && e.matches(&types().exc.type_error)
}

/// `set_discard`'s lookup (with the frozenset retry); whether the key was there.
fn discard(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let t = cell(s, "discard")?;
    match vm.set_discard(t, key) {
        Err(e) if retry_as_frozenset(&e, key) => {
            let k = frozen_copy(vm, key)?;
            vm.set_discard(t, &k)
        }
        r => r,
    }
}

// ---- operators ----

/// `a op b` for a set or frozenset `a` (`set_or`, `set_and`, `set_sub`, `set_xor`); `None`
/// (NotImplemented) unless both are sets. The result's kind follows `a`.
pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    let table = match op {
        B::Or => {
            let mut r = copy_table(a);
            if !a.is(b) {
                update(vm, &mut Target::Owned(&mut r), b)?;
            }
            r
        }
        B::And => intersection(vm, a, b)?,
        B::Subtract => difference(vm, a, b)?,
        B::Xor => symmetric_difference(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap(kind_of(a), table)))
}

/// `a op= b` for a set `a` (`set_ior` & co.); `None` (NotImplemented) unless `b` is a set.
pub fn inplace(vm: &mut Vm, a: &ObjRef, b: &Value, op: B) -> PyResult<Option<Value>> {
    if !is_setlike(b) {
        return Ok(None);
    }
    let av = Value::Obj(a.clone());
    let c = cell(&av, crate::ops::dunder_names(op).2)?;
    match op {
        B::Or => update(vm, &mut Target::Shared(c, &av), b)?,
        B::And => {
            let r = intersection(vm, &av, b)?;
            c.lock().replace_body(r);
        }
        B::Subtract => difference_update(vm, &mut Target::Shared(c, &av), b)?,
        B::Xor => symmetric_difference_update(vm, &mut Target::Shared(c, &av), b)?,
        _ => return Ok(None),
    }
    Ok(Some(av))
}

fn dunder(vm: &mut Vm, a: Args, op: B, reflected: bool) -> PyResult {
    let pos = a.exact(crate::ops::dunder_names(op).0, 2)?;
    let (x, y) = if reflected {
        (&pos[1], &pos[0])
    } else {
        (&pos[0], &pos[1])
    };
    Ok(binop(vm, x, y, op)?.unwrap_or_else(Value::not_implemented))
}

fn dunder_inplace(vm: &mut Vm, a: Args, op: B) -> PyResult {
    let pos = a.exact(crate::ops::dunder_names(op).2, 2)?;
    let Some(o) = pos[0].as_obj() else {
        return Ok(Value::not_implemented());
    };
    Ok(inplace(vm, o, &pos[1], op)?.unwrap_or_else(Value::not_implemented))
}

/// `set_richcompare`; `None` (NotImplemented) unless `b` is a set.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: C) -> PyResult<Option<Value>> {
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(None);
    }
    let (la, lb) = (len_of(a), len_of(b));
    let r = match op {
        C::Eq => la == lb && is_subset(vm, a, b)?,
        C::Ne => !(la == lb && is_subset(vm, a, b)?),
        C::Le => is_subset(vm, a, b)?,
        C::Ge => is_superset(vm, a, b)?,
        C::Lt => la < lb && is_subset(vm, a, b)?,
        C::Gt => la > lb && is_superset(vm, a, b)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::bool(r)))
}

// ---- methods with several operands ----

/// `so.union(*others)`: a copy of `so` updated with each operand except `so` itself.
fn set_union(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kwargs("union")?;
    let pos = a.pos();
    let so = &pos[0];
    let mut result = copy_table(so);
    for other in &pos[1..] {
        if !so.is(other) {
            update(vm, &mut Target::Owned(&mut result), other)?;
        }
    }
    Ok(wrap(kind_of(so), result))
}

fn set_intersection_multi(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kwargs("intersection")?;
    let pos = a.pos();
    let r = intersection_multi(vm, &pos[0], &pos[1..])?;
    Ok(wrap(kind_of(&pos[0]), r))
}

/// `so.difference(*others)`: `so - o1`, then `difference_update` with the rest.
fn set_difference_multi(vm: &mut Vm, a: Args) -> PyResult {
    a.no_kwargs("difference")?;
    let pos = a.pos();
    let so = &pos[0];
    let Some((first, rest)) = pos[1..].split_first() else {
        return Ok(wrap(kind_of(so), copy_table(so)));
    };
    let mut result = difference(vm, so, first)?;
    for other in rest {
        difference_update(vm, &mut Target::Owned(&mut result), other)?;
    }
    Ok(wrap(kind_of(so), result))
}

/// `__reduce__`: `(type(s), (list(s),), state)`.
fn set_reduce(_vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("__reduce__", 1)?;
    let so = &pos[0];
    let state = match so.as_obj().and_then(|o| o.dict.clone()) {
        Some(d) if !dict_table(&d).lock().is_empty() => Value::Obj(d),
        _ => Value::none(),
    };
    let args = Value::new_tuple(vec![Value::new_list(elements(so))]);
    Ok(Value::new_tuple(vec![
        Value::Obj(so.class().clone()),
        args,
        state,
    ]))
}

// ---- repr, construction ----

pub fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let v = Value::Obj(o.clone());
    let items = elements(&v);
    let name = o.class().type_name();
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    let Some(parts) = vm.repr_items(o, &items)? else {
        return Ok(format!("{name}(...)"));
    };
    let inner = format!("{{{}}}", parts.join(", "));
    Ok(if o.class().is(&types().set) {
        inner
    } else {
        format!("{name}({inner})")
    })
}

fn set_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("set.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Set {
        return Err(type_error(format!(
            "set.__new__({}): {} is not a subtype of set",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let payload = Payload::Set(ObjCell::new(Box::default()));
    if cls.is(&types().set) {
        return Ok(Value::Obj(ObjRef::new(cls, None, payload)));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls, payload,
    )))
}

/// `set.__init__(iterable=())`: clear, then update.
fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let pos = args.pos();
    let this = &pos[0];
    let c = cell(this, "__init__")?;
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            this.class().type_name(),
            pos.len() - 1
        )));
    }
    c.lock().clear();
    if let Some(iterable) = pos.get(1) {
        // Built aside, then installed (keeping the pop finger, as a clear + update would).
        let table = table_from(vm, iterable)?;
        c.lock().replace_body(table);
    }
    Ok(Value::none())
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("frozenset.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::FrozenSet {
        return Err(type_error(format!(
            "frozenset.__new__({}): {} is not a subtype of frozenset",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let exact = cls.is(&types().frozenset);
    if exact && args.has_kwargs() {
        return Err(type_error("frozenset() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{} expected at most 1 argument, got {}",
            cls.type_name(),
            pos.len() - 1
        )));
    }
    let table = match pos.get(1) {
        // frozenset(f) is f for an exact frozenset.
        Some(it) if exact && it.is_exact(&types().frozenset) => return Ok(it.clone()),
        Some(it) => table_from(vm, it)?,
        None => SetTable::new(),
    };
    if exact {
        return Ok(new_frozenset_from_table(table));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls,
        Payload::FrozenSet(Box::new(table)),
    )))
}
