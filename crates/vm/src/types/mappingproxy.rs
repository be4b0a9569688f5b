//! `types.MappingProxyType`: a read-only view of a mapping (what `C.__dict__` returns).

use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args};
use crate::vm::vm_types;
use crate::Vm;

pub struct MappingProxy {
    mapping: Value,
}

pub fn new_proxy(mapping: Value) -> Value {
    Value::Obj(ObjRef::new(
        vm_types().mappingproxy.clone(),
        None,
        Payload::Native(NativeBox::new(MappingProxy { mapping })),
    ))
}

fn target(v: &Value) -> PyResult<Value> {
    v.payload()
        .and_then(|p| p.native::<MappingProxy>())
        .map(|m| m.mapping.clone())
        .ok_or_else(|| type_error("expected a mappingproxy"))
}

/// Forward a method call to the wrapped mapping.
fn forward(vm: &mut Vm, args: Args, method: &str) -> PyResult {
    let m = target(args.self_())?;
    vm.call_method(&m, method, &args.pos()[1..])
}

pub fn init() {
    let t = &vm_types().mappingproxy;
    crate::native::set_type_attr(t, "__module__", Value::new_str("builtins"));
    add_staticmethod(t, "__new__", |vm, a| {
        let p = a.exact("mappingproxy", 2)?;
        let is_mapping = matches!(p[1].payload(), Some(Payload::Dict(_)))
            || vm.get_attr_opt(&p[1], &crate::vm::name("keys"))?.is_some()
                && !matches!(
                    p[1].payload(),
                    Some(Payload::List(_)) | Some(Payload::Tuple(_))
                );
        if !is_mapping {
            return Err(type_error(format!(
                "mappingproxy() argument must be a mapping, not {}",
                p[1].type_name()
            )));
        }
        Ok(new_proxy(p[1].clone()))
    });
    add_method(t, "__getitem__", |vm, a| forward(vm, a, "__getitem__"));
    add_method(t, "__contains__", |vm, a| forward(vm, a, "__contains__"));
    add_method(t, "__iter__", |vm, a| forward(vm, a, "__iter__"));
    add_method(t, "__len__", |vm, a| forward(vm, a, "__len__"));
    add_method(t, "get", |vm, a| forward(vm, a, "get"));
    add_method(t, "keys", |vm, a| forward(vm, a, "keys"));
    add_method(t, "values", |vm, a| forward(vm, a, "values"));
    add_method(t, "items", |vm, a| forward(vm, a, "items"));
    add_method(t, "copy", |vm, a| forward(vm, a, "copy"));
    add_method(t, "__eq__", |vm, a| {
        let p = a.exact("__eq__", 2)?;
        let m = target(&p[0])?;
        vm.rich_compare(&m, &p[1], pyrite_object::bytecode::ComparisonOperator::Eq)
    });
    add_method(t, "__repr__", |vm, a| {
        let m = target(a.self_())?;
        Ok(Value::new_str(format!(
            "mappingproxy({})",
            vm.repr_string(&m)?
        )))
    });
    add_method(t, "__str__", |vm, a| {
        let m = target(a.self_())?;
        vm.str(&m)
    });
}
