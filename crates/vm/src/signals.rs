//! Signal handling: SIGINT sets a flag; the main thread's eval loop turns it into
//! KeyboardInterrupt at the next check point.

use std::sync::atomic::{AtomicBool, Ordering};

use pyrite_object::types::types;

use crate::error::{PyErr, PyResult};
use crate::Vm;

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Install the SIGINT handler (once, at start-up).
pub fn install() {
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
    }
}

/// Raise KeyboardInterrupt if SIGINT arrived (main thread only).
#[inline(always)]
pub fn check_signals(vm: &mut Vm) -> PyResult<()> {
    if INTERRUPTED.load(Ordering::Relaxed) && vm.is_main_thread {
        INTERRUPTED.store(false, Ordering::Relaxed);
        return Err(PyErr::with_args(&types().exc.keyboard_interrupt, vec![]));
    }
    Ok(())
}

/// Act as if SIGINT arrived (`_thread.interrupt_main`).
pub fn raise_sigint() {
    INTERRUPTED.store(true, Ordering::Relaxed);
}

/// Was SIGINT received (without consuming it)?
pub fn pending() -> bool {
    INTERRUPTED.load(Ordering::Relaxed)
}
