//! `types.GenericAlias`: what `list[int]` and other subscripted builtin classes produce.

use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, PyResult};
use crate::native::{add_classmethod, add_method, add_property, add_staticmethod, Args};
use crate::Vm;

pub struct GenericAlias {
    origin: Value,
    args: Value,
}

pub fn alias_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        make_type(
            &t.type_,
            "GenericAlias",
            std::slice::from_ref(&t.object),
            Layout::Native,
        )
    })
}

fn alias(v: &Value) -> PyResult<&GenericAlias> {
    v.payload()
        .and_then(|p| p.native::<GenericAlias>())
        .ok_or_else(|| type_error("expected a GenericAlias"))
}

/// `cls[params]` for builtin generic classes.
pub fn class_getitem(_vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("__class_getitem__", 2)?;
    Ok(new_alias(&p[0], &p[1]))
}

/// `types.GenericAlias(origin, args)`, which is also what a Python class's
/// `__class_getitem__ = classmethod(GenericAlias)` calls.
fn alias_new(_vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("GenericAlias", 3)?;
    Ok(new_alias(&p[1], &p[2]))
}

fn new_alias(origin: &Value, params: &Value) -> Value {
    let params = match params.payload() {
        Some(Payload::Tuple(_)) => params.clone(),
        _ => Value::new_tuple(vec![params.clone()]),
    };
    let ga = GenericAlias {
        origin: origin.clone(),
        args: params,
    };
    Value::Obj(ObjRef::new(
        alias_type().clone(),
        None,
        Payload::Native(NativeBox::new(ga)),
    ))
}

/// repr of one type parameter, as CPython's `ga_repr_item`.
fn param_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if v.is_ellipsis() {
        return Ok("...".into());
    }
    if let Some(o) = v.as_obj().filter(|o| o.as_type().is_some()) {
        let module = crate::type_cache::mro_lookup(o, &crate::vm::name("__module__"))
            .and_then(|m| m.as_str().map(String::from));
        let q = o.type_data().qualname();
        return Ok(match module.as_deref() {
            None | Some("builtins") => q,
            Some(m) => format!("{m}.{q}"),
        });
    }
    vm.repr_string(v)
}

pub fn init() {
    let t = types();
    for cls in [&t.list, &t.dict, &t.tuple, &t.set, &t.frozenset, &t.type_] {
        add_classmethod(cls, "__class_getitem__", class_getitem);
    }
    let a = alias_type();
    crate::native::set_type_attr(a, "__module__", Value::new_str("types"));
    add_staticmethod(a, "__new__", alias_new);
    add_property(
        a,
        "__origin__",
        |_, a| Ok(alias(a.self_())?.origin.clone()),
        None,
    );
    add_property(
        a,
        "__args__",
        |_, a| Ok(alias(a.self_())?.args.clone()),
        None,
    );
    add_method(a, "__repr__", |vm, a| {
        let ga = alias(a.self_())?;
        let (origin, params) = (ga.origin.clone(), ga.args.clone());
        let mut s = param_repr(vm, &origin)?;
        let mut parts = Vec::new();
        for p in crate::types::tuple::items(&params) {
            parts.push(param_repr(vm, &p)?);
        }
        s.push('[');
        s.push_str(&parts.join(", "));
        s.push(']');
        Ok(Value::new_str(s))
    });
    add_method(a, "__call__", |vm, a| {
        let origin = alias(a.self_())?.origin.clone();
        vm.call(&origin, a.skip_self())
    });
    add_method(a, "__eq__", |vm, a| {
        let p = a.exact("__eq__", 2)?;
        let (Ok(x), Ok(y)) = (alias(&p[0]), alias(&p[1])) else {
            return Ok(Value::not_implemented());
        };
        let (ox, ax, oy, ay) = (
            x.origin.clone(),
            x.args.clone(),
            y.origin.clone(),
            y.args.clone(),
        );
        Ok(Value::bool(vm.eq(&ox, &oy)? && vm.eq(&ax, &ay)?))
    });
    add_method(a, "__getattr__", |vm, a| {
        let p = a.exact("__getattr__", 2)?;
        let origin = alias(&p[0])?.origin.clone();
        let n = crate::types::object::attr_name(&p[1])?;
        vm.get_attr(&origin, &n)
    });
}
