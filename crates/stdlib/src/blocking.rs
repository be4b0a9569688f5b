//! System calls that may block, run with the GIL released (shared by `os`, `_socket`,
//! `_posixsubprocess`): the EINTR-retry loop of PEP 475, and waiting for descriptors with
//! poll(2) in slices so that Ctrl-C still reaches a waiting main thread.

use std::time::{Duration, Instant};

use pyrite_object::Value;
use pyrite_vm::error::PyResult;
use pyrite_vm::{PyErr, Vm};

/// The last OS error as an OSError (errno subclass and message as in CPython).
pub(crate) fn last_os_error(vm: &mut Vm) -> PyErr {
    pyrite_vm::io::os_error_from(vm, &std::io::Error::last_os_error(), None)
}

/// An OSError for an errno value.
pub(crate) fn errno_error(vm: &mut Vm, errno: i32) -> PyErr {
    pyrite_vm::io::os_error_from(vm, &std::io::Error::from_raw_os_error(errno), None)
}

/// A file descriptor argument (an int that fits a C int).
pub(crate) fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let fd = vm.to_i64(v)?;
    libc::c_int::try_from(fd)
        .map_err(|_| pyrite_vm::error::overflow_error("fd is greater than maximum"))
}

/// Run a blocking system call (returning a byte count, or -1 with errno) with the GIL
/// released; retry after EINTR unless a signal handler raised (PEP 475).
pub(crate) fn blocking_syscall(vm: &mut Vm, mut call: impl FnMut() -> isize) -> PyResult<usize> {
    loop {
        let r = vm.allow_threads(|| {
            // errno is read before re-taking the GIL can change it.
            usize::try_from(call()).map_err(|_| std::io::Error::last_os_error())
        });
        match r {
            Ok(n) => return Ok(n),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(pyrite_vm::io::os_error_from(vm, &e, None)),
        }
        pyrite_vm::signals::check_signals(vm)?;
    }
}

/// One ppoll(2) call waiting at most `slice`: the number of ready descriptors, or the errno.
fn ppoll_once(fds: &mut [libc::pollfd], slice: Duration) -> Result<usize, i32> {
    let ts = libc::timespec {
        tv_sec: slice.as_secs() as libc::time_t,
        tv_nsec: slice.subsec_nanos() as libc::c_long,
    };
    // SAFETY: `fds` is a valid array of `fds.len()` pollfd structs and `ts` a valid
    // timespec; a null signal mask means "keep the current one".
    let r = unsafe {
        libc::ppoll(
            fds.as_mut_ptr(),
            fds.len() as libc::nfds_t,
            &ts,
            std::ptr::null(),
        )
    };
    if r < 0 {
        Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0))
    } else {
        Ok(r as usize)
    }
}

/// Wait until one of `fds` is ready (their `revents` are filled in) or `deadline` passes,
/// with the GIL released for the whole wait. Returns the number of ready descriptors, 0 on
/// timeout. In the main thread a Ctrl-C ends the wait with KeyboardInterrupt.
pub(crate) fn poll_released(
    vm: &mut Vm,
    fds: &mut [libc::pollfd],
    deadline: Option<Instant>,
) -> PyResult<usize> {
    loop {
        let mut outcome: Result<usize, i32> = Ok(0);
        let ready = vm.wait_released(deadline, |slice| match ppoll_once(fds, slice) {
            Ok(0) | Err(libc::EINTR) => false,
            r => {
                outcome = r;
                true
            }
        })?;
        if ready {
            return outcome.map_err(|errno| errno_error(vm, errno));
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            // The deadline passed between two slices: one last look without waiting.
            return match ppoll_once(fds, Duration::ZERO) {
                Ok(n) => Ok(n),
                Err(libc::EINTR) => Ok(0),
                Err(errno) => Err(errno_error(vm, errno)),
            };
        }
        // A signal arrived that raised nothing (not the main thread): keep waiting.
    }
}

/// Wait until `fd` is ready for `events` (POLLIN, POLLOUT); false if `deadline` passed.
pub(crate) fn wait_fd(
    vm: &mut Vm,
    fd: libc::c_int,
    events: libc::c_short,
    deadline: Option<Instant>,
) -> PyResult<bool> {
    let mut pfd = [libc::pollfd {
        fd,
        events,
        revents: 0,
    }];
    Ok(poll_released(vm, &mut pfd, deadline)? > 0)
}
