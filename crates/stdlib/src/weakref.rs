//! `_weakref`: the `ref` type and the weak reference counts, under `Lib/weakref.py`.
//! The registry and the clearing of dead references live in `pyrite_object::weakref`; the
//! callbacks run at the VM's finalize points (`pyrite_vm::finalize`).

use std::sync::atomic::Ordering;
use std::sync::OnceLock;

use pyrite_object::finalize::HOOK_WEAKREF;
use pyrite_object::payload::Payload;
use pyrite_object::types::{flags, make_type, types, Layout};
use pyrite_object::weakref::{new_weakref, weakref_count, weakrefs_to, WeakRef};
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{type_error, PyResult};
use pyrite_vm::native::Args;
use pyrite_vm::native::{add_functions, add_method, add_property, add_staticmethod, set_type_attr};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

fn ref_type() -> &'static ObjRef {
    static T: OnceLock<ObjRef> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let cls = make_type(
            &t.type_,
            "ReferenceType",
            std::slice::from_ref(&t.object),
            Layout::Native,
        );
        cls.type_data()
            .dealloc_hooks
            .fetch_or(HOOK_WEAKREF, Ordering::Relaxed);
        set_type_attr(&cls, "__module__", Value::new_str("weakref"));
        add_staticmethod(&cls, "__new__", ref_new);
        add_method(&cls, "__init__", |_, _| Ok(Value::none()));
        add_method(&cls, "__call__", |_, a| {
            a.exact("__call__", 1)?;
            Ok(data(a.self_())?.get().map_or_else(Value::none, Value::Obj))
        });
        add_property(
            &cls,
            "__callback__",
            |_, a| Ok(data(a.self_())?.callback().unwrap_or_else(Value::none)),
            None,
        );
        add_method(&cls, "__hash__", ref_hash);
        add_method(&cls, "__eq__", |vm, a| ref_compare(vm, a, true));
        add_method(&cls, "__ne__", |vm, a| ref_compare(vm, a, false));
        add_method(&cls, "__repr__", ref_repr);
        cls
    })
}

fn data(v: &Value) -> PyResult<&WeakRef> {
    v.payload()
        .and_then(|p| p.native::<WeakRef>())
        .ok_or_else(|| type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// Objects that can be weakly referenced: instances of classes defined in Python,
/// functions, classes and sets (as in CPython; not ints, strs, tuples, lists or dicts).
fn referenceable(obj: &ObjRef) -> bool {
    obj.class().type_data().has_flag(flags::HEAPTYPE)
        || matches!(
            obj.payload,
            Payload::Function(_) | Payload::Type(_) | Payload::Set(_) | Payload::FrozenSet(_)
        )
}

/// `ref(obj, callback=None)`.
fn ref_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = match pos.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() && c.is_subtype(ref_type()) => c.clone(),
        _ => return Err(type_error("ref.__new__(X): X is not a subtype of ref")),
    };
    if !args.kwnames.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let (target, callback) = match &pos[1..] {
        [t] => (t, None),
        [t, cb] => (t, (!cb.is_none()).then(|| cb.clone())),
        rest => {
            return Err(type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                rest.len()
            )))
        }
    };
    match target {
        Value::Obj(o) if referenceable(o) => {
            let basic = callback.is_none() && cls.is(ref_type());
            Ok(Value::Obj(new_weakref(cls, o, callback, basic)))
        }
        other => Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            other.type_name()
        ))),
    }
}

/// `hash(r)`: the referent's, remembered once known; TypeError for a dead reference whose
/// hash was never asked for.
fn ref_hash(vm: &mut Vm, args: Args) -> PyResult {
    let d = data(args.self_())?;
    if let Some(h) = *d.hash.lock() {
        return Ok(Value::Int(h));
    }
    let Some(target) = d.get() else {
        return Err(type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(target))?;
    *d.hash.lock() = Some(h);
    Ok(Value::Int(h))
}

/// `r1 == r2`: the referents compare when both are alive, otherwise the references do.
fn ref_compare(vm: &mut Vm, args: Args, eq: bool) -> PyResult {
    let pos = args.exact(if eq { "__eq__" } else { "__ne__" }, 2)?;
    let (Ok(a), Some(b)) = (
        data(&pos[0]),
        pos[1].payload().and_then(|p| p.native::<WeakRef>()),
    ) else {
        return Ok(Value::not_implemented());
    };
    let same = match (a.get(), b.get()) {
        (Some(x), Some(y)) => vm.eq(&Value::Obj(x), &Value::Obj(y))?,
        _ => pos[0].is(&pos[1]),
    };
    Ok(Value::bool(same == eq))
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let addr = me.as_obj().map_or(0, |o| o.addr());
    let text = match data(me)?.get() {
        None => format!("<weakref at {addr:#x}; dead>"),
        Some(t) => {
            let name = vm
                .get_attr_opt(&Value::Obj(t.clone()), &pyrite_vm::vm::name("__name__"))
                .ok()
                .flatten()
                .and_then(|n| n.as_str().map(str::to_string));
            let cls = t.class().type_name();
            match name {
                Some(n) => format!(
                    "<weakref at {addr:#x}; to '{cls}' at {:#x} ({n})>",
                    t.addr()
                ),
                None => format!("<weakref at {addr:#x}; to '{cls}' at {:#x}>", t.addr()),
            }
        }
    };
    Ok(Value::new_str(text))
}

fn weakref_target(args: &Args, what: &str) -> PyResult<Option<ObjRef>> {
    let pos = args.exact(what, 1)?;
    Ok(pos[0].as_obj().cloned())
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_weakref");
    let cls = Value::Obj(ref_type().clone());
    set_attr_str(&m, "ref", cls.clone());
    set_attr_str(&m, "ReferenceType", cls);
    add_functions(
        &m,
        &[
            ("getweakrefcount", |_, a| {
                let n = weakref_target(&a, "getweakrefcount")?.map_or(0, |o| weakref_count(&o));
                Ok(Value::Int(n as i64))
            }),
            ("getweakrefs", |_, a| {
                let refs = weakref_target(&a, "getweakrefs")?.map_or_else(Vec::new, |o| {
                    weakrefs_to(&o).into_iter().map(Value::Obj).collect()
                });
                Ok(Value::new_list(refs))
            }),
        ],
    );
    Ok(m)
}
