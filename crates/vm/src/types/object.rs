//! `object`: the root type's methods, default repr/str/format/hash/eq, `__slots__` members,
//! and the dispatch of `repr()`/`format()` for builtin payloads.

use pyrite_object::payload::Payload;
use pyrite_object::slots::SlotsCell;
use pyrite_object::types::{flags, types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{attribute_error, type_error, PyResult};
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::vm::name;
use crate::Vm;

pub fn init() {
    let obj = &types().object;
    add_staticmethod(obj, "__new__", object_new);
    add_method(obj, "__init__", object_init);
    add_method(obj, "__repr__", object_repr);
    add_method(obj, "__str__", object_str);
    add_method(obj, "__format__", object_format);
    add_method(obj, "__hash__", object_hash);
    add_method(obj, "__eq__", object_eq);
    add_method(obj, "__ne__", object_ne);
    add_method(obj, "__lt__", not_implemented);
    add_method(obj, "__le__", not_implemented);
    add_method(obj, "__gt__", not_implemented);
    add_method(obj, "__ge__", not_implemented);
    add_method(obj, "__getattribute__", object_getattribute);
    add_method(obj, "__setattr__", object_setattr);
    add_method(obj, "__delattr__", object_delattr);
    add_method(obj, "__dir__", object_dir);
    add_method(obj, "__reduce_ex__", object_reduce_ex);
    add_method(obj, "__sizeof__", object_sizeof);
    crate::native::add_classmethod(obj, "__init_subclass__", object_init_subclass);
    crate::native::add_classmethod(obj, "__subclasshook__", not_implemented_cls);
    add_property(obj, "__class__", object_class, None);
    add_property(obj, "__dict__", object_dict, None);
    init_member_descriptor();
    crate::native::set_type_attr(obj, "__doc__", Value::new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
}

/// The `__slots__` member descriptor's own methods (the attribute protocol uses
/// `SlotMember` directly).
fn init_member_descriptor() {
    let t = &crate::vm::vm_types().member_descriptor;
    fn member(v: &Value) -> PyResult<&SlotMember> {
        match v.payload() {
            Some(Payload::Native(n)) => n.downcast_ref::<SlotMember>(),
            _ => None,
        }
        .ok_or_else(|| type_error("descriptor requires a 'member_descriptor' object"))
    }
    add_method(t, "__get__", |_, a| {
        let pos = a.range("__get__", 2, 3)?;
        if pos[1].is_none() {
            return Ok(pos[0].clone());
        }
        member(&pos[0])?.get(&pos[1])
    });
    add_method(t, "__set__", |_, a| {
        let pos = a.exact("__set__", 3)?;
        member(&pos[0])?.set(&pos[1], Some(pos[2].clone()))?;
        Ok(Value::none())
    });
    add_method(t, "__delete__", |_, a| {
        let pos = a.exact("__delete__", 2)?;
        member(&pos[0])?.set(&pos[1], None)?;
        Ok(Value::none())
    });
    add_property(
        t,
        "__name__",
        |_, a| Ok(Value::Obj(member(a.self_())?.name.clone())),
        None,
    );
}

/// `object.__new__(cls, *args)`: allocate an instance of a class with the object layout.
fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args
        .pos()
        .first()
        .and_then(|c| c.as_obj())
        .filter(|c| c.as_type().is_some())
    else {
        return Err(type_error("object.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    if args.values.len() > 1 {
        if !inherits_object_slot(vm, &cls, &pyrite_object::names().new) {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if inherits_object_slot(vm, &cls, &pyrite_object::names().init) {
            return Err(type_error(format!(
                "{}() takes no arguments",
                cls.type_name()
            )));
        }
    }
    alloc_instance(vm, &cls)
}

/// Allocate a plain instance of `cls` (dict or slots per the class flags).
pub fn alloc_instance(_vm: &mut Vm, cls: &ObjRef) -> PyResult {
    let td = cls.type_data();
    if td.layout != Layout::Object {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    if td.flags & flags::HEAPTYPE == 0 && !cls.is(&types().object) {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            td.name()
        )));
    }
    Ok(Value::Obj(new_instance_object(cls, Payload::Empty)))
}

/// An instance of `cls` with the given payload, plus a dict or slot storage as the class says.
pub fn new_instance_object(cls: &ObjRef, payload: Payload) -> ObjRef {
    let td = cls.type_data();
    let dict = if td.has_flag(flags::HAS_DICT) {
        let room = td
            .instance_dict_hint
            .load(std::sync::atomic::Ordering::Relaxed);
        Some(crate::error::new_dict_object_with_capacity(room as usize))
    } else {
        None
    };
    let payload = if td.has_flag(flags::HAS_SLOTS) && matches!(payload, Payload::Empty) {
        let unset = Value::Obj(types().null_marker.clone());
        Payload::Slots(SlotsCell::new(td.slot_names.len(), unset))
    } else {
        payload
    };
    ObjRef::new(cls.clone(), dict, payload)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult {
    let self_ = args.self_().clone();
    if args.values.len() > 1 {
        let cls = self_.class().clone();
        if !inherits_object_slot(vm, &cls, &pyrite_object::names().init) {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if inherits_object_slot(vm, &cls, &pyrite_object::names().new) {
            return Err(type_error(format!(
                "{}() takes no arguments",
                cls.type_name()
            )));
        }
    }
    Ok(Value::none())
}

/// Does `cls` use `object`'s own `__new__`/`__init__` (not overridden anywhere in its MRO)?
pub fn inherits_object_slot(vm: &mut Vm, cls: &ObjRef, slot: &ObjRef) -> bool {
    let found = vm.lookup_type_attr(cls, slot);
    let own = vm.lookup_type_attr(&types().object, slot);
    match (found, own) {
        (Some(f), Some(o)) => f.is(&o),
        _ => false,
    }
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    let module = match vm.lookup_type_attr(&v.class().clone(), &name("__module__")) {
        Some(m) => m.as_str().map(|s| s.to_string()),
        None => None,
    };
    let cls = v.class();
    let qual = cls.type_data().qualname();
    let prefix = match module.as_deref() {
        Some("builtins") | None => qual,
        Some(m) => format!("{m}.{qual}"),
    };
    Ok(Value::new_str(format!(
        "<{prefix} object at {:#x}>",
        v.id()
    )))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    vm.repr(args.self_())
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__format__", 2)?;
    let spec = pos[1]
        .as_str()
        .ok_or_else(|| type_error("format spec must be a str"))?;
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            pos[0].type_name()
        )));
    }
    vm.str(&pos[0])
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(pyrite_object::hash::hash_pointer(
        args.self_().id() as usize,
    )))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__eq__", 2)?;
    Ok(if pos[0].is(&pos[1]) {
        Value::bool(true)
    } else {
        Value::not_implemented()
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__ne__", 2)?;
    let eq = vm.lookup_type_attr(&pos[0].class().clone(), &name("__eq__"));
    match eq {
        Some(eq) => {
            let r = vm.call_method_value(&eq, &pos[0], (&pos[1..2], &[]))?;
            if r.is_not_implemented() {
                return Ok(r);
            }
            Ok(Value::bool(!vm.truthy(&r)?))
        }
        None => Ok(Value::not_implemented()),
    }
}

fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::not_implemented())
}

fn not_implemented_cls(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::not_implemented())
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__getattribute__", 2)?;
    let attr = attr_name(&pos[1])?;
    match vm.generic_get_attr(&pos[0], &attr)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&pos[0], &attr)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__setattr__", 3)?;
    let attr = attr_name(&pos[1])?;
    vm.generic_set_attr(&pos[0], &attr, Some(pos[2].clone()))?;
    Ok(Value::none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__delattr__", 2)?;
    let attr = attr_name(&pos[1])?;
    vm.generic_set_attr(&pos[0], &attr, None)?;
    Ok(Value::none())
}

/// An attribute name argument as an interned str.
pub fn attr_name(v: &Value) -> PyResult<ObjRef> {
    match v.as_str() {
        Some(s) => Ok(pyrite_object::str::intern(s)),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_name()
        ))),
    }
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_().clone();
    let mut names: Vec<String> = Vec::new();
    if let Value::Obj(o) = &v {
        if let Some(d) = &o.dict {
            for k in crate::dictops::dict_table(d).lock().keys() {
                if let Some(s) = k.as_str() {
                    names.push(s.to_string());
                }
            }
        }
    }
    let cls = v.class().clone();
    for t in cls.mro() {
        for k in t.type_data().dict.lock().keys() {
            if let Some(s) = k.as_str() {
                names.push(s.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let _ = vm;
    Ok(Value::new_list(
        names.into_iter().map(Value::new_str).collect(),
    ))
}

fn object_reduce_ex(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("pickling is not supported"))
}

fn object_sizeof(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(
        std::mem::size_of::<pyrite_object::PyObject>() as i64
    ))
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        let cls = args.self_();
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            cls.as_obj().map_or("object".into(), |c| c.type_name())
        )));
    }
    Ok(Value::none())
}

fn object_class(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Obj(args.self_().class().clone()))
}

fn object_dict(_vm: &mut Vm, args: Args) -> PyResult {
    match args.self_() {
        Value::Obj(o) => match &o.dict {
            Some(d) => Ok(Value::Obj(d.clone())),
            None => Err(attribute_error(format!(
                "'{}' object has no attribute '__dict__'",
                o.class().type_name()
            ))),
        },
        v => Err(attribute_error(format!(
            "'{}' object has no attribute '__dict__'",
            v.type_name()
        ))),
    }
}

/// A `__slots__` member descriptor.
pub struct SlotMember {
    pub index: usize,
    pub name: ObjRef,
    pub owner: String,
}

impl SlotMember {
    pub fn get(&self, inst: &Value) -> PyResult {
        if let Some(d) = self.fallback_dict(inst) {
            return crate::dictops::dict_get_str_obj(&d, &self.name).ok_or_else(|| {
                attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    inst.type_name(),
                    self.name.as_pystr().map_or("", |s| s.as_str())
                ))
            });
        }
        match inst.payload() {
            Some(Payload::Slots(s)) => match s.get(self.index) {
                Some(v) if !crate::attr::is_unset_slot(&v) => Ok(v),
                _ => Err(attribute_error(format!(
                    "'{}' object has no attribute '{}'",
                    inst.type_name(),
                    self.name.as_pystr().map_or("", |s| s.as_str())
                ))),
            },
            _ => Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name.as_pystr().map_or("", |s| s.as_str()),
                self.owner,
                inst.type_name()
            ))),
        }
    }

    /// Instances of builtin-payload subclasses keep slot values in their dict.
    fn fallback_dict(&self, inst: &Value) -> Option<ObjRef> {
        match inst.payload() {
            Some(Payload::Slots(_)) => None,
            _ => inst.as_obj().and_then(|o| o.dict.clone()),
        }
    }

    pub fn set(&self, inst: &Value, value: Option<Value>) -> PyResult<()> {
        if let Some(d) = self.fallback_dict(inst) {
            match value {
                Some(v) => crate::dictops::dict_set_str_obj(&d, &self.name, v),
                None => {
                    if crate::dictops::dict_del_str_obj(&d, &self.name).is_none() {
                        return Err(attribute_error(format!(
                            "'{}' object has no attribute '{}'",
                            inst.type_name(),
                            self.name.as_pystr().map_or("", |s| s.as_str())
                        )));
                    }
                }
            }
            return Ok(());
        }
        match inst.payload() {
            Some(Payload::Slots(s)) => {
                let deleting = value.is_none();
                let value = value.unwrap_or_else(|| Value::Obj(types().null_marker.clone()));
                // Deleting an unset slot fails, decided under the same lock as the store.
                match s.replace_if(
                    self.index,
                    |old| !(deleting && crate::attr::is_unset_slot(old)),
                    value,
                ) {
                    Ok(old) => {
                        drop(old);
                        Ok(())
                    }
                    // CPython 3.11's message for deleting an unset slot is just its name.
                    Err(_) => Err(attribute_error(
                        self.name.as_pystr().map_or("", |s| s.as_str()),
                    )),
                }
            }
            _ => Err(type_error("slot descriptor applied to the wrong object")),
        }
    }
}

/// `repr()` for builtin payloads; `None` means "use the type's `__repr__`".
pub fn builtin_repr(vm: &mut Vm, o: &ObjRef) -> PyResult<Option<String>> {
    let t = types();
    if o.is(&t.none_value) {
        return Ok(Some("None".into()));
    }
    if o.is(&t.not_implemented_value) {
        return Ok(Some("NotImplemented".into()));
    }
    if o.is(&t.ellipsis_value) {
        return Ok(Some("Ellipsis".into()));
    }
    Ok(Some(match &o.payload {
        Payload::Bool(b) => if *b { "True" } else { "False" }.into(),
        Payload::Int(b) => super::int::bigint_to_decimal(b)?,
        Payload::Float(f) => pyrite_object::format::repr_float(*f),
        Payload::Complex { re, im } => pyrite_object::format::repr_complex(*re, *im),
        Payload::Str(s) => super::str::repr_str(s.as_str()),
        Payload::Bytes(_) | Payload::ByteArray(_) => super::bytes::repr(o),
        Payload::Tuple(_) => return super::tuple::repr(vm, o).map(Some),
        Payload::List(_) => return super::list::repr(vm, o).map(Some),
        Payload::Dict(_) => return super::dict::repr(vm, o).map(Some),
        Payload::Set(_) | Payload::FrozenSet(_) => return super::set::repr(vm, o).map(Some),
        Payload::Range { start, stop, step } => {
            if *step == 1 {
                format!("range({start}, {stop})")
            } else {
                format!("range({start}, {stop}, {step})")
            }
        }
        Payload::Slice(s) => {
            let s = s.clone();
            format!(
                "slice({}, {}, {})",
                vm.repr_string(&s[0])?,
                vm.repr_string(&s[1])?,
                vm.repr_string(&s[2])?
            )
        }
        Payload::Type(_) => super::class::type_repr(vm, o),
        Payload::Module(name) => {
            let name =
                crate::dictops::dict_get_str(o.dict.as_ref().expect("module dict"), "__name__")
                    .and_then(|n| n.as_str().map(String::from))
                    .unwrap_or_else(|| name.to_string());
            let file =
                crate::dictops::dict_get_str(o.dict.as_ref().expect("module dict"), "__file__");
            match file.as_ref().and_then(|f| f.as_str()) {
                Some(f) => format!("<module '{name}' from '{f}'>"),
                None => format!("<module '{name}' (built-in)>"),
            }
        }
        Payload::Function(f) => {
            let q = f.attrs.lock().qualname.clone();
            format!(
                "<function {} at {:#x}>",
                q.as_str().unwrap_or("?"),
                o.addr()
            )
        }
        Payload::BuiltinFunction(b) => match &b.self_ {
            Some(s) if !matches!(s.payload(), Some(Payload::Module(_))) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                s.type_name(),
                s.id()
            ),
            _ if o.class().is(&crate::vm::vm_types().method_descriptor) => format!(
                "<method '{}' of '{}' objects>",
                b.name,
                b.qualname
                    .as_deref()
                    .and_then(|q| q.split('.').next())
                    .unwrap_or("object")
            ),
            _ => format!("<built-in function {}>", b.name),
        },
        Payload::Method { func, self_ } => {
            let (func, self_) = (func.clone(), self_.clone());
            let fname = match func.payload() {
                Some(Payload::Function(f)) => {
                    f.attrs.lock().qualname.as_str().unwrap_or("?").to_string()
                }
                _ => vm
                    .get_attr_str(&func, "__qualname__")
                    .ok()
                    .and_then(|q| q.as_str().map(String::from))
                    .unwrap_or_else(|| "?".into()),
            };
            format!("<bound method {fname} of {}>", vm.repr_string(&self_)?)
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.as_pystr().map_or("?", |s| s.as_str()),
            o.addr(),
            c.filename.as_pystr().map_or("?", |s| s.as_str()),
            c.first_line
        ),
        Payload::Cell(c) => {
            let inner = c.lock().clone();
            match inner {
                Some(v) => format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    o.addr(),
                    v.type_name(),
                    v.id()
                ),
                None => format!("<cell at {:#x}: empty>", o.addr()),
            }
        }
        Payload::Exception(_) => return super::exception::exception_repr(vm, o).map(Some),
        Payload::Property(_) => format!("<property object at {:#x}>", o.addr()),
        Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", o.addr()),
        Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", o.addr()),
        Payload::Native(_) => return crate::generator::native_repr(vm, o),
        Payload::Empty | Payload::Slots(_) => return Ok(None),
    }))
}

/// `format()` for builtin types; `None` means "call `__format__`".
pub fn builtin_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<Option<String>> {
    use pyrite_object::format as fmt;
    // The type name only appears in error messages: no allocation for the common types.
    let type_name: std::borrow::Cow<str> = match v {
        Value::Int(_) => "int".into(),
        Value::Float(_) => "float".into(),
        _ => v.type_name().into(),
    };
    let err = crate::error::format_error;
    if let Some(i) = crate::ops::as_int(v) {
        if matches!(v.payload(), Some(Payload::Bool(_))) && spec.is_empty() {
            return Ok(Some(vm.str_string(v)?));
        }
        let spec = fmt::parse(spec, &type_name).map_err(err)?;
        return match i {
            crate::ops::IntRef::Small(n) => fmt::format_i64(n, &spec),
            crate::ops::IntRef::Big(b) => fmt::format_int(b, &spec),
        }
        .map(Some)
        .map_err(err);
    }
    if let Some(f) = crate::ops::as_float(v) {
        let spec = fmt::parse(spec, &type_name).map_err(err)?;
        return fmt::format_float(f, &spec).map(Some).map_err(err);
    }
    match v.payload() {
        Some(Payload::Complex { re, im }) => {
            let spec = fmt::parse(spec, &type_name).map_err(err)?;
            fmt::format_complex(*re, *im, &spec).map(Some).map_err(err)
        }
        Some(Payload::Str(s)) => {
            let spec = fmt::parse(spec, &type_name).map_err(err)?;
            fmt::format_str(s.as_str(), &spec).map(Some).map_err(err)
        }
        _ => Ok(None),
    }
}
