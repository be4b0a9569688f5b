//! `tuple`.

use pyrite_object::bytecode::BinaryOperator as B;
use pyrite_object::payload::Payload;
use pyrite_object::types::{types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::slice::{
    index_arg, is_slice, normalize_index, slice_indices_of, slice_positions,
};
use crate::Vm;

pub fn init() {
    let t = &types().tuple;
    add_staticmethod(t, "__new__", tuple_new);
    add_method(t, "count", tuple_count);
    add_method(t, "index", tuple_index);
    add_method(t, "__hash__", |vm, a| {
        let items = items(a.self_());
        let mut hashes = Vec::with_capacity(items.len());
        for it in &items {
            hashes.push(vm.hash(it)?);
        }
        Ok(Value::Int(pyrite_object::hash::hash_tuple(
            hashes.into_iter(),
        )))
    });
    add_method(t, "__getnewargs__", |_, a| {
        Ok(Value::new_tuple(vec![Value::new_tuple(items(a.self_()))]))
    });
    super::list::add_sequence_dunders(t);
}

pub fn items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// A tuple (or tuple subclass instance) of class `cls`.
pub fn new_tuple_of(cls: &ObjRef, items: Vec<Value>) -> Value {
    if cls.is(&types().tuple) {
        return Value::new_tuple(items);
    }
    Value::Obj(super::object::new_instance_object(
        cls,
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("tuple.__new__(X): X is not a type"))?;
    if cls.type_data().layout != Layout::Tuple {
        return Err(type_error(format!(
            "tuple.__new__({}): {} is not a subtype of tuple",
            cls.type_name(),
            cls.type_name()
        )));
    }
    if args.has_kwargs() && cls.is(&types().tuple) {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    let items = match pos.len() {
        1 => Vec::new(),
        2 => {
            if cls.is(&types().tuple) && pos[1].is_exact(&types().tuple) {
                return Ok(pos[1].clone());
            }
            vm.collect(&pos[1])?
        }
        n => {
            return Err(type_error(format!(
                "tuple expected at most 1 argument, got {}",
                n - 1
            )))
        }
    };
    Ok(new_tuple_of(&cls, items))
}

pub fn getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult {
    let Payload::Tuple(t) = &o.payload else {
        unreachable!()
    };
    if is_slice(key) {
        let (s, e, st) = slice_indices_of(vm, key, t.len() as i64)?;
        return Ok(Value::new_tuple(
            slice_positions(s, e, st).map(|i| t[i].clone()).collect(),
        ));
    }
    let i = index_arg(vm, key, "tuple")?;
    match normalize_index(i, t.len()) {
        Some(j) => Ok(t[j].clone()),
        None => Err(index_error("tuple index out of range")),
    }
}

pub fn binop(vm: &mut Vm, a: &Value, b: &Value, op: B) -> PyResult<Option<Value>> {
    let x = items(a);
    match op {
        B::Add => match b.payload() {
            Some(Payload::Tuple(y)) => {
                let mut v = x;
                v.extend(y.iter().cloned());
                Ok(Some(Value::new_tuple(v)))
            }
            _ => Ok(None),
        },
        B::Multiply => match crate::ops::as_int(b) {
            Some(_) => {
                let n = super::list::repeat_count(vm, b)?;
                Ok(Some(Value::new_tuple(super::list::repeat(&x, n)?)))
            }
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

pub fn repr(vm: &mut Vm, o: &ObjRef) -> PyResult<String> {
    let v = items(&Value::Obj(o.clone()));
    if v.is_empty() {
        return Ok("()".into());
    }
    let Some(parts) = vm.repr_items(o, &v)? else {
        return Ok("(...)".into());
    };
    Ok(if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    })
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("count", 2)?;
    let mut n = 0;
    for it in items(&pos[0]) {
        if it.is(&pos[1]) || vm.eq(&it, &pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range("index", 2, 4)?;
    let v = items(&pos[0]);
    let (start, stop) = super::list::index_range(vm, pos, v.len())?;
    for (i, it) in v.iter().enumerate().take(stop).skip(start) {
        if it.is(&pos[1]) || vm.eq(it, &pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}
