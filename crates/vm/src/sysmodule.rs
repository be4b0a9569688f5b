//! The `sys` module (part of the VM: it exposes interpreter state) and `SimpleNamespace`.

use pyrite_object::payload::Payload;
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::dictops::{dict_get_str, dict_set_str};
use crate::error::{type_error, value_error, PyResult};
use crate::native::{add_method, add_staticmethod, Args, NativeFn};
use crate::vm::new_module;
use crate::Vm;

pub const VERSION: (i64, i64, i64) = (3, 12, 0);

pub fn namespace_type() -> &'static ObjRef {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = types();

        make_type(
            &t.type_,
            "SimpleNamespace",
            std::slice::from_ref(&t.object),
            Layout::Object,
        )
    })
}

/// A `types.SimpleNamespace` with the given attributes.
pub fn new_namespace(fields: &[(&str, Value)]) -> Value {
    let dict = crate::error::new_dict_object();
    for (k, v) in fields {
        dict_set_str(&dict, k, v.clone());
    }
    Value::Obj(ObjRef::new(
        namespace_type().clone(),
        Some(dict),
        Payload::Empty,
    ))
}

fn init_namespace_type() {
    let ns = namespace_type();
    add_staticmethod(ns, "__new__", |_, a| {
        let cls = a.values[0]
            .as_obj()
            .cloned()
            .ok_or_else(|| type_error("SimpleNamespace.__new__(X): X is not a type"))?;
        Ok(Value::Obj(ObjRef::new(
            cls,
            Some(crate::error::new_dict_object()),
            Payload::Empty,
        )))
    });
    add_method(ns, "__init__", |vm, a| {
        let this = a.self_().clone();
        if a.pos().len() > 1 {
            return Err(type_error("no positional arguments expected"));
        }
        for (k, v) in a.kwargs() {
            vm.set_attr_str(&this, k, v.clone())?;
        }
        Ok(Value::none())
    });
    add_method(ns, "__repr__", |vm, a| {
        let this = a.self_().clone();
        let d = this
            .as_obj()
            .and_then(|o| o.dict.clone())
            .expect("namespace dict");
        let items = crate::dictops::dict_table(&d).lock().items();
        let mut parts = Vec::new();
        for (k, v) in items {
            parts.push(format!(
                "{}={}",
                k.as_str().unwrap_or("?"),
                vm.repr_string(&v)?
            ));
        }
        let name = if this.class().is(namespace_type()) {
            "namespace".to_string()
        } else {
            this.type_name()
        };
        Ok(Value::new_str(format!("{name}({})", parts.join(", "))))
    });
    add_method(ns, "__eq__", |vm, a| {
        let p = a.exact("__eq__", 2)?;
        if !p[1].isinstance(namespace_type()) {
            return Ok(Value::not_implemented());
        }
        let d0 = Value::Obj(p[0].as_obj().and_then(|o| o.dict.clone()).expect("dict"));
        let d1 = Value::Obj(p[1].as_obj().and_then(|o| o.dict.clone()).expect("dict"));
        vm.rich_compare(&d0, &d1, pyrite_object::bytecode::ComparisonOperator::Eq)
    });
    crate::native::set_type_attr(ns, "__module__", Value::new_str("types"));
}

/// Build the `sys` module.
pub fn create(vm: &mut Vm) -> ObjRef {
    init_namespace_type();
    init_frame_type();
    let m = new_module("sys");
    let d = m.dict.clone().expect("module dict");
    let set = |n: &str, v: Value| dict_set_str(&d, n, v);
    let cfg = vm.interp.config.clone();
    set(
        "argv",
        Value::new_list(
            cfg.argv
                .iter()
                .map(|a| Value::new_str(a.as_str()))
                .collect(),
        ),
    );
    let mut path: Vec<Value> = cfg
        .path
        .iter()
        .map(|p| Value::new_str(p.as_str()))
        .collect();
    if let Ok(pp) = std::env::var("PYTHONPATH") {
        for p in pp.split(':').filter(|p| !p.is_empty()) {
            path.push(Value::new_str(p));
        }
    }
    set("path", Value::new_list(path));
    set("modules", Value::Obj(vm.interp.modules.clone()));
    let (stdin, stdout, stderr) = crate::io::std_streams(cfg.unbuffered);
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    let (maj, min, mic) = VERSION;
    set("version_info", version_info());
    set(
        "version",
        Value::new_str(format!(
            "{maj}.{min}.{mic} (Pyrite {}, {} build)",
            env!("CARGO_PKG_VERSION"),
            build_kind()
        )),
    );
    set(
        "hexversion",
        Value::Int((maj << 24) | (min << 16) | (mic << 8) | 0xf0),
    );
    set(
        "implementation",
        new_namespace(&[
            ("name", Value::new_str("pyrite")),
            ("cache_tag", Value::none()),
            ("version", version_info()),
            ("_multiarch", Value::new_str("x86_64-linux-gnu")),
        ]),
    );
    set("maxsize", Value::Int(i64::MAX));
    // "t" marks a free-threaded build, as in CPython 3.13t.
    set(
        "abiflags",
        Value::new_str(if pyrite_object::sync::FREE_THREADED {
            "t"
        } else {
            ""
        }),
    );
    set("maxunicode", Value::Int(0x10ffff));
    set(
        "byteorder",
        Value::new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("platform", Value::new_str(std::env::consts::OS));
    set(
        "executable",
        Value::new_str(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    set("prefix", Value::new_str(""));
    set("base_prefix", Value::new_str(""));
    set("dont_write_bytecode", Value::bool(true));
    set(
        "builtin_module_names",
        Value::new_tuple(vec![Value::new_str("builtins"), Value::new_str("sys")]),
    );
    set(
        "float_info",
        new_namespace(&[
            ("max", Value::float(f64::MAX)),
            ("min", Value::float(f64::MIN_POSITIVE)),
            ("epsilon", Value::float(f64::EPSILON)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("max_exp", Value::Int(1024)),
            ("min_exp", Value::Int(-1021)),
            ("radix", Value::Int(2)),
        ]),
    );
    set("_xoptions", {
        let xd = crate::error::new_dict_object();
        for x in &cfg.xoptions {
            let (k, v) = match x.split_once('=') {
                Some((k, v)) => (k.to_string(), Value::new_str(v)),
                None => (x.clone(), Value::bool(true)),
            };
            dict_set_str(&xd, &k, v);
        }
        Value::Obj(xd)
    });
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", |vm, _| {
            Ok(Value::Int(vm.recursion_limit() as i64))
        }),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exc_info", |vm, _| {
            Ok(match vm.handled_exc.clone() {
                Some(e) => {
                    let tb = e
                        .as_obj()
                        .and_then(crate::error::exception_data)
                        .and_then(|d| d.lock().traceback.clone())
                        .unwrap_or_else(Value::none);
                    Value::new_tuple(vec![Value::Obj(e.class().clone()), e, tb])
                }
                None => Value::new_tuple(vec![Value::none(), Value::none(), Value::none()]),
            })
        }),
        ("exception", |vm, _| {
            Ok(vm.handled_exc.clone().unwrap_or_else(Value::none))
        }),
        ("getrefcount", |_, a| {
            let p = a.exact("getrefcount", 1)?;
            Ok(Value::Int(match &p[0] {
                Value::Obj(o) => o.refcount() as i64,
                _ => 1 << 30,
            }))
        }),
        ("getsizeof", |_, a| {
            let p = a.range("getsizeof", 1, 2)?;
            Ok(Value::Int(match &p[0] {
                Value::Obj(_) => std::mem::size_of::<pyrite_object::PyObject>() as i64,
                _ => 16,
            }))
        }),
        ("intern", |_, a| {
            let p = a.exact("intern", 1)?;
            let s = p[0].as_str().ok_or_else(|| {
                type_error(format!(
                    "intern() argument must be str, not {}",
                    p[0].type_name()
                ))
            })?;
            Ok(Value::Obj(pyrite_object::str::intern(s)))
        }),
        ("getdefaultencoding", |_, _| Ok(Value::new_str("utf-8"))),
        ("getfilesystemencoding", |_, _| Ok(Value::new_str("utf-8"))),
        ("_is_gil_enabled", |vm, _| {
            Ok(Value::bool(vm.interp.gil.enabled()))
        }),
        ("getswitchinterval", |vm, _| {
            Ok(Value::float(vm.interp.gil.switch_interval()))
        }),
        ("setswitchinterval", |vm, a| {
            let p = a.exact("setswitchinterval", 1)?;
            let s = crate::types::float::float_from_value(vm, &p[0])?;
            if s <= 0.0 {
                return Err(value_error("switch interval must be strictly positive"));
            }
            vm.interp.gil.set_switch_interval(s);
            Ok(Value::none())
        }),
        ("displayhook", sys_displayhook),
        ("excepthook", |vm, a| {
            let p = a.exact("excepthook", 3)?;
            crate::traceback::print_exception(vm, &p[1]);
            Ok(Value::none())
        }),
        ("_getframe", sys_getframe),
        ("get_int_max_str_digits", |_, _| {
            Ok(Value::Int(
                crate::types::int::INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
                    as i64,
            ))
        }),
        ("set_int_max_str_digits", |vm, a| {
            let [n] = a.bind("set_int_max_str_digits", ["maxdigits"], 1)?;
            let n = vm.to_i64(&n.expect("required"))?;
            if n != 0 && n < 640 {
                return Err(value_error("maxdigits must be 0 or larger than 640"));
            }
            crate::types::int::INT_MAX_STR_DIGITS
                .store(n as usize, std::sync::atomic::Ordering::Relaxed);
            Ok(Value::none())
        }),
    ];
    crate::native::add_functions(&m, fns);
    let hook = dict_get_str(&d, "displayhook").expect("just set");
    set("__displayhook__", hook);
    let hook = dict_get_str(&d, "excepthook").expect("just set");
    set("__excepthook__", hook);
    m
}

fn build_kind() -> &'static str {
    if pyrite_object::sync::FREE_THREADED {
        "free-threaded"
    } else {
        "GIL"
    }
}

fn version_info() -> Value {
    static T: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();
    let cls = T.get_or_init(|| {
        let t = types();
        let cls = make_type(
            &t.type_,
            "version_info",
            std::slice::from_ref(&t.tuple),
            Layout::Tuple,
        );
        for (i, n) in ["major", "minor", "micro", "releaselevel", "serial"]
            .iter()
            .enumerate()
        {
            let getter: NativeFn = match i {
                0 => |_, a| item(a.self_(), 0),
                1 => |_, a| item(a.self_(), 1),
                2 => |_, a| item(a.self_(), 2),
                3 => |_, a| item(a.self_(), 3),
                _ => |_, a| item(a.self_(), 4),
            };
            crate::native::add_property(&cls, n, getter, None);
        }
        add_method(&cls, "__repr__", |vm, a| {
            let items = crate::types::tuple::items(a.self_());
            let names = ["major", "minor", "micro", "releaselevel", "serial"];
            let mut parts = Vec::new();
            for (n, v) in names.iter().zip(items.iter()) {
                parts.push(format!("{n}={}", vm.repr_string(v)?));
            }
            Ok(Value::new_str(format!(
                "sys.version_info({})",
                parts.join(", ")
            )))
        });
        cls
    });
    let (maj, min, mic) = VERSION;
    crate::types::tuple::new_tuple_of(
        cls,
        vec![
            Value::Int(maj),
            Value::Int(min),
            Value::Int(mic),
            Value::new_str("final"),
            Value::Int(0),
        ],
    )
}

fn item(v: &Value, i: usize) -> PyResult {
    Ok(crate::types::tuple::items(v)
        .get(i)
        .cloned()
        .unwrap_or_else(Value::none))
}

/// A snapshot of a running frame, for `sys._getframe()` (Pyrite's frames are not objects).
pub struct FrameSnapshot {
    code: &'static pyrite_object::CodeObject,
    globals: ObjRef,
    locals: Value,
    lineno: u32,
    back: Option<Value>,
}

fn snapshot(vm: &mut Vm, depth: usize) -> Option<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return None;
    }
    let back = snapshot(vm, depth + 1);
    // SAFETY: frames on the list are alive while this native call runs (see Vm::frames).
    let f = unsafe { vm.frames[n - 1 - depth].as_ref() };
    Some(frame_snapshot(f, back))
}

/// A frame object showing `f` as it is now (its line and a copy of its locals).
pub(crate) fn frame_snapshot(f: &crate::frame::Frame, back: Option<Value>) -> Value {
    let locals = match &f.locals {
        Some(l) => Value::Obj(l.clone()),
        None => {
            let d = crate::error::new_dict_object();
            for (i, name) in f.code.varnames.iter().enumerate() {
                if let Some(v) = &f.fast[i] {
                    crate::dictops::dict_set_str_obj(&d, name, v.clone());
                }
            }
            Value::Obj(d)
        }
    };
    let snap = FrameSnapshot {
        code: f.code,
        globals: f.globals.clone(),
        locals,
        lineno: f.line(),
        back,
    };
    Value::Obj(ObjRef::new(
        crate::vm::vm_types().frame.clone(),
        None,
        Payload::Native(pyrite_object::payload::NativeBox::new(snap)),
    ))
}

/// The frame object of the running frame `f` of this thread (with its callers as `f_back`),
/// if `f` is on this thread's frame stack.
pub(crate) fn running_frame_snapshot(vm: &mut Vm, f: *const crate::frame::Frame) -> Option<Value> {
    let depth = frame_depth(vm, f)?;
    snapshot(vm, depth)
}

/// `running_frame_snapshot` for a frame known only by its address and code object: None
/// unless a frame at that address, running that code, is on this thread's frame stack.
pub(crate) fn live_frame_snapshot(
    vm: &mut Vm,
    f: *const crate::frame::Frame,
    code: &pyrite_object::CodeObject,
) -> Option<Value> {
    let depth = frame_depth(vm, f)?;
    // SAFETY: the frame is on the list, so it is alive while this native call runs (see
    // Vm::frames).
    if !std::ptr::eq(unsafe { (*f).code }, code) {
        return None;
    }
    snapshot(vm, depth)
}

/// How far below the top of this thread's frame stack the frame at `f` is, if it is there.
fn frame_depth(vm: &Vm, f: *const crate::frame::Frame) -> Option<usize> {
    let pos = vm
        .frames
        .iter()
        .rposition(|p| std::ptr::eq(p.as_ptr(), f))?;
    Some(vm.frames.len() - 1 - pos)
}

fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("_getframe", 0, 1)?;
    let depth = match p.first() {
        Some(d) => vm.to_i64(d)?.max(0) as usize,
        None => 0,
    };
    snapshot(vm, depth).ok_or_else(|| value_error("call stack is not deep enough"))
}

fn frame_snap(v: &Value) -> PyResult<&FrameSnapshot> {
    v.payload()
        .and_then(|p| p.native::<FrameSnapshot>())
        .ok_or_else(|| type_error("expected a frame"))
}

pub fn init_frame_type() {
    let t = &crate::vm::vm_types().frame;
    crate::native::add_property(
        t,
        "f_globals",
        |_, a| Ok(Value::Obj(frame_snap(a.self_())?.globals.clone())),
        None,
    );
    crate::native::add_property(
        t,
        "f_locals",
        |_, a| Ok(frame_snap(a.self_())?.locals.clone()),
        None,
    );
    crate::native::add_property(
        t,
        "f_lineno",
        |_, a| Ok(Value::Int(frame_snap(a.self_())?.lineno as i64)),
        None,
    );
    crate::native::add_property(
        t,
        "f_back",
        |_, a| {
            Ok(frame_snap(a.self_())?
                .back
                .clone()
                .unwrap_or_else(Value::none))
        },
        None,
    );
    crate::native::add_property(
        t,
        "f_code",
        |_, a| Ok(code_info(frame_snap(a.self_())?.code)),
        None,
    );
}

/// `f_code` of frame and traceback snapshots: a namespace with the code object's name,
/// file and first line (the frames only borrow the code object, they do not own a reference).
pub fn code_info(c: &pyrite_object::CodeObject) -> Value {
    new_namespace(&[
        ("co_name", Value::Obj(c.name.clone())),
        ("co_filename", Value::Obj(c.filename.clone())),
        ("co_qualname", Value::Obj(c.qualname.clone())),
        ("co_firstlineno", Value::Int(c.first_line as i64)),
    ])
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("exit", 0, 1)?;
    let a: Vec<Value> = p.to_vec();
    let err = crate::error::PyErr::with_args(&types().exc.system_exit, a.clone());
    if let Some(d) = &err.0.dict {
        dict_set_str(d, "code", a.first().cloned().unwrap_or_else(Value::none));
    }
    Err(err)
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("setrecursionlimit", 1)?;
    let n = vm.to_i64(&p[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    vm.interp
        .recursion_limit
        .store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::none())
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("displayhook", 1)?;
    if p[0].is_none() {
        return Ok(Value::none());
    }
    let r = vm.repr_string(&p[0])?;
    let out = crate::io::sys_stream(vm, "stdout")?;
    crate::io::write_to(vm, &out, &format!("{r}\n"))?;
    dict_set_str(vm.builtins_dict(), "_", p[0].clone());
    Ok(Value::none())
}

impl Vm {
    /// The `sys` module object.
    pub fn sys_module(&self) -> ObjRef {
        self.interp
            .sys
            .get()
            .expect("sys is created at start-up")
            .clone()
    }
}
