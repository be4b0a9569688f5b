//! The `builtins` module: functions and the builtin names (types, exceptions, constants).

use pyrite_object::payload::Payload;
use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};

use crate::dictops::dict_set_str;
use crate::error::{type_error, value_error, PyResult};
use crate::native::{new_module_function, Args, NativeFn};
use crate::types::iter::IterKind;
use crate::vm::{name, vm_types};
use crate::Vm;

pub fn init(vm: &mut Vm) {
    let b = vm.interp.builtins.clone();
    let t = types();
    let set = |n: &str, v: Value| dict_set_str(&b, n, v);
    for (n, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &vm_types().super_),
        ("enumerate", &vm_types().enumerate),
        ("zip", &vm_types().zip),
        ("map", &vm_types().map),
        ("filter", &vm_types().filter),
        ("reversed", &vm_types().reversed),
    ] {
        set(n, Value::Obj(cls.clone()));
    }
    for (n, cls) in t.exc.all() {
        set(n, Value::Obj(cls.clone()));
    }
    set("EnvironmentError", Value::Obj(t.exc.os_error.clone()));
    set("IOError", Value::Obj(t.exc.os_error.clone()));
    set("None", Value::none());
    set("True", Value::bool(true));
    set("False", Value::bool(false));
    set("Ellipsis", Value::ellipsis());
    set("NotImplemented", Value::not_implemented());
    set("__debug__", Value::bool(true));
    set("__name__", Value::new_str("builtins"));
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", |vm, a| vm.repr(&a.exact("repr", 1)?[0])),
        ("ascii", |vm, a| vm.ascii(&a.exact("ascii", 1)?[0])),
        ("abs", builtin_abs),
        ("hash", |vm, a| {
            Ok(Value::Int(vm.hash(&a.exact("hash", 1)?[0])?))
        }),
        ("id", |_, a| Ok(Value::Int(a.exact("id", 1)?[0].id()))),
        ("isinstance", |vm, a| {
            let p = a.exact("isinstance", 2)?;
            Ok(Value::bool(vm.isinstance(&p[0], &p[1])?))
        }),
        ("issubclass", |vm, a| {
            let p = a.exact("issubclass", 2)?;
            Ok(Value::bool(vm.issubclass(&p[0], &p[1])?))
        }),
        ("callable", |vm, a| {
            let p = a.exact("callable", 1)?;
            Ok(Value::bool(crate::call::is_callable(vm, &p[0])))
        }),
        ("getattr", builtin_getattr),
        ("setattr", |vm, a| {
            let p = a.exact("setattr", 3)?;
            let n = crate::types::object::attr_name(&p[1])?;
            vm.set_attr(&p[0], &n, p[2].clone())?;
            Ok(Value::none())
        }),
        ("hasattr", |vm, a| {
            let p = a.exact("hasattr", 2)?;
            let n = crate::types::object::attr_name(&p[1])?;
            Ok(Value::bool(vm.get_attr_opt(&p[0], &n)?.is_some()))
        }),
        ("delattr", |vm, a| {
            let p = a.exact("delattr", 2)?;
            let n = crate::types::object::attr_name(&p[1])?;
            vm.del_attr(&p[0], &n)?;
            Ok(Value::none())
        }),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("sorted", builtin_sorted),
        ("min", |vm, a| builtin_minmax(vm, a, "min")),
        ("max", |vm, a| builtin_minmax(vm, a, "max")),
        ("sum", builtin_sum),
        ("any", |vm, a| {
            let p = a.exact("any", 1)?;
            let it = vm.iter(&p[0])?;
            while let Some(x) = vm.next(&it)? {
                if vm.truthy(&x)? {
                    return Ok(Value::bool(true));
                }
            }
            Ok(Value::bool(false))
        }),
        ("all", |vm, a| {
            let p = a.exact("all", 1)?;
            let it = vm.iter(&p[0])?;
            while let Some(x) = vm.next(&it)? {
                if !vm.truthy(&x)? {
                    return Ok(Value::bool(false));
                }
            }
            Ok(Value::bool(true))
        }),
        ("divmod", |vm, a| {
            let p = a.exact("divmod", 2)?;
            builtin_divmod(vm, &p[0], &p[1])
        }),
        ("pow", builtin_pow),
        ("round", builtin_round),
        ("chr", builtin_chr),
        ("ord", builtin_ord),
        ("hex", |vm, a| radix(vm, a, 16, "hex")),
        ("oct", |vm, a| radix(vm, a, 8, "oct")),
        ("bin", |vm, a| radix(vm, a, 2, "bin")),
        ("format", |vm, a| {
            let p = a.range("format", 1, 2)?;
            let spec = p.get(1).cloned().unwrap_or_else(|| Value::new_str(""));
            if spec.as_str().is_none() {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    spec.type_name()
                )));
            }
            vm.format(&p[0], &spec)
        }),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("globals", |vm, _| {
            let f = vm
                .current_frame()
                .ok_or_else(|| crate::error::system_error("no frame"))?;
            Ok(Value::Obj(f.globals.clone()))
        }),
        ("locals", builtin_locals),
        ("input", crate::io::builtin_input),
        ("open", crate::io::builtin_open),
        ("exec", |vm, a| crate::compile::builtin_exec(vm, a, false)),
        ("eval", |vm, a| crate::compile::builtin_exec(vm, a, true)),
        ("compile", crate::compile::builtin_compile),
        ("__import__", crate::import::builtin_import),
        ("__build_class__", crate::types::class::build_class),
    ];
    for (n, f) in fns {
        set(n, new_module_function(&b, n, *f, builtin_doc(n)));
    }
    crate::builtin_iters::init();
}

/// The first paragraph of CPython's docstring for the everyday builtins.
fn builtin_doc(name: &str) -> Option<&'static str> {
    Some(match name {
        "print" => "Prints the values to a stream, or to sys.stdout by default.",
        "len" => "Return the number of items in a container.",
        "repr" => "Return the canonical string representation of the object.",
        "abs" => "Return the absolute value of the argument.",
        "hash" => "Return the hash value for the given object.",
        "id" => "Return the identity of an object.",
        "isinstance" => {
            "Return whether an object is an instance of a class or of a subclass thereof."
        }
        "issubclass" => "Return whether 'cls' is derived from another class or is the same class.",
        "callable" => "Return whether the object is callable (i.e., some kind of function).",
        "getattr" => "Get a named attribute from an object.",
        "setattr" => "Sets the named attribute on the given object to the specified value.",
        "hasattr" => "Return whether the object has an attribute with the given name.",
        "delattr" => "Deletes the named attribute from the given object.",
        "iter" => "Get an iterator from an object.",
        "next" => "Return the next item from the iterator.",
        "sorted" => "Return a new list containing all items from the iterable in ascending order.",
        "min" => "With a single iterable argument, return its smallest item.",
        "max" => "With a single iterable argument, return its biggest item.",
        "sum" => "Return the sum of a 'start' value (default: 0) plus an iterable of numbers",
        "any" => "Return True if bool(x) is True for any x in the iterable.",
        "all" => "Return True if bool(x) is True for all values x in the iterable.",
        "divmod" => "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
        "pow" => "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
        "round" => "Round a number to a given precision in decimal digits.",
        "chr" => "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
        "ord" => "Return the Unicode code point for a one-character string.",
        "hex" => "Return the hexadecimal representation of an integer.",
        "oct" => "Return the octal representation of an integer.",
        "bin" => "Return the binary representation of an integer.",
        "format" => "Return value.__format__(format_spec)",
        "vars" => "Show vars.",
        "dir" => "Show attributes of an object.",
        "globals" => "Return the dictionary containing the current scope's global variables.",
        "locals" => "Return a dictionary containing the current scope's local variables.",
        "input" => "Read a string from standard input.  The trailing newline is stripped.",
        "open" => "Open file and return a stream.  Raise OSError upon failure.",
        "exec" => "Execute the given source in the context of globals and locals.",
        "eval" => "Evaluate the given source in the context of globals and locals.",
        "compile" => "Compile source into a code object that can be executed by exec() or eval().",
        "ascii" => "Return an ASCII-only representation of an object.",
        _ => return None,
    })
}

fn builtin_print(vm: &mut Vm, args: Args) -> PyResult {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = Some(v.clone()).filter(|v| !v.is_none()),
            "end" => end = Some(v.clone()).filter(|v| !v.is_none()),
            "file" => file = Some(v.clone()).filter(|v| !v.is_none()),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "print() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let check = |v: &Option<Value>, what: &str| -> PyResult<()> {
        match v {
            Some(s) if s.as_str().is_none() => Err(type_error(format!(
                "{what} must be None or a string, not {}",
                s.type_name()
            ))),
            _ => Ok(()),
        }
    };
    check(&sep, "sep")?;
    check(&end, "end")?;
    let sep = sep
        .as_ref()
        .and_then(|s| s.as_str())
        .unwrap_or(" ")
        .to_string();
    let end = end
        .as_ref()
        .and_then(|s| s.as_str())
        .unwrap_or("\n")
        .to_string();
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v.as_str() {
            Some(s) if v.class().is(&types().str) => out.push_str(s),
            _ => out.push_str(&vm.str_string(v)?),
        }
    }
    out.push_str(&end);
    let file = match file {
        Some(f) => f,
        None => crate::io::sys_stream(vm, "stdout")?,
    };
    if file.is_none() {
        return Ok(Value::none());
    }
    crate::io::write_to(vm, &file, &out)?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::none())
}

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("len", 1)?;
    Ok(Value::Int(vm.len(&p[0])? as i64))
}

fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("abs", 1)?;
    match &p[0] {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
            })
        }
        Value::Float(f) => return Ok(Value::float(f.get().abs())),
        _ => {}
    }
    let cls = p[0].class().clone();
    match vm.lookup_type_attr(&cls, &name("__abs__")) {
        Some(f) => vm.call_method_value(&f, &p[0], (&[], &[])),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            p[0].type_name()
        ))),
    }
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("getattr", 2, 3)?;
    let n = match p[1].as_str() {
        Some(s) => pyrite_object::str::intern(s),
        None => return Err(type_error("attribute name must be string")),
    };
    match p.get(2) {
        None => vm.get_attr(&p[0], &n),
        Some(default) => Ok(vm
            .get_attr_opt(&p[0], &n)?
            .unwrap_or_else(|| default.clone())),
    }
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("iter", 1, 2)?;
    match p.get(1) {
        None => vm.iter(&p[0]),
        Some(sentinel) => {
            if !crate::call::is_callable(vm, &p[0]) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::types::iter::new_native_iter_of(
                &vm_types().callable_iterator,
                IterKind::Callable {
                    func: p[0].clone(),
                    sentinel: sentinel.clone(),
                },
            ))
        }
    }
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("next", 1, 2)?;
    let cls = p[0].class().clone();
    let is_iter = p[0]
        .payload()
        .is_some_and(|pl| matches!(pl, Payload::Native(_)))
        || vm.lookup_type_attr(&cls, &name("__next__")).is_some();
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            p[0].type_name()
        )));
    }
    // Call __next__ directly to keep the StopIteration value for next() without default.
    match p.get(1) {
        Some(default) => Ok(vm.next(&p[0])?.unwrap_or_else(|| default.clone())),
        None => {
            // Through __next__, so a generator's return value reaches StopIteration.value.
            if let Some(f) = vm.lookup_type_attr(&cls, &name("__next__")) {
                return vm.call_method_value(&f, &p[0], (&[], &[]));
            }
            match vm.next(&p[0])? {
                Some(v) => Ok(v),
                None => Err(crate::error::stop_iteration(Value::none())),
            }
        }
    }
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            p.len()
        )));
    }
    let mut items = vm.collect(&p[0])?;
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "sort() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    crate::types::list::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::new_list(items))
}

fn builtin_minmax(vm: &mut Vm, args: Args, which: &str) -> PyResult {
    let p = args.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|v| !v.is_none()),
            "default" => default = Some(v.clone()),
            other => {
                return Err(type_error(format!(
                    "{which}() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let items = match p.len() {
        0 => {
            return Err(type_error(format!(
                "{which} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect(&p[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {which}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{which}() arg is an empty sequence"))),
        };
    }
    let op = if which == "min" {
        pyrite_object::bytecode::ComparisonOperator::Lt
    } else {
        pyrite_object::bytecode::ComparisonOperator::Gt
    };
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call_positional(k, std::slice::from_ref(&best))?,
        None => best.clone(),
    };
    for it in &items[1..] {
        let k = match &key {
            Some(kf) => vm.call_positional(kf, std::slice::from_ref(it))?,
            None => it.clone(),
        };
        if vm.compare_bool(&k, &best_key, op)? {
            best = it.clone();
            best_key = k;
        }
    }
    Ok(best)
}

fn builtin_sum(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, start] = args.bind("sum", ["iterable", "start"], 1)?;
    let mut acc = start.unwrap_or(Value::Int(0));
    if acc.as_str().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = vm.iter(&iterable.expect("required"))?;
    // CPython 3.11 adds left to right (3.12 switched floats to compensated summation).
    while let Some(x) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &x, pyrite_object::bytecode::BinaryOperator::Add)?;
    }
    Ok(acc)
}

fn builtin_divmod(vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    if crate::ops::is_numeric(a)
        && crate::ops::is_numeric(b)
        && !a
            .class()
            .type_data()
            .has_flag(pyrite_object::types::flags::HEAPTYPE)
        && !b
            .class()
            .type_data()
            .has_flag(pyrite_object::types::flags::HEAPTYPE)
    {
        let r = crate::types::int::number_divmod(vm, a, b)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    match vm.dunder_binop(a, b, "__divmod__", "__rdivmod__")? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.type_name(),
            b.type_name()
        ))),
    }
}

fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult {
    let [base, exp, modulo] = args.bind("pow", ["base", "exp", "mod"], 2)?;
    let (base, exp) = (base.expect("required"), exp.expect("required"));
    match modulo.filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, pyrite_object::bytecode::BinaryOperator::Power),
        Some(m) => {
            let (Some(b), Some(e), Some(md)) = (
                crate::ops::as_int(&base),
                crate::ops::as_int(&exp),
                crate::ops::as_int(&m),
            ) else {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            let (b, e, md) = (b.to_big(), e.to_big(), md.to_big());
            if num_traits::Zero::is_zero(&md) {
                return Err(value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if num_traits::Signed::is_negative(&e) {
                let inv = mod_inverse(&b, &md)
                    .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
                inv.modpow(&-e, &md)
            } else {
                b.modpow(&e, &md)
            };
            // Result takes the sign of the modulus, like %.
            let r = num_integer::Integer::mod_floor(&r, &md);
            Ok(Value::from_bigint(r))
        }
    }
}

fn mod_inverse(a: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    let g = a.extended_gcd(m);
    if g.gcd != num_bigint::BigInt::from(1) && g.gcd != num_bigint::BigInt::from(-1) {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn builtin_round(vm: &mut Vm, args: Args) -> PyResult {
    let [number, ndigits] = args.bind("round", ["number", "ndigits"], 1)?;
    let number = number.expect("required");
    let cls = number.class().clone();
    match vm.lookup_type_attr(&cls, &name("__round__")) {
        Some(f) => {
            let a: Vec<Value> = ndigits.into_iter().collect();
            vm.call_method_value(&f, &number, (&a, &[]))
        }
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            number.type_name()
        ))),
    }
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("chr", 1)?;
    let i = vm.index(&p[0])?;
    match crate::ops::as_int(&i) {
        Some(crate::ops::IntRef::Small(n)) if (0..=0x10ffff).contains(&n) => {
            match char::from_u32(n as u32) {
                Some(c) => Ok(Value::new_str(c.to_string())),
                None => Err(value_error(
                    "surrogate code points are not supported by Pyrite",
                )),
            }
        }
        Some(crate::ops::IntRef::Small(_)) => Err(value_error("chr() arg not in range(0x110000)")),
        _ => Err(crate::error::overflow_error(
            "Python int too large to convert to C int",
        )),
    }
}

fn builtin_ord(_vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("ord", 1)?;
    if let Some(s) = p[0].as_str() {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(Value::Int(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if let Some(b) = crate::types::bytes::bytes_of(&p[0]) {
        if b.len() == 1 {
            return Ok(Value::Int(b[0] as i64));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        p[0].type_name()
    )))
}

fn radix(vm: &mut Vm, args: Args, base: u32, fname: &str) -> PyResult {
    let p = args.exact(fname, 1)?;
    let i = vm.index(&p[0])?;
    let b = crate::ops::as_int(&i).expect("index returns int").to_big();
    Ok(Value::new_str(pyrite_object::format::to_radix_string(
        &b, base, true,
    )))
}

fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("vars", 0, 1)?;
    match p.first() {
        None => builtin_locals(vm, args),
        Some(o) => match vm.get_attr_opt(o, &name("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("dir", 0, 1)?;
    match p.first() {
        None => {
            let l = builtin_locals(vm, args)?;
            let keys = vm.call_method(&l, "keys", &[])?;
            let mut items = vm.collect(&keys)?;
            crate::types::list::sort_values(vm, &mut items, None, false)?;
            Ok(Value::new_list(items))
        }
        Some(o) => {
            let names = if let Some(Payload::Module(_)) = o.payload() {
                let d = o
                    .as_obj()
                    .and_then(|m| m.dict.clone())
                    .expect("module dict");
                let keys = crate::dictops::dict_table(&d).lock().keys();
                Value::new_list(keys)
            } else if let Some(Payload::Type(_)) = o.payload() {
                let cls = o.as_obj().expect("type").clone();
                let mut v = Vec::new();
                for t in cls.mro() {
                    v.extend(t.type_data().dict.lock().keys());
                }
                Value::new_list(v)
            } else {
                vm.call_method(o, "__dir__", &[])?
            };
            let mut items = vm.collect(&names)?;
            let mut seen = std::collections::HashSet::new();
            items.retain(|v| seen.insert(v.as_str().unwrap_or("").to_string()));
            crate::types::list::sort_values(vm, &mut items, None, false)?;
            Ok(Value::new_list(items))
        }
    }
}

/// `locals()`: the locals mapping, or a snapshot dict of a function's fast locals.
fn builtin_locals(vm: &mut Vm, _args: Args) -> PyResult {
    current_locals(vm)
}

/// The running frame's locals (see `locals()`).
pub fn current_locals(vm: &mut Vm) -> PyResult {
    let f = vm
        .current_frame()
        .ok_or_else(|| crate::error::system_error("no frame"))?;
    if let Some(l) = &f.locals {
        return Ok(Value::Obj(l.clone()));
    }
    let code = f.code;
    let mut pairs: Vec<(ObjRef, Value)> = Vec::new();
    for (i, n) in code.varnames.iter().enumerate() {
        if let Some(v) = &f.fast[i] {
            pairs.push((n.clone(), v.clone()));
        }
    }
    for (i, n) in code.cellvars.iter().chain(code.freevars.iter()).enumerate() {
        if let Some(v) = crate::eval::cell_get(&f.cells[i]) {
            pairs.push((n.clone(), v));
        }
    }
    let d = crate::error::new_dict_object();
    for (k, v) in pairs {
        crate::dictops::dict_set_str_obj(&d, &k, v);
    }
    Ok(Value::Obj(d))
}

/// `dir(obj)` as Rust strings (for suggestions).
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<String>> {
    let l = builtin_dir(vm, Args::positional_only(std::slice::from_ref(obj)))?;
    Ok(vm
        .collect(&l)?
        .iter()
        .filter_map(|v| v.as_str().map(String::from))
        .collect())
}
