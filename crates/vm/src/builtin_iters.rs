//! The iterator classes in builtins: `enumerate`, `zip`, `map`, `filter`, `reversed`.

use pyrite_object::payload::Payload;
use pyrite_object::Value;

use crate::error::{type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::types::iter::{new_native_iter_of, IterKind};
use crate::vm::{name, vm_types};
use crate::Vm;

pub fn init() {
    let t = vm_types();
    add_staticmethod(&t.enumerate, "__new__", enumerate_new);
    add_staticmethod(&t.zip, "__new__", zip_new);
    add_staticmethod(&t.map, "__new__", map_new);
    add_staticmethod(&t.filter, "__new__", filter_new);
    add_staticmethod(&t.reversed, "__new__", reversed_new);
    for cls in [&t.enumerate, &t.zip, &t.map, &t.filter, &t.reversed] {
        add_method(cls, "__iter__", |_, a| Ok(a.self_().clone()));
        add_method(cls, "__next__", |vm, a| match vm.next(a.self_())? {
            Some(v) => Ok(v),
            None => Err(crate::error::stop_iteration(Value::none())),
        });
    }
}

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, start] = args
        .skip_self()
        .bind("enumerate", ["iterable", "start"], 1)?;
    let it = vm.iter(&iterable.expect("required"))?;
    let count = match start {
        Some(s) => vm.to_i64(&s)?,
        None => 0,
    };
    Ok(new_native_iter_of(
        &vm_types().enumerate,
        IterKind::Enumerate { iter: it, count },
    ))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut strict = false;
    for (k, v) in args.kwargs() {
        match k {
            "strict" => strict = vm.truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "zip() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let mut iters = Vec::new();
    for (i, a) in args.pos()[1..].iter().enumerate() {
        match vm.iter(a) {
            Ok(it) => iters.push(it),
            Err(e) if e.matches(&pyrite_object::types::types().exc.type_error) => {
                return Err(type_error(format!(
                    "zip argument #{} must support iteration",
                    i + 1
                )))
            }
            Err(e) => return Err(e),
        }
    }
    Ok(new_native_iter_of(
        &vm_types().zip,
        IterKind::Zip { iters, strict },
    ))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("map")?;
    let pos = &args.pos()[1..];
    if pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in &pos[1..] {
        iters.push(vm.iter(a)?);
    }
    Ok(new_native_iter_of(
        &vm_types().map,
        IterKind::Map {
            func: pos[0].clone(),
            iters,
        },
    ))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("filter")?;
    let pos = &args.pos()[1..];
    if pos.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let func = if pos[0].is_none() {
        None
    } else {
        Some(pos[0].clone())
    };
    let iter = vm.iter(&pos[1])?;
    Ok(new_native_iter_of(
        &vm_types().filter,
        IterKind::Filter { func, iter },
    ))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("reversed")?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            pos.len()
        )));
    }
    let seq = &pos[0];
    if let Value::Obj(o) = seq {
        if matches!(
            o.payload,
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        ) && !o
            .class()
            .type_data()
            .has_flag(pyrite_object::types::flags::HEAPTYPE)
        {
            let n = crate::protocol::builtin_len(o).unwrap_or(0) as isize;
            let cls = if matches!(o.payload, Payload::List(_)) {
                &vm_types().list_reverseiterator
            } else {
                &vm_types().reversed
            };
            return Ok(new_native_iter_of(
                cls,
                IterKind::Reversed {
                    seq: o.clone(),
                    index: n - 1,
                },
            ));
        }
    }
    let cls = seq.class().clone();
    if let Some(f) = vm.lookup_type_attr(&cls, &name("__reversed__")) {
        if f.is_none() {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                seq.type_name()
            )));
        }
        return vm.call_method_value(&f, seq, (&[], &[]));
    }
    if vm.lookup_type_attr(&cls, &name("__getitem__")).is_some()
        && vm.lookup_type_attr(&cls, &name("__len__")).is_some()
    {
        let n = vm.len(seq)? as i64;
        return Ok(new_native_iter_of(
            &vm_types().reversed,
            IterKind::ReversedGetItem {
                obj: seq.clone(),
                index: n - 1,
            },
        ));
    }
    Err(type_error(format!(
        "'{}' object is not reversible",
        seq.type_name()
    )))
}
