//! `set` and `frozenset`.

use pyrite_object::bytecode::{BinaryOperator as B, ComparisonOperator as C};
use pyrite_object::payload::Payload;
use pyrite_object::set::SetTable;
use pyrite_object::sync::ObjCell;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{key_error, type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::Vm;

pub fn init() {
    for t in [&types().set, &types().frozenset] {
        add_method(t, "copy", |vm, a| {
            let items = elements(a.self_());
            new_like(vm, a.self_(), items)
        });
        add_method(t, "union", |vm, a| multi(vm, a, B::Or));
        add_method(t, "intersection", |vm, a| multi(vm, a, B::And));
        add_method(t, "difference", |vm, a| multi(vm, a, B::Subtract));
        add_method(t, "symmetric_difference", |vm, a| multi(vm, a, B::Xor));
        add_method(t, "issubset", |vm, a| {
            let pos = a.exact("issubset", 2)?;
            let other = to_set(vm, &pos[1])?;
            compare(vm, &pos[0], &other, C::Le).map(|v| v.unwrap_or_else(|| Value::bool(false)))
        });
        add_method(t, "issuperset", |vm, a| {
            let pos = a.exact("issuperset", 2)?;
            let other = to_set(vm, &pos[1])?;
            compare(vm, &pos[0], &other, C::Ge).map(|v| v.unwrap_or_else(|| Value::bool(false)))
        });
        add_method(t, "isdisjoint", |vm, a| {
            let pos = a.exact("isdisjoint", 2)?;
            for x in vm.collect(&pos[1])? {
                if contains(vm, &pos[0], &x)? {
                    return Ok(Value::bool(false));
                }
            }
            Ok(Value::bool(true))
        });
        add_method(t, "__reduce__", |_, _| Err(type_error("pickling is not supported")));
        for (n, op) in [("__or__", B::Or), ("__and__", B::And), ("__sub__", B::Subtract), ("__xor__", B::Xor)] {
            let _ = (n, op);
        }
        add_method(t, "__or__", |vm, a| dunder(vm, a, B::Or));
        add_method(t, "__and__", |vm, a| dunder(vm, a, B::And));
        add_method(t, "__sub__", |vm, a| dunder(vm, a, B::Subtract));
        add_method(t, "__xor__", |vm, a| dunder(vm, a, B::Xor));
        add_method(t, "__ror__", |vm, a| dunder(vm, a, B::Or));
        add_method(t, "__rand__", |vm, a| dunder(vm, a, B::And));
        add_method(t, "__rxor__", |vm, a| dunder(vm, a, B::Xor));
        super::list::add_comparison_dunders(t);
        add_method(t, "__len__", |_, a| Ok(Value::Int(elements(a.self_()).len() as i64)));
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
    add_method(s, "add", |vm, a| {
        let pos = a.exact("set.add", 2)?;
        vm.set_add(cell(&pos[0])?, pos[1].clone())?;
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
        cell(&pos[0])?.lock().pop().ok_or_else(|| key_error(Value::new_str("pop from an empty set")))
    });
    add_method(s, "clear", |_, a| {
        let old = std::mem::take(&mut *cell(a.self_())?.lock());
        drop(old);
        Ok(Value::none())
    });
    add_method(s, "update", |vm, a| multi_update(vm, a, B::Or));
    add_method(s, "intersection_update", |vm, a| multi_update(vm, a, B::And));
    add_method(s, "difference_update", |vm, a| multi_update(vm, a, B::Subtract));
    add_method(s, "symmetric_difference_update", |vm, a| multi_update(vm, a, B::Xor));
    add_method(s, "__ior__", |vm, a| dunder_inplace(vm, a, B::Or));
    add_method(s, "__iand__", |vm, a| dunder_inplace(vm, a, B::And));
    add_method(s, "__isub__", |vm, a| dunder_inplace(vm, a, B::Subtract));
    add_method(s, "__ixor__", |vm, a| dunder_inplace(vm, a, B::Xor));
    crate::native::set_type_attr(s, "__hash__", Value::none());
    let f = &types().frozenset;
    add_staticmethod(f, "__new__", frozenset_new);
    add_method(f, "__hash__", |vm, a| Ok(Value::Int(vm.hash(a.self_())?)));
}

fn cell(v: &Value) -> PyResult<&ObjCell<SetTable>> {
    match v.payload() {
        Some(Payload::Set(t)) => Ok(t),
        _ => Err(type_error(format!("descriptor requires a 'set' object but received a '{}'", v.type_name()))),
    }
}

/// A snapshot of the elements in table order.
pub fn elements(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Set(t)) => t.lock().iter().map(|(_, k)| k.clone()).collect(),
        Some(Payload::FrozenSet(t)) => t.iter().map(|(_, k)| k.clone()).collect(),
        _ => Vec::new(),
    }
}

fn is_setlike(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)))
}

pub fn contains(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    match s.payload() {
        Some(Payload::Set(t)) => vm.set_contains(t, x),
        Some(Payload::FrozenSet(t)) => vm.frozen_contains(t, x),
        _ => Ok(false),
    }
}

fn discard(vm: &mut Vm, s: &Value, x: &Value) -> PyResult<bool> {
    let t = cell(s)?;
    match vm.set_discard(t, x) {
        Err(e) if e.matches(&types().exc.type_error) && matches!(x.payload(), Some(Payload::Set(_))) => {
            let fs = frozen_copy(vm, x)?;
            vm.set_discard(t, &fs)
        }
        r => r,
    }
}

/// A frozenset with the same elements (for `set in set_of_frozensets`).
pub fn frozen_copy(vm: &mut Vm, v: &Value) -> PyResult {
    let items = elements(v);
    new_frozenset(vm, items)
}

pub fn new_frozenset(vm: &mut Vm, items: Vec<Value>) -> PyResult {
    let mut t = SetTable::new();
    for it in items {
        vm.frozen_add(&mut t, it)?;
    }
    Ok(Value::Obj(ObjRef::new(types().frozenset.clone(), None, Payload::FrozenSet(t))))
}

/// A new set or frozenset of the same exact kind as `like` (subclasses give the base type).
fn new_like(vm: &mut Vm, like: &Value, items: Vec<Value>) -> PyResult {
    match like.payload() {
        Some(Payload::FrozenSet(_)) => new_frozenset(vm, items),
        _ => vm.new_set(items),
    }
}

fn to_set(vm: &mut Vm, v: &Value) -> PyResult {
    if is_setlike(v) {
        return Ok(v.clone());
    }
    let items = vm.collect(v)?;
    vm.new_set(items)
}

/// `a op b` for sets (result kind follows the left operand).
pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    if !is_setlike(b) {
        return Ok(None);
    }
    let left = elements(a);
    let out: Vec<Value> = match op {
        B::Or => {
            let mut v = left;
            v.extend(elements(b));
            v
        }
        B::And => {
            // CPython iterates the smaller set.
            let (small, big) = if elements(b).len() < left.len() { (elements(b), a.clone()) } else { (left, b.clone()) };
            let mut v = Vec::new();
            for x in small {
                if contains(vm, &big, &x)? {
                    v.push(x);
                }
            }
            v
        }
        B::Subtract => {
            let mut v = Vec::new();
            for x in left {
                if !contains(vm, b, &x)? {
                    v.push(x);
                }
            }
            v
        }
        B::Xor => {
            let mut v = Vec::new();
            for x in left.iter() {
                if !contains(vm, b, x)? {
                    v.push(x.clone());
                }
            }
            for x in elements(b) {
                if !contains(vm, a, &x)? {
                    v.push(x);
                }
            }
            v
        }
        _ => return Ok(None),
    };
    new_like(vm, a, out).map(Some)
}

pub fn inplace(vm: &mut Vm, a: &ObjRef, b: &Value, op: B) -> PyResult<Option<Value>> {
    if !is_setlike(b) {
        return Ok(None);
    }
    let av = Value::Obj(a.clone());
    update(vm, &av, b, op)?;
    Ok(Some(av))
}

/// In-place update of a set with one other iterable.
fn update(vm: &mut Vm, s: &Value, other: &Value, op: B) -> PyResult<()> {
    let t = cell(s)?;
    match op {
        B::Or => {
            for x in vm.collect(other)? {
                vm.set_add(t, x)?;
            }
        }
        B::And => {
            let other = to_set(vm, other)?;
            let mut keep = Vec::new();
            for x in elements(s) {
                if contains(vm, &other, &x)? {
                    keep.push(x);
                }
            }
            let old = std::mem::take(&mut *t.lock());
            drop(old);
            for x in keep {
                vm.set_add(t, x)?;
            }
        }
        B::Subtract => {
            for x in vm.collect(other)? {
                vm.set_discard(t, &x)?;
            }
        }
        B::Xor => {
            let other = to_set(vm, other)?;
            for x in elements(&other) {
                if !vm.set_discard(t, &x)? {
                    vm.set_add(t, x)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn multi(vm: &mut Vm, a: Args, op: B) -> PyResult {
    a.no_kwargs("set operation")?;
    let pos = a.pos();
    let mut acc = new_like(vm, &pos[0], elements(&pos[0]))?;
    if pos.len() == 1 {
        return Ok(acc);
    }
    for other in &pos[1..] {
        let o = to_set(vm, other)?;
        acc = binop(vm, &acc, &o, op)?.expect("both sets");
    }
    Ok(acc)
}

fn multi_update(vm: &mut Vm, a: Args, op: B) -> PyResult {
    let pos = a.pos();
    for other in &pos[1..] {
        update(vm, &pos[0], other, op)?;
    }
    Ok(Value::none())
}

fn dunder(vm: &mut Vm, a: Args, op: B) -> PyResult {
    let pos = a.exact("set operator", 2)?;
    Ok(binop(vm, &pos[0], &pos[1], op)?.unwrap_or_else(Value::not_implemented))
}

fn dunder_inplace(vm: &mut Vm, a: Args, op: B) -> PyResult {
    let pos = a.exact("set operator", 2)?;
    if !is_setlike(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    update(vm, &pos[0], &pos[1], op)?;
    Ok(pos[0].clone())
}

pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: C) -> PyResult<Option<Value>> {
    if !is_setlike(b) {
        return Ok(None);
    }
    let (ea, eb) = (elements(a), elements(b));
    let subset = |vm: &mut Vm, xs: &[Value], ys: &Value| -> PyResult<bool> {
        for x in xs {
            if !contains(vm, ys, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let r = match op {
        C::Eq => ea.len() == eb.len() && subset(vm, &ea, b)?,
        C::Ne => !(ea.len() == eb.len() && subset(vm, &ea, b)?),
        C::Le => ea.len() <= eb.len() && subset(vm, &ea, b)?,
        C::Lt => ea.len() < eb.len() && subset(vm, &ea, b)?,
        C::Ge => eb.len() <= ea.len() && subset(vm, &eb, a)?,
        C::Gt => eb.len() < ea.len() && subset(vm, &eb, a)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::bool(r)))
}

pub fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let v = Value::Obj(o.clone());
    let items = elements(&v);
    let frozen = matches!(o.payload, Payload::FrozenSet(_));
    let name = o.class().type_name();
    if items.is_empty() {
        return Ok(format!("{name}()"));
    }
    if !vm.enter_repr(o) {
        return Ok(format!("{name}(...)"));
    }
    let mut parts = Vec::new();
    for it in &items {
        match vm.repr_string(it) {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.leave_repr(o);
                return Err(e);
            }
        }
    }
    vm.leave_repr(o);
    let inner = format!("{{{}}}", parts.join(", "));
    Ok(if frozen || !o.class().is(&types().set) { format!("{name}({inner})") } else { inner })
}

fn set_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0].as_obj().cloned().ok_or_else(|| type_error("set.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Set {
        return Err(type_error(format!("set.__new__({}): {} is not a subtype of set", cls.type_name(), cls.type_name())));
    }
    let payload = Payload::Set(ObjCell::new(SetTable::new()));
    if cls.is(&types().set) {
        return Ok(Value::Obj(ObjRef::new(cls, None, payload)));
    }
    Ok(Value::Obj(super::object::new_instance_object(&cls, payload)))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("set expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let t = cell(&pos[0])?;
    let old = std::mem::take(&mut *t.lock());
    drop(old);
    if pos.len() == 2 {
        for x in vm.collect(&pos[1])? {
            vm.set_add(t, x)?;
        }
    }
    Ok(Value::none())
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos[0].as_obj().cloned().ok_or_else(|| type_error("frozenset.__new__(X): X is not a type"))?;
    if pos.len() > 2 {
        return Err(type_error(format!("frozenset expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let items = if pos.len() == 2 { vm.collect(&pos[1])? } else { Vec::new() };
    let mut t = SetTable::new();
    for it in items {
        vm.frozen_add(&mut t, it)?;
    }
    if cls.is(&types().frozenset) {
        return Ok(Value::Obj(ObjRef::new(cls, None, Payload::FrozenSet(t))));
    }
    Ok(Value::Obj(super::object::new_instance_object(&cls, Payload::FrozenSet(t))))
}
