//! `type`: calling classes, creating classes (`class` statements, `type(name, bases, ns)`),
//! C3 MRO, `__slots__`, `__set_name__`/`__init_subclass__`, and `super`.

use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::str::intern;
use pyrite_object::types::{flags, types, Layout, TypeData};
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_get_str, dict_table};
use crate::error::{type_error, PyResult};
use crate::eval::{cell_set, Exit, Resume};
use crate::frame::Frame;
use crate::native::{add_method, add_property, add_staticmethod, Args};
use crate::types::object::SlotMember;
use crate::vm::{name, vm_types};
use crate::Vm;

pub fn init() {
    let t = &types().type_;
    add_staticmethod(t, "__new__", type_new);
    add_method(t, "__init__", type_init);
    add_method(t, "__call__", type_call);
    add_method(t, "__repr__", type_repr_method);
    add_method(t, "mro", type_mro_method);
    add_method(t, "__instancecheck__", type_instancecheck);
    add_method(t, "__subclasscheck__", type_subclasscheck);
    add_method(t, "__subclasses__", type_subclasses);
    crate::native::add_classmethod(t, "__prepare__", type_prepare);
    add_property(
        t,
        "__name__",
        type_name,
        Some(|_, a| {
            let p = a.exact("__name__", 2)?;
            let s = p[1].as_str().ok_or_else(|| {
                type_error(format!(
                    "can only assign string to {}.__name__, not '{}'",
                    p[0].as_obj().map_or(String::new(), |c| c.type_name()),
                    p[1].type_name()
                ))
            })?;
            heap_type(&p[0])?.type_data().set_name(s);
            Ok(Value::none())
        }),
    );
    add_property(
        t,
        "__qualname__",
        type_qualname,
        Some(|_, a| {
            let p = a.exact("__qualname__", 2)?;
            let s = p[1].as_str().ok_or_else(|| {
                type_error(format!(
                    "can only assign string to {}.__qualname__, not '{}'",
                    p[0].as_obj().map_or(String::new(), |c| c.type_name()),
                    p[1].type_name()
                ))
            })?;
            heap_type(&p[0])?.type_data().set_qualname(s);
            Ok(Value::none())
        }),
    );
    add_property(t, "__mro__", type_mro, None);
    add_property(t, "__bases__", type_bases, None);
    add_property(t, "__base__", type_base, None);
    add_property(t, "__dict__", type_dict, None);
    add_property(
        t,
        "__module__",
        type_module,
        Some(|_, a| {
            let p = a.exact("__module__", 2)?;
            let cls = heap_type(&p[0])?;
            crate::native::set_type_attr(&cls, "__module__", p[1].clone());
            Ok(Value::none())
        }),
    );
    add_property(
        t,
        "__doc__",
        type_doc,
        Some(|_, a| {
            let p = a.exact("__doc__", 2)?;
            let cls = heap_type(&p[0])?;
            crate::native::set_type_attr(&cls, "__doc__", p[1].clone());
            Ok(Value::none())
        }),
    );

    let s = &vm_types().super_;
    add_staticmethod(s, "__new__", super_new);
    add_method(s, "__init__", super_init);
    add_method(s, "__repr__", super_repr);
    add_method(s, "__getattribute__", super_getattribute);
}

impl Vm {
    /// `cls(*args, **kwargs)`.
    pub fn call_type(&mut self, cls: &ObjRef, args: Args<'_>) -> PyResult {
        let meta = cls.class().clone();
        if !meta.is(&types().type_) {
            if let Some(call) = self.lookup_type_attr(&meta, &name("__call__")) {
                if !crate::attr::is_builtin_named(&call, "type.__call__") {
                    return self.call_method_value(
                        &call,
                        &Value::Obj(cls.clone()),
                        (args.values, args.kwnames),
                    );
                }
            }
        }
        self.type_call_default(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`.
    fn type_call_default(&mut self, cls: &ObjRef, args: Args<'_>) -> PyResult {
        if cls.is(&types().type_) && args.values.len() == 1 && args.kwnames.is_empty() {
            return Ok(Value::Obj(args.values[0].class().clone()));
        }
        let cls_val = Value::Obj(cls.clone());
        let new = self.lookup_type_attr(cls, &pyrite_object::names().new);
        let obj = match new.as_ref().and_then(|n| match n.payload() {
            Some(Payload::StaticMethod(f)) => Some(f.clone()),
            _ => None,
        }) {
            Some(_)
                if cls.type_data().has_flag(flags::HEAPTYPE)
                    && crate::types::object::inherits_object_slot(
                        self,
                        cls,
                        &pyrite_object::names().new,
                    ) =>
            {
                // Fast path: plain user classes.
                if !args.values.is_empty()
                    && crate::types::object::inherits_object_slot(
                        self,
                        cls,
                        &pyrite_object::names().init,
                    )
                {
                    return Err(type_error(format!(
                        "{}() takes no arguments",
                        cls.type_name()
                    )));
                }
                crate::types::object::alloc_instance(self, cls)?
            }
            Some(f) => {
                let mut v = Vec::with_capacity(args.values.len() + 1);
                v.push(cls_val.clone());
                v.extend_from_slice(args.values);
                self.call(&f, Args::new(&v, args.kwnames))?
            }
            None => match new {
                Some(n) => {
                    let mut v = Vec::with_capacity(args.values.len() + 1);
                    v.push(cls_val.clone());
                    v.extend_from_slice(args.values);
                    self.call(&n, Args::new(&v, args.kwnames))?
                }
                None => {
                    return Err(type_error(format!(
                        "cannot create '{}' instances",
                        cls.type_name()
                    )))
                }
            },
        };
        if cls.is(&types().type_) || !obj.class().is_subtype(cls) {
            return Ok(obj);
        }
        let ocls = obj.class().clone();
        if let Some(init) = self.lookup_type_attr(&ocls, &pyrite_object::names().init) {
            if !crate::types::object::inherits_object_slot(
                self,
                &ocls,
                &pyrite_object::names().init,
            ) {
                let r = self.call_method_value(&init, &obj, (args.values, args.kwnames))?;
                if !r.is_none() {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
        }
        Ok(obj)
    }

    /// Run a class body function with `ns` as its locals.
    pub fn run_class_body(&mut self, func: &Value, ns: &ObjRef) -> PyResult<()> {
        let Some(Payload::Function(f)) = func.payload() else {
            return Err(type_error("__build_class__: func must be a function"));
        };
        let code = f.code.as_code_static().expect("code object");
        let mut frame = Frame::new(
            code,
            f.globals.clone(),
            f.builtins.clone(),
            Some(ns.clone()),
        );
        let mut cells = Vec::new();
        for _ in code.cellvars.iter() {
            cells.push(crate::eval::new_cell(None));
        }
        cells.extend(f.closure.iter().cloned());
        frame.cells = cells;
        match self.run_frame(&mut frame, Resume::Start)? {
            Exit::Return(_) | Exit::Yield(_) => Ok(()),
        }
    }
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let cls_name = pos[1].clone();
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: non-class bases may substitute classes through __mro_entries__.
    let mut bases: Vec<Value> = Vec::with_capacity(orig_bases.len());
    let mut replaced = false;
    let orig_tuple = Value::new_tuple(orig_bases.clone());
    for b in &orig_bases {
        if b.as_obj().is_some_and(|o| o.as_type().is_some()) {
            bases.push(b.clone());
            continue;
        }
        match vm.get_attr_opt(b, &name("__mro_entries__"))? {
            Some(f) => {
                let entries = vm.call_positional(&f, std::slice::from_ref(&orig_tuple))?;
                let Some(Payload::Tuple(t)) = entries.payload() else {
                    return Err(type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(t.iter().cloned());
                replaced = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(intern(k));
            kw_values.push(v.clone());
        }
    }
    let explicit_meta = meta.is_some();
    let mut meta = meta.unwrap_or_else(|| {
        bases
            .first()
            .map(|b| Value::Obj(b.class().clone()))
            .unwrap_or_else(|| Value::Obj(types().type_.clone()))
    });
    // The most derived metaclass among the bases' metaclasses.
    if let Some(m) = meta.as_obj().filter(|m| m.as_type().is_some()).cloned() {
        let mut winner = m;
        for b in &bases {
            let bm = b.class().clone();
            if bm.is_subtype(&winner) {
                winner = bm;
            } else if !winner.is_subtype(&bm) {
                return Err(type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        if !explicit_meta || winner.is_subtype(meta.as_obj().expect("type")) {
            meta = Value::Obj(winner);
        }
    }
    let bases_tuple = Value::new_tuple(bases.clone());
    let ns = match vm.get_attr_opt(&meta, &name("__prepare__"))? {
        Some(prep) => {
            let mut a = vec![cls_name.clone(), bases_tuple.clone()];
            a.extend(kw_values.iter().cloned());
            vm.call(&prep, Args::new(&a, &kw_names))?
        }
        None => Value::new_dict(Default::default()),
    };
    let ns_obj = ns
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("__prepare__() must return a mapping"))?;
    if replaced {
        vm.setitem(&ns, Value::new_str("__orig_bases__"), orig_tuple)?;
    }
    vm.run_class_body(&func, &ns_obj)?;
    let mut a = vec![cls_name, bases_tuple, ns];
    a.extend(kw_values);
    vm.call(&meta, Args::new(&a, &kw_names))
}

/// `type.__new__(meta, name, bases, ns, **kwds)` (or `type(x)` with one argument).
fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() == 2 && args.kwnames.is_empty() {
        return Ok(Value::Obj(pos[1].class().clone()));
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let meta = pos[0]
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("type.__new__(X): X is not a type object"))?;
    let cls_name = pos[1]
        .as_str()
        .ok_or_else(|| type_error("type.__new__() argument 1 must be str"))?
        .to_string();
    let bases: Vec<ObjRef> = match pos[2].payload() {
        Some(Payload::Tuple(t)) => t
            .iter()
            .map(|b| {
                b.as_obj()
                    .filter(|o| o.as_type().is_some())
                    .cloned()
                    .ok_or_else(|| type_error("bases must be types"))
            })
            .collect::<PyResult<_>>()?,
        _ => return Err(type_error("type.__new__() argument 2 must be tuple")),
    };
    let ns = match pos[3].payload() {
        Some(Payload::Dict(_)) => pos[3].as_obj().cloned().expect("dict"),
        _ => return Err(type_error("type.__new__() argument 3 must be dict")),
    };
    let kwargs: Vec<(String, Value)> = args
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let cls = create_class(vm, &meta, &cls_name, bases, &ns)?;
    finish_class(vm, &cls, &kwargs)?;
    Ok(Value::Obj(cls))
}

/// Build the type object from a namespace.
pub fn create_class(
    vm: &mut Vm,
    meta: &ObjRef,
    cls_name: &str,
    bases: Vec<ObjRef>,
    ns: &ObjRef,
) -> PyResult<ObjRef> {
    let bases = if bases.is_empty() {
        vec![types().object.clone()]
    } else {
        bases
    };
    for b in &bases {
        let td = b.type_data();
        if !td.has_flag(flags::BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                td.name()
            )));
        }
    }
    let mro_tail = compute_mro(&bases)?;
    // The layout comes from the bases' builtin ancestry; two different builtin layouts clash.
    let mut layout = Layout::Object;
    for b in &bases {
        let l = b.type_data().layout;
        if l != Layout::Object {
            if layout != Layout::Object && layout != l {
                return Err(type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    let items = dict_table(ns).lock().items();
    let mut slot_names: Vec<ObjRef> = Vec::new();
    for b in mro_tail.iter().rev() {
        for s in b.type_data().slot_names.iter() {
            if !slot_names.iter().any(|x| x.is(s)) {
                slot_names.push(s.clone());
            }
        }
    }
    let slots_decl = dict_get_str(ns, "__slots__");
    let base_has_dict = bases.iter().any(|b| {
        let td = b.type_data();
        td.has_flag(flags::HAS_DICT) && td.has_flag(flags::HEAPTYPE)
            || td.layout == Layout::Exception
    });
    let mut own_slots: Vec<ObjRef> = Vec::new();
    let mut wants_dict = true;
    if let Some(decl) = &slots_decl {
        wants_dict = false;
        let names = if decl.as_str().is_some() {
            vec![decl.clone()]
        } else {
            vm.collect(decl)?
        };
        for n in names {
            let s = n.as_str().ok_or_else(|| {
                type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    n.type_name()
                ))
            })?;
            if s == "__dict__" {
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            own_slots.push(intern(s));
        }
    }
    let mut cls_flags = flags::HEAPTYPE | flags::BASETYPE;
    if wants_dict || base_has_dict {
        cls_flags |= flags::HAS_DICT;
    }
    if layout == Layout::Object && slots_decl.is_none() {
        cls_flags |= flags::HAS_DICT;
    }
    let first_own_slot = slot_names.len();
    slot_names.extend(own_slots.iter().cloned());
    if !slot_names.is_empty() {
        if layout != Layout::Object {
            // Builtin payloads have no room for slot storage: keep slot values in the
            // instance dict instead (see SlotMember).
            cls_flags |= flags::HAS_DICT;
        } else {
            cls_flags |= flags::HAS_SLOTS;
        }
    }
    let qualname = dict_get_str(ns, "__qualname__")
        .and_then(|q| q.as_str().map(String::from))
        .unwrap_or_else(|| cls_name.to_string());
    let mut data = TypeData::new(cls_name, bases, mro_tail.to_vec(), layout, cls_flags);
    data.set_qualname(&qualname);
    data.slot_names = slot_names.into_boxed_slice();
    {
        let d = data.dict.get_mut();
        for (k, v) in items {
            if k.as_str() == Some("__qualname__") || k.as_str() == Some("__classcell__") {
                continue;
            }
            // What the class body bound (methods, properties, classmethods, constants...)
            // is read by every instance's attribute lookups, from every thread; like the class
            // itself (below), it is made immortal so those reads never count references.
            if let Value::Obj(o) = &v {
                o.make_immortal();
            }
            let h = vm.hash(&k)?;
            d.insert(h, k.clone(), v, |x| crate::dictops::native_eq(x, &k))
                .ok();
        }
    }
    {
        // A class that defines __eq__ but not __hash__ is unhashable; __class_getitem__ and
        // __init_subclass__ are implicit classmethods (CPython's type_new does both).
        let has = |k: &str| dict_get_str(ns, k).is_some();
        let d = data.dict.get_mut();
        if has("__eq__") && !has("__hash__") {
            let k = intern("__hash__");
            let h = k.as_pystr().expect("str").hash();
            d.insert(h, Value::Obj(k.clone()), Value::none(), |x| {
                Some(x.is_obj(&k))
            })
            .ok();
        }
        for special in ["__class_getitem__", "__init_subclass__"] {
            if let Some(f) = dict_get_str(ns, special) {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let k = intern(special);
                    let h = k.as_pystr().expect("str").hash();
                    let cm = Value::Obj(ObjRef::new(
                        types().classmethod.clone(),
                        None,
                        Payload::ClassMethod(f),
                    ));
                    d.insert(h, Value::Obj(k.clone()), cm, |x| Some(x.is_obj(&k)))
                        .ok();
                }
            }
        }
    }
    // Classes are immortal: every instance creation and attribute lookup touches the class,
    // and counting those references would make threads contend on one cache line (PEP 703
    // defers type refcounts for the same reason). The price: a class is never freed.
    let cls = ObjRef::new_immortal(meta.clone(), None, Payload::Type(Box::new(data)));
    crate::type_cache::invalidate_type_caches();
    for b in cls.type_data().bases.iter() {
        b.type_data().subclasses.lock().push(cls.clone());
    }
    crate::finalize::update_dealloc_hooks(&cls);
    // Slot descriptors, `__doc__`, `__module__` defaults.
    for (i, s) in own_slots.iter().enumerate() {
        let member = SlotMember {
            index: first_own_slot + i,
            name: s.clone(),
            owner: cls_name.to_string(),
        };
        let m = ObjRef::new_immortal(
            vm_types().member_descriptor.clone(),
            None,
            Payload::Native(NativeBox::new(member)),
        );
        crate::native::set_type_attr(&cls, s.as_pystr().expect("str").as_str(), Value::Obj(m));
    }
    if dict_get_str_type(&cls, "__doc__").is_none() {
        crate::native::set_type_attr(&cls, "__doc__", Value::none());
    }
    if dict_get_str_type(&cls, "__module__").is_none() {
        let module = vm
            .current_frame()
            .and_then(|f| crate::dictops::dict_get_str(&f.globals, "__name__"))
            .unwrap_or_else(|| Value::new_str("builtins"));
        crate::native::set_type_attr(&cls, "__module__", module);
    }
    if let Some(cell) = dict_get_str(ns, "__classcell__") {
        if let Some(c) = cell.as_obj() {
            cell_set(c, Some(Value::Obj(cls.clone())));
        }
    }
    Ok(cls)
}

fn dict_get_str_type(cls: &ObjRef, key: &str) -> Option<Value> {
    let k = intern(key);
    let s = k.as_pystr().expect("str");
    cls.type_data()
        .dict
        .lock()
        .get(s.hash(), |x| Some(x.as_str() == Some(key)))
        .ok()
        .flatten()
        .cloned()
}

/// `__set_name__` on attributes and the parent's `__init_subclass__`.
pub fn finish_class(vm: &mut Vm, cls: &ObjRef, kwargs: &[(String, Value)]) -> PyResult<()> {
    let items = cls.type_data().dict.lock().items();
    let cls_val = Value::Obj(cls.clone());
    for (k, v) in items {
        let vcls = v.class().clone();
        if vcls.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(f) = vm.lookup_type_attr(&vcls, &name("__set_name__")) {
                vm.call_method_value(&f, &v, (&[cls_val.clone(), k], &[]))?;
            }
        }
    }
    // super(cls, cls).__init_subclass__(**kwargs)
    let parent_mro: Vec<ObjRef> = cls.type_data().mro_tail.to_vec();
    for t in parent_mro {
        let found = dict_get_str_type(&t, "__init_subclass__");
        if let Some(f) = found {
            let bound = vm.descr_get(&f, Some(&cls_val), cls)?;
            let bound = match f.payload() {
                Some(Payload::ClassMethod(inner)) => {
                    crate::attr::new_method(inner.clone(), cls_val.clone())
                }
                Some(Payload::Function(_)) => crate::attr::new_method(f.clone(), cls_val.clone()),
                _ => bound,
            };
            let names: Vec<ObjRef> = kwargs.iter().map(|(k, _)| intern(k)).collect();
            let values: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
            vm.call(&bound, Args::new(&values, &names))?;
            break;
        }
    }
    Ok(())
}

/// C3 linearisation of the bases (the MRO without the new class itself).
pub fn compute_mro(bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| b.mro().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| s[0].clone())
            .find(|head| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(head))));
        let Some(c) = candidate else {
            let names: Vec<String> = bases.iter().map(|b| b.type_name()).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn type_call(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .self_()
        .as_obj()
        .cloned()
        .ok_or_else(|| type_error("descriptor '__call__' requires a type"))?;
    vm.type_call_default(&cls, args.skip_self())
}

/// A heap type argument (builtin types' attributes are read-only).
fn heap_type(v: &Value) -> PyResult<ObjRef> {
    let cls = v
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .cloned()
        .ok_or_else(|| type_error("expected a type"))?;
    if !cls.type_data().has_flag(flags::HEAPTYPE) {
        return Err(type_error(format!(
            "cannot set attributes of built-in/extension type '{}'",
            cls.type_name()
        )));
    }
    Ok(cls)
}

fn self_type(args: &Args) -> PyResult<ObjRef> {
    args.values
        .first()
        .and_then(|v| v.as_obj())
        .filter(|o| o.as_type().is_some())
        .cloned()
        .ok_or_else(|| type_error("descriptor requires a 'type' object"))
}

pub fn type_repr(vm: &mut Vm, cls: &ObjRef) -> String {
    let td = cls.type_data();
    let _ = vm;
    match td.module_name().as_deref() {
        Some("builtins") | None => format!("<class '{}'>", td.qualname()),
        Some(m) => format!("<class '{m}.{}'>", td.qualname()),
    }
}

fn type_repr_method(vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    Ok(Value::new_str(type_repr(vm, &cls)))
}

fn type_mro_method(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    Ok(Value::new_list(
        cls.mro().map(|t| Value::Obj(t.clone())).collect(),
    ))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__instancecheck__", 2)?;
    let cls = self_type(&args)?;
    let _ = vm;
    Ok(Value::bool(pos[1].isinstance(&cls)))
}

fn type_subclasscheck(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__subclasscheck__", 2)?;
    let cls = self_type(&args)?;
    let sub = pos[1]
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .ok_or_else(|| type_error("issubclass() arg 1 must be a class"))?;
    Ok(Value::bool(sub.is_subtype(&cls)))
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    let subs = cls.type_data().subclasses.lock().clone();
    Ok(Value::new_list(subs.into_iter().map(Value::Obj).collect()))
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::new_dict(Default::default()))
}

fn type_name(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::new_str(self_type(&args)?.type_data().name()))
}

fn type_qualname(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::new_str(self_type(&args)?.type_data().qualname()))
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    Ok(Value::new_tuple(
        cls.mro().map(|t| Value::Obj(t.clone())).collect(),
    ))
}

fn type_bases(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    Ok(Value::new_tuple(
        cls.type_data()
            .bases
            .iter()
            .map(|t| Value::Obj(t.clone()))
            .collect(),
    ))
}

fn type_base(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    Ok(cls
        .type_data()
        .bases
        .first()
        .map_or_else(Value::none, |b| Value::Obj(b.clone())))
}

fn type_dict(vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    let items = cls.type_data().dict.lock().items();
    let d = crate::error::new_dict_object();
    for (k, v) in items {
        vm.dict_set(&d, k, v)?;
    }
    Ok(crate::types::mappingproxy::new_proxy(Value::Obj(d)))
}

fn type_module(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    if cls.type_data().has_flag(flags::HEAPTYPE) {
        if let Some(m) = dict_get_str_type(&cls, "__module__") {
            return Ok(m);
        }
    }
    // A builtin type: its namespace's `__module__` may be its instances' attribute (the
    // `function` type's, a property), which is not the type's module.
    let m = cls.type_data().module_name();
    Ok(Value::new_str(m.as_deref().unwrap_or("builtins")))
}

fn type_doc(vm: &mut Vm, args: Args) -> PyResult {
    let cls = self_type(&args)?;
    match dict_get_str_type(&cls, "__doc__") {
        Some(d) => vm.descr_get(&d, None, &cls),
        None => Ok(Value::none()),
    }
}

/// The state of a `super` object.
pub struct Super {
    /// The class whose MRO successor we start from (`__class__`).
    pub thisclass: ObjRef,
    /// The bound instance (or class), and the type whose MRO is searched.
    pub obj: Value,
    pub obj_type: ObjRef,
}

fn super_new(_vm: &mut Vm, _args: Args) -> PyResult {
    // The real work happens in __init__ (which zero-argument super needs the frame for).
    Ok(Value::Obj(ObjRef::new(
        vm_types().super_.clone(),
        None,
        Payload::Native(NativeBox::new(pyrite_object::sync::ObjCell::new(
            None::<Super>,
        ))),
    )))
}

fn super_init(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.self_().clone();
    let rest = args.skip_self();
    let pos = rest.pos();
    let (thisclass, obj) = match pos.len() {
        0 => zero_arg_super(vm)?,
        1 => {
            return Err(crate::error::not_implemented_error(
                "unbound super objects are not supported",
            ));
        }
        _ => (pos[0].clone(), pos[1].clone()),
    };
    let thisclass = thisclass
        .as_obj()
        .filter(|o| o.as_type().is_some())
        .cloned()
        .ok_or_else(|| {
            type_error(format!(
                "super() argument 1 must be a type, not {}",
                thisclass.type_name()
            ))
        })?;
    let obj_type = match &obj {
        Value::Obj(o) if o.as_type().is_some() && o.is_subtype(&thisclass) => o.clone(),
        _ if obj.class().is_subtype(&thisclass) => obj.class().clone(),
        _ => {
            return Err(type_error(
                "super(type, obj): obj must be an instance or subtype of type",
            ))
        }
    };
    if let Some(cell) = this
        .payload()
        .and_then(|p| p.native::<pyrite_object::sync::ObjCell<Option<Super>>>())
    {
        *cell.lock() = Some(Super {
            thisclass,
            obj,
            obj_type,
        });
    }
    Ok(Value::none())
}

/// `super()` without arguments: the `__class__` cell and the first argument of the caller.
fn zero_arg_super(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let Some(f) = vm.current_frame() else {
        return Err(crate::error::runtime_error("super(): no current frame"));
    };
    let code = f.code;
    let ncell = code.cellvars.len();
    let class_idx = code
        .freevars
        .iter()
        .position(|n| n.as_pystr().is_some_and(|s| s.as_str() == "__class__"));
    let Some(ci) = class_idx else {
        return Err(crate::error::runtime_error(
            "super(): __class__ cell not found",
        ));
    };
    let cls = crate::eval::cell_get(&f.cells[ncell + ci])
        .ok_or_else(|| crate::error::runtime_error("super(): empty __class__ cell"))?;
    if code.argcount == 0 {
        return Err(crate::error::runtime_error("super(): no arguments"));
    }
    let first = match f.fast.first().cloned().flatten() {
        Some(v) => v,
        None => {
            // The first argument may live in a cell.
            let pos = code.cell2arg.iter().position(|a| *a == Some(0));
            match pos.and_then(|p| crate::eval::cell_get(&f.cells[p])) {
                Some(v) => v,
                None => return Err(crate::error::runtime_error("super(): arg[0] deleted")),
            }
        }
    };
    Ok((cls, first))
}

fn super_data(v: &Value) -> PyResult<(ObjRef, Value, ObjRef)> {
    let cell = v
        .payload()
        .and_then(|p| p.native::<pyrite_object::sync::ObjCell<Option<Super>>>())
        .ok_or_else(|| type_error("expected a super object"))?;
    let guard = cell.lock();
    let s = guard
        .as_ref()
        .ok_or_else(|| crate::error::runtime_error("super(): not initialised"))?;
    Ok((s.thisclass.clone(), s.obj.clone(), s.obj_type.clone()))
}

fn super_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (this, obj, _) = super_data(args.self_())?;
    let r = vm.repr_string(&obj)?;
    Ok(Value::new_str(format!(
        "<super: <class '{}'>, <{} object>>",
        this.type_name(),
        r
    )))
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.exact("__getattribute__", 2)?;
    let attr = crate::types::object::attr_name(&pos[1])?;
    super_getattr(vm, &pos[0], &attr)
}

/// Attribute lookup on a super object: the MRO after `thisclass`, bound to `obj`.
pub fn super_getattr(vm: &mut Vm, sup: &Value, attr: &ObjRef) -> PyResult {
    let (this, obj, obj_type) = super_data(sup)?;
    let mro: Vec<ObjRef> = obj_type.mro().cloned().collect();
    let start = mro
        .iter()
        .position(|t| t.is(&this))
        .map_or(mro.len(), |i| i + 1);
    let key = attr.as_pystr().expect("str");
    if key.as_str() != "__class__" {
        for t in &mro[start..] {
            let found = t
                .type_data()
                .dict
                .lock()
                .get(key.hash(), |k| Some(k.as_str() == Some(key.as_str())))
                .ok()
                .flatten()
                .cloned();
            if let Some(v) = found {
                let inst = if obj.as_obj().is_some_and(|o| o.is(&obj_type)) {
                    None
                } else {
                    Some(&obj)
                };
                return vm.descr_get(&v, inst, &obj_type);
            }
        }
    }
    match vm.generic_get_attr(sup, attr)? {
        Some(v) => Ok(v),
        None => Err(crate::error::attribute_error(format!(
            "'super' object has no attribute '{}'",
            key.as_str()
        ))),
    }
}
