//! The interpreter state shared by all threads (`Interp`) and the per-thread state (`Vm`,
//! CPython's "thread state": frame stack, handled exception, recursion depth).

use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use dashmap::DashMap;
use pyrite_object::payload::Payload;
use pyrite_object::str::intern;
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};

use crate::error::{new_dict_object, PyResult};
use crate::frame::Frame;

/// Types defined by the VM (not needed by the object crate).
pub struct VmTypes {
    /// Unbound builtin methods in type namespaces (`list.append`); bind on instance access.
    pub method_descriptor: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub traceback: ObjRef,
    pub frame: ObjRef,
    pub iterator: ObjRef,
    pub super_: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    pub enumerate: ObjRef,
    pub zip: ObjRef,
    pub map: ObjRef,
    pub filter: ObjRef,
    pub reversed: ObjRef,
    pub mappingproxy: ObjRef,
    pub member_descriptor: ObjRef,
    pub list_iterator: ObjRef,
    pub tuple_iterator: ObjRef,
    pub str_ascii_iterator: ObjRef,
    pub str_iterator: ObjRef,
    pub bytes_iterator: ObjRef,
    pub bytearray_iterator: ObjRef,
    pub range_iterator: ObjRef,
    pub dict_keyiterator: ObjRef,
    pub dict_valueiterator: ObjRef,
    pub dict_itemiterator: ObjRef,
    pub set_iterator: ObjRef,
    pub callable_iterator: ObjRef,
    pub list_reverseiterator: ObjRef,
    pub dict_reversekeyiterator: ObjRef,
}

pub fn vm_types() -> &'static VmTypes {
    static T: OnceLock<VmTypes> = OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let mk = |name: &str| {
            make_type(
                &t.type_,
                name,
                std::slice::from_ref(&t.object),
                Layout::Native,
            )
        };
        VmTypes {
            method_descriptor: mk("method_descriptor"),
            generator: mk("generator"),
            coroutine: mk("coroutine"),
            async_generator: mk("async_generator"),
            traceback: mk("traceback"),
            frame: mk("frame"),
            iterator: mk("iterator"),
            super_: mk("super"),
            dict_keys: mk("dict_keys"),
            dict_values: mk("dict_values"),
            dict_items: mk("dict_items"),
            enumerate: mk("enumerate"),
            zip: mk("zip"),
            map: mk("map"),
            filter: mk("filter"),
            reversed: mk("reversed"),
            mappingproxy: mk("mappingproxy"),
            member_descriptor: mk("member_descriptor"),
            list_iterator: mk("list_iterator"),
            tuple_iterator: mk("tuple_iterator"),
            str_ascii_iterator: mk("str_ascii_iterator"),
            str_iterator: mk("str_iterator"),
            bytes_iterator: mk("bytes_iterator"),
            bytearray_iterator: mk("bytearray_iterator"),
            range_iterator: mk("range_iterator"),
            dict_keyiterator: mk("dict_keyiterator"),
            dict_valueiterator: mk("dict_valueiterator"),
            dict_itemiterator: mk("dict_itemiterator"),
            set_iterator: mk("set_iterator"),
            callable_iterator: mk("callable_iterator"),
            list_reverseiterator: mk("list_reverseiterator"),
            dict_reversekeyiterator: mk("dict_reversekeyiterator"),
        }
    })
}

/// Creates a native module: called on first import.
pub type NativeModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

/// Start-up options (from the command line).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Extra `sys.path` entries, searched first (the script's directory).
    pub path: Vec<String>,
    /// `-u`: unbuffered stdout/stderr.
    pub unbuffered: bool,
    /// `-X` options, as given (`name` or `name=value`).
    pub xoptions: Vec<String>,
    /// Run with the GIL (`-X gil=1`, `PYTHON_GIL=1`); `None` = the build's default.
    pub gil: Option<bool>,
    /// `-X gil-switch=...`.
    pub gil_switch: Option<crate::gil::SwitchPolicy>,
}

/// State shared by every thread of one interpreter.
pub struct Interp {
    pub config: Config,
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub recursion_limit: AtomicUsize,
    pub native_modules: DashMap<&'static str, NativeModuleInit>,
    /// Python sources of the embedded standard library, by module name. The bool says
    /// whether it is a package (`__init__`).
    pub frozen_modules: DashMap<&'static str, (&'static str, bool)>,
    /// The `sys` module (also in `sys.modules`, but code may remove it from there).
    pub sys: OnceLock<ObjRef>,
    /// The global interpreter lock (inactive in the free-threaded build unless requested).
    pub gil: crate::gil::Gil,
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Arc<Interp>,
    /// The exception currently being handled (`sys.exc_info()`), if any.
    pub handled_exc: Option<Value>,
    /// Active frames, innermost last (for `globals()`, `super()`, tracebacks...).
    pub(crate) frames: Vec<NonNull<Frame>>,
    /// Lowest usable native stack address: deeper recursion raises RecursionError instead
    /// of overflowing the native stack.
    pub(crate) stack_limit: usize,
    pub(crate) type_cache: crate::type_cache::TypeCache,
    pub(crate) global_cache: crate::global_cache::GlobalCache,
    /// Containers whose repr is being computed (to print `[...]` for cycles).
    pub(crate) repr_guard: Vec<usize>,
    pub is_main_thread: bool,
    /// This thread state's identifier (`threading.get_ident()`).
    pub thread_id: u64,
    /// Reusable (fast locals, value stack) buffers of finished frames.
    frame_pool: Vec<(Vec<Option<Value>>, Vec<Value>)>,
    /// Reusable argument buffers for calls that prepend `self`.
    pub(crate) arg_pool: Vec<Vec<Value>>,
    /// Check points passed (function entries, backward jumps), counted to announce a
    /// quiescent state every few of them.
    pub(crate) entries: u32,
    /// `__del__` methods are running (`finalize.rs`): objects they drop wait for the loop
    /// that runs them instead of running nested (which could recurse without bound).
    pub(crate) running_finalizers: bool,
    /// Frames of calls made inside the eval loop (their pointers are on `frames` too).
    pub(crate) inline_frames: crate::frame::InlineFrames,
    /// Generators running as inline frames of the eval loop, innermost last.
    pub(crate) inline_gens: Vec<crate::generator::InlineGen>,
}

/// Native stack kept free below the limit for the work a frame does between checks.
const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// Create an interpreter and its main thread state. Run it on a thread with a large
    /// stack (see `pyrite_vm::run_with_big_stack`).
    pub fn new(config: Config) -> Vm {
        let modules = new_dict_object();
        let builtins = new_module("builtins");
        let gil_on = config.gil.unwrap_or(crate::gil::GIL_BUILD);
        let policy = config
            .gil_switch
            .unwrap_or(crate::gil::SwitchPolicy::Interval);
        let instrument = crate::gil_stats::Options::from_xoptions(&config.xoptions);
        let interp = Arc::new(Interp {
            config,
            builtins,
            modules,
            recursion_limit: AtomicUsize::new(1000),
            native_modules: DashMap::new(),
            frozen_modules: DashMap::new(),
            sys: OnceLock::new(),
            gil: crate::gil::Gil::new(gil_on, policy, instrument),
        });
        let mut vm = Vm::for_thread(interp);
        vm.is_main_thread = true;
        vm.interp.gil.acquire(vm.thread_id);
        crate::types::init_all();
        crate::builtins::init(&mut vm);
        let sys = crate::sysmodule::create(&mut vm);
        let _ = vm.interp.sys.set(sys.clone());
        crate::dictops::dict_set_str(&vm.interp.modules, "sys", Value::Obj(sys));
        crate::dictops::dict_set_str(
            &vm.interp.modules,
            "builtins",
            Value::Obj(vm.interp.builtins.clone()),
        );
        crate::signals::install();
        vm
    }

    /// A thread state for a new thread of an existing interpreter.
    pub fn for_thread(interp: Arc<Interp>) -> Vm {
        Vm {
            interp,
            handled_exc: None,
            frames: Vec::new(),
            stack_limit: current_stack_limit(),
            type_cache: Default::default(),
            global_cache: Default::default(),
            repr_guard: Vec::new(),
            is_main_thread: false,
            thread_id: next_thread_id(),
            entries: 0,
            running_finalizers: false,
            inline_frames: Default::default(),
            inline_gens: Vec::new(),
            frame_pool: Vec::new(),
            arg_pool: Vec::new(),
        }
    }

    pub fn recursion_limit(&self) -> usize {
        self.interp.recursion_limit.load(Ordering::Relaxed)
    }

    /// The builtins namespace (a dict object).
    pub fn builtins_dict(&self) -> &ObjRef {
        self.interp
            .builtins
            .dict
            .as_ref()
            .expect("modules have a dict")
    }

    /// The innermost running frame, if any.
    pub fn current_frame(&self) -> Option<&Frame> {
        // SAFETY: frames on this list are alive: `eval` pushes a frame before running it and
        // pops it before the frame is dropped or moved.
        self.frames.last().map(|f| unsafe { f.as_ref() })
    }

    /// Register a native module (done by pyrite-stdlib at start-up).
    pub fn add_native_module(&self, name: &'static str, init: NativeModuleInit) {
        self.interp.native_modules.insert(name, init);
    }

    /// Register an embedded Python module source.
    pub fn add_frozen_module(&self, name: &'static str, source: &'static str, is_package: bool) {
        self.interp
            .frozen_modules
            .insert(name, (source, is_package));
    }

    /// A function frame, reusing pooled buffers.
    #[inline]
    pub fn new_frame(
        &mut self,
        code: &'static pyrite_object::CodeObject,
        globals: ObjRef,
        builtins: ObjRef,
    ) -> Frame {
        match self.frame_pool.pop() {
            Some((fast, stack)) => Frame::with_buffers(code, globals, builtins, None, fast, stack),
            None => Frame::with_buffers(
                code,
                globals,
                builtins,
                None,
                Vec::new(),
                Vec::with_capacity(code.max_stack as usize),
            ),
        }
    }

    /// Return a finished frame's buffers to the pool. Takes the frame by reference: moving
    /// a whole `Frame` costs a memcpy on every call.
    #[inline]
    pub fn release_frame(&mut self, frame: &mut Frame) {
        if self.frame_pool.len() < 128
            && frame.fast.capacity() <= 256
            && frame.stack.capacity() <= 256
        {
            let mut fast = std::mem::take(&mut frame.fast);
            let mut stack = std::mem::take(&mut frame.stack);
            fast.clear();
            stack.clear();
            self.frame_pool.push((fast, stack));
        }
    }

    /// Start a recursive repr of `o`; false if it is already being printed (a cycle).
    pub fn enter_repr(&mut self, o: &ObjRef) -> bool {
        if self.repr_guard.contains(&o.addr()) {
            return false;
        }
        self.repr_guard.push(o.addr());
        true
    }

    /// The reprs of container `o`'s items, between `enter_repr` and `leave_repr`: None when
    /// `o` is already being printed (the caller shows `[...]` or the like).
    pub fn repr_items(&mut self, o: &ObjRef, items: &[Value]) -> PyResult<Option<Vec<String>>> {
        if !self.enter_repr(o) {
            return Ok(None);
        }
        let parts = items
            .iter()
            .map(|it| self.repr_string(it))
            .collect::<PyResult<Vec<_>>>();
        self.leave_repr(o);
        parts.map(Some)
    }

    pub fn leave_repr(&mut self, o: &ObjRef) {
        if let Some(i) = self.repr_guard.iter().rposition(|a| *a == o.addr()) {
            self.repr_guard.remove(i);
        }
    }

    /// Is there too little native stack left to start another frame?
    #[inline(always)]
    pub(crate) fn native_stack_exhausted(&self) -> bool {
        let here = 0u8;
        (&here as *const u8 as usize) < self.stack_limit
    }
}

/// A fresh thread-state identifier.
pub fn next_thread_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    // Spread the values out a little, like real thread identifiers.
    139_900_000_000_000 + NEXT.fetch_add(1, Ordering::Relaxed) * 4096
}

impl Vm {
    /// Run `f` (which must not touch Python objects) with the GIL released: blocking I/O,
    /// sleeping, waiting for locks. This is the GIL-aware API native modules use.
    #[inline]
    pub fn allow_threads<T>(&mut self, f: impl FnOnce() -> T) -> T {
        // What this thread dropped of other threads' objects is freed before it blocks
        // (free-threaded build: see biased.rs).
        pyrite_object::sync::flush_pending_decrefs();
        // No lock-free reads while blocked: QSBR need not wait for this thread.
        pyrite_object::sync::detach();
        self.interp.gil.release_for_blocking();
        let r = f();
        self.interp.gil.acquire(self.thread_id);
        pyrite_object::sync::attach();
        // Other threads may have dropped references to this thread's objects meanwhile
        // (a joined thread, a consumer): count them now, so what the wait was for is seen
        // complete (`sys.getrefcount` after `join()`).
        pyrite_object::sync::merge_pending();
        r
    }

    /// Block until `attempt(slice)` returns true or `deadline` passes (`Ok(false)`), with the
    /// GIL released for the whole wait. `attempt` waits at most `slice` (a condition-variable
    /// wait, a sleep) and must not touch Python objects. In the main thread a Ctrl-C ends the
    /// wait with KeyboardInterrupt; the signal flag is polled without taking the GIL, so a
    /// waiting thread costs the running ones nothing.
    pub fn wait_released(
        &mut self,
        deadline: Option<std::time::Instant>,
        mut attempt: impl FnMut(std::time::Duration) -> bool,
    ) -> PyResult<bool> {
        /// How often a wait looks at the signal flag.
        const POLL: std::time::Duration = std::time::Duration::from_millis(20);
        let interruptible = self.is_main_thread;
        loop {
            let done = self.allow_threads(|| loop {
                let slice = match deadline {
                    Some(d) => {
                        let left = d.saturating_duration_since(std::time::Instant::now());
                        if left.is_zero() {
                            return Some(false);
                        }
                        left.min(POLL)
                    }
                    None => POLL,
                };
                if attempt(slice) {
                    return Some(true);
                }
                if interruptible && crate::signals::pending() {
                    return None;
                }
            });
            match done {
                Some(got) => return Ok(got),
                // A signal arrived: run its handler; if it raised nothing, wait on (PEP 475).
                None => crate::signals::check_signals(self)?,
            }
        }
    }
}

/// A new module object with `__name__` set.
pub fn new_module(name: &str) -> ObjRef {
    let dict = new_dict_object();
    // Module namespaces are immortal: every call of a function copies a reference to its
    // globals into the frame, and counting those would make threads contend (PEP 703).
    dict.make_immortal();
    let module = ObjRef::new(
        types().module.clone(),
        Some(dict),
        Payload::Module(name.into()),
    );
    // Modules live in sys.modules until exit, and every `os.write(...)` loads one from the
    // globals: immortal too, so that threads using one module never contend on its count.
    module.make_immortal();
    // Immortal like the namespace: every function made in this module copies it as its
    // `__module__`, from whatever thread runs the `def` or `lambda`.
    let module_name = Value::new_str(name);
    if let Value::Obj(o) = &module_name {
        o.make_immortal();
    }
    crate::dictops::dict_set_str(&module, "__name__", module_name);
    crate::dictops::dict_set_str(&module, "__doc__", Value::none());
    crate::dictops::dict_set_str(&module, "__package__", Value::none());
    module
}

/// Store into a module's (or any object's) namespace by name.
pub fn set_attr_str(obj: &ObjRef, name: &str, value: Value) {
    crate::dictops::dict_set_str(obj, name, value);
}

/// The address below which this thread must not let its native stack grow.
fn current_stack_limit() -> usize {
    let here = 0u8;
    let here = &here as *const u8 as usize;
    let size = thread_stack_size();
    here.saturating_sub(size.saturating_sub(STACK_RESERVE))
}

thread_local! {
    static STACK_SIZE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Stack size of threads started with `run_with_stack`; 8 MB (the usual main-thread size)
/// is assumed for other threads, minus a safety margin.
fn thread_stack_size() -> usize {
    let s = STACK_SIZE.with(|s| s.get());
    if s == 0 {
        6 * 1024 * 1024
    } else {
        s
    }
}

/// Native stack size for interpreter threads: deep enough for the default recursion limit
/// in debug builds, and for raised limits (`sys.setrecursionlimit`) in release builds.
pub const INTERPRETER_STACK_SIZE: usize = 1 << 30;

/// Start `f` on a new interpreter thread with a big native stack.
pub fn spawn_with_stack(
    f: impl FnOnce() + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<()>> {
    std::thread::Builder::new()
        .stack_size(INTERPRETER_STACK_SIZE)
        .spawn(move || {
            STACK_SIZE.with(|s| s.set(INTERPRETER_STACK_SIZE - 64 * 1024));
            interpreter_thread(f)
        })
}

/// The body of every interpreter thread: objects it creates are owned by it (biased
/// reference counting) until it exits.
fn interpreter_thread<T>(f: impl FnOnce() -> T) -> T {
    pyrite_object::sync::register_thread();
    let r = f();
    pyrite_object::sync::unregister_thread();
    r
}

/// Run `f` on a new thread with a big native stack (memory is only committed as used).
pub fn run_with_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let interpreter = std::thread::Builder::new()
        .name("pyrite-main".into())
        .stack_size(INTERPRETER_STACK_SIZE)
        .spawn(move || {
            STACK_SIZE.with(|s| s.set(INTERPRETER_STACK_SIZE - 64 * 1024));
            interpreter_thread(f)
        })
        .expect("spawning the interpreter thread");
    // Process-directed signals (`kill`, Ctrl-C) must reach the interpreter's threads, not
    // this one idling in join: Linux prefers the process's first thread, and a signal it
    // took would reach the Python handler only at some later check point.
    let unblock = crate::signals::block_all_in_this_thread();
    let r = interpreter.join();
    drop(unblock);
    r.unwrap_or_else(|e| std::panic::resume_unwind(e))
}

thread_local! {
    /// Per-thread cache in front of the interned-string table for the names the VM looks up
    /// constantly (`"__getattribute__"`, `"__init__"`...): keyed by the text's address and
    /// checked by content, so a reused address can never return the wrong string.
    static NAME_CACHE: std::cell::RefCell<Vec<Option<(usize, ObjRef)>>> =
        std::cell::RefCell::new(vec![None; 512]);
}

/// The interned str object for a name.
#[inline]
pub fn name(s: &str) -> ObjRef {
    let addr = s.as_ptr() as usize;
    let slot = ((addr >> 3) ^ s.len()) & 511;
    NAME_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if let Some((a, o)) = &c[slot] {
            if *a == addr && o.as_pystr().is_some_and(|p| p.as_str() == s) {
                return o.clone();
            }
        }
        let o = intern(s);
        c[slot] = Some((addr, o.clone()));
        o
    })
}
