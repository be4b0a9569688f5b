//! Function-like types: `function`, bound `method`, builtin functions, `property`,
//! `staticmethod`, `classmethod`, `cell`, `code`.

use pyrite_object::payload::{Payload, Property};
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{attribute_error, type_error, PyResult};
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::vm::vm_types;
use crate::Vm;

pub fn init() {
    let f = &types().function;
    macro_rules! fattr {
        ($name:literal, $field:ident) => {
            add_property(
                f,
                $name,
                |_, a| Ok(func(a.self_())?.attrs.lock().$field.clone()),
                Some(|_, a| {
                    let pos = a.exact($name, 2)?;
                    func(&pos[0])?.attrs.lock().$field = pos[1].clone();
                    Ok(Value::none())
                }),
            );
        };
    }
    fattr!("__name__", name);
    fattr!("__qualname__", qualname);
    fattr!("__doc__", doc);
    fattr!("__module__", module);
    macro_rules! optattr {
        ($name:literal, $field:ident, $default:expr) => {
            add_property(
                f,
                $name,
                |_, a| {
                    Ok(func(a.self_())?
                        .attrs
                        .lock()
                        .$field
                        .clone()
                        .unwrap_or_else($default))
                },
                Some(|_, a| {
                    let pos = a.exact($name, 2)?;
                    func(&pos[0])?.attrs.lock().$field = if pos[1].is_none() {
                        None
                    } else {
                        Some(pos[1].clone())
                    };
                    Ok(Value::none())
                }),
            );
        };
    }
    optattr!("__defaults__", defaults, Value::none);
    optattr!("__kwdefaults__", kwdefaults, Value::none);
    add_property(
        f,
        "__annotations__",
        |_, a| {
            let fo = func(a.self_())?;
            let mut attrs = fo.attrs.lock();
            match &attrs.annotations {
                Some(v) => Ok(v.clone()),
                None => {
                    let d = Value::new_dict(Default::default());
                    attrs.annotations = Some(d.clone());
                    Ok(d)
                }
            }
        },
        Some(|_, a| {
            let pos = a.exact("__annotations__", 2)?;
            func(&pos[0])?.attrs.lock().annotations = Some(pos[1].clone());
            Ok(Value::none())
        }),
    );
    add_property(
        f,
        "__code__",
        |_, a| Ok(Value::Obj(func(a.self_())?.code.clone())),
        None,
    );
    add_property(
        f,
        "__globals__",
        |_, a| Ok(Value::Obj(func(a.self_())?.globals.clone())),
        None,
    );
    add_property(
        f,
        "__closure__",
        |_, a| {
            let fo = func(a.self_())?;
            if fo.closure.is_empty() {
                return Ok(Value::none());
            }
            Ok(Value::new_tuple(
                fo.closure.iter().map(|c| Value::Obj(c.clone())).collect(),
            ))
        },
        None,
    );
    add_property(
        f,
        "__dict__",
        |_, a| {
            Ok(Value::Obj(
                a.self_()
                    .as_obj()
                    .and_then(|o| o.dict.clone())
                    .expect("function dict"),
            ))
        },
        None,
    );
    add_method(f, "__get__", |vm, a| {
        let pos = a.range("__get__", 2, 3)?;
        if pos[1].is_none() {
            return Ok(pos[0].clone());
        }
        let _ = vm;
        Ok(crate::attr::new_method(pos[0].clone(), pos[1].clone()))
    });
    add_method(f, "__call__", |vm, a| {
        let f = a.self_().clone();
        vm.call(&f, a.skip_self())
    });

    let m = &types().method;
    add_staticmethod(m, "__new__", |_, a| {
        let p = a.exact("method", 3)?;
        if !crate::call::is_callable_value(&p[1]) {
            return Err(type_error("first argument must be callable"));
        }
        if p[2].is_none() {
            return Err(type_error("instance must not be None"));
        }
        Ok(crate::attr::new_method(p[1].clone(), p[2].clone()))
    });
    add_property(m, "__func__", |_, a| Ok(method_parts(a.self_())?.0), None);
    add_property(m, "__self__", |_, a| Ok(method_parts(a.self_())?.1), None);
    add_method(m, "__getattribute__", |vm, a| {
        let pos = a.exact("__getattribute__", 2)?;
        let attr = super::object::attr_name(&pos[1])?;
        if let Some(v) = vm.generic_get_attr(&pos[0], &attr)? {
            return Ok(v);
        }
        let (f, _) = method_parts(&pos[0])?;
        vm.get_attr(&f, &attr)
    });
    add_method(m, "__eq__", |_, a| {
        let pos = a.exact("__eq__", 2)?;
        match (method_parts(&pos[0]), method_parts(&pos[1])) {
            (Ok((f1, s1)), Ok((f2, s2))) => Ok(Value::bool(f1.is(&f2) && s1.is(&s2))),
            _ => Ok(Value::not_implemented()),
        }
    });
    add_method(m, "__hash__", |vm, a| {
        let (f, s) = method_parts(a.self_())?;
        Ok(Value::Int(
            vm.hash(&f)? ^ pyrite_object::hash::hash_pointer(s.id() as usize),
        ))
    });

    for b in [&types().builtin_function, &vm_types().method_descriptor] {
        add_property(
            b,
            "__name__",
            |_, a| Ok(Value::new_str(builtin(a.self_())?.name)),
            None,
        );
        add_property(
            b,
            "__qualname__",
            |_, a| {
                let bf = builtin(a.self_())?;
                Ok(Value::new_str(
                    bf.qualname.clone().unwrap_or_else(|| bf.name.to_string()),
                ))
            },
            None,
        );
        add_property(
            b,
            "__doc__",
            |_, a| {
                Ok(builtin(a.self_())?
                    .doc
                    .map_or_else(Value::none, Value::new_str))
            },
            None,
        );
        add_property(
            b,
            "__self__",
            |_, a| {
                Ok(builtin(a.self_())?
                    .self_
                    .clone()
                    .unwrap_or_else(Value::none))
            },
            None,
        );
        add_property(
            b,
            "__module__",
            |_, a| match &builtin(a.self_())?.self_ {
                Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => Ok(m
                    .dict
                    .as_ref()
                    .and_then(|d| crate::dictops::dict_get_str(d, "__name__"))
                    .unwrap_or_else(Value::none)),
                _ => Ok(Value::none()),
            },
            None,
        );
    }
    add_method(&vm_types().method_descriptor, "__get__", |_, a| {
        let pos = a.range("__get__", 2, 3)?;
        if pos[1].is_none() {
            return Ok(pos[0].clone());
        }
        let b = builtin(&pos[0])?;
        Ok(crate::native::new_bound(
            b.name,
            crate::native::unerase(b.func),
            pos[1].clone(),
            b.qualname.clone(),
        ))
    });

    let p = &types().property;
    add_staticmethod(p, "__new__", property_new);
    add_method(p, "__init__", |_, _| Ok(Value::none()));
    add_method(p, "getter", |vm, a| property_copy(vm, a, 0));
    add_method(p, "setter", |vm, a| property_copy(vm, a, 1));
    add_method(p, "deleter", |vm, a| property_copy(vm, a, 2));
    add_method(p, "__get__", |vm, a| {
        let pos = a.range("__get__", 2, 3)?;
        if pos[1].is_none() {
            return Ok(pos[0].clone());
        }
        let owner = pos[1].class().clone();
        vm.builtin_descr_get(&pos[0], Some(&pos[1]), &owner)
    });
    add_method(p, "__set__", |vm, a| {
        let pos = a.exact("__set__", 3)?;
        let fset = prop(&pos[0])?
            .fset
            .clone()
            .ok_or_else(|| attribute_error("can't set attribute"))?;
        vm.call_positional(&fset, &[pos[1].clone(), pos[2].clone()])?;
        Ok(Value::none())
    });
    add_property(
        p,
        "fget",
        |_, a| Ok(prop(a.self_())?.fget.clone().unwrap_or_else(Value::none)),
        None,
    );
    add_property(
        p,
        "fset",
        |_, a| Ok(prop(a.self_())?.fset.clone().unwrap_or_else(Value::none)),
        None,
    );
    add_property(
        p,
        "fdel",
        |_, a| Ok(prop(a.self_())?.fdel.clone().unwrap_or_else(Value::none)),
        None,
    );
    add_property(
        p,
        "__doc__",
        |_, a| Ok(prop(a.self_())?.doc.clone().unwrap_or_else(Value::none)),
        None,
    );
    add_property(
        p,
        "__isabstractmethod__",
        |vm, a| {
            let f = prop(a.self_())?.fget.clone();
            match f {
                Some(f) => Ok(vm
                    .get_attr_str(&f, "__isabstractmethod__")
                    .unwrap_or_else(|_| Value::bool(false))),
                None => Ok(Value::bool(false)),
            }
        },
        None,
    );

    let sm = &types().staticmethod;
    add_staticmethod(sm, "__new__", |_, a| {
        let pos = a.exact("staticmethod", 2)?;
        Ok(Value::Obj(ObjRef::new(
            types().staticmethod.clone(),
            Some(crate::error::new_dict_object()),
            Payload::StaticMethod(pos[1].clone()),
        )))
    });
    add_method(sm, "__init__", |_, _| Ok(Value::none()));
    add_property(
        sm,
        "__func__",
        |_, a| match a.self_().payload() {
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            _ => Err(type_error("expected staticmethod")),
        },
        None,
    );
    add_method(sm, "__get__", |_, a| match a.self_().payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => Err(type_error("expected staticmethod")),
    });
    add_method(sm, "__call__", |vm, a| match a.self_().payload() {
        Some(Payload::StaticMethod(f)) => {
            let f = f.clone();
            vm.call(&f, a.skip_self())
        }
        _ => Err(type_error("expected staticmethod")),
    });
    let cm = &types().classmethod;
    add_staticmethod(cm, "__new__", |_, a| {
        let pos = a.exact("classmethod", 2)?;
        Ok(Value::Obj(ObjRef::new(
            types().classmethod.clone(),
            Some(crate::error::new_dict_object()),
            Payload::ClassMethod(pos[1].clone()),
        )))
    });
    add_method(cm, "__init__", |_, _| Ok(Value::none()));
    for t in [cm, sm] {
        add_property(
            t,
            "__isabstractmethod__",
            |vm, a| {
                let f = match a.self_().payload() {
                    Some(Payload::ClassMethod(f)) | Some(Payload::StaticMethod(f)) => f.clone(),
                    _ => return Ok(Value::bool(false)),
                };
                Ok(vm
                    .get_attr_opt(&f, &crate::vm::name("__isabstractmethod__"))?
                    .unwrap_or_else(|| Value::bool(false)))
            },
            None,
        );
    }
    add_property(
        cm,
        "__func__",
        |_, a| match a.self_().payload() {
            Some(Payload::ClassMethod(f)) => Ok(f.clone()),
            _ => Err(type_error("expected classmethod")),
        },
        None,
    );
    add_method(cm, "__get__", |_, a| {
        let pos = a.range("__get__", 2, 3)?;
        let owner = match pos.get(2) {
            Some(o) if !o.is_none() => o.clone(),
            _ => Value::Obj(pos[1].class().clone()),
        };
        match pos[0].payload() {
            Some(Payload::ClassMethod(f)) => Ok(crate::attr::new_method(f.clone(), owner)),
            _ => Err(type_error("expected classmethod")),
        }
    });

    let m = &types().module;
    add_staticmethod(m, "__new__", |_, a| {
        let cls = a.values[0]
            .as_obj()
            .cloned()
            .ok_or_else(|| type_error("module.__new__(X): X is not a type"))?;
        Ok(Value::Obj(ObjRef::new(
            cls,
            Some(crate::error::new_dict_object()),
            Payload::Module("?".into()),
        )))
    });
    add_method(m, "__init__", |_, a| {
        let this = a.self_().clone();
        let [name, doc] = a.skip_self().bind("module", ["name", "doc"], 1)?;
        let d = this
            .as_obj()
            .and_then(|o| o.dict.clone())
            .expect("module dict");
        crate::dictops::dict_set_str(&d, "__name__", name.expect("required"));
        crate::dictops::dict_set_str(&d, "__doc__", doc.unwrap_or_else(Value::none));
        crate::dictops::dict_set_str(&d, "__package__", Value::none());
        Ok(Value::none())
    });
    add_property(
        m,
        "__dict__",
        |_, a| {
            Ok(Value::Obj(
                a.self_()
                    .as_obj()
                    .and_then(|o| o.dict.clone())
                    .expect("module dict"),
            ))
        },
        None,
    );
    let c = &types().cell;
    add_property(
        c,
        "cell_contents",
        |_, a| {
            let o = a.self_().as_obj().expect("cell");
            crate::eval::cell_get(o).ok_or_else(|| crate::error::value_error("Cell is empty"))
        },
        None,
    );

    let code = &types().code;
    add_property(
        code,
        "co_name",
        |_, a| Ok(Value::Obj(code_of(a.self_())?.name.clone())),
        None,
    );
    add_property(
        code,
        "co_qualname",
        |_, a| Ok(Value::Obj(code_of(a.self_())?.qualname.clone())),
        None,
    );
    add_property(
        code,
        "co_filename",
        |_, a| Ok(Value::Obj(code_of(a.self_())?.filename.clone())),
        None,
    );
    add_property(
        code,
        "co_firstlineno",
        |_, a| Ok(Value::Int(code_of(a.self_())?.first_line as i64)),
        None,
    );
    add_property(
        code,
        "co_argcount",
        |_, a| Ok(Value::Int(code_of(a.self_())?.argcount as i64)),
        None,
    );
    add_property(
        code,
        "co_flags",
        |_, a| Ok(Value::Int(code_of(a.self_())?.flags as i64)),
        None,
    );
    add_property(
        code,
        "co_varnames",
        |_, a| {
            Ok(Value::new_tuple(
                code_of(a.self_())?
                    .varnames
                    .iter()
                    .map(|n| Value::Obj(n.clone()))
                    .collect(),
            ))
        },
        None,
    );
}

fn func(v: &Value) -> PyResult<&pyrite_object::payload::Function> {
    match v.payload() {
        Some(Payload::Function(f)) => Ok(f),
        _ => Err(type_error("expected a function")),
    }
}

fn code_of(v: &Value) -> PyResult<&pyrite_object::CodeObject> {
    v.as_obj()
        .and_then(|o| o.as_code())
        .ok_or_else(|| type_error("expected a code object"))
}

fn builtin(v: &Value) -> PyResult<&pyrite_object::payload::BuiltinFunction> {
    match v.payload() {
        Some(Payload::BuiltinFunction(b)) => Ok(b),
        _ => Err(type_error("expected a builtin function")),
    }
}

fn method_parts(v: &Value) -> PyResult<(Value, Value)> {
    match v.payload() {
        Some(Payload::Method { func, self_ }) => Ok((func.clone(), self_.clone())),
        _ => Err(type_error("expected a method")),
    }
}

fn prop(v: &Value) -> PyResult<&Property> {
    match v.payload() {
        Some(Payload::Property(p)) => Ok(p),
        _ => Err(type_error("expected a property")),
    }
}

fn property_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.values[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("property.__new__(X): X is not a type"))?;
    let [fget, fset, fdel, doc] =
        args.skip_self()
            .bind("property", ["fget", "fset", "fdel", "doc"], 0)?;
    let some = |v: Option<Value>| v.filter(|x| !x.is_none());
    let fget = some(fget);
    let mut doc = some(doc);
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = vm.get_attr_str(g, "__doc__").ok().filter(|d| !d.is_none());
        }
    }
    let p = Property {
        fget,
        fset: some(fset),
        fdel: some(fdel),
        doc,
    };
    let dict = if cls.is(&types().property) {
        None
    } else {
        Some(crate::error::new_dict_object())
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        dict,
        Payload::Property(Box::new(p)),
    )))
}

fn property_copy(_vm: &mut Vm, args: Args, which: usize) -> PyResult {
    let pos = args.exact("property", 2)?;
    let p = prop(&pos[0])?;
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = Some(pos[1].clone()).filter(|v| !v.is_none());
    let [fget, fset, fdel] = parts;
    let doc = p.doc.clone();
    let cls = pos[0].class().clone();
    let dict = if cls.is(&types().property) {
        None
    } else {
        Some(crate::error::new_dict_object())
    };
    Ok(Value::Obj(ObjRef::new(
        cls,
        dict,
        Payload::Property(Box::new(Property {
            fget,
            fset,
            fdel,
            doc,
        })),
    )))
}
