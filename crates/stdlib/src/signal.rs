//! `_signal`: the signal numbers and `strsignal`, for `Lib/signal.py` (which builds the
//! `Signals` enum) and `subprocess` (`send_signal`, "died with <Signals.SIGKILL: 9>").
//! Installing Python-level handlers (`signal.signal`) is not supported: SIGINT is handled
//! by the VM itself (`pyrite_vm::signals`).

use std::ffi::CStr;

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{value_error, PyResult};
use pyrite_vm::native::{new_function, Args};
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

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_signal");
    for (n, v) in SIGNALS {
        set_attr_str(&m, n, Value::Int((*v).into()));
    }
    set_attr_str(&m, "SIGRTMIN", Value::Int(libc::SIGRTMIN().into()));
    set_attr_str(&m, "SIGRTMAX", Value::Int(libc::SIGRTMAX().into()));
    set_attr_str(&m, "NSIG", Value::Int(NSIG.into()));
    set_attr_str(&m, "strsignal", new_function("strsignal", strsignal));
    Ok(m)
}
