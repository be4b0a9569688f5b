//! The abstract object protocols: truth, length, items, membership, iteration, repr/str,
//! `format`, context managers.

use pyrite_object::payload::Payload;
use pyrite_object::types::{flags, types};
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, value_error, PyResult};
use crate::native::Args;
use crate::types::iter::{new_native_iter, IterKind};
use crate::vm::name;
use crate::Vm;

impl Vm {
    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(f.get() != 0.0),
            Value::Obj(o) => {
                let t = types();
                if o.is(&t.true_value) {
                    return Ok(true);
                }
                if o.is(&t.false_value) || o.is(&t.none_value) {
                    return Ok(false);
                }
                if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                    if let Some(b) = builtin_truth(o) {
                        return Ok(b);
                    }
                }
            }
        }
        let cls = v.class().clone();
        if let Some(f) = self.lookup_type_attr(&cls, &pyrite_object::names().bool_) {
            let r = self.call_method_value(&f, v, (&[], &[]))?;
            return match r.payload() {
                Some(Payload::Bool(b)) => Ok(*b),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    r.type_name()
                ))),
            };
        }
        if let Some(f) = self.lookup_type_attr(&cls, &pyrite_object::names().len) {
            let r = self.call_method_value(&f, v, (&[], &[]))?;
            return Ok(self.len_result(&r)? != 0);
        }
        Ok(true)
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Value::Obj(o) = v {
            if let Some(n) = builtin_len(o) {
                return Ok(n);
            }
        }
        let cls = v.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().len) {
            Some(f) => {
                let r = self.call_method_value(&f, v, (&[], &[]))?;
                self.len_result(&r)
            }
            None => Err(type_error(format!(
                "object of type '{}' has no len()",
                v.type_name()
            ))),
        }
    }

    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        match crate::ops::as_int(r) {
            Some(crate::ops::IntRef::Small(n)) if n >= 0 => Ok(n as usize),
            Some(_) if r.is_not_implemented() => Err(type_error(
                "'NotImplementedType' object cannot be interpreted as an integer",
            )),
            Some(crate::ops::IntRef::Small(_)) => Err(value_error("__len__() should return >= 0")),
            Some(crate::ops::IntRef::Big(b)) => {
                if num_traits::Signed::is_negative(b) {
                    Err(value_error("__len__() should return >= 0"))
                } else {
                    Err(crate::error::overflow_error(
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            }
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                r.type_name()
            ))),
        }
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = container {
            if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                if let Some(r) = crate::types::builtin_getitem(self, o, key)? {
                    return Ok(r);
                }
            }
        }
        let cls = container.class().clone();
        if let Some(f) = self.lookup_type_attr(&cls, &pyrite_object::names().getitem) {
            return self.call_method_value(&f, container, (std::slice::from_ref(key), &[]));
        }
        if let Value::Obj(o) = container {
            if o.as_type().is_some() {
                let ci = name("__class_getitem__");
                if let Some(f) = self.get_attr_opt(container, &ci)? {
                    return self.call_positional(&f, std::slice::from_ref(key));
                }
                return Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    o.type_name()
                )));
            }
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            container.type_name()
        )))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                if let Some(()) = crate::types::builtin_setitem(self, o, &key, Some(value.clone()))?
                {
                    return Ok(());
                }
            }
        }
        let cls = container.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().setitem) {
            Some(f) => {
                self.call_method_value(&f, container, (&[key, value], &[]))?;
                Ok(())
            }
            None => Err(type_error(format!(
                "'{}' object does not support item assignment",
                container.type_name()
            ))),
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if let Value::Obj(o) = container {
            if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                if let Some(()) = crate::types::builtin_setitem(self, o, key, None)? {
                    return Ok(());
                }
            }
        }
        let cls = container.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().delitem) {
            Some(f) => {
                self.call_method_value(&f, container, (std::slice::from_ref(key), &[]))?;
                Ok(())
            }
            None => Err(type_error(format!(
                "'{}' object doesn't support item deletion",
                container.type_name()
            ))),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Obj(o) = container {
            if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                if let Some(r) = crate::types::builtin_contains(self, o, item)? {
                    return Ok(r);
                }
            }
        }
        let cls = container.class().clone();
        if let Some(f) = self.lookup_type_attr(&cls, &pyrite_object::names().contains) {
            let r = self.call_method_value(&f, container, (std::slice::from_ref(item), &[]))?;
            return self.truthy(&r);
        }
        if self
            .lookup_type_attr(&cls, &pyrite_object::names().iter)
            .is_none()
            && self
                .lookup_type_attr(&cls, &pyrite_object::names().getitem)
                .is_none()
        {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                container.type_name()
            )));
        }
        let it = self.iter(container)?;
        while let Some(v) = self.next(&it)? {
            if v.is(item) || self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                if let Some(it) = crate::types::builtin_iter(self, o)? {
                    return Ok(it);
                }
            }
        }
        let cls = v.class().clone();
        if let Some(f) = self.lookup_type_attr(&cls, &pyrite_object::names().iter) {
            if f.is_none() {
                return Err(not_iterable(v));
            }
            let it = self.call_method_value(&f, v, (&[], &[]))?;
            let itc = it.class().clone();
            if self
                .lookup_type_attr(&itc, &pyrite_object::names().next)
                .is_none()
            {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    it.type_name()
                )));
            }
            return Ok(it);
        }
        if self
            .lookup_type_attr(&cls, &pyrite_object::names().getitem)
            .is_some()
        {
            return Ok(new_native_iter(IterKind::GetItem {
                obj: v.clone(),
                index: 0,
            }));
        }
        Err(not_iterable(v))
    }

    /// `next(it)`; `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if let Payload::Native(n) = &o.payload {
                if let Some(ni) = n.downcast_ref::<crate::types::iter::NativeIter>() {
                    return ni.next(self);
                }
                if n.is::<crate::generator::Generator>() {
                    return crate::generator::generator_next(self, o);
                }
                if let Some(it) = n.downcast_ref::<crate::types::big_range::BigRangeIter>() {
                    return Ok(it.next());
                }
            }
        }
        let cls = it.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().next) {
            Some(f) => match self.call_method_value(&f, it, (&[], &[])) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&types().exc.stop_iteration) => Ok(None),
                Err(e) => Err(e),
            },
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                it.type_name()
            ))),
        }
    }

    /// Collect an iterable into a Vec.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if o.class().is(&types().list) || o.class().is(&types().tuple) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.to_vec()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack exactly `n` items (`a, b = seq`).
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            // Exact tuples and lists only: a subclass may define its own __iter__.
            let direct = match &o.payload {
                Payload::Tuple(t) if o.class().is(&types().tuple) => Some(t.to_vec()),
                Payload::List(l) if o.class().is(&types().list) => Some(l.to_vec()),
                _ => None,
            };
            if let Some(items) = direct {
                return check_unpack_len(items, n);
            }
        }
        let it = match self.iter(v) {
            Ok(it) => it,
            Err(e) if e.matches(&types().exc.type_error) => {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    v.type_name()
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while let Some(x) = self.next(&it)? {
            if out.len() == n {
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
            out.push(x);
        }
        check_unpack_len(out, n)
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(Value::new_str(s))
    }

    /// `repr(v)` as a Rust string.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Int(i) => return Ok(i.to_string()),
            Value::Float(f) => return Ok(pyrite_object::format::repr_float(f.get())),
            Value::Obj(o) => {
                if !o.class().type_data().has_flag(flags::HEAPTYPE) {
                    if let Some(s) = crate::types::builtin_repr(self, o)? {
                        return Ok(s);
                    }
                }
            }
        }
        let cls = v.class().clone();
        let f = self
            .lookup_type_attr(&cls, &name("__repr__"))
            .expect("object defines __repr__");
        let r = self.call_method_value(&f, v, (&[], &[]))?;
        match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(type_error(format!(
                "__repr__ returned non-string (type {})",
                r.type_name()
            ))),
        }
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if o.class().is(&types().str) {
                return Ok(v.clone());
            }
        }
        match v {
            Value::Int(_) | Value::Float(_) => return self.repr(v),
            Value::Obj(o) if !o.class().type_data().has_flag(flags::HEAPTYPE) => {
                if let Some(s) = crate::types::builtin_str(self, o)? {
                    return Ok(Value::new_str(s));
                }
            }
            _ => {}
        }
        let cls = v.class().clone();
        let f = self
            .lookup_type_attr(&cls, &name("__str__"))
            .expect("object defines __str__");
        let r = self.call_method_value(&f, v, (&[], &[]))?;
        if r.as_pystr().is_some() {
            Ok(r)
        } else {
            Err(type_error(format!(
                "__str__ returned non-string (type {})",
                r.type_name()
            )))
        }
    }

    /// `str(v)` as a Rust string.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let s = self.str(v)?;
        Ok(s.as_str().unwrap_or("").to_string())
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        Ok(Value::new_str(crate::types::str::ascii_escape(&r)))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let spec_s = spec.as_str().unwrap_or("");
        if spec_s.is_empty() {
            // f"{s}" and f"{n}", the common cases, skip the format-spec machinery.
            match v {
                Value::Obj(o) if o.class().is(&types().str) => return Ok(v.clone()),
                Value::Int(n) => return Ok(Value::new_str(decimal(*n))),
                _ => {}
            }
        }
        if !v.class().type_data().has_flag(flags::HEAPTYPE) {
            if let Some(s) = crate::types::builtin_format(self, v, spec_s)? {
                return Ok(Value::new_str(s));
            }
        }
        let cls = v.class().clone();
        let f = self
            .lookup_type_attr(&cls, &name("__format__"))
            .expect("object defines __format__");
        let r = self.call_method_value(&f, v, (std::slice::from_ref(spec), &[]))?;
        if r.as_pystr().is_none() {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                r.type_name()
            )));
        }
        Ok(r)
    }

    /// A new set from items, added left to right (`BUILD_SET`: CPython's order for a display
    /// with non-constant items).
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut table = pyrite_object::set::SetTable::new();
        for it in items {
            self.frozen_add(&mut table, it)?;
        }
        Ok(crate::types::set::new_set_from_table(table))
    }

    /// `d.update(mapping)` semantics for `{**m}`: mappings via `keys()`, or pairs.
    pub fn dict_update_from(&mut self, d: &ObjRef, mapping: &Value) -> PyResult<()> {
        if let Some(Payload::Dict(t)) = mapping.payload() {
            let items = t.lock().items();
            for (k, v) in items {
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let keys = self.call_method(mapping, "keys", &[])?;
        for k in self.collect(&keys)? {
            let v = self.getitem(mapping, &k)?;
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `f(**a, **b)`: merge into the kwargs dict, rejecting duplicate keys.
    pub fn dict_merge_kwargs(&mut self, d: &ObjRef, mapping: &Value, func: &Value) -> PyResult<()> {
        let items: Vec<(Value, Value)> = match mapping.payload() {
            Some(Payload::Dict(t)) => t.lock().items(),
            _ => {
                let keys = match self.get_attr_opt(mapping, &name("keys"))? {
                    Some(k) => k,
                    None => {
                        return Err(type_error(format!(
                            "{} argument after ** must be a mapping, not {}",
                            self.function_display_name(func),
                            mapping.type_name()
                        )))
                    }
                };
                let keys = self.call_positional(&keys, &[])?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.getitem(mapping, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if k.as_pystr().is_none() {
                return Err(type_error(format!(
                    "{} keywords must be strings",
                    self.function_display_name(func)
                )));
            }
            if self.dict_get(d, &k)?.is_some() {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.function_display_name(func),
                    k.as_str().unwrap_or("")
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    /// `f()` for messages about a callable.
    pub fn function_display_name(&mut self, func: &Value) -> String {
        match func.payload() {
            Some(Payload::Function(f)) => {
                let a = f.attrs.lock();
                let q = a.qualname.as_str().unwrap_or("?").to_string();
                match a.module.as_str() {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::BuiltinFunction(b)) => format!("{}()", b.name),
            Some(Payload::Method { func, .. }) => {
                let f = func.clone();
                self.function_display_name(&f)
            }
            _ => format!("{} object", func.type_name()),
        }
    }

    /// `with mgr:` entry: returns (bound `__exit__`, result of `__enter__()`).
    pub fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let cls = mgr.class().clone();
        let enter = self.lookup_type_attr(&cls, &name("__enter__"));
        let exit = self.lookup_type_attr(&cls, &name("__exit__"));
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.lookup_type_attr(&cls, &name("__enter__")).is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            return Err(type_error(format!(
                "'{}' object does not support the context manager protocol{missing}",
                mgr.type_name()
            )));
        };
        let exit_bound = self.bind_descriptor(&exit, Some(mgr), &Value::Obj(cls))?;
        let entered = self.call_method_value(&enter, mgr, (&[], &[]))?;
        Ok((exit_bound, entered))
    }

    /// `isinstance(v, cls)` honouring `__instancecheck__` and tuples.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(Payload::Tuple(items)) = cls.payload() {
            for c in items.iter() {
                if self.isinstance(v, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let Some(c) = cls.as_obj().filter(|c| c.as_type().is_some()) else {
            // Any object whose type defines __instancecheck__ may be used (typing aliases).
            let meta = cls.class().clone();
            if let Some(f) = self.lookup_type_attr(&meta, &name("__instancecheck__")) {
                let r = self.call_method_value(&f, cls, (std::slice::from_ref(v), &[]))?;
                return self.truthy(&r);
            }
            return Err(type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            ));
        };
        if v.isinstance(c) {
            return Ok(true);
        }
        let meta = c.class().clone();
        if meta.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(f) = self.lookup_type_attr(&meta, &name("__instancecheck__")) {
                let r = self.call_method_value(&f, cls, (std::slice::from_ref(v), &[]))?;
                return self.truthy(&r);
            }
        }
        Ok(false)
    }

    /// `issubclass(sub, cls)` honouring `__subclasscheck__` and tuples.
    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if let Some(Payload::Tuple(items)) = cls.payload() {
            for c in items.iter() {
                if self.issubclass(sub, c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let Some(c) = cls.as_obj().filter(|c| c.as_type().is_some()) else {
            let meta = cls.class().clone();
            if let Some(f) = self.lookup_type_attr(&meta, &name("__subclasscheck__")) {
                let r = self.call_method_value(&f, cls, (std::slice::from_ref(sub), &[]))?;
                return self.truthy(&r);
            }
            return Err(type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            ));
        };
        let Some(s) = sub.as_obj().filter(|c| c.as_type().is_some()) else {
            return Err(type_error("issubclass() arg 1 must be a class"));
        };
        if s.is_subtype(c) {
            return Ok(true);
        }
        let meta = c.class().clone();
        if meta.type_data().has_flag(flags::HEAPTYPE) {
            if let Some(f) = self.lookup_type_attr(&meta, &name("__subclasscheck__")) {
                let r = self.call_method_value(&f, cls, (std::slice::from_ref(sub), &[]))?;
                return self.truthy(&r);
            }
        }
        Ok(false)
    }

    /// `operator.index(v)`: an int via `__index__`.
    pub fn index(&mut self, v: &Value) -> PyResult<Value> {
        if crate::ops::as_int(v).is_some() {
            return Ok(v.clone());
        }
        let cls = v.class().clone();
        match self.lookup_type_attr(&cls, &pyrite_object::names().index) {
            Some(f) => {
                let r = self.call_method_value(&f, v, (&[], &[]))?;
                if crate::ops::as_int(&r).is_none() {
                    return Err(type_error(format!(
                        "__index__ returned non-int (type {})",
                        r.type_name()
                    )));
                }
                Ok(r)
            }
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.type_name()
            ))),
        }
    }

    /// An `i64` from an index-like value (OverflowError if too big).
    pub fn to_i64(&mut self, v: &Value) -> PyResult<i64> {
        let i = self.index(v)?;
        match crate::ops::as_int(&i) {
            Some(crate::ops::IntRef::Small(n)) => Ok(n),
            Some(crate::ops::IntRef::Big(b)) if num_traits::ToPrimitive::to_i64(b).is_some() => {
                Ok(num_traits::ToPrimitive::to_i64(b).expect("checked"))
            }
            _ => Err(crate::error::index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                v.type_name()
            ))),
        }
    }

    /// Call `func(*args)` and call `f` for each item of the resulting iterator.
    pub fn call_kw(
        &mut self,
        callable: &Value,
        args: &[Value],
        kwargs: &[(&str, Value)],
    ) -> PyResult<Value> {
        let mut values = args.to_vec();
        let mut names = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            names.push(name(k));
            values.push(v.clone());
        }
        self.call(callable, Args::new(&values, &names))
    }
}

fn check_unpack_len(items: Vec<Value>, n: usize) -> PyResult<Vec<Value>> {
    if items.len() == n {
        return Ok(items);
    }
    if items.len() > n {
        Err(value_error(format!(
            "too many values to unpack (expected {n})"
        )))
    } else {
        Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )))
    }
}

/// Is this the "'X' object is not iterable" TypeError?
pub fn not_iterable_error(e: &crate::error::PyErr) -> bool {
    crate::types::exception_message(e).ends_with("object is not iterable")
}

pub fn not_iterable(v: &Value) -> crate::error::PyErr {
    type_error(format!("'{}' object is not iterable", v.type_name()))
}

fn builtin_truth(o: &ObjRef) -> Option<bool> {
    Some(match &o.payload {
        Payload::Int(b) => !num_traits::Zero::is_zero(b),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Payload::Bool(b) => *b,
        _ => return builtin_len(o).map(|n| n != 0),
    })
}

/// Length of builtin containers.
pub fn builtin_len(o: &ObjRef) -> Option<usize> {
    if o.class().type_data().has_flag(flags::HEAPTYPE) {
        // A subclass may override __len__.
        return None;
    }
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.lock().len(),
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.len(),
        Payload::Dict(d) => d.lock().len(),
        Payload::Set(s) => s.lock().len(),
        Payload::FrozenSet(s) => s.len(),
        Payload::Range { start, stop, step } => {
            crate::types::range::range_len(*start, *stop, *step) as usize
        }
        Payload::Native(n) if n.is::<crate::types::big_range::BigRange>() => {
            return crate::types::big_range::len(n.downcast_ref().expect("checked")).ok();
        }
        _ => return None,
    })
}

/// `str(n)` for a small int, built in a stack buffer so the str gets an exact-size allocation.
pub(crate) fn decimal(n: i64) -> Box<str> {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    let digits = std::str::from_utf8(&buf[at..]).expect("ascii digits");
    if n < 0 {
        format!("-{digits}").into_boxed_str()
    } else {
        digits.into()
    }
}
