//! `_collections.deque`: a double-ended queue, native as in CPython.
//!
//! The items live in a `VecDeque` behind the deque's own `ObjCell`, so every end operation
//! (append, pop, rotate, ...) is one short critical section: atomic in the free-threaded build
//! as CPython's deque operations are under the GIL. Equality tests run Python code, so they
//! happen outside the lock; `state`, bumped by every mutation, tells a scan (count, index,
//! remove, `in`) or an iterator that the deque changed under it, and it fails the way
//! CPython's does ("deque mutated during iteration").

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use pyrite_object::bytecode::ComparisonOperator as C;
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::sync::{Guard, ObjCell};
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};
use pyrite_vm::dictops::native_eq;
use pyrite_vm::error::{
    index_error, memory_error, overflow_error, runtime_error, stop_iteration, type_error,
    value_error, PyErr, PyResult,
};
use pyrite_vm::native::{add_classmethod, add_method, add_property, add_staticmethod, Args};
use pyrite_vm::native::{arity_message, set_type_attr};
use pyrite_vm::ops::{as_int, IntRef};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

/// The payload of a deque (and of instances of its subclasses).
pub struct Deque {
    cell: ObjCell<DequeState>,
}

struct DequeState {
    items: VecDeque<Value>,
    /// `None`: unbounded.
    maxlen: Option<usize>,
    /// Bumped by every mutation (CPython's `deque->state`).
    state: u64,
}

impl DequeState {
    fn changed(&mut self) {
        self.state = self.state.wrapping_add(1);
    }

    /// Add `x` at one end; with a maxlen, the item pushed out of the other end goes to
    /// `evicted` (dropped by the caller once the lock is released).
    fn push(&mut self, x: Value, left: bool, evicted: &mut Vec<Value>) {
        if left {
            self.items.push_front(x);
        } else {
            self.items.push_back(x);
        }
        if let Some(m) = self.maxlen {
            while self.items.len() > m {
                let out = if left {
                    self.items.pop_back()
                } else {
                    self.items.pop_front()
                };
                evicted.extend(out);
            }
        }
        self.changed();
    }
}

/// A forward or reverse iterator over a deque.
struct DequeIter {
    deque: ObjRef,
    /// Items handed out so far (a claim counter, so two threads sharing the iterator never
    /// get the same item).
    pos: AtomicUsize,
    len: usize,
    state: u64,
    reverse: bool,
}

struct DequeTypes {
    deque: ObjRef,
    iter: ObjRef,
    reverse_iter: ObjRef,
}

fn deque_types() -> &'static DequeTypes {
    static T: OnceLock<DequeTypes> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let object = std::slice::from_ref(&t.object);
        let deque = make_type(&t.type_, "deque", object, Layout::Native);
        let iter = make_type(&t.type_, "_deque_iterator", object, Layout::Native);
        let reverse_iter = make_type(&t.type_, "_deque_reverse_iterator", object, Layout::Native);
        define_deque(&deque);
        for cls in [&iter, &reverse_iter] {
            set_type_attr(cls, "__module__", Value::new_str("_collections"));
            add_method(cls, "__iter__", |_, a| Ok(a.self_().clone()));
            add_method(cls, "__next__", iter_next);
            add_method(cls, "__length_hint__", iter_length_hint);
        }
        DequeTypes {
            deque,
            iter,
            reverse_iter,
        }
    })
}

fn define_deque(cls: &ObjRef) {
    set_type_attr(cls, "__module__", Value::new_str("collections"));
    set_type_attr(
        cls,
        "__doc__",
        Value::new_str("A list-like sequence optimized for data accesses near its endpoints."),
    );
    set_type_attr(cls, "__hash__", Value::none());
    add_staticmethod(cls, "__new__", deque_new);
    add_method(cls, "__init__", deque_init);
    add_property(cls, "maxlen", deque_maxlen, None);
    add_method(cls, "append", |vm, a| push_one(vm, a, "append", false));
    add_method(cls, "appendleft", |vm, a| {
        push_one(vm, a, "appendleft", true)
    });
    add_method(cls, "pop", |vm, a| pop_one(vm, a, "pop", false));
    add_method(cls, "popleft", |vm, a| pop_one(vm, a, "popleft", true));
    add_method(cls, "extend", |vm, a| extend_method(vm, a, "extend", false));
    add_method(cls, "extendleft", |vm, a| {
        extend_method(vm, a, "extendleft", true)
    });
    add_method(cls, "rotate", deque_rotate);
    add_method(cls, "clear", deque_clear);
    add_method(cls, "copy", deque_copy);
    add_method(cls, "__copy__", deque_copy);
    add_method(cls, "count", deque_count);
    add_method(cls, "index", deque_index);
    add_method(cls, "insert", deque_insert);
    add_method(cls, "remove", deque_remove);
    add_method(cls, "reverse", deque_reverse);
    add_method(cls, "__len__", deque_len);
    add_method(cls, "__contains__", deque_contains);
    add_method(cls, "__getitem__", deque_getitem);
    add_method(cls, "__setitem__", deque_setitem);
    add_method(cls, "__delitem__", deque_delitem);
    add_method(cls, "__iter__", |vm, a| new_iter(vm, a, "__iter__", false));
    add_method(cls, "__reversed__", |vm, a| {
        new_iter(vm, a, "__reversed__", true)
    });
    add_method(cls, "__eq__", |vm, a| compare(vm, a, C::Eq));
    add_method(cls, "__ne__", |vm, a| compare(vm, a, C::Ne));
    add_method(cls, "__lt__", |vm, a| compare(vm, a, C::Lt));
    add_method(cls, "__le__", |vm, a| compare(vm, a, C::Le));
    add_method(cls, "__gt__", |vm, a| compare(vm, a, C::Gt));
    add_method(cls, "__ge__", |vm, a| compare(vm, a, C::Ge));
    add_method(cls, "__add__", deque_add);
    add_method(cls, "__iadd__", deque_iadd);
    add_method(cls, "__mul__", deque_mul);
    add_method(cls, "__rmul__", deque_mul);
    add_method(cls, "__imul__", deque_imul);
    add_method(cls, "__repr__", deque_repr);
    add_method(cls, "__reduce__", deque_reduce);
    add_classmethod(
        cls,
        "__class_getitem__",
        pyrite_vm::types::generic_alias::class_getitem,
    );
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_collections");
    let t = deque_types();
    set_attr_str(&m, "deque", Value::Obj(t.deque.clone()));
    set_attr_str(&m, "_deque_iterator", Value::Obj(t.iter.clone()));
    set_attr_str(
        &m,
        "_deque_reverse_iterator",
        Value::Obj(t.reverse_iter.clone()),
    );
    Ok(m)
}

// -- argument helpers ---------------------------------------------------------------------

fn as_deque(v: &Value) -> Option<&Deque> {
    v.payload().and_then(|p| p.native::<Deque>())
}

/// The deque a method was called on, with CPython's message for a wrong `self`.
fn receiver<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Deque> {
    let Some(v) = args.values.first() else {
        return Err(type_error(format!(
            "unbound method deque.{method}() needs an argument"
        )));
    };
    as_deque(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{}' object",
            v.type_name()
        ))
    })
}

/// `self` and exactly `n` further positional arguments.
fn method_args<'a>(args: &Args<'a>, method: &str, n: usize) -> PyResult<(&'a Deque, &'a [Value])> {
    let dq = receiver(args, method)?;
    let qual = format!("deque.{method}");
    args.no_kwargs(&qual)?;
    let rest = &args.pos()[1..];
    if rest.len() != n {
        let msg = match n {
            0 => format!("{qual}() takes no arguments ({} given)", rest.len()),
            1 => format!("{qual}() takes exactly one argument ({} given)", rest.len()),
            _ => arity_message(&qual, n + 1, n + 1, rest.len() + 1),
        };
        return Err(type_error(msg));
    }
    Ok((dq, rest))
}

/// An index argument: an int or an object with `__index__` (CPython's `n` format).
fn index_value(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match as_int(v) {
        Some(IntRef::Small(i)) => Ok(i),
        Some(IntRef::Big(_)) => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
        None => vm.to_i64(v),
    }
}

/// Is `v` an int or an object with `__index__`?
fn is_index(vm: &mut Vm, v: &Value) -> bool {
    as_int(v).is_some() || {
        let cls = v.class().clone();
        vm.lookup_type_attr(&cls, &pyrite_object::names().index)
            .is_some()
    }
}

/// A subscript: like `index_value`, with the sequence protocol's message for other types.
fn subscript(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if !is_index(vm, key) {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            key.type_name()
        )));
    }
    match index_value(vm, key) {
        Err(e) if e.matches(&types().exc.overflow_error) => Err(index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            key.type_name()
        ))),
        r => r,
    }
}

fn normalize(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&j).then_some(j as usize)
}

fn mutated() -> PyErr {
    runtime_error("deque mutated during iteration")
}

// -- construction -----------------------------------------------------------------------------

fn new_deque_object(cls: &ObjRef, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    let dq = Deque {
        cell: ObjCell::new(DequeState {
            items,
            maxlen,
            state: 0,
        }),
    };
    Value::Obj(pyrite_vm::types::object::new_instance_object(
        cls,
        Payload::Native(NativeBox::new(dq)),
    ))
}

fn deque_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = match args.values.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => return Err(type_error("deque.__new__(X): X is not a type object")),
    };
    let base = &deque_types().deque;
    if !cls.is_subtype(base) {
        let n = cls.type_name();
        return Err(type_error(format!(
            "deque.__new__({n}): {n} is not a subtype of deque"
        )));
    }
    Ok(new_deque_object(&cls, VecDeque::new(), None))
}

fn parse_maxlen(v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match as_int(v) {
            Some(IntRef::Small(n)) if n < 0 => Err(value_error("maxlen must be non-negative")),
            Some(IntRef::Small(n)) => Ok(Some(n as usize)),
            Some(IntRef::Big(_)) => Err(overflow_error(
                "Python int too large to convert to C ssize_t",
            )),
            None => Err(type_error("an integer is required")),
        },
    }
}

/// `deque(iterable=(), maxlen=None)`: re-initialising a deque empties it first.
fn deque_init(vm: &mut Vm, args: Args) -> PyResult {
    let dq = receiver(&args, "__init__")?;
    let pos = &args.pos()[1..];
    if pos.len() > 2 {
        return Err(type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let mut iterable = pos.first();
    let mut maxlen = pos.get(1);
    for (k, v) in args.kwargs() {
        let slot = match k {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(type_error(format!(
                    "'{k}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if slot.is_some() {
            return Err(type_error(format!(
                "argument for deque() given by name ('{k}') and position"
            )));
        }
        *slot = Some(v);
    }
    let maxlen = parse_maxlen(maxlen)?;
    let old = {
        let mut g = dq.cell.guard();
        g.maxlen = maxlen;
        g.changed();
        std::mem::take(&mut g.items)
    };
    drop(old);
    if let Some(it) = iterable {
        extend(vm, dq, it, false)?;
    }
    Ok(Value::none())
}

fn deque_maxlen(_vm: &mut Vm, args: Args) -> PyResult {
    let dq = receiver(&args, "maxlen")?;
    let m = dq.cell.guard().maxlen;
    Ok(m.map_or(Value::none(), |m| Value::Int(m as i64)))
}

// -- the end operations ---------------------------------------------------------------------

fn push_one(_vm: &mut Vm, args: Args, method: &str, left: bool) -> PyResult {
    let (dq, rest) = method_args(&args, method, 1)?;
    let mut evicted = Vec::new();
    dq.cell.guard().push(rest[0].clone(), left, &mut evicted);
    drop(evicted);
    Ok(Value::none())
}

fn pop_one(_vm: &mut Vm, args: Args, method: &str, left: bool) -> PyResult {
    let (dq, _) = method_args(&args, method, 0)?;
    let mut g = dq.cell.guard();
    let item = if left {
        g.items.pop_front()
    } else {
        g.items.pop_back()
    };
    g.changed();
    drop(g);
    item.ok_or_else(|| index_error("pop from an empty deque"))
}

/// The items of `iterable` when taking them runs no Python code: the deque itself, another
/// deque, an exact list or tuple. These are added in one critical section.
fn builtin_items(iterable: &Value) -> Option<Vec<Value>> {
    if let Some(other) = as_deque(iterable) {
        return Some(other.cell.guard().items.iter().cloned().collect());
    }
    let o = iterable.as_obj()?;
    let t = types();
    if !(o.class().is(&t.list) || o.class().is(&t.tuple)) {
        return None;
    }
    match &o.payload {
        Payload::List(l) => Some(l.to_vec()),
        Payload::Tuple(items) => Some(items.to_vec()),
        _ => None,
    }
}

/// Add the items of `iterable` at one end. Items from an arbitrary iterator are added one by
/// one as it yields them (its code runs outside the lock), so an iterator that fails midway
/// leaves the items it produced, as in CPython.
fn extend(vm: &mut Vm, dq: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    let mut evicted = Vec::new();
    if let Some(items) = builtin_items(iterable) {
        let mut g = dq.cell.guard();
        for x in items {
            g.push(x, left, &mut evicted);
        }
        drop(g);
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(x) = vm.next(&it)? {
        dq.cell.guard().push(x, left, &mut evicted);
        evicted.clear();
    }
    Ok(())
}

fn extend_method(vm: &mut Vm, args: Args, method: &str, left: bool) -> PyResult {
    let (dq, rest) = method_args(&args, method, 1)?;
    extend(vm, dq, &rest[0], left)?;
    Ok(Value::none())
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    let dq = receiver(&args, "rotate")?;
    let rest = args.range("deque.rotate", 1, 2)?;
    let n = match rest.get(1) {
        Some(v) => index_value(vm, v)?,
        None => 1,
    };
    let mut g = dq.cell.guard();
    let len = g.items.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        g.items.rotate_right(k);
        g.changed();
    }
    Ok(Value::none())
}

fn deque_clear(_vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "clear", 0)?;
    let old = {
        let mut g = dq.cell.guard();
        g.changed();
        std::mem::take(&mut g.items)
    };
    drop(old);
    Ok(Value::none())
}

/// A shallow copy. A subclass is copied by calling it (`type(d)(d, maxlen)`), as in CPython.
fn copy_of(vm: &mut Vm, obj: &Value, dq: &Deque) -> PyResult {
    let (items, maxlen) = {
        let g = dq.cell.guard();
        (g.items.clone(), g.maxlen)
    };
    let cls = obj.class().clone();
    if cls.is(&deque_types().deque) {
        return Ok(new_deque_object(&cls, items, maxlen));
    }
    drop(items);
    let cls = Value::Obj(cls);
    match maxlen {
        None => vm.call_positional(&cls, std::slice::from_ref(obj)),
        Some(m) => vm.call_positional(&cls, &[obj.clone(), Value::Int(m as i64)]),
    }
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "copy", 0)?;
    copy_of(vm, args.self_(), dq)
}

// -- scans: count, index, remove, in --------------------------------------------------------

/// Compare `value` with the items at positions `start..stop` in order until `found` returns
/// false, and return with the deque still locked. Comparisons of builtin values (numbers,
/// strings, tuples of them...) run no Python code and happen under the lock, so such a scan
/// is atomic, as in free-threaded CPython. Other items are compared with the lock released;
/// a mutation of the deque meanwhile ends the scan with `on_mutation()`, as in CPython.
fn scan<'a>(
    vm: &mut Vm,
    dq: &'a Deque,
    value: &Value,
    start: usize,
    stop: Option<usize>,
    on_mutation: fn() -> PyErr,
    mut found: impl FnMut(usize) -> bool,
) -> PyResult<Guard<'a, DequeState>> {
    let mut g = dq.cell.guard();
    let state = g.state;
    let stop = stop.unwrap_or(usize::MAX);
    let mut i = start;
    while i < stop.min(g.items.len()) {
        let item = &g.items[i];
        let equal = match native_eq(item, value) {
            Some(r) => r,
            None => {
                let item = item.clone();
                drop(g);
                let r = vm.eq(&item, value);
                drop(item);
                let r = r?;
                g = dq.cell.guard();
                if g.state != state {
                    return Err(on_mutation());
                }
                r
            }
        };
        if equal && !found(i) {
            break;
        }
        i += 1;
    }
    Ok(g)
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "count", 1)?;
    let mut n = 0;
    scan(vm, dq, &rest[0], 0, None, mutated, |_| {
        n += 1;
        true
    })?;
    Ok(Value::Int(n))
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__contains__", 1)?;
    let mut hit = false;
    scan(vm, dq, &rest[0], 0, None, mutated, |_| {
        hit = true;
        false
    })?;
    Ok(Value::bool(hit))
}

/// The first position of `value` (with the deque still locked), or a ValueError.
fn position<'a>(
    vm: &mut Vm,
    dq: &'a Deque,
    value: &Value,
    start: usize,
    stop: Option<usize>,
    on_mutation: fn() -> PyErr,
) -> PyResult<(usize, Guard<'a, DequeState>)> {
    let mut at = None;
    let g = scan(vm, dq, value, start, stop, on_mutation, |i| {
        at = Some(i);
        false
    })?;
    match at {
        Some(i) => Ok((i, g)),
        None => {
            drop(g);
            let r = vm.repr_string(value)?;
            Err(value_error(format!("{r} is not in deque")))
        }
    }
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    let dq = receiver(&args, "index")?;
    let pos = args.range("deque.index", 2, 4)?;
    let len = dq.cell.guard().items.len() as i64;
    let mut bound = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        let Some(v) = v else { return Ok(default) };
        if as_int(v).is_none() && v.is_none() {
            return Err(type_error(
                "slice indices must be integers or have an __index__ method",
            ));
        }
        let i = index_value(vm, v)?;
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
    };
    let stop = bound(pos.get(3), len)?;
    let start = bound(pos.get(2), 0)?.min(stop);
    let stop = Some(stop as usize);
    let (i, _) = position(vm, dq, &pos[1], start as usize, stop, mutated)?;
    Ok(Value::Int(i as i64))
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "remove", 1)?;
    let on_mutation = || index_error("deque mutated during iteration");
    let (i, mut g) = position(vm, dq, &rest[0], 0, None, on_mutation)?;
    let removed = g.items.remove(i);
    g.changed();
    drop(g);
    drop(removed);
    Ok(Value::none())
}

// -- other mutations ------------------------------------------------------------------------

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "insert", 2)?;
    let i = index_value(vm, &rest[0])?;
    let mut g = dq.cell.guard();
    let len = g.items.len();
    if g.maxlen.is_some_and(|m| len >= m) {
        return Err(index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i + len as i64).max(0) as usize
    } else {
        (i as usize).min(len)
    };
    g.items.insert(at, rest[1].clone());
    g.changed();
    Ok(Value::none())
}

fn deque_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "reverse", 0)?;
    let mut g = dq.cell.guard();
    // Like CPython, reversing keeps the state: iterators go on over the reversed items.
    g.items.make_contiguous().reverse();
    Ok(Value::none())
}

// -- the sequence protocol ----------------------------------------------------------------

fn deque_len(_vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "__len__", 0)?;
    let n = dq.cell.guard().items.len();
    Ok(Value::Int(n as i64))
}

fn out_of_range() -> PyErr {
    index_error("deque index out of range")
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__getitem__", 1)?;
    let i = subscript(vm, &rest[0])?;
    let g = dq.cell.guard();
    normalize(i, g.items.len())
        .map(|j| g.items[j].clone())
        .ok_or_else(out_of_range)
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__setitem__", 2)?;
    let i = subscript(vm, &rest[0])?;
    let mut g = dq.cell.guard();
    let j = normalize(i, g.items.len()).ok_or_else(out_of_range)?;
    let old = std::mem::replace(&mut g.items[j], rest[1].clone());
    drop(g);
    drop(old);
    Ok(Value::none())
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__delitem__", 1)?;
    let i = subscript(vm, &rest[0])?;
    let mut g = dq.cell.guard();
    let j = normalize(i, g.items.len()).ok_or_else(out_of_range)?;
    let old = g.items.remove(j);
    g.changed();
    drop(g);
    drop(old);
    Ok(Value::none())
}

// -- iteration ------------------------------------------------------------------------------

fn new_iter(_vm: &mut Vm, args: Args, method: &str, reverse: bool) -> PyResult {
    let (dq, _) = method_args(&args, method, 0)?;
    let (len, state) = {
        let g = dq.cell.guard();
        (g.items.len(), g.state)
    };
    let t = deque_types();
    let it = DequeIter {
        deque: args.self_().as_obj().expect("a deque is an object").clone(),
        pos: AtomicUsize::new(0),
        len,
        state,
        reverse,
    };
    let cls = if reverse { &t.reverse_iter } else { &t.iter };
    Ok(Value::Obj(ObjRef::new(
        cls.clone(),
        None,
        Payload::Native(NativeBox::new(it)),
    )))
}

fn iterator<'a>(args: &Args<'a>) -> PyResult<&'a DequeIter> {
    args.values
        .first()
        .and_then(|v| v.payload())
        .and_then(|p| p.native::<DequeIter>())
        .ok_or_else(|| type_error("descriptor requires a '_collections._deque_iterator' object"))
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult {
    let it = iterator(&args)?;
    let dq = it
        .deque
        .payload
        .native::<Deque>()
        .expect("iterators are made over deques");
    let g = dq.cell.guard();
    if g.state != it.state {
        return Err(mutated());
    }
    let k = it.pos.fetch_add(1, Ordering::Relaxed);
    if k >= it.len {
        it.pos.store(it.len, Ordering::Relaxed);
        return Err(stop_iteration(Value::none()));
    }
    // The state is unchanged, so the deque still has `it.len` items.
    let j = if it.reverse { it.len - 1 - k } else { k };
    Ok(g.items[j].clone())
}

fn iter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let it = iterator(&args)?;
    let done = it.pos.load(Ordering::Relaxed).min(it.len);
    Ok(Value::Int((it.len - done) as i64))
}

// -- comparisons, arithmetic, repr --------------------------------------------------------

fn snapshot(dq: &Deque) -> Vec<Value> {
    dq.cell.guard().items.iter().cloned().collect()
}

fn compare(vm: &mut Vm, args: Args, op: C) -> PyResult {
    let method = match op {
        C::Eq => "__eq__",
        C::Ne => "__ne__",
        C::Lt => "__lt__",
        C::Le => "__le__",
        C::Gt => "__gt__",
        _ => "__ge__",
    };
    let (dq, rest) = method_args(&args, method, 1)?;
    let Some(other) = as_deque(&rest[0]) else {
        return Ok(Value::not_implemented());
    };
    let x = snapshot(dq);
    let y = snapshot(other);
    if x.len() != y.len() && matches!(op, C::Eq | C::Ne) {
        return Ok(Value::bool(op == C::Ne));
    }
    pyrite_vm::types::sequence_compare(vm, &x, &y, op)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__add__", 1)?;
    if as_deque(&rest[0]).is_none() {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            rest[0].type_name()
        )));
    }
    let new = copy_of(vm, args.self_(), dq)?;
    let new_dq = as_deque(&new).ok_or_else(|| type_error("copy of a deque is not a deque"))?;
    extend(vm, new_dq, &rest[0], false)?;
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__iadd__", 1)?;
    extend(vm, dq, &rest[0], false)?;
    Ok(args.self_().clone())
}

/// A repetition count: negative counts as zero.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    if !is_index(vm, n) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.type_name()
        )));
    }
    Ok(index_value(vm, n)?.max(0) as usize)
}

/// Repeat the items in place `n` times; with a maxlen, only the last `maxlen` items of the
/// repetition stay (those a sequence of appends would leave).
fn repeat_in_place(dq: &Deque, n: usize) -> PyResult<()> {
    let mut g = dq.cell.guard();
    let len = g.items.len();
    let total = len.checked_mul(n).ok_or_else(memory_error)?;
    let keep = g.maxlen.map_or(total, |m| total.min(m));
    if keep > (1 << 31) {
        return Err(memory_error());
    }
    let first = total - keep;
    let new: VecDeque<Value> = (first..total).map(|k| g.items[k % len].clone()).collect();
    let old = std::mem::replace(&mut g.items, new);
    g.changed();
    drop(g);
    drop(old);
    Ok(())
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__imul__", 1)?;
    let n = repeat_count(vm, &rest[0])?;
    repeat_in_place(dq, n)?;
    Ok(args.self_().clone())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, rest) = method_args(&args, "__mul__", 1)?;
    let n = repeat_count(vm, &rest[0])?;
    let new = copy_of(vm, args.self_(), dq)?;
    let new_dq = as_deque(&new).ok_or_else(|| type_error("copy of a deque is not a deque"))?;
    repeat_in_place(new_dq, n)?;
    Ok(new)
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "__repr__", 0)?;
    let o = args.self_().as_obj().expect("a deque is an object");
    let items = snapshot(dq);
    let Some(parts) = vm.repr_items(o, &items)? else {
        return Ok(Value::new_str("[...]"));
    };
    // The short name, as CPython's `_PyType_Name` (a subclass's repr shows its own name).
    let name = o.class().type_data().name();
    let body = parts.join(", ");
    Ok(Value::new_str(match dq.cell.guard().maxlen {
        None => format!("{name}([{body}])"),
        Some(m) => format!("{name}([{body}], maxlen={m})"),
    }))
}

/// `(type(d), ((), maxlen), state, iter(d))`: the state is what a subclass's `__getstate__`
/// returns, else the instance `__dict__` (None when there is none or it is empty), which
/// also holds a subclass's slots.
fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let (dq, _) = method_args(&args, "__reduce__", 0)?;
    let obj = args.self_();
    let maxlen = dq.cell.guard().maxlen;
    let ctor_args = match maxlen {
        None => Value::new_tuple(vec![]),
        Some(m) => Value::new_tuple(vec![Value::new_tuple(vec![]), Value::Int(m as i64)]),
    };
    let getstate = pyrite_vm::vm::name("__getstate__");
    let state = match obj.as_obj().and_then(|o| o.dict.clone()) {
        _ if vm.lookup_type_attr(obj.class(), &getstate).is_some() => {
            vm.call_method(obj, "__getstate__", &[])?
        }
        Some(d) if !pyrite_vm::dictops::dict_table(&d).lock().is_empty() => Value::Obj(d),
        _ => Value::none(),
    };
    let it = vm.iter(obj)?;
    Ok(Value::new_tuple(vec![
        Value::Obj(obj.class().clone()),
        ctor_args,
        state,
        it,
    ]))
}
