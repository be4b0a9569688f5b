//! `list`, plus helpers shared by sequence types (repetition, index ranges, sorting).

use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C};
use pyrite_object::list::ListCell;
use pyrite_object::payload::Payload;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, memory_error, type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{
    index_arg, is_slice, normalize_index, slice_indices_of, slice_positions,
};
use crate::Vm;

pub fn init() {
    let l = &types().list;
    add_staticmethod(l, "__new__", list_new);
    add_method(l, "__init__", list_init);
    add_method(l, "append", list_append);
    add_method(l, "extend", list_extend);
    add_method(l, "insert", list_insert);
    add_method(l, "remove", list_remove);
    add_method(l, "pop", list_pop);
    add_method(l, "clear", list_clear);
    add_method(l, "index", list_index);
    add_method(l, "count", list_count);
    add_method(l, "sort", list_sort);
    add_method(l, "reverse", list_reverse);
    add_method(l, "copy", list_copy);
    add_method(l, "__reversed__", list_reversed);
    add_method(l, "__setitem__", |vm, a| {
        let pos = a.exact("__setitem__", 3)?;
        setitem(
            vm,
            pos[0].as_obj().expect("list"),
            &pos[1],
            Some(pos[2].clone()),
        )?;
        Ok(Value::none())
    });
    add_method(l, "__delitem__", |vm, a| {
        let pos = a.exact("__delitem__", 2)?;
        setitem(vm, pos[0].as_obj().expect("list"), &pos[1], None)?;
        Ok(Value::none())
    });
    add_method(l, "__iadd__", |vm, a| {
        let pos = a.exact("__iadd__", 2)?;
        inplace(vm, pos[0].as_obj().expect("list"), &pos[1], B::Add)
            .map(|v| v.unwrap_or_else(Value::not_implemented))
    });
    add_sequence_dunders(l);
    crate::native::set_type_attr(l, "__hash__", Value::none());
}

/// `__len__`, `__getitem__`, `__contains__`, `__iter__`, `__add__`, `__mul__`, `__rmul__` and
/// comparisons for a builtin sequence type, delegating to the protocol fast paths (so user
/// subclasses can call `super().__getitem__(i)` etc.).
pub fn add_sequence_dunders(t: &ObjRef) {
    add_method(t, "__len__", |_, a| {
        Ok(Value::Int(payload_len(a.self_()) as i64))
    });
    add_method(t, "__getitem__", |vm, a| {
        let pos = a.exact("__getitem__", 2)?;
        let o = pos[0].as_obj().expect("object").clone();
        super::builtin_getitem(vm, &o, &pos[1])?.ok_or_else(|| type_error("not subscriptable"))
    });
    add_method(t, "__contains__", |vm, a| {
        let pos = a.exact("__contains__", 2)?;
        let o = pos[0].as_obj().expect("object").clone();
        Ok(Value::bool(
            super::builtin_contains(vm, &o, &pos[1])?.unwrap_or(false),
        ))
    });
    add_method(t, "__iter__", |vm, a| {
        let o = a.self_().as_obj().expect("object").clone();
        super::builtin_iter(vm, &o)?.ok_or_else(|| type_error("not iterable"))
    });
    add_method(t, "__add__", |vm, a| {
        let pos = a.exact("__add__", 2)?;
        Ok(super::builtin_binop(vm, &pos[0], &pos[1], B::Add)?
            .unwrap_or_else(Value::not_implemented))
    });
    add_method(t, "__mul__", |vm, a| {
        let pos = a.exact("__mul__", 2)?;
        Ok(super::builtin_binop(vm, &pos[0], &pos[1], B::Multiply)?
            .unwrap_or_else(Value::not_implemented))
    });
    add_method(t, "__rmul__", |vm, a| {
        let pos = a.exact("__rmul__", 2)?;
        Ok(super::builtin_binop(vm, &pos[0], &pos[1], B::Multiply)?
            .unwrap_or_else(Value::not_implemented))
    });
    add_comparison_dunders(t);
    add_method(t, "__repr__", |vm, a| {
        let o = a.self_().as_obj().expect("object").clone();
        Ok(Value::new_str(
            super::builtin_repr(vm, &o)?.unwrap_or_default(),
        ))
    });
}

/// `__eq__`, `__lt__`... delegating to `builtin_compare`.
pub fn add_comparison_dunders(t: &ObjRef) {
    fn cmp(vm: &mut Vm, a: Args, op: C) -> PyResult {
        let pos = a.exact(crate::ops::compare_dunder(op), 2)?;
        Ok(
            super::builtin_compare(vm, &pos[0], &pos[1], op)?
                .unwrap_or_else(Value::not_implemented),
        )
    }
    add_method(t, "__eq__", |vm, a| cmp(vm, a, C::Eq));
    add_method(t, "__ne__", |vm, a| cmp(vm, a, C::Ne));
    add_method(t, "__lt__", |vm, a| cmp(vm, a, C::Lt));
    add_method(t, "__le__", |vm, a| cmp(vm, a, C::Le));
    add_method(t, "__gt__", |vm, a| cmp(vm, a, C::Gt));
    add_method(t, "__ge__", |vm, a| cmp(vm, a, C::Ge));
}

fn payload_len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::List(l)) => l.len(),
        Some(Payload::Tuple(t)) => t.len(),
        Some(Payload::Str(s)) => s.char_len(),
        Some(Payload::Bytes(b)) => b.len(),
        Some(Payload::ByteArray(b)) => b.lock().len(),
        Some(Payload::Dict(d)) => d.lock().len(),
        Some(Payload::Set(s)) => s.lock().len(),
        Some(Payload::FrozenSet(s)) => s.len(),
        _ => 0,
    }
}

pub fn list_cell(v: &Value) -> PyResult<&ListCell> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            v.type_name()
        ))),
    }
}

/// A snapshot of a list's items.
pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::List(l)) => l.to_vec(),
        _ => Vec::new(),
    }
}

fn list_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("list.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::List {
        return Err(type_error(format!(
            "list.__new__({}): {} is not a subtype of list",
            cls.type_name(),
            cls.type_name()
        )));
    }
    let payload = Payload::List(ListCell::default());
    if cls.is(&types().list) {
        return Ok(Value::Obj(ObjRef::new(cls, None, payload)));
    }
    Ok(Value::Obj(super::object::new_instance_object(
        &cls, payload,
    )))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let new_items = if pos.len() == 2 {
        vm.collect(&pos[1])?
    } else {
        Vec::new()
    };
    let old = list_cell(&pos[0])?.lock().replace(new_items);
    drop(old);
    Ok(Value::none())
}

fn list_append(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.append", 2)?;
    list_cell(&pos[0])?.lock().push(pos[1].clone());
    Ok(Value::none())
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.extend", 2)?;
    let new_items = vm.collect(&pos[1])?;
    list_cell(&pos[0])?.lock().extend(new_items);
    Ok(Value::none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("insert", 3)?;
    let i = vm.to_i64(&pos[1])?;
    let mut l = list_cell(&pos[0])?.lock();
    let len = l.len() as i64;
    let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(at as usize, pos[2].clone());
    Ok(Value::none())
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.remove", 2)?;
    let snapshot = items(&pos[0]);
    for (i, it) in snapshot.iter().enumerate() {
        if it.is(&pos[1]) || vm.eq(it, &pos[1])? {
            let mut l = list_cell(&pos[0])?.lock();
            if i < l.len() && l[i].is(it) {
                l.remove(i);
            }
            return Ok(Value::none());
        }
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("pop", 1, 2)?;
    let i = if pos.len() == 2 {
        Some(vm.to_i64(&pos[1])?)
    } else {
        None
    };
    let mut l = list_cell(&pos[0])?.lock();
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match i {
        None => Ok(l.pop().expect("non-empty")),
        Some(i) => match normalize_index(i, l.len()) {
            Some(j) => Ok(l.remove(j)),
            None => Err(index_error("pop index out of range")),
        },
    }
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.clear", 1)?;
    let old = list_cell(&pos[0])?.lock().take();
    drop(old);
    Ok(Value::none())
}

/// (start, stop) for `index(x, start, stop)` style arguments at positions 2 and 3.
pub fn index_range(vm: &mut Vm, pos: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match pos.get(2) {
        Some(v) => norm(vm.to_i64(v)?),
        None => 0,
    };
    let stop = match pos.get(3) {
        Some(v) => norm(vm.to_i64(v)?),
        None => len,
    };
    Ok((start, stop))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("index", 2, 4)?;
    let v = items(&pos[0]);
    let (start, stop) = index_range(vm, pos, v.len())?;
    for (i, it) in v.iter().enumerate().take(stop).skip(start) {
        if it.is(&pos[1]) || vm.eq(it, &pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr_string(&pos[1])?;
    Err(value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("count", 2)?;
    let mut n = 0;
    for it in items(&pos[0]) {
        if it.is(&pos[1]) || vm.eq(&it, &pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let list = args.self_().clone();
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = if v.is_none() { None } else { Some(v.clone()) },
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "sort() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let cell = list_cell(&list)?;
    // Like CPython, the list appears empty while it is being sorted.
    let mut v = cell.lock().take();
    let r = sort_values(vm, &mut v, key.as_ref(), reverse);
    let mut l = cell.lock();
    let modified = !l.is_empty();
    let during = l.replace(v);
    drop(l);
    drop(during);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(Value::none())
}

/// Stable sort with a Python key function and `<` comparisons (errors propagate).
pub fn sort_values(
    vm: &mut Vm,
    v: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut out = Vec::with_capacity(v.len());
            for it in v.iter() {
                out.push(vm.call_positional(k, std::slice::from_ref(it))?);
            }
            out
        }
        None => v.clone(),
    };
    let mut idx: Vec<usize> = (0..v.len()).collect();
    if reverse {
        // Stability for reverse=True: reverse, sort stably, reverse (as CPython does).
        idx.reverse();
    }
    if !sort_uniform(&mut idx, &keys) {
        merge_sort(vm, &mut idx, &keys)?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(v);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *v = idx
        .into_iter()
        .map(|i| slots[i].take().expect("each index once"))
        .collect();
    Ok(())
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x.get() < y.get()),
        _ => {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                if a.class().is(&types().str) && b.class().is(&types().str) {
                    return Ok(x < y);
                }
            }
            vm.compare_bool(a, b, C::Lt)
        }
    }
}

/// Sort indices by keys that are all of one kind with a total order (ints, floats that are
/// not NaN, exact strs) with the standard library's stable sort: the order comparing them
/// with `<` one by one gives, without a dispatch per comparison. False (nothing done) for
/// any other keys.
fn sort_uniform(idx: &mut [usize], keys: &[Value]) -> bool {
    let str_type = &types().str;
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => unreachable!("all ints"),
        });
    } else if keys
        .iter()
        .all(|k| matches!(k, Value::Float(f) if !f.get().is_nan()))
    {
        let f = |i: usize| match keys[i] {
            Value::Float(x) => x.get(),
            _ => unreachable!("all floats"),
        };
        // Not `total_cmp`: -0.0 and 0.0 are equal keys (their order is kept).
        idx.sort_by(|&a, &b| f(a).partial_cmp(&f(b)).expect("no NaN"));
    } else if keys
        .iter()
        .all(|k| k.as_str().is_some() && k.class().is(str_type))
    {
        let s = |i: usize| keys[i].as_str().expect("all strs");
        idx.sort_by(|&a, &b| s(a).cmp(s(b)));
    } else {
        return false;
    }
    true
}

/// Stable merge sort of indices by `keys` (never panics on inconsistent comparisons).
fn merge_sort(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    // Insertion sort small runs, then merge.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(vm, &keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf = vec![0usize; n];
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                if less(vm, &keys[idx[j]], &keys[idx[i]])? {
                    buf[k] = idx[j];
                    j += 1;
                } else {
                    buf[k] = idx[i];
                    i += 1;
                }
                k += 1;
            }
            buf[k..k + (mid - i)].copy_from_slice(&idx[i..mid]);
            k += mid - i;
            buf[k..k + (end - j)].copy_from_slice(&idx[j..end]);
            start = end;
        }
        std::mem::swap(idx, &mut buf);
        width *= 2;
    }
    Ok(())
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.reverse", 1)?;
    list_cell(&pos[0])?.lock().reverse();
    Ok(Value::none())
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("list.copy", 1)?;
    Ok(Value::new_list(items(&pos[0])))
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let o = args.self_().as_obj().expect("list").clone();
    let n = items(args.self_()).len() as isize;
    Ok(super::iter::new_native_iter_of(
        &crate::vm::vm_types().list_reverseiterator,
        super::iter::IterKind::Reversed {
            seq: o,
            index: n - 1,
        },
    ))
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let Payload::List(l) = &o.payload else {
        unreachable!()
    };
    if is_slice(key) {
        let len = l.lock().len() as i64;
        let (s, e, st) = slice_indices_of(vm, key, len)?;
        let l = l.lock();
        let picked = slice_positions(s, e, st)
            .filter_map(|i| l.get(i).cloned())
            .collect();
        return Ok(Value::new_list(picked));
    }
    let i = index_arg(vm, key, "list")?;
    // Without the lock (`ListCell::get`); a concurrent change of length makes the index
    // checks fail the way some order of the two operations would.
    match normalize_index(i, l.len()).and_then(|j| l.get(j)) {
        Some(v) => Ok(v),
        None => Err(index_error("list index out of range")),
    }
}

/// `l[key] = value` / `del l[key]` (value None).
pub fn setitem(vm: &mut Vm, o: &ObjRef, key: &Value, value: Option<Value>) -> PyResult<()> {
    let Payload::List(l) = &o.payload else {
        unreachable!()
    };
    if is_slice(key) {
        let len = l.lock().len() as i64;
        let (s, e, st) = slice_indices_of(vm, key, len)?;
        let positions: Vec<usize> = slice_positions(s, e, st).collect();
        match value {
            None => {
                let mut g = l.lock();
                if st == 1 {
                    let (s, e) = (s as usize, (e.max(s) as usize).min(g.len()));
                    let removed = g.drain(s.min(e)..e);
                    drop(g);
                    drop(removed);
                } else {
                    let mut sorted = positions;
                    sorted.sort_unstable();
                    let mut keep = sorted.into_iter().peekable();
                    let removed = g.retain_positions(|i| {
                        let drop_it = keep.peek() == Some(&i);
                        if drop_it {
                            keep.next();
                        }
                        !drop_it
                    });
                    drop(g);
                    drop(removed);
                }
            }
            Some(v) => {
                let new_items = if v.is(&Value::Obj(o.clone())) {
                    items(&v)
                } else {
                    match vm.collect(&v) {
                        Ok(items) => items,
                        Err(e) if e.matches(&types().exc.type_error) => {
                            return Err(type_error("can only assign an iterable"))
                        }
                        Err(e) => return Err(e),
                    }
                };
                if st == 1 {
                    let (s, e) = (s as usize, (e.max(s)) as usize);
                    let mut g = l.lock();
                    let e = e.min(g.len());
                    let s = s.min(e);
                    let old = g.splice(s..e, new_items);
                    drop(g);
                    drop(old);
                } else {
                    if new_items.len() != positions.len() {
                        return Err(value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            positions.len()
                        )));
                    }
                    let mut g = l.lock();
                    let old: Vec<Value> = positions
                        .into_iter()
                        .zip(new_items)
                        .map(|(p, v)| g.set(p, v))
                        .collect();
                    drop(g);
                    drop(old);
                }
            }
        }
        return Ok(());
    }
    let i = index_arg(vm, key, "list")?;
    let mut g = l.lock();
    match normalize_index(i, g.len()) {
        Some(j) => {
            match value {
                Some(v) => {
                    let old = g.set(j, v);
                    drop(g);
                    drop(old);
                }
                None => {
                    let old = g.remove(j);
                    drop(g);
                    drop(old);
                }
            }
            Ok(())
        }
        None => Err(index_error("list assignment index out of range")),
    }
}

pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    match op {
        B::Add => match b.payload() {
            Some(Payload::List(y)) => {
                let mut v = items(a);
                v.extend(y.lock().iter().cloned());
                Ok(Some(Value::new_list(v)))
            }
            _ => Ok(None),
        },
        B::Multiply => match crate::ops::as_int(b) {
            Some(_) => {
                let n = repeat_count(vm, b)?;
                Ok(Some(Value::new_list(repeat(&items(a), n)?)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

pub fn inplace(vm: &mut Vm, a: &ObjRef, b: &Value, op: B) -> PyResult<Option<Value>> {
    let Payload::List(l) = &a.payload else {
        return Ok(None);
    };
    match op {
        B::Add => {
            let new_items = if b.is(&Value::Obj(a.clone())) {
                l.to_vec()
            } else {
                vm.collect(b)?
            };
            l.lock().extend(new_items);
            Ok(Some(Value::Obj(a.clone())))
        }
        B::Multiply => {
            if crate::ops::as_int(b).is_none() {
                return Ok(None);
            }
            let n = repeat_count(vm, b)?;
            let cur = l.to_vec();
            let rep = repeat(&cur, n)?;
            let old = l.lock().replace(rep);
            drop(old);
            Ok(Some(Value::Obj(a.clone())))
        }
        _ => Ok(None),
    }
}

/// A repetition count (negative counts as zero).
pub fn repeat_count(_vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match crate::ops::as_int(n) {
        Some(crate::ops::IntRef::Small(i)) => Ok(i.max(0) as usize),
        Some(crate::ops::IntRef::Big(b)) => {
            if num_traits::Signed::is_negative(b) {
                Ok(0)
            } else {
                Err(crate::error::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        }
        None => Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm_type_name(n)
        ))),
    }
}

fn vm_type_name(v: &Value) -> String {
    v.type_name()
}

pub fn repeat(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = items.len().checked_mul(n).ok_or_else(memory_error)?;
    if total > (1 << 31) {
        return Err(memory_error());
    }
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

pub fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let v = items(&Value::Obj(o.clone()));
    if v.is_empty() {
        return Ok("[]".into());
    }
    let Some(parts) = vm.repr_items(o, &v)? else {
        return Ok("[...]".into());
    };
    Ok(format!("[{}]", parts.join(", ")))
}
