//! Calling things: Python functions (argument binding with CPython's error messages),
//! builtins, bound methods, classes, and objects with `__call__`.

use pyrite_object::code::code_flags;
use pyrite_object::payload::{Function, Payload};
use pyrite_object::{ObjRef, Value};

use crate::dictops::dict_table;
use crate::error::{type_error, PyResult};
use crate::eval::{new_cell, Exit, Resume};
use crate::frame::Frame;
use crate::native::{unerase, Args};
use crate::vm::name;
use crate::Vm;

impl Vm {
    /// Call any callable.
    pub fn call(&mut self, callable: &Value, args: Args<'_>) -> PyResult<Value> {
        // Native code can recurse without Python frames (a dunder calling back into the
        // protocol): guard the native stack here too.
        if self.native_stack_exhausted() {
            return Err(crate::error::recursion_error(
                "maximum recursion depth exceeded",
            ));
        }
        let Value::Obj(obj) = callable else {
            return Err(not_callable(callable));
        };
        match &obj.payload {
            Payload::Function(func) => self.call_function(obj, func, args),
            Payload::BuiltinFunction(b) => {
                let f = unerase(b.func);
                if b.self_.is_none()
                    && args.values.is_empty()
                    && obj.class().is(&crate::vm::vm_types().method_descriptor)
                {
                    let owner = b
                        .qualname
                        .as_deref()
                        .and_then(|q| q.split('.').next())
                        .unwrap_or("object");
                    return Err(type_error(format!(
                        "unbound method {}.{}() needs an argument",
                        owner, b.name
                    )));
                }
                match &b.self_ {
                    // Module functions get no self; bound builtin methods prepend it.
                    Some(s) if !matches!(s.payload(), Some(Payload::Module(_))) => {
                        let v = self.args_with_self(s, args.values);
                        let r = f(self, Args::new(&v, args.kwnames));
                        self.recycle_args(v);
                        r
                    }
                    _ => f(self, args),
                }
            }
            Payload::Method { func, self_ } => {
                let v = self.args_with_self(self_, args.values);
                let r = self.call(func, Args::new(&v, args.kwnames));
                self.recycle_args(v);
                r
            }
            Payload::Type(_) => self.call_type(obj, args),
            _ => {
                let cls = obj.class().clone();
                match self.lookup_type_attr(&cls, &pyrite_object::names().call) {
                    Some(call) => {
                        self.call_method_value(&call, callable, (args.values, args.kwnames))
                    }
                    None => Err(not_callable(callable)),
                }
            }
        }
    }

    /// `[self_, *values]` in a reused buffer (method calls would otherwise allocate).
    #[inline]
    pub(crate) fn args_with_self(&mut self, self_: &Value, values: &[Value]) -> Vec<Value> {
        let mut v = self.arg_pool.pop().unwrap_or_default();
        v.push(self_.clone());
        v.extend_from_slice(values);
        v
    }

    /// Return a buffer from `args_with_self` to the pool.
    #[inline]
    pub(crate) fn recycle_args(&mut self, mut v: Vec<Value>) {
        crate::frame::clear_values(&mut v);
        if self.arg_pool.len() < 64 && v.capacity() <= 64 {
            self.arg_pool.push(v);
        }
    }

    /// Call with positional arguments only.
    pub fn call_positional(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::positional_only(args))
    }

    /// Call a function found on a type with `self_` prepended (descriptor-free method call).
    pub fn call_method_value(
        &mut self,
        func: &Value,
        self_: &Value,
        args: ArgsRef<'_>,
    ) -> PyResult<Value> {
        let (values, kwnames) = args;
        // Functions and method descriptors take self as the first argument; anything else
        // goes through the descriptor protocol first.
        let plain = match func.payload() {
            Some(Payload::Function(_)) => true,
            Some(Payload::BuiltinFunction(b)) => b.self_.is_none(),
            _ => false,
        };
        if plain {
            let v = self.args_with_self(self_, values);
            let r = self.call(func, Args::new(&v, kwnames));
            self.recycle_args(v);
            return r;
        }
        let bound = self.bind_descriptor(func, Some(self_), &Value::Obj(self_.class().clone()))?;
        self.call(&bound, Args::new(values, kwnames))
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, method: &str, args: &[Value]) -> PyResult<Value> {
        let name = name(method);
        match self.load_method(obj, &name)? {
            Some(func) => self.call_method_value(&func, obj, (args, &[])),
            None => {
                let attr = self.get_attr(obj, &name)?;
                self.call_positional(&attr, args)
            }
        }
    }

    /// `f(*args, **kwargs)` with a tuple/iterable and an optional mapping.
    pub fn call_ex(
        &mut self,
        callable: &Value,
        args: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Value> {
        let mut values: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => match self.collect(args) {
                Ok(v) => v,
                Err(e)
                    if e.matches(&pyrite_object::types::types().exc.type_error)
                        && crate::protocol::not_iterable_error(&e) =>
                {
                    return Err(type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.function_display_name(callable),
                        args.type_name()
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        let mut kwnames = Vec::new();
        if let Some(kw) = kwargs {
            let Some(d) = kw
                .as_obj()
                .filter(|o| matches!(o.payload, Payload::Dict(_)))
            else {
                return Err(type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.function_display_name(callable),
                    kw.type_name()
                )));
            };
            for (k, v) in dict_table(d).lock().items() {
                match k {
                    Value::Obj(o) if o.as_pystr().is_some() => kwnames.push(o),
                    _ => return Err(type_error("keywords must be strings")),
                }
                values.push(v);
            }
        }
        self.call(callable, Args::new(&values, &kwnames))
    }

    /// Call a Python function: bind arguments into a new frame and run it (or create a
    /// generator for generator functions).
    pub fn call_function(
        &mut self,
        func_obj: &ObjRef,
        func: &Function,
        args: Args<'_>,
    ) -> PyResult<Value> {
        let frame = self.prepare_frame(func, args)?;
        if frame.code.is_generator_like() {
            return Ok(crate::generator::new_generator(func_obj, frame));
        }
        let mut frame = frame;
        let r = self.run_frame(&mut frame, Resume::Start);
        self.release_frame(&mut frame);
        // The frame's locals are gone.
        self.finalize_point();
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(crate::error::system_error(
                "yield from a non-generator frame",
            )),
        }
    }

    /// A new frame for a call of `func`: arguments bound to their slots, cells made.
    #[inline]
    pub(crate) fn prepare_frame(&mut self, func: &Function, args: Args<'_>) -> PyResult<Frame> {
        let code = func
            .code
            .as_code_static()
            .expect("functions hold code objects");
        let mut frame = self.new_frame(code, func.globals.clone(), func.builtins.clone());
        self.bind_frame(&mut frame, func, args)?;
        Ok(frame)
    }

    /// Bind the arguments of a call of `func` to the slots of its new `frame` (whose fast
    /// locals are still empty) and make its cells.
    #[inline]
    pub(crate) fn bind_frame(
        &mut self,
        frame: &mut Frame,
        func: &Function,
        args: Args<'_>,
    ) -> PyResult<()> {
        let code = frame.code;
        let nlocals = code.varnames.len();
        if is_exact_positional(code, &args) {
            // The common call: arguments go straight into their slots.
            // (Plain pushes: `extend`/`resize` are not inlined, a call each per call.)
            frame.fast.reserve(nlocals);
            for v in args.pos() {
                frame.fast.push(Some(v.clone()));
            }
            while frame.fast.len() < nlocals {
                frame.fast.push(None);
            }
        } else {
            frame.fast.resize(nlocals, None);
            self.bind_arguments(func, code, args, &mut frame.fast)?;
        }
        // Cells: fresh cells for cellvars (arguments moved in), then the closure's cells.
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            let mut cells = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
            for arg in code.cell2arg.iter() {
                let init = arg.and_then(|a| frame.fast[a as usize].take());
                cells.push(new_cell(init));
            }
            cells.extend(func.closure.iter().cloned());
            frame.cells = cells;
        }
        Ok(())
    }

    /// Bind call arguments to parameter slots, with CPython 3.11's error messages.
    fn bind_arguments(
        &mut self,
        func: &Function,
        code: &pyrite_object::CodeObject,
        args: Args<'_>,
        fast: &mut [Option<Value>],
    ) -> PyResult<()> {
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.has_flag(code_flags::VARARGS);
        let has_varkw = code.has_flag(code_flags::VARKEYWORDS);
        let pos = args.pos();

        let varargs_slot = argcount + kwonly;
        let varkw_slot = varargs_slot + has_varargs as usize;
        let n_direct = pos.len().min(argcount);
        for (slot, v) in fast.iter_mut().zip(&pos[..n_direct]) {
            *slot = Some(v.clone());
        }
        if has_varargs {
            fast[varargs_slot] = Some(Value::new_tuple(pos[n_direct..].to_vec()));
        } else if pos.len() > argcount {
            return Err(self.too_many_positional(func, code, pos.len(), &args));
        }

        let kwdict = if has_varkw {
            let d = crate::error::new_dict_object();
            fast[varkw_slot] = Some(Value::Obj(d.clone()));
            Some(d)
        } else {
            None
        };

        let posonly = code.posonlyargcount as usize;
        let mut posonly_as_kw: Vec<String> = Vec::new();
        for (kname, value) in args.kwargs() {
            let slot = code.varnames[..argcount + kwonly]
                .iter()
                .position(|v| v.as_pystr().is_some_and(|s| s.as_str() == kname));
            match slot {
                Some(i) if i >= posonly => {
                    if fast[i].is_some() {
                        return Err(type_error(format!(
                            "{}() got multiple values for argument '{kname}'",
                            qualname(func)
                        )));
                    }
                    fast[i] = Some(value.clone());
                }
                _ => match &kwdict {
                    Some(d) => {
                        crate::dictops::dict_set_str(d, kname, value.clone());
                    }
                    None => {
                        if slot.is_some() {
                            posonly_as_kw.push(kname.to_string());
                            continue;
                        }
                        return Err(type_error(format!(
                            "{}() got an unexpected keyword argument '{kname}'",
                            qualname(func)
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname(func),
                posonly_as_kw.join(", ")
            )));
        }

        // Defaults for missing positional parameters.
        if pos.len() < argcount {
            let attrs = func.attrs.lock();
            let defaults: Vec<Value> = match attrs.defaults.as_ref().and_then(|d| d.payload()) {
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => Vec::new(),
            };
            drop(attrs);
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing = Vec::new();
            for i in pos.len()..argcount {
                if fast[i].is_none() {
                    if i >= first_default {
                        fast[i] = Some(defaults[i - first_default].clone());
                    } else {
                        missing.push(varname(code, i));
                    }
                }
            }
            if !missing.is_empty() {
                return Err(missing_args(func, "positional", &missing));
            }
        }
        // Keyword-only defaults.
        if kwonly > 0 {
            let kwdefaults = func.attrs.lock().kwdefaults.clone();
            let mut missing = Vec::new();
            for (i, slot) in fast.iter_mut().enumerate().skip(argcount).take(kwonly) {
                if slot.is_none() {
                    let default = match &kwdefaults {
                        Some(Value::Obj(d)) if matches!(d.payload, Payload::Dict(_)) => {
                            crate::dictops::dict_get_str_obj(d, &code.varnames[i])
                        }
                        _ => None,
                    };
                    match default {
                        Some(v) => *slot = Some(v),
                        None => missing.push(varname(code, i)),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(missing_args(func, "keyword-only", &missing));
            }
        }
        Ok(())
    }

    fn too_many_positional(
        &self,
        func: &Function,
        code: &pyrite_object::CodeObject,
        given: usize,
        args: &Args<'_>,
    ) -> crate::error::PyErr {
        let argcount = code.argcount as usize;
        let ndefaults = match func
            .attrs
            .lock()
            .defaults
            .as_ref()
            .and_then(|d| d.payload())
        {
            Some(Payload::Tuple(t)) => t.len(),
            _ => 0,
        };
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let kwonly_given = args
            .kwargs()
            .filter(|(k, _)| {
                code.varnames[argcount..argcount + code.kwonlyargcount as usize]
                    .iter()
                    .any(|v| v.as_pystr().is_some_and(|s| s.as_str() == *k))
            })
            .count();
        let was_were = if given == 1 { "was" } else { "were" };
        let given_s = if kwonly_given > 0 {
            format!(
                "{given} positional argument{} (and {kwonly_given} keyword-only argument{}) were",
                if given == 1 { "" } else { "s" },
                if kwonly_given == 1 { "" } else { "s" }
            )
        } else {
            format!("{given} {was_were}")
        };
        type_error(format!(
            "{}() takes {takes} but {given_s} given",
            qualname(func)
        ))
    }
}

/// Arguments as (values, kwnames), for `call_method_value`.
pub type ArgsRef<'a> = (&'a [Value], &'a [ObjRef]);

fn varname(code: &pyrite_object::CodeObject, i: usize) -> String {
    code.varnames[i]
        .as_pystr()
        .map_or(String::new(), |s| s.as_str().to_string())
}

fn qualname(func: &Function) -> String {
    let attrs = func.attrs.lock();
    attrs.qualname.as_str().unwrap_or("?").to_string()
}

/// "f() missing 2 required positional arguments: 'a' and 'b'"
fn missing_args(func: &Function, kind: &str, names: &[String]) -> crate::error::PyErr {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    type_error(format!(
        "{}() missing {} required {kind} argument{}: {list}",
        qualname(func),
        names.len(),
        if names.len() == 1 { "" } else { "s" }
    ))
}

pub fn not_callable(v: &Value) -> crate::error::PyErr {
    type_error(format!("'{}' object is not callable", v.type_name()))
}

/// Is this value obviously callable (a function, method, class or builtin)?
pub fn is_callable_value(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::Function(_))
            | Some(Payload::BuiltinFunction(_))
            | Some(Payload::Method { .. })
            | Some(Payload::Type(_))
    ) || v
        .class()
        .type_data()
        .has_flag(pyrite_object::types::flags::HEAPTYPE)
}

/// Is this value callable?
pub fn is_callable(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_))
        | Some(Payload::BuiltinFunction(_))
        | Some(Payload::Method { .. })
        | Some(Payload::Type(_)) => true,
        _ => vm
            .lookup_type_attr(v.class(), &pyrite_object::names().call)
            .is_some(),
    }
}

/// A call that passes exactly the positional parameters, and the function takes nothing else
/// (no keyword-only parameters, no `*args`/`**kwargs`, no defaults needed).
#[inline]
fn is_exact_positional(code: &pyrite_object::CodeObject, args: &Args<'_>) -> bool {
    args.kwnames.is_empty() && takes_exactly(code, args.pos().len())
}

/// Does `code` take exactly `n` positional arguments and nothing else (no defaults needed,
/// no `*args`, `**kwargs` or keyword-only parameters)?
#[inline]
pub(crate) fn takes_exactly(code: &pyrite_object::CodeObject, n: usize) -> bool {
    n == code.argcount as usize
        && code.kwonlyargcount == 0
        && !code.has_flag(code_flags::VARARGS)
        && !code.has_flag(code_flags::VARKEYWORDS)
}
