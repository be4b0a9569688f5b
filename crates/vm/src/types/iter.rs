//! Native iterators over builtin containers (list, tuple, str, range, dict views, sets...),
//! the `__getitem__` sequence protocol, and `iter(callable, sentinel)`.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicIsize, AtomicUsize, Ordering};

use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::sync::ObjCell;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{runtime_error, PyResult};
use crate::native::{add_method, Args};
use crate::vm::vm_types;
use crate::Vm;

pub enum IterKind {
    /// list, tuple, bytes, bytearray, str: by index.
    Seq {
        seq: ObjRef,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Dict keys/values/items; `len` detects size changes during iteration.
    Dict {
        dict: ObjRef,
        pos: usize,
        len: usize,
        what: DictPart,
    },
    Set {
        set: ObjRef,
        pos: usize,
        len: usize,
    },
    /// Objects with only `__getitem__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Reversed sequence, by index (counting down).
    Reversed {
        seq: ObjRef,
        index: isize,
    },
    /// `reversed(obj)` through `__len__`/`__getitem__`.
    ReversedGetItem {
        obj: Value,
        index: i64,
    },
    Enumerate {
        iter: Value,
        count: i64,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    /// `filter(None, it)` keeps truthy items.
    Filter {
        func: Option<Value>,
        iter: Value,
    },
    Exhausted,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// A native iterator. The hot kinds (range and by-index sequence iteration, i.e. every `for`
/// over a range, list, tuple or str; `reversed`, `enumerate`, `zip`, `map`, `filter`) keep
/// their position in relaxed atomics, or have no mutable state at all, instead of living
/// behind the iterator's lock, so a step costs no lock round trip (an atomic
/// compare-and-swap) in the free-threaded build.
/// As in CPython 3.13t, an iterator shared by threads racing on `next` may hand the same item
/// to two of them (each step is a load then a store, not a read-modify-write), but every
/// state it can reach is a valid position: it never crashes or reads out of bounds.
pub struct NativeIter(Repr);

enum Repr {
    /// `range` iteration: `next` is the value to yield next (`stop` once exhausted).
    Range {
        next: AtomicI64,
        stop: i64,
        step: i64,
    },
    /// list, tuple, bytes, bytearray, str by index (a byte offset for str, always on a char
    /// boundary); `EXHAUSTED` once the end was seen (a list that grows later stays finished).
    Seq {
        seq: ObjRef,
        index: AtomicUsize,
    },
    /// Reversed sequence, by index counting down (negative once exhausted).
    Reversed {
        seq: ObjRef,
        index: AtomicIsize,
    },
    Enumerate {
        iter: Value,
        count: AtomicI64,
    },
    Zip {
        iters: Box<[Value]>,
        strict: bool,
        exhausted: AtomicBool,
    },
    Map {
        func: Value,
        iters: Box<[Value]>,
    },
    /// `filter(None, it)` keeps truthy items.
    Filter {
        func: Option<Value>,
        iter: Value,
    },
    /// Everything else: state behind the iterator's lock.
    Locked(ObjCell<IterKind>),
}

const EXHAUSTED: usize = usize::MAX;

impl NativeIter {
    fn from_kind(kind: IterKind) -> NativeIter {
        NativeIter(match kind {
            IterKind::Range { next, stop, step } => Repr::Range {
                next: AtomicI64::new(next),
                stop,
                step,
            },
            IterKind::Seq { seq, index } => Repr::Seq {
                seq,
                index: AtomicUsize::new(index),
            },
            IterKind::Reversed { seq, index } => Repr::Reversed {
                seq,
                index: AtomicIsize::new(index),
            },
            IterKind::Enumerate { iter, count } => Repr::Enumerate {
                iter,
                count: AtomicI64::new(count),
            },
            IterKind::Zip { iters, strict } => Repr::Zip {
                iters: iters.into_boxed_slice(),
                strict,
                exhausted: AtomicBool::new(false),
            },
            IterKind::Map { func, iters } => Repr::Map {
                func,
                iters: iters.into_boxed_slice(),
            },
            IterKind::Filter { func, iter } => Repr::Filter { func, iter },
            other => Repr::Locked(ObjCell::new(other)),
        })
    }
}

pub fn new_native_iter(kind: IterKind) -> Value {
    new_native_iter_of(&vm_types().iterator, kind)
}

/// A native iterator whose class is `cls` (`enumerate`, `zip`...).
pub fn new_native_iter_of(cls: &ObjRef, kind: IterKind) -> Value {
    Value::Obj(ObjRef::new(
        cls.clone(),
        None,
        Payload::Native(NativeBox::new(NativeIter::from_kind(kind))),
    ))
}

pub fn init() {
    let t = vm_types();
    for it in [
        &t.iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.bytearray_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.callable_iterator,
        &t.list_reverseiterator,
        &t.dict_reversekeyiterator,
    ] {
        add_method(it, "__iter__", iter_self);
        add_method(it, "__next__", iter_next);
        add_method(it, "__length_hint__", iter_length_hint);
    }
}

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    match vm.next(args.self_())? {
        Some(v) => Ok(v),
        None => Err(crate::error::stop_iteration(Value::none())),
    }
}

fn iter_length_hint(_vm: &mut Vm, args: Args) -> PyResult {
    let Some(ni) = args
        .self_()
        .payload()
        .and_then(|p| p.native::<NativeIter>())
    else {
        return Ok(Value::Int(0));
    };
    let n = match &ni.0 {
        Repr::Seq { seq, index } => {
            let index = index.load(Ordering::Relaxed);
            match &seq.payload {
                Payload::Str(s) => s
                    .as_str()
                    .get(index..)
                    .map_or(0, super::str_methods::char_count),
                _ if index == EXHAUSTED => 0,
                _ => crate::protocol::builtin_len(seq)
                    .unwrap_or(0)
                    .saturating_sub(index),
            }
        }
        Repr::Range { next, stop, step } => {
            super::range::range_len(next.load(Ordering::Relaxed), *stop, *step) as usize
        }
        Repr::Reversed { index, .. } => (index.load(Ordering::Relaxed) + 1).max(0) as usize,
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `iter(o)` for builtin iterables.
pub fn builtin_iter(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<Value>> {
    let _ = vm;
    let t = vm_types();
    Ok(Some(match &o.payload {
        Payload::List(_) => new_native_iter_of(
            &t.list_iterator,
            IterKind::Seq {
                seq: o.clone(),
                index: 0,
            },
        ),
        Payload::Tuple(_) => new_native_iter_of(
            &t.tuple_iterator,
            IterKind::Seq {
                seq: o.clone(),
                index: 0,
            },
        ),
        Payload::Str(s) => {
            let cls = if s.is_ascii() {
                &t.str_ascii_iterator
            } else {
                &t.str_iterator
            };
            new_native_iter_of(
                cls,
                IterKind::Seq {
                    seq: o.clone(),
                    index: 0,
                },
            )
        }
        Payload::Bytes(_) => new_native_iter_of(
            &t.bytes_iterator,
            IterKind::Seq {
                seq: o.clone(),
                index: 0,
            },
        ),
        Payload::ByteArray(_) => new_native_iter_of(
            &t.bytearray_iterator,
            IterKind::Seq {
                seq: o.clone(),
                index: 0,
            },
        ),
        Payload::Range { start, stop, step } => new_native_iter_of(
            &t.range_iterator,
            IterKind::Range {
                next: *start,
                stop: *stop,
                step: *step,
            },
        ),
        Payload::Dict(d) => {
            let len = d.lock().len();
            new_native_iter_of(
                &t.dict_keyiterator,
                IterKind::Dict {
                    dict: o.clone(),
                    pos: 0,
                    len,
                    what: DictPart::Keys,
                },
            )
        }
        Payload::Set(s) => {
            let len = s.lock().len();
            new_native_iter_of(
                &t.set_iterator,
                IterKind::Set {
                    set: o.clone(),
                    pos: 0,
                    len,
                },
            )
        }
        Payload::FrozenSet(s) => new_native_iter_of(
            &t.set_iterator,
            IterKind::Set {
                set: o.clone(),
                pos: 0,
                len: s.len(),
            },
        ),
        Payload::Native(n) => {
            if n.is::<NativeIter>() || n.is::<crate::generator::Generator>() {
                Value::Obj(o.clone())
            } else if let Some(view) = n.downcast_ref::<super::dict::DictView>() {
                let len = super::dict::dict_len(&view.dict);
                let cls = match view.part {
                    DictPart::Keys => &t.dict_keyiterator,
                    DictPart::Values => &t.dict_valueiterator,
                    DictPart::Items => &t.dict_itemiterator,
                };
                new_native_iter_of(
                    cls,
                    IterKind::Dict {
                        dict: view.dict.clone(),
                        pos: 0,
                        len,
                        what: view.part,
                    },
                )
            } else {
                return Ok(None);
            }
        }
        _ => return Ok(None),
    }))
}

impl NativeIter {
    /// Advance; `Ok(None)` when exhausted. The iterator's lock is never held while Python
    /// code runs (the GetItem/Callable kinds release it before calling out).
    #[inline]
    pub fn next(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        match &self.0 {
            Repr::Range { next, stop, step } => {
                let (stop, step) = (*stop, *step);
                let v = next.load(Ordering::Relaxed);
                if (step > 0 && v < stop) || (step < 0 && v > stop) {
                    // Clamp to `stop` on overflow (the next step then ends the iteration).
                    let n = v.checked_add(step).unwrap_or(stop);
                    next.store(n, Ordering::Relaxed);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            Repr::Seq { seq, index } => Ok(seq_next(seq, index)),
            Repr::Reversed { seq, index } => {
                let i = index.load(Ordering::Relaxed);
                if i < 0 {
                    return Ok(None);
                }
                let item = seq_item(seq, i as usize);
                index.store(if item.is_some() { i - 1 } else { -1 }, Ordering::Relaxed);
                Ok(item)
            }
            Repr::Enumerate { iter, count } => {
                let n = count.load(Ordering::Relaxed);
                count.store(n.wrapping_add(1), Ordering::Relaxed);
                Ok(vm
                    .next(iter)?
                    .map(|v| Value::new_tuple(vec![Value::Int(n), v])))
            }
            Repr::Zip {
                iters,
                strict,
                exhausted,
            } => zip_next(vm, iters, *strict, exhausted),
            Repr::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in iters.iter() {
                    match vm.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                vm.call_positional(func, &args).map(Some)
            }
            Repr::Filter { func, iter } => {
                while let Some(v) = vm.next(iter)? {
                    let keep = match func {
                        Some(f) => {
                            let r = vm.call_positional(f, std::slice::from_ref(&v))?;
                            vm.truthy(&r)?
                        }
                        None => vm.truthy(&v)?,
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            Repr::Locked(cell) => locked_next(cell, vm),
        }
    }
}

/// One step of `zip(...)`: a tuple of one item from each iterator, or the end (with
/// `strict=True`, checking that all iterators end together).
fn zip_next(
    vm: &mut Vm,
    iters: &[Value],
    strict: bool,
    exhausted: &AtomicBool,
) -> PyResult<Option<Value>> {
    if iters.is_empty() || exhausted.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.next(it)? {
            Some(v) => out.push(v),
            None => {
                exhausted.store(true, Ordering::Relaxed);
                if strict {
                    if i > 0 {
                        let plural = if i == 1 { " " } else { "s 1-" };
                        return Err(crate::error::value_error(format!(
                            "zip() argument {} is shorter than argument{plural}{i}",
                            i + 1
                        )));
                    }
                    for (j, rest) in iters.iter().enumerate().skip(1) {
                        if vm.next(rest)?.is_some() {
                            let plural = if j == 1 { " " } else { "s 1-" };
                            return Err(crate::error::value_error(format!(
                                "zip() argument {} is longer than argument{plural}{j}",
                                j + 1
                            )));
                        }
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(Value::new_tuple(out)))
}

/// One step of by-index iteration (see `Repr::Seq`).
#[inline]
fn seq_next(seq: &ObjRef, index: &AtomicUsize) -> Option<Value> {
    let i = index.load(Ordering::Relaxed);
    if i == EXHAUSTED {
        return None;
    }
    let item = if let Payload::Str(s) = &seq.payload {
        // For a str (immutable), `index` is a byte offset: O(1) per step. Every stored
        // offset is a char boundary, but `get` keeps even a bad one from panicking.
        s.as_str()
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .map(|c| {
                index.store(i + c.len_utf8(), Ordering::Relaxed);
                super::str::char_value(c)
            })
    } else {
        seq_item(seq, i).inspect(|_| index.store(i + 1, Ordering::Relaxed))
    };
    if item.is_none() {
        index.store(EXHAUSTED, Ordering::Relaxed);
    }
    item
}

/// `next` for the kinds kept behind the iterator's lock. The lock is never held while Python
/// code runs (the kinds that call out release it first).
fn locked_next(cell: &ObjCell<IterKind>, vm: &mut Vm) -> PyResult<Option<Value>> {
    let mut st = cell.lock();
    match &mut *st {
        IterKind::Seq { .. }
        | IterKind::Range { .. }
        | IterKind::Reversed { .. }
        | IterKind::Enumerate { .. }
        | IterKind::Zip { .. }
        | IterKind::Map { .. }
        | IterKind::Filter { .. } => unreachable!("lock-free kinds (see `Repr`)"),
        IterKind::Dict {
            dict,
            pos,
            len,
            what,
        } => {
            let table = crate::dictops::dict_table(dict).lock();
            if table.len() != *len {
                *len = usize::MAX;
                drop(table);
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            match table.next_entry(*pos) {
                Some((i, e)) => {
                    *pos = i + 1;
                    Ok(Some(match what {
                        DictPart::Keys => e.key.clone(),
                        DictPart::Values => e.value.clone(),
                        DictPart::Items => Value::new_tuple(vec![e.key.clone(), e.value.clone()]),
                    }))
                }
                None => Ok(None),
            }
        }
        IterKind::Set { set, pos, len } => {
            let r = match &set.payload {
                Payload::Set(t) => {
                    let t = t.lock();
                    if t.len() != *len {
                        Err(())
                    } else {
                        Ok(t.next_entry(*pos).map(|(i, v)| (i, v.clone())))
                    }
                }
                Payload::FrozenSet(t) => Ok(t.next_entry(*pos).map(|(i, v)| (i, v.clone()))),
                _ => Ok(None),
            };
            match r {
                Err(()) => {
                    *len = usize::MAX;
                    Err(runtime_error("Set changed size during iteration"))
                }
                Ok(Some((i, v))) => {
                    *pos = i + 1;
                    Ok(Some(v))
                }
                Ok(None) => Ok(None),
            }
        }
        IterKind::GetItem { obj, index } => {
            let (obj, i) = (obj.clone(), *index);
            *index += 1;
            drop(st);
            getitem_or_exhaust(vm, cell, &obj, i)
        }
        IterKind::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = vm.call_positional(&func, &[])?;
            if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
                *cell.lock() = IterKind::Exhausted;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterKind::ReversedGetItem { obj, index } => {
            if *index < 0 {
                return Ok(None);
            }
            let (obj, i) = (obj.clone(), *index);
            *index -= 1;
            drop(st);
            getitem_or_exhaust(vm, cell, &obj, i)
        }
        IterKind::Exhausted => Ok(None),
    }
}

/// Item `i` of a builtin sequence, `None` past the end.
pub fn seq_item(seq: &ObjRef, i: usize) -> Option<Value> {
    match &seq.payload {
        Payload::List(l) => l.get(i),
        Payload::Tuple(t) => t.get(i).cloned(),
        Payload::Str(s) => s.char_at(i).map(super::str::char_value),
        Payload::Bytes(b) => b.get(i).map(|x| Value::Int(*x as i64)),
        Payload::ByteArray(b) => b.lock().get(i).map(|x| Value::Int(*x as i64)),
        _ => None,
    }
}

/// The old sequence protocol's step: `obj[i]`, where IndexError or StopIteration ends the
/// iteration (and marks the iterator exhausted).
fn getitem_or_exhaust(
    vm: &mut Vm,
    cell: &ObjCell<IterKind>,
    obj: &Value,
    i: i64,
) -> PyResult<Option<Value>> {
    match vm.getitem(obj, &Value::Int(i)) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&types().exc.index_error) || e.matches(&types().exc.stop_iteration) => {
            *cell.lock() = IterKind::Exhausted;
            Ok(None)
        }
        Err(e) => Err(e),
    }
}
