//! `dict` and its views.

use pyrite_object::bytecode::ComparisonOperator as C;
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::dictops::dict_table;
use crate::error::{key_error, type_error, value_error, PyResult};
use crate::native::{add_classmethod, add_method, add_staticmethod, Args};
use crate::types::iter::DictPart;
use crate::vm::{name, vm_types};
use crate::Vm;

pub fn init() {
    let d = &types().dict;
    add_staticmethod(d, "__new__", dict_new);
    add_method(d, "__init__", dict_init);
    add_method(d, "get", dict_get);
    add_method(d, "setdefault", dict_setdefault);
    add_method(d, "pop", dict_pop);
    add_method(d, "popitem", dict_popitem);
    add_method(d, "keys", |_, a| view(a.self_(), DictPart::Keys));
    add_method(d, "values", |_, a| view(a.self_(), DictPart::Values));
    add_method(d, "items", |_, a| view(a.self_(), DictPart::Items));
    add_method(d, "update", dict_update);
    add_method(d, "copy", dict_copy);
    add_method(d, "clear", |_, a| {
        let old = std::mem::take(&mut *dict_table(obj(a.self_())?).lock());
        drop(old);
        Ok(Value::none())
    });
    add_classmethod(d, "fromkeys", dict_fromkeys);
    add_method(d, "__getitem__", |vm, a| {
        let pos = a.exact("__getitem__", 2)?;
        getitem(vm, obj(&pos[0])?, &pos[1])
    });
    add_method(d, "__setitem__", |vm, a| {
        let pos = a.exact("__setitem__", 3)?;
        vm.dict_set(obj(&pos[0])?, pos[1].clone(), pos[2].clone())?;
        Ok(Value::none())
    });
    add_method(d, "__delitem__", |vm, a| {
        let pos = a.exact("__delitem__", 2)?;
        vm.dict_del(obj(&pos[0])?, &pos[1])?;
        Ok(Value::none())
    });
    add_method(d, "__contains__", |vm, a| {
        let pos = a.exact("__contains__", 2)?;
        Ok(Value::bool(vm.dict_get(obj(&pos[0])?, &pos[1])?.is_some()))
    });
    add_method(d, "__len__", |_, a| {
        Ok(Value::Int(dict_len(obj(a.self_())?) as i64))
    });
    add_method(d, "__iter__", |vm, a| {
        let o = obj(a.self_())?.clone();
        super::iter::builtin_iter(vm, &o).map(|v| v.expect("dicts are iterable"))
    });
    add_method(d, "__reversed__", |_, a| {
        let keys = dict_table(obj(a.self_())?).lock().keys();
        let n = keys.len() as isize;
        let l = Value::new_list(keys);
        Ok(super::iter::new_native_iter_of(
            &vm_types().dict_reversekeyiterator,
            super::iter::IterKind::Reversed {
                seq: l.as_obj().expect("list").clone(),
                index: n - 1,
            },
        ))
    });
    add_method(d, "__or__", |vm, a| {
        let pos = a.exact("__or__", 2)?;
        Ok(binop_or(vm, &pos[0], &pos[1])?.unwrap_or_else(Value::not_implemented))
    });
    add_method(d, "__ior__", |vm, a| {
        let pos = a.exact("__ior__", 2)?;
        update_from_arg(vm, obj(&pos[0])?, &pos[1])?;
        Ok(pos[0].clone())
    });
    add_method(d, "__repr__", |vm, a| {
        Ok(Value::new_str(repr(vm, obj(a.self_())?)?))
    });
    super::list::add_comparison_dunders(d);
    crate::native::set_type_attr(d, "__hash__", Value::none());

    for t in [
        &vm_types().dict_keys,
        &vm_types().dict_values,
        &vm_types().dict_items,
    ] {
        add_method(t, "__len__", |_, a| {
            Ok(Value::Int(dict_len(&view_of(a.self_())?.dict) as i64))
        });
        add_method(t, "__iter__", |vm, a| {
            let v = view_of(a.self_())?;
            let (d, p) = (v.dict.clone(), v.part);
            vm.iter_dict_part(&d, p)
        });
        add_method(t, "__repr__", view_repr);
        add_method(t, "__contains__", view_contains);
        add_method(t, "__reversed__", |vm, a| {
            let v = view_of(a.self_())?;
            let (d, p) = (v.dict.clone(), v.part);
            let it = vm.iter_dict_part(&d, p)?;
            let mut items = vm.collect(&it)?;
            items.reverse();
            vm.iter(&Value::new_list(items))
        });
        for (n, f) in [
            ("__and__", set_op_and as crate::native::NativeFn),
            ("__or__", set_op_or),
            ("__sub__", set_op_sub),
            ("__xor__", set_op_xor),
            ("__rand__", set_op_and),
            ("__ror__", set_op_or),
            ("__rxor__", set_op_xor),
            ("__eq__", view_eq),
            ("__ne__", |vm, a| view_cmp(vm, a, C::Ne)),
            ("__lt__", |vm, a| view_cmp(vm, a, C::Lt)),
            ("__le__", |vm, a| view_cmp(vm, a, C::Le)),
            ("__gt__", |vm, a| view_cmp(vm, a, C::Gt)),
            ("__ge__", |vm, a| view_cmp(vm, a, C::Ge)),
        ] {
            add_method(t, n, f);
        }
        add_method(t, "isdisjoint", |vm, a| {
            let pos = a.exact("isdisjoint", 2)?;
            let mine = vm.collect(&pos[0])?;
            for x in mine {
                if vm.contains(&pos[1], &x)? {
                    return Ok(Value::bool(false));
                }
            }
            Ok(Value::bool(true))
        });
    }
}

/// The view data: which dict, which part.
pub struct DictView {
    pub dict: ObjRef,
    pub part: DictPart,
}

fn obj(v: &Value) -> PyResult<&ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
        _ => Err(type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            v.type_name()
        ))),
    }
}

pub fn dict_len(d: &ObjRef) -> usize {
    dict_table(d).lock().len()
}

fn view(d: &Value, part: DictPart) -> PyResult {
    let d = obj(d)?.clone();
    let cls = match part {
        DictPart::Keys => vm_types().dict_keys.clone(),
        DictPart::Values => vm_types().dict_values.clone(),
        DictPart::Items => vm_types().dict_items.clone(),
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        None,
        Payload::Native(NativeBox::new(DictView { dict: d, part })),
    )))
}

fn view_of(v: &Value) -> PyResult<&DictView> {
    v.payload()
        .and_then(|p| p.native::<DictView>())
        .ok_or_else(|| type_error("expected a dict view"))
}

impl Vm {
    pub fn iter_dict_part(&mut self, d: &ObjRef, part: DictPart) -> PyResult {
        let len = dict_len(d);
        let t = vm_types();
        let cls = match part {
            DictPart::Keys => &t.dict_keyiterator,
            DictPart::Values => &t.dict_valueiterator,
            DictPart::Items => &t.dict_itemiterator,
        };
        Ok(super::iter::new_native_iter_of(
            cls,
            super::iter::IterKind::Dict {
                dict: d.clone(),
                pos: 0,
                len,
                what: part,
            },
        ))
    }
}

fn view_repr(vm: &mut Vm, a: Args) -> PyResult {
    let v = view_of(a.self_())?;
    let (d, p) = (v.dict.clone(), v.part);
    let it = vm.iter_dict_part(&d, p)?;
    let items = vm.collect(&it)?;
    let name = a.self_().type_name();
    let inner = super::list::repr(vm, Value::new_list(items).as_obj().expect("list"))?;
    Ok(Value::new_str(format!("{name}({inner})")))
}

fn view_contains(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("__contains__", 2)?;
    let v = view_of(&pos[0])?;
    let (d, p) = (v.dict.clone(), v.part);
    Ok(Value::bool(match p {
        DictPart::Keys => vm.dict_get(&d, &pos[1])?.is_some(),
        DictPart::Items => match pos[1].payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => match vm.dict_get(&d, &t[0])? {
                Some(val) => val.is(&t[1]) || vm.eq(&val, &t[1])?,
                None => false,
            },
            _ => false,
        },
        DictPart::Values => {
            let vals = dict_table(&d).lock().values();
            let mut found = false;
            for x in vals {
                if x.is(&pos[1]) || vm.eq(&x, &pos[1])? {
                    found = true;
                    break;
                }
            }
            found
        }
    }))
}

/// Set operations on views produce sets.
fn view_set(vm: &mut Vm, v: &Value) -> PyResult {
    let items = vm.collect(v)?;
    vm.new_set(items)
}

fn view_binop(vm: &mut Vm, a: Args, op: pyrite_object::bytecode::BinaryOperator) -> PyResult {
    let pos = a.exact("view operation", 2)?;
    let left = view_set(vm, &pos[0])?;
    let right = view_set(vm, &pos[1])?;
    vm.binary_op(&left, &right, op)
}

fn set_op_and(vm: &mut Vm, a: Args) -> PyResult {
    view_binop(vm, a, pyrite_object::bytecode::BinaryOperator::And)
}
fn set_op_or(vm: &mut Vm, a: Args) -> PyResult {
    view_binop(vm, a, pyrite_object::bytecode::BinaryOperator::Or)
}
fn set_op_sub(vm: &mut Vm, a: Args) -> PyResult {
    view_binop(vm, a, pyrite_object::bytecode::BinaryOperator::Subtract)
}
fn set_op_xor(vm: &mut Vm, a: Args) -> PyResult {
    view_binop(vm, a, pyrite_object::bytecode::BinaryOperator::Xor)
}
fn view_eq(vm: &mut Vm, a: Args) -> PyResult {
    let pos = a.exact("__eq__", 2)?;
    if view_of(&pos[0])?.part == DictPart::Values {
        return Ok(Value::bool(pos[0].is(&pos[1])));
    }
    let left = view_set(vm, &pos[0])?;
    let right = match pos[1].payload() {
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => pos[1].clone(),
        Some(Payload::Native(n)) if n.is::<DictView>() => view_set(vm, &pos[1])?,
        _ => return Ok(Value::not_implemented()),
    };
    vm.rich_compare(&left, &right, C::Eq)
}

/// Set-like comparisons of key/item views.
fn view_cmp(vm: &mut Vm, a: Args, op: C) -> PyResult {
    let pos = a.exact("view comparison", 2)?;
    if view_of(&pos[0])?.part == DictPart::Values {
        return Ok(Value::not_implemented());
    }
    let left = view_set(vm, &pos[0])?;
    let right = match pos[1].payload() {
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => pos[1].clone(),
        Some(Payload::Native(n)) if n.is::<DictView>() => view_set(vm, &pos[1])?,
        _ => return Ok(Value::not_implemented()),
    };
    vm.rich_compare(&left, &right, op)
}

/// A dict (or dict subclass instance) of class `cls`.
fn new_dict_of(cls: &ObjRef) -> Value {
    let payload = Payload::Dict(pyrite_object::dict_object::DictObject::new(
        Default::default(),
    ));
    if cls.is(&types().dict) {
        return Value::Obj(ObjRef::new(cls.clone(), None, payload));
    }
    Value::Obj(super::object::new_instance_object(cls, payload))
}

fn dict_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("dict.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Dict {
        return Err(type_error(format!(
            "dict.__new__({}): {} is not a subtype of dict",
            cls.type_name(),
            cls.type_name()
        )));
    }
    Ok(new_dict_of(&cls))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let d = obj(&pos[0])?.clone();
    if pos.len() == 2 {
        update_from_arg(vm, &d, &pos[1])?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&d, Value::new_str(k), v.clone())?;
    }
    Ok(Value::none())
}

/// `d.update(arg)`: a mapping (has `keys`) or an iterable of pairs.
pub fn update_from_arg(vm: &mut Vm, d: &ObjRef, arg: &Value) -> PyResult<()> {
    if matches!(arg.payload(), Some(Payload::Dict(_)))
        || vm.get_attr_opt(arg, &name("keys"))?.is_some()
    {
        return vm.dict_update_from(d, arg);
    }
    let it = vm
        .iter(arg)
        .map_err(|_| type_error(format!("'{}' object is not iterable", arg.type_name())))?;
    let mut i = 0;
    while let Some(pair) = vm.next(&it)? {
        let kv = match vm.collect(&pair) {
            Ok(kv) => kv,
            Err(_) => {
                return Err(type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if kv.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        let (k, v) = (kv.next().expect("2"), kv.next().expect("2"));
        vm.dict_set(d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let d = obj(&pos[0])?.clone();
    if pos.len() == 2 {
        update_from_arg(vm, &d, &pos[1])?;
    }
    for (k, v) in args.kwargs() {
        vm.dict_set(&d, Value::new_str(k), v.clone())?;
    }
    Ok(Value::none())
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("get", 2, 3)?;
    let d = obj(&pos[0])?;
    Ok(vm
        .dict_get(d, &pos[1])?
        .unwrap_or_else(|| pos.get(2).cloned().unwrap_or_else(Value::none)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("setdefault", 2, 3)?;
    let d = obj(&pos[0])?;
    if let Some(v) = vm.dict_get(d, &pos[1])? {
        return Ok(v);
    }
    let default = pos.get(2).cloned().unwrap_or_else(Value::none);
    vm.dict_set(d, pos[1].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("pop", 2, 3)?;
    let d = obj(&pos[0])?;
    match vm.dict_remove(d, &pos[1])? {
        Some(v) => Ok(v),
        None => match pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(key_error(pos[1].clone())),
        },
    }
}

fn dict_popitem(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("popitem", 1)?;
    match dict_table(obj(&pos[0])?).lock().pop_last() {
        Some((k, v)) => Ok(Value::new_tuple(vec![k, v])),
        None => Err(key_error(Value::new_str("popitem(): dictionary is empty"))),
    }
}

fn dict_copy(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("copy", 1)?;
    let t = dict_table(obj(&pos[0])?).lock().copy();
    Ok(Value::new_dict(t))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("fromkeys", 2, 3)?;
    let value = pos.get(2).cloned().unwrap_or_else(Value::none);
    let d = vm.call_positional(&pos[0], &[])?;
    let keys = vm.collect(&pos[1])?;
    for k in keys {
        vm.setitem(&d, k, value.clone())?;
    }
    Ok(d)
}

/// `d[key]`, with `__missing__` for subclasses.
pub fn getitem(vm: &mut Vm, d: &ObjRef, key: &Value) -> PyResult {
    if let Some(v) = vm.dict_get(d, key)? {
        return Ok(v);
    }
    if !d.class().is(&types().dict) {
        let cls = d.class().clone();
        if let Some(m) = vm.lookup_type_attr(&cls, &name("__missing__")) {
            return vm.call_method_value(
                &m,
                &Value::Obj(d.clone()),
                (std::slice::from_ref(key), &[]),
            );
        }
    }
    Err(key_error(key.clone()))
}

pub fn binop_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(b.payload(), Some(Payload::Dict(_))) {
        return Ok(None);
    }
    let t = dict_table(obj(a)?).lock().copy();
    let out = Value::new_dict(t);
    vm.dict_update_from(out.as_obj().expect("dict"), b)?;
    Ok(Some(out))
}

pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: C) -> PyResult<Option<Value>> {
    if !matches!(op, C::Eq | C::Ne) {
        return Ok(None);
    }
    let (da, db) = (obj(a)?, obj(b)?);
    let mut eq = dict_len(da) == dict_len(db);
    if eq {
        let items = dict_table(da).lock().items();
        for (k, v) in items {
            match vm.dict_get(db, &k)? {
                Some(w) if v.is(&w) || vm.eq(&v, &w)? => {}
                _ => {
                    eq = false;
                    break;
                }
            }
        }
    }
    Ok(Some(Value::bool(if op == C::Eq { eq } else { !eq })))
}

pub fn repr(vm: &mut Vm, d: &ObjRef) -> PyResult<String> {
    let items = dict_table(d).lock().items();
    if items.is_empty() {
        return Ok("{}".into());
    }
    if !vm.enter_repr(d) {
        return Ok("{...}".into());
    }
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in &items {
        let r = vm
            .repr_string(k)
            .and_then(|ks| Ok(format!("{ks}: {}", vm.repr_string(v)?)));
        match r {
            Ok(s) => parts.push(s),
            Err(e) => {
                vm.leave_repr(d);
                return Err(e);
            }
        }
    }
    vm.leave_repr(d);
    Ok(format!("{{{}}}", parts.join(", ")))
}
