//! Signal handling, as in CPython: the C-level handler only records that a signal arrived;
//! the main thread runs the Python-level handler (`signal.signal`) at its next check point
//! (eval-breaker check, or when a blocking wait notices). SIGINT's default Python handler
//! raises KeyboardInterrupt.

use std::sync::atomic::{AtomicBool, Ordering};

use parking_lot::Mutex;
use pyrite_object::types::types;
use pyrite_object::Value;

use crate::error::{PyErr, PyResult};
use crate::Vm;

/// Signal numbers are below this (Linux's `_NSIG`).
pub const NSIG: usize = 65;

/// Some signal is waiting for its Python handler.
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
static PENDING: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

/// The Python-level handler of each signal caught by `on_signal`.
#[derive(Clone)]
pub enum Handler {
    /// Raise KeyboardInterrupt (`signal.default_int_handler`).
    KeyboardInterrupt,
    /// Call this with (signum, frame).
    Python(Value),
}

static HANDLERS: Mutex<Vec<Option<Handler>>> = Mutex::new(Vec::new());

extern "C" fn on_signal(sig: libc::c_int) {
    if let Some(p) = PENDING.get(sig as usize) {
        p.store(true, Ordering::Relaxed);
        ANY_PENDING.store(true, Ordering::Release);
    }
}

/// Catch `sig` at C level (restarting interrupted system calls, as `signal()` does on
/// Linux). The caller records the Python-level handler.
fn catch(sig: libc::c_int) -> std::io::Result<()> {
    set_disposition(
        sig,
        on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t,
    )
}

/// Set the C-level disposition of `sig` (SIG_DFL, SIG_IGN or a handler).
pub fn set_disposition(sig: libc::c_int, action: libc::sighandler_t) -> std::io::Result<()> {
    // SAFETY: a zeroed sigaction is valid; `on_signal` only stores to atomics, which is
    // async-signal-safe.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = action;
        sa.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// The current C-level disposition of `sig`.
pub fn disposition(sig: libc::c_int) -> libc::sighandler_t {
    // SAFETY: querying only (null new action).
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old);
        old.sa_sigaction
    }
}

/// Blocks every signal in the calling thread until dropped (restoring the old mask).
pub struct BlockedSignals(libc::sigset_t);

/// Block all signals in the calling thread, so that the kernel delivers process-directed
/// signals to another thread.
pub fn block_all_in_this_thread() -> BlockedSignals {
    // SAFETY: plain signal-mask calls on locally owned sets.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, &mut old);
        BlockedSignals(old)
    }
}

impl Drop for BlockedSignals {
    fn drop(&mut self) {
        // SAFETY: restores the mask saved by `block_all_in_this_thread`.
        unsafe {
            libc::pthread_sigmask(libc::SIG_SETMASK, &self.0, std::ptr::null_mut());
        }
    }
}

/// Install the SIGINT handler (once, at start-up).
pub fn install() {
    // Start-up cannot fail for SIGINT; if it did, Ctrl-C would just end the process.
    if catch(libc::SIGINT).is_ok() {
        set_handler(libc::SIGINT, Some(Handler::KeyboardInterrupt));
    }
}

/// Record the Python-level handler of `sig` (None: no Python handler; the caller sets the
/// C-level disposition) and return the previous one. Catches `sig` if `handler` is Some.
pub fn set_handler(sig: libc::c_int, handler: Option<Handler>) -> Option<Handler> {
    let mut table = HANDLERS.lock();
    if table.len() < NSIG {
        table.resize(NSIG, None);
    }
    std::mem::replace(&mut table[sig as usize], handler)
}

/// Catch `sig` and run `handler` for it from now on; returns the previous Python handler.
pub fn install_handler(sig: libc::c_int, handler: Handler) -> std::io::Result<Option<Handler>> {
    catch(sig)?;
    Ok(set_handler(sig, Some(handler)))
}

/// The Python-level handler of `sig`, if any.
pub fn handler(sig: libc::c_int) -> Option<Handler> {
    HANDLERS.lock().get(sig as usize).cloned().flatten()
}

/// Run the handlers of signals that arrived (main thread only); an exception a handler
/// raises (KeyboardInterrupt for SIGINT) propagates from here.
#[inline(always)]
pub fn check_signals(vm: &mut Vm) -> PyResult<()> {
    if ANY_PENDING.load(Ordering::Relaxed) && vm.is_main_thread {
        return run_handlers(vm);
    }
    Ok(())
}

#[cold]
fn run_handlers(vm: &mut Vm) -> PyResult<()> {
    ANY_PENDING.store(false, Ordering::Relaxed);
    for (sig, pending) in PENDING.iter().enumerate() {
        if !pending.swap(false, Ordering::Acquire) {
            continue;
        }
        match handler(sig as libc::c_int) {
            Some(Handler::KeyboardInterrupt) => {
                reraise_rest();
                return Err(PyErr::with_args(&types().exc.keyboard_interrupt, vec![]));
            }
            Some(Handler::Python(f)) => {
                if let Err(e) = vm.call_positional(&f, &[Value::Int(sig as i64), Value::none()]) {
                    reraise_rest();
                    return Err(e);
                }
            }
            None => {}
        }
    }
    Ok(())
}

/// A handler raised: signals not yet handled wait for the next check point.
fn reraise_rest() {
    if PENDING.iter().any(|p| p.load(Ordering::Relaxed)) {
        ANY_PENDING.store(true, Ordering::Relaxed);
    }
}

/// Act as if SIGINT arrived (`_thread.interrupt_main`).
pub fn raise_sigint() {
    on_signal(libc::SIGINT);
}

/// Did a signal arrive whose handler has not run yet (without consuming it)?
pub fn pending() -> bool {
    ANY_PENDING.load(Ordering::Relaxed)
}
