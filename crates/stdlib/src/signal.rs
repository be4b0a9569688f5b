//! `_signal`: signal numbers, `strsignal`, and Python-level handlers (`signal`,
//! `getsignal`, `default_int_handler`, `raise_signal`, `alarm`, `pause`), for
//! `Lib/signal.py` (which builds the `Signals` and `Handlers` enums) and `subprocess`. The
//! handlers run in the main thread (`pyrite_vm::signals`).

use std::ffi::CStr;
use std::sync::OnceLock;

use pyrite_object::types::types;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{type_error, value_error, PyErr, PyResult};
use pyrite_vm::native::{add_functions, new_function, Args};
use pyrite_vm::signals::Handler;
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

/// One more than the highest signal number (Linux: 64 signals).
const NSIG: libc::c_int = 65;

const SIGNALS: &[(&str, libc::c_int)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
];

/// `strsignal(signalnum)`: the system's description, or None for an unknown signal.
fn strsignal(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("strsignal", 1)?;
    let n = vm.to_i64(&p[0])?;
    if !(1..NSIG as i64).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    // SAFETY: strsignal returns a NUL-terminated string (or null), valid until the next
    // call in this thread; it is copied at once.
    let s = unsafe { libc::strsignal(n as libc::c_int) };
    if s.is_null() {
        return Ok(Value::none());
    }
    // SAFETY: non-null, NUL-terminated (see above).
    let text = unsafe { CStr::from_ptr(s) }.to_string_lossy().into_owned();
    if text.contains("Unknown signal") {
        return Ok(Value::none());
    }
    Ok(Value::new_str(text))
}

/// `SIG_DFL` and `SIG_IGN`, as `signal` takes and returns them.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// A signal number argument (1..NSIG).
fn signal_number(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.to_i64(v)?;
    if !(1..NSIG as i64).contains(&n) {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as libc::c_int)
}

/// `default_int_handler(signalnum, frame)`: raise KeyboardInterrupt.
fn default_int_handler(_vm: &mut Vm, _a: Args) -> PyResult {
    Err(PyErr::with_args(&types().exc.keyboard_interrupt, vec![]))
}

/// The one `default_int_handler` function object (`getsignal(SIGINT)` returns it).
fn default_int_handler_object() -> &'static Value {
    static F: OnceLock<Value> = OnceLock::new();
    F.get_or_init(|| new_function("default_int_handler", default_int_handler))
}

/// What `getsignal` reports for `sig`: its Python handler, else SIG_DFL/SIG_IGN from the
/// C-level disposition (None for a disposition Python did not set).
fn current_handler(sig: libc::c_int) -> Value {
    match pyrite_vm::signals::handler(sig) {
        Some(Handler::KeyboardInterrupt) => default_int_handler_object().clone(),
        Some(Handler::Python(f)) => f,
        None => match pyrite_vm::signals::disposition(sig) {
            libc::SIG_DFL => Value::Int(SIG_DFL),
            libc::SIG_IGN => Value::Int(SIG_IGN),
            _ => Value::none(),
        },
    }
}

fn getsignal(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("getsignal", 1)?;
    let sig = signal_number(vm, &p[0])?;
    Ok(current_handler(sig))
}

/// `signal(signalnum, handler)`: set the handler (SIG_DFL, SIG_IGN or a callable taking
/// (signum, frame)); returns the previous one. Main thread only, as in CPython.
fn signal(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("signal", 2)?;
    let sig = signal_number(vm, &p[0])?;
    if !vm.is_main_thread {
        return Err(value_error(
            "signal only works in main thread of the main interpreter",
        ));
    }
    let handler = &p[1];
    let old = current_handler(sig);
    let os_error = |vm: &mut Vm, e: std::io::Error| pyrite_vm::io::os_error_from(vm, &e, None);
    match handler {
        Value::Int(n @ (SIG_DFL | SIG_IGN)) => {
            let action = if *n == SIG_DFL {
                libc::SIG_DFL
            } else {
                libc::SIG_IGN
            };
            pyrite_vm::signals::set_disposition(sig, action).map_err(|e| os_error(vm, e))?;
            pyrite_vm::signals::set_handler(sig, None);
        }
        h if pyrite_vm::call::is_callable(vm, h) => {
            let handler = if h.is(default_int_handler_object()) {
                Handler::KeyboardInterrupt
            } else {
                Handler::Python(h.clone())
            };
            pyrite_vm::signals::install_handler(sig, handler).map_err(|e| os_error(vm, e))?;
        }
        _ => {
            return Err(type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    }
    Ok(old)
}

/// `raise_signal(signalnum)`: send the signal to this process; its handler runs at once.
fn raise_signal(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("raise_signal", 1)?;
    let sig = signal_number(vm, &p[0])?;
    // SAFETY: raise has no memory-safety preconditions.
    if unsafe { libc::raise(sig) } != 0 {
        let e = std::io::Error::last_os_error();
        return Err(pyrite_vm::io::os_error_from(vm, &e, None));
    }
    pyrite_vm::signals::check_signals(vm)?;
    Ok(Value::none())
}

/// `alarm(seconds)`: SIGALRM after that many seconds (0 cancels); returns the seconds
/// left of the previous alarm.
fn alarm(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("alarm", 1)?;
    let secs = vm.to_i64(&p[0])?;
    let secs = u32::try_from(secs).map_err(|_| {
        pyrite_vm::error::overflow_error("Python int too large to convert to C unsigned int")
    })?;
    // SAFETY: alarm has no memory-safety preconditions.
    Ok(Value::Int(unsafe { libc::alarm(secs) }.into()))
}

/// `pause()`: sleep until a signal arrives, then run its handler.
fn pause(vm: &mut Vm, a: Args) -> PyResult {
    a.exact("pause", 0)?;
    // SAFETY: pause has no memory-safety preconditions. Blocking: the GIL is released.
    vm.allow_threads(|| unsafe { libc::pause() });
    pyrite_vm::signals::check_signals(vm)?;
    Ok(Value::none())
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_signal");
    for (n, v) in SIGNALS {
        set_attr_str(&m, n, Value::Int((*v).into()));
    }
    set_attr_str(&m, "SIGRTMIN", Value::Int(libc::SIGRTMIN().into()));
    set_attr_str(&m, "SIGRTMAX", Value::Int(libc::SIGRTMAX().into()));
    set_attr_str(&m, "NSIG", Value::Int(NSIG.into()));
    set_attr_str(&m, "SIG_DFL", Value::Int(SIG_DFL));
    set_attr_str(&m, "SIG_IGN", Value::Int(SIG_IGN));
    set_attr_str(
        &m,
        "default_int_handler",
        default_int_handler_object().clone(),
    );
    add_functions(
        &m,
        &[
            ("strsignal", strsignal),
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("pause", pause),
        ],
    );
    Ok(m)
}
