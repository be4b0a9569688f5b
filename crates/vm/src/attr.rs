//! Attribute access: the descriptor protocol, with fast paths driven by the type cache,
//! instance dicts, `__getattr__`/`__getattribute__`/`__setattr__` hooks.

use pyrite_object::payload::Payload;
use pyrite_object::types::{flags, types};
use pyrite_object::{names, ObjRef, Value};
use std::cell::Cell;

use crate::dictops::{dict_del_str_obj, dict_get_str_obj, dict_set_str_obj};
use crate::error::{attribute_error, PyErr, PyResult};
use crate::native::Args;
use crate::type_cache::{hooks, invalidate_type_caches, mro_lookup, AttrKind};
use crate::vm::{name, vm_types};
use crate::Vm;

impl Vm {
    pub fn get_attr_str(&mut self, obj: &Value, attr: &str) -> PyResult<Value> {
        self.get_attr(obj, &name(attr))
    }

    /// `getattr(obj, name)`.
    #[inline]
    pub fn get_attr(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<Value> {
        if let Some(v) = self.get_attr_fast(obj, attr) {
            return Ok(v);
        }
        self.get_attr_slow(obj, attr)
    }

    /// The common cases of `object.__getattribute__` on an instance, answered from the
    /// type cache's plan: a set `__slots__` member, an instance-dict hit, a method to bind.
    /// `None` means "take the full protocol" (which also produces every error).
    #[inline]
    fn get_attr_fast(&mut self, obj: &Value, attr: &ObjRef) -> Option<Value> {
        let Value::Obj(o) = obj else { return None };
        if o.as_type().is_some() {
            return None;
        }
        let e = self.attr_entry(o.class(), attr);
        if e.hooks & hooks::GENERIC_GETATTR == 0 {
            return None;
        }
        match e.kind {
            AttrKind::Slot(i) => match obj.payload() {
                Some(Payload::Slots(s)) => s.get(i).filter(|v| !is_unset_slot(v)),
                _ => None,
            },
            AttrKind::Absent => instance_dict_get(o, attr, &e.dict_hint),
            AttrKind::Function => match instance_dict_get(o, attr, &e.dict_hint) {
                Some(v) => Some(v),
                None => e.value.clone().map(|func| new_method(func, obj.clone())),
            },
            _ => None,
        }
    }

    /// `getattr(obj, name)` through the whole protocol: hooks, descriptors, `__getattr__`.
    #[inline(never)]
    fn get_attr_slow(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<Value> {
        let cls = obj.class();
        if matches!(obj.payload(), Some(Payload::Native(_))) && cls.is_subtype(&vm_types().super_) {
            return crate::types::class::super_getattr(self, obj, attr);
        }
        if cls.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(ga) = self.lookup_type_attr(cls, &names().getattribute) {
                if !is_object_slot(&ga, ObjectSlot::GetAttribute) {
                    let r = self.call_method_value(&ga, obj, (&[Value::Obj(attr.clone())], &[]));
                    return match r {
                        Err(e) if e.matches(&types().exc.attribute_error) => {
                            self.getattr_hook(obj, attr, e)
                        }
                        r => r,
                    };
                }
            }
        }
        let found = match self.generic_get_attr(obj, attr) {
            // A descriptor's __get__ raising AttributeError also falls back to __getattr__.
            Err(e) if e.matches(&types().exc.attribute_error) => {
                return self.getattr_hook(obj, attr, e)
            }
            r => r?,
        };
        match found {
            Some(v) => Ok(v),
            None => {
                // Bound methods forward unknown attributes (`__name__`, `__doc__`...) to
                // their function.
                if let Some(Payload::Method { func, .. }) = obj.payload() {
                    let func = func.clone();
                    return self.get_attr(&func, attr);
                }
                let err = self.no_attribute(obj, attr);
                self.getattr_hook(obj, attr, err)
            }
        }
    }

    /// `getattr(obj, name, None)`-like: `Ok(None)` on AttributeError.
    pub fn get_attr_opt(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<Option<Value>> {
        match self.get_attr(obj, attr) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn getattr_hook(&mut self, obj: &Value, attr: &ObjRef, err: PyErr) -> PyResult<Value> {
        let cls = obj.class();
        if cls.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(hook) = self.lookup_type_attr(cls, &names().getattr) {
                return self.call_method_value(&hook, obj, (&[Value::Obj(attr.clone())], &[]));
            }
        }
        Err(err)
    }

    /// `object.__getattribute__`: descriptors, then the instance dict. `Ok(None)` if absent.
    pub fn generic_get_attr(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                return self.type_get_attr(o, attr);
            }
        }
        let cls = obj.class();
        let descr = self.lookup_type_attr(cls, attr);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(obj), cls).map(Some);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                let found = if dict.class().is(&types().dict) {
                    dict_get_str_obj(dict, attr)
                } else {
                    self.dict_get(dict, &Value::Obj(attr.clone()))?
                };
                if found.is_some() {
                    return Ok(found);
                }
            }
        }
        match descr {
            Some(d) => self.descr_get(&d, Some(obj), cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a class object.
    fn type_get_attr(&mut self, cls: &ObjRef, attr: &ObjRef) -> PyResult<Option<Value>> {
        let meta = cls.class().clone();
        let meta_attr = self.lookup_type_attr(&meta, attr);
        let cls_val = Value::Obj(cls.clone());
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, Some(&cls_val), &meta).map(Some);
            }
        }
        if let Some(v) = self.lookup_type_attr(cls, attr) {
            return self.descr_get(&v, None, cls).map(Some);
        }
        match meta_attr {
            Some(d) => self.descr_get(&d, Some(&cls_val), &meta).map(Some),
            None => {
                if meta.type_data().has_flag(flags::HEAPTYPE) {
                    if let Some(hook) = self.lookup_type_attr(&meta, &names().getattr) {
                        return self
                            .call_method_value(&hook, &cls_val, (&[Value::Obj(attr.clone())], &[]))
                            .map(Some);
                    }
                }
                Ok(None)
            }
        }
    }

    /// Does this class attribute define `__set__` or `__delete__`?
    pub fn is_data_descriptor(&mut self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Property(_)) => true,
            Some(Payload::Function(_))
            | Some(Payload::BuiltinFunction(_))
            | Some(Payload::StaticMethod(_))
            | Some(Payload::ClassMethod(_))
            | Some(Payload::Str(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::Dict(_))
            | Some(Payload::List(_))
            | Some(Payload::Type(_))
            | None => false,
            Some(Payload::Native(n)) if n.is::<crate::types::object::SlotMember>() => true,
            Some(_) => {
                let cls = d.class().clone();
                if !cls.type_data().has_flag(flags::HEAPTYPE) {
                    return false;
                }
                self.lookup_type_attr(&cls, &names().set).is_some()
                    || self.lookup_type_attr(&cls, &names().delete).is_some()
            }
        }
    }

    /// Apply the descriptor protocol to a class attribute found for `instance` (None when
    /// looked up on the class itself).
    pub fn descr_get(
        &mut self,
        d: &Value,
        instance: Option<&Value>,
        owner: &ObjRef,
    ) -> PyResult<Value> {
        // Subclasses of property/classmethod/... may override __get__: use the protocol.
        if d.class().type_data().has_flag(flags::HEAPTYPE)
            && !matches!(d.payload(), Some(Payload::Function(_)))
        {
            let cls = d.class().clone();
            if let Some(get) = self.lookup_type_attr(&cls, &names().get) {
                if !matches!(get.payload(), Some(Payload::BuiltinFunction(_))) {
                    let inst = instance.cloned().unwrap_or_else(Value::none);
                    return self.call_method_value(
                        &get,
                        d,
                        (&[inst, Value::Obj(owner.clone())], &[]),
                    );
                }
            }
        }
        self.builtin_descr_get(d, instance, owner)
    }

    /// The builtin descriptors' `__get__` (what `property.__get__` etc. do).
    pub fn builtin_descr_get(
        &mut self,
        d: &Value,
        instance: Option<&Value>,
        owner: &ObjRef,
    ) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(match instance {
                Some(inst) => new_method(d.clone(), inst.clone()),
                None => d.clone(),
            }),
            Some(Payload::BuiltinFunction(b)) => {
                if d.class().is(&vm_types().method_descriptor) {
                    if let Some(inst) = instance {
                        return Ok(crate::native::new_bound(
                            b.name,
                            crate::native::unerase(b.func),
                            inst.clone(),
                            b.qualname.clone(),
                        ));
                    }
                }
                Ok(d.clone())
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::ClassMethod(f)) => Ok(new_method(f.clone(), Value::Obj(owner.clone()))),
            Some(Payload::Property(p)) => match instance {
                None => Ok(d.clone()),
                Some(inst) => match &p.fget {
                    Some(g) => {
                        let g = g.clone();
                        self.call(&g, Args::positional_only(std::slice::from_ref(inst)))
                    }
                    None => Err(attribute_error("property has no getter")),
                },
            },
            Some(Payload::Native(n)) => {
                if let Some(m) = n.downcast_ref::<crate::types::object::SlotMember>() {
                    return match instance {
                        None => Ok(d.clone()),
                        Some(inst) => m.get(inst),
                    };
                }
                Ok(d.clone())
            }
            Some(Payload::Type(_)) | Some(Payload::Str(_)) | None => Ok(d.clone()),
            Some(_) => {
                let cls = d.class().clone();
                if !cls.type_data().has_flag(flags::HEAPTYPE) {
                    return Ok(d.clone());
                }
                match self.lookup_type_attr(&cls, &names().get) {
                    Some(get) => {
                        let inst = instance.cloned().unwrap_or_else(Value::none);
                        self.call_method_value(&get, d, (&[inst, Value::Obj(owner.clone())], &[]))
                    }
                    None => Ok(d.clone()),
                }
            }
        }
    }

    /// Bind a callable found on a type to an instance (used for dunder calls).
    pub fn bind_descriptor(
        &mut self,
        d: &Value,
        instance: Option<&Value>,
        owner: &Value,
    ) -> PyResult<Value> {
        let owner = owner
            .as_obj()
            .cloned()
            .unwrap_or_else(|| types().object.clone());
        self.descr_get(d, instance, &owner)
    }

    /// For `LoadMethod`: if `attr` resolves to a plain function or method descriptor on the
    /// type (not shadowed by the instance dict), return it unbound so the call can pass `obj`
    /// as self directly.
    #[inline]
    pub fn load_method(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                return Ok(None);
            }
        }
        let e = self.attr_entry(obj.class(), attr);
        if e.hooks & hooks::GENERIC_GETATTR == 0
            || !matches!(e.kind, AttrKind::Function | AttrKind::MethodDescriptor)
        {
            return Ok(None);
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                // A dict subclass as `__dict__` could run code on lookup: take the full path.
                if !dict.class().is(&types().dict) || dict_get_str_obj(dict, attr).is_some() {
                    return Ok(None);
                }
            }
        }
        Ok(e.value.clone())
    }

    pub fn set_attr_str(&mut self, obj: &Value, attr: &str, value: Value) -> PyResult<()> {
        self.set_attr(obj, &name(attr), value)
    }

    /// `setattr(obj, name, value)`.
    #[inline]
    pub fn set_attr(&mut self, obj: &Value, attr: &ObjRef, value: Value) -> PyResult<()> {
        match self.set_attr_fast(obj, attr, value) {
            Ok(()) => Ok(()),
            Err(value) => self.set_attr_slow(obj, attr, value),
        }
    }

    /// The common cases of `object.__setattr__` on an instance, from the type cache's plan:
    /// a `__slots__` member, or an instance-dict store when nothing on the type is a data
    /// descriptor. Gives the value back when the full protocol must run.
    #[inline]
    fn set_attr_fast(&mut self, obj: &Value, attr: &ObjRef, value: Value) -> Result<(), Value> {
        let Value::Obj(o) = obj else {
            return Err(value);
        };
        if o.as_type().is_some() {
            return Err(value);
        }
        let e = self.attr_entry(o.class(), attr);
        if e.hooks & hooks::GENERIC_SETATTR == 0 {
            return Err(value);
        }
        match e.kind {
            AttrKind::Slot(i) => match obj.payload() {
                Some(Payload::Slots(s)) if i < s.len() => {
                    drop(s.set(i, value));
                    Ok(())
                }
                _ => Err(value),
            },
            AttrKind::Absent
            | AttrKind::Function
            | AttrKind::MethodDescriptor
            | AttrKind::NonData => match &o.dict {
                Some(dict) if dict.class().is(&types().dict) => {
                    if let Some(len) =
                        crate::dictops::dict_set_hinted(dict, attr, value, &e.dict_hint)
                    {
                        grow_instance_dict_hint(o.class(), len);
                    }
                    Ok(())
                }
                _ => Err(value),
            },
            AttrKind::Data => Err(value),
        }
    }

    #[inline(never)]
    fn set_attr_slow(&mut self, obj: &Value, attr: &ObjRef, value: Value) -> PyResult<()> {
        let cls = obj.class();
        if cls.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(sa) = self.lookup_type_attr(cls, &names().setattr) {
                if !is_object_slot(&sa, ObjectSlot::SetAttr) {
                    self.call_method_value(&sa, obj, (&[Value::Obj(attr.clone()), value], &[]))?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, attr, Some(value))
    }

    pub fn del_attr(&mut self, obj: &Value, attr: &ObjRef) -> PyResult<()> {
        let cls = obj.class();
        if cls.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(da) = self.lookup_type_attr(cls, &names().delattr) {
                if !is_object_slot(&da, ObjectSlot::DelAttr) {
                    self.call_method_value(&da, obj, (&[Value::Obj(attr.clone())], &[]))?;
                    return Ok(());
                }
            }
        }
        self.generic_set_attr(obj, attr, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None` deletes).
    pub fn generic_set_attr(
        &mut self,
        obj: &Value,
        attr: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Value::Obj(o) = obj {
            if o.as_type().is_some() {
                return self.type_set_attr(o, attr, value);
            }
        }
        let cls = obj.class();
        if let Some(d) = self.lookup_type_attr(cls, attr) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, obj, value, attr);
            }
        }
        if let Value::Obj(o) = obj {
            if let Some(dict) = &o.dict {
                return match value {
                    Some(v) => {
                        if dict.class().is(&types().dict) {
                            dict_set_str_obj(dict, attr, v);
                            Ok(())
                        } else {
                            self.dict_set(dict, Value::Obj(attr.clone()), v)
                        }
                    }
                    None => {
                        if dict_del_str_obj(dict, attr).is_none() {
                            Err(self.no_attribute(obj, attr))
                        } else {
                            Ok(())
                        }
                    }
                };
            }
        }
        let n = attr.as_pystr().map_or("", |s| s.as_str());
        if self.lookup_type_attr(cls, attr).is_some() {
            return Err(attribute_error(format!(
                "'{}' object attribute '{n}' is read-only",
                cls.type_name()
            )));
        }
        Err(attribute_error(format!(
            "'{}' object has no attribute '{n}'",
            cls.type_name()
        )))
    }

    fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
        attr: &ObjRef,
    ) -> PyResult<()> {
        if d.class().type_data().has_flag(flags::HEAPTYPE) {
            // A subclass (of property, say) that overrides __set__/__delete__.
            let cls = d.class().clone();
            let hook = if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            };
            if let Some(f) = self.lookup_type_attr(&cls, &name(hook)) {
                if !matches!(f.payload(), Some(Payload::BuiltinFunction(_))) {
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call_method_value(&f, d, (&args, &[]))?;
                    return Ok(());
                }
            }
        }
        match d.payload() {
            Some(Payload::Property(p)) => {
                let f = if value.is_some() {
                    p.fset.clone()
                } else {
                    p.fdel.clone()
                };
                match f {
                    Some(f) => {
                        let mut args = vec![obj.clone()];
                        args.extend(value);
                        self.call(&f, Args::positional_only(&args))?;
                        Ok(())
                    }
                    None => {
                        let n = attr.as_pystr().map_or("", |s| s.as_str());
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        Err(attribute_error(format!(
                            "property '{n}' of '{}' object has no {what}",
                            obj.type_name()
                        )))
                    }
                }
            }
            Some(Payload::Native(n)) if n.is::<crate::types::object::SlotMember>() => {
                let m = n
                    .downcast_ref::<crate::types::object::SlotMember>()
                    .expect("checked");
                m.set(obj, value)
            }
            _ => {
                let cls = d.class().clone();
                let (hook, args) = match value {
                    Some(v) => ("__set__", vec![obj.clone(), v]),
                    None => ("__delete__", vec![obj.clone()]),
                };
                match self.lookup_type_attr(&cls, &name(hook)) {
                    Some(f) => {
                        self.call_method_value(&f, d, (&args, &[]))?;
                        Ok(())
                    }
                    None => Err(attribute_error(format!("__{}__", hook.trim_matches('_')))),
                }
            }
        }
    }

    fn type_set_attr(&mut self, cls: &ObjRef, attr: &ObjRef, value: Option<Value>) -> PyResult<()> {
        let meta = cls.class().clone();
        if let Some(d) = self.lookup_type_attr(&meta, attr) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, &Value::Obj(cls.clone()), value, attr);
            }
        }
        let td = cls.type_data();
        if !td.has_flag(flags::HEAPTYPE) {
            let n = attr.as_pystr().map_or("", |s| s.as_str());
            return Err(crate::error::type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                td.name()
            )));
        }
        let s = attr.as_pystr().expect("attribute names are str");
        {
            let mut d = td.dict.lock();
            match value {
                Some(v) => {
                    d.insert(s.hash(), Value::Obj(attr.clone()), v, |k| {
                        Some(k.as_str() == Some(s.as_str()))
                    })
                    .expect("str keys resolve");
                }
                None => {
                    let removed = d
                        .remove(s.hash(), |k| Some(k.as_str() == Some(s.as_str())))
                        .expect("str keys resolve");
                    if removed.is_none() {
                        drop(d);
                        return Err(attribute_error(format!(
                            "type object '{}' has no attribute '{}'",
                            td.name(),
                            s.as_str()
                        )));
                    }
                }
            }
        }
        td.bump_version();
        invalidate_type_caches();
        if s.as_str() == "__del__" {
            crate::finalize::update_dealloc_hooks(cls);
        }
        Ok(())
    }

    /// CPython's AttributeError for a missing attribute.
    pub fn no_attribute(&self, obj: &Value, attr: &ObjRef) -> PyErr {
        let n = attr.as_pystr().map_or("", |s| s.as_str());
        let msg = match obj.payload() {
            Some(Payload::Module(m)) => format!("module '{m}' has no attribute '{n}'"),
            Some(Payload::Type(t)) => format!("type object '{}' has no attribute '{n}'", t.name()),
            _ => format!("'{}' object has no attribute '{n}'", obj.type_name()),
        };
        let err = attribute_error(msg);
        if let Some(d) = &err.0.dict {
            crate::dictops::dict_set_str(d, "name", Value::Obj(attr.clone()));
            crate::dictops::dict_set_str(d, "obj", obj.clone());
        }
        err
    }
}

/// A bound method object.
pub fn new_method(func: Value, self_: Value) -> Value {
    Value::Obj(ObjRef::new(
        types().method.clone(),
        None,
        Payload::Method { func, self_ },
    ))
}

/// A hit in an exact-dict instance `__dict__` (a dict subclass could run code: callers
/// take the full protocol for those).
#[inline]
fn instance_dict_get(o: &ObjRef, attr: &ObjRef, hint: &Cell<u32>) -> Option<Value> {
    let dict = o.dict.as_ref()?;
    if !dict.class().is(&types().dict) {
        return None;
    }
    crate::dictops::dict_get_hinted(dict, attr, hint)
}

/// An instance dict of `cls` reached `len` attributes: later instances start with room
/// for that many (at most 32, so one odd instance does not bloat all the others).
#[inline]
fn grow_instance_dict_hint(cls: &ObjRef, len: usize) {
    use std::sync::atomic::Ordering::Relaxed;
    let hint = &cls.type_data().instance_dict_hint;
    let len = len.min(32) as u32;
    if len > hint.load(Relaxed) {
        hint.store(len, Relaxed);
    }
}

/// Is this `__slots__` value the mark of an unset slot?
#[inline]
pub fn is_unset_slot(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.is(&types().null_marker))
}

/// The slots of `object` that `is_object_slot` recognises.
#[derive(Clone, Copy)]
pub enum ObjectSlot {
    GetAttribute,
    SetAttr,
    DelAttr,
    Hash,
    Ne,
}

/// Is `v` `object`'s own implementation of `slot` (`__getattribute__`...)? Compared by
/// identity with the (immortal) entry in `object`'s namespace.
#[inline]
pub fn is_object_slot(v: &Value, slot: ObjectSlot) -> bool {
    static SLOTS: std::sync::OnceLock<[Option<Value>; 5]> = std::sync::OnceLock::new();
    let slots = SLOTS.get_or_init(|| {
        let n = names();
        [&n.getattribute, &n.setattr, &n.delattr, &n.hash, &n.ne]
            .map(|n| mro_lookup(&types().object, n))
    });
    slots[slot as usize].as_ref().is_some_and(|s| s.is(v))
}

/// Is `v` the builtin function with this qualified name (e.g. `object.__getattribute__`)?
pub fn is_builtin_named(v: &Value, qualname: &str) -> bool {
    match v.payload() {
        Some(Payload::BuiltinFunction(b)) => b.qualname.as_deref() == Some(qualname),
        _ => false,
    }
}
