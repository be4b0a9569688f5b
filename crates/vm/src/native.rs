//! The native-function ABI: builtin functions and methods written in Rust.
//!
//! A native function receives its arguments as a slice (CPython's "vectorcall"): for methods,
//! `self` is the first element. Keyword arguments are the last `kwnames.len()` elements,
//! named by `kwnames`. Nothing is allocated for a plain positional call.

use pyrite_object::payload::{BuiltinFunction, ErasedFn, Payload, Property};
use pyrite_object::str::intern;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::error::{type_error, PyResult};
use crate::Vm;

pub type NativeFn = fn(&mut Vm, Args<'_>) -> PyResult<Value>;

/// Erase a native function's signature to store it in an object (the object crate does not
/// know the `Vm` type).
pub fn erase(f: NativeFn) -> ErasedFn {
    // SAFETY: function pointers of any signature have the same size and representation;
    // `unerase` casts back to exactly this type before any call.
    unsafe { std::mem::transmute::<NativeFn, ErasedFn>(f) }
}

/// Recover the native function stored by `erase`.
#[inline(always)]
pub fn unerase(f: ErasedFn) -> NativeFn {
    // SAFETY: every `ErasedFn` in a `BuiltinFunction` was produced by `erase` from a
    // `NativeFn` (the only constructor is in this module), so this restores its real type.
    unsafe { std::mem::transmute::<ErasedFn, NativeFn>(f) }
}

/// Arguments of a native call.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    /// Positional arguments followed by keyword-argument values.
    pub values: &'a [Value],
    /// Names of the trailing keyword arguments.
    pub kwnames: &'a [ObjRef],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [Value], kwnames: &'a [ObjRef]) -> Args<'a> {
        Args { values, kwnames }
    }

    pub fn positional_only(values: &'a [Value]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    /// The positional arguments.
    #[inline(always)]
    pub fn pos(&self) -> &'a [Value] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// Keyword arguments as (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let start = self.values.len() - self.kwnames.len();
        self.kwnames
            .iter()
            .map(|k| k.as_pystr().map_or("", |s| s.as_str()))
            .zip(self.values[start..].iter())
    }

    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// The keyword argument `name`, if given.
    pub fn kwarg(&self, name: &str) -> Option<&'a Value> {
        self.kwargs().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    /// The arguments without the first (the `self` of a method).
    pub fn skip_self(&self) -> Args<'a> {
        Args {
            values: &self.values[1..],
            kwnames: self.kwnames,
        }
    }

    /// `self` of a method call.
    #[inline(always)]
    pub fn self_(&self) -> &'a Value {
        &self.values[0]
    }

    /// Fail with CPython's message if keyword arguments were given.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(type_error(format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// Positional arguments, checking there are between `min` and `max` and no keywords.
    pub fn range(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let pos = self.pos();
        let n = pos.len();
        if n < min || n > max {
            return Err(type_error(arity_message(fname, min, max, n)));
        }
        Ok(pos)
    }

    /// Exactly `n` positional arguments and no keywords.
    pub fn exact(&self, fname: &str, n: usize) -> PyResult<&'a [Value]> {
        self.range(fname, n, n)
    }

    /// Bind positional-or-keyword parameters `names`; the first `required` must be given.
    /// Unknown keywords and duplicates get CPython's messages.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        if pos.len() > N {
            return Err(type_error(format!(
                "{fname}() takes at most {N} argument{} ({} given)",
                plural(N),
                pos.len()
            )));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kwargs() {
            match names.iter().position(|n| *n == k) {
                Some(i) if out[i].is_some() => {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(v.clone()),
                None => {
                    return Err(type_error(format!(
                        "{fname}() got an unexpected keyword argument '{k}'"
                    )))
                }
            }
        }
        if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
        Ok(out)
    }
}

/// CPython's arity messages for builtins.
pub fn arity_message(fname: &str, min: usize, max: usize, given: usize) -> String {
    // Dotted names are methods: `self` is not counted in the message.
    if fname.contains('.') {
        let (min, max, given) = (
            min.saturating_sub(1),
            max.saturating_sub(1),
            given.saturating_sub(1),
        );
        return match (min, max) {
            (0, 0) => format!("{fname}() takes no arguments ({given} given)"),
            (1, 1) => format!("{fname}() takes exactly one argument ({given} given)"),
            _ if given < min => format!(
                "{fname}() takes at least {min} argument{} ({given} given)",
                plural(min)
            ),
            _ => format!(
                "{fname}() takes at most {max} argument{} ({given} given)",
                plural(max)
            ),
        };
    }
    if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({given} given)"),
            1 => format!("{fname}() takes exactly one argument ({given} given)"),
            _ => format!("{fname} expected {min} arguments, got {given}"),
        }
    } else if given < min {
        format!(
            "{fname} expected at least {min} argument{}, got {given}",
            plural(min)
        )
    } else {
        format!(
            "{fname} expected at most {max} argument{}, got {given}",
            plural(max)
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A builtin function object (module-level function like `len`). These are made once, when
/// their module (or type) is set up, and live as long as the process: they are immortal, so
/// threads calling `len` never contend on its reference count (PEP 703).
pub fn new_function(name: &'static str, f: NativeFn) -> Value {
    new_documented_function(name, f, None)
}

/// `new_function` with a docstring (`len.__doc__`).
pub fn new_documented_function(
    name: &'static str,
    f: NativeFn,
    doc: Option<&'static str>,
) -> Value {
    immortal(new_builtin(
        &types().builtin_function,
        name,
        f,
        None,
        None,
        doc,
    ))
}

/// A function of module `module`: as in CPython its `__self__` is the module and its
/// `__module__` the module's name (and, not being a descriptor, it does not bind as a
/// method when stored in a class).
pub fn new_module_function(
    module: &ObjRef,
    name: &'static str,
    f: NativeFn,
    doc: Option<&'static str>,
) -> Value {
    let module = Some(Value::Obj(module.clone()));
    immortal(new_builtin(
        &types().builtin_function,
        name,
        f,
        module,
        None,
        doc,
    ))
}

/// Add each `(name, function)` to module `m` as a module function.
pub fn add_functions(m: &ObjRef, fns: &[(&'static str, NativeFn)]) {
    for (name, f) in fns {
        crate::vm::set_attr_str(m, name, new_module_function(m, name, *f, None));
    }
}

fn immortal(v: Value) -> Value {
    if let Value::Obj(o) = &v {
        o.make_immortal();
    }
    v
}

/// A builtin function bound to `self_` (a module, or an instance for bound methods).
pub fn new_bound(name: &'static str, f: NativeFn, self_: Value, qualname: Option<String>) -> Value {
    new_builtin(
        &types().builtin_function,
        name,
        f,
        Some(self_),
        qualname,
        None,
    )
}

fn new_builtin(
    class: &ObjRef,
    name: &'static str,
    f: NativeFn,
    self_: Option<Value>,
    qualname: Option<String>,
    doc: Option<&'static str>,
) -> Value {
    Value::Obj(ObjRef::new(
        class.clone(),
        None,
        Payload::BuiltinFunction(Box::new(BuiltinFunction {
            name,
            func: erase(f),
            self_,
            qualname,
            doc,
        })),
    ))
}

/// Store `value` in a type's namespace.
pub fn set_type_attr(cls: &ObjRef, name: &str, value: Value) {
    // Attributes of builtin types live as long as the process: make them immortal so that
    // threads calling `list.append` & co. never contend on their refcounts (PEP 703).
    if let Value::Obj(o) = &value {
        if !cls
            .type_data()
            .has_flag(pyrite_object::types::flags::HEAPTYPE)
        {
            o.make_immortal();
        }
    }
    let key = intern(name);
    let hash = key.as_pystr().map_or(0, |s| s.hash());
    let data = cls.type_data();
    data.dict
        .lock()
        .insert(hash, Value::Obj(key.clone()), value, |k| {
            Some(k.is_obj(&key))
        })
        .expect("identity comparison is always resolved");
    data.bump_version();
}

/// Add a method (a method descriptor: binds `self` when looked up on an instance).
pub fn add_method(cls: &ObjRef, name: &'static str, f: NativeFn) {
    let qualname = format!("{}.{}", cls.type_name(), name);
    let m = new_builtin(
        &crate::vm::vm_types().method_descriptor,
        name,
        f,
        None,
        Some(qualname),
        None,
    );
    set_type_attr(cls, name, m);
}

/// Add a class method: `f` receives the class as its first argument.
pub fn add_classmethod(cls: &ObjRef, name: &'static str, f: NativeFn) {
    let func = new_function(name, f);
    let cm = ObjRef::new(
        types().classmethod.clone(),
        None,
        Payload::ClassMethod(func),
    );
    set_type_attr(cls, name, Value::Obj(cm));
}

/// Add a static method (e.g. `__new__`, which receives the class explicitly).
pub fn add_staticmethod(cls: &ObjRef, name: &'static str, f: NativeFn) {
    let func = new_function(name, f);
    let sm = ObjRef::new(
        types().staticmethod.clone(),
        None,
        Payload::StaticMethod(func),
    );
    set_type_attr(cls, name, Value::Obj(sm));
}

/// Add a read-only (or, with `setter`, writable) computed attribute.
pub fn add_property(cls: &ObjRef, name: &'static str, getter: NativeFn, setter: Option<NativeFn>) {
    let prop = Property {
        fget: Some(new_function(name, getter)),
        fset: setter.map(|s| new_function(name, s)),
        fdel: None,
        doc: None,
    };
    let p = ObjRef::new(
        types().property.clone(),
        None,
        Payload::Property(Box::new(prop)),
    );
    set_type_attr(cls, name, Value::Obj(p));
}
