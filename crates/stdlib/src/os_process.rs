//! The process part of `os`: `waitpid` (with the GIL released, interruptible by Ctrl-C),
//! `kill`, the wait-status macros, and descriptor duplication (`dup`, `dup2`,
//! inheritability) that starting child processes needs.

use std::os::fd::{FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{value_error, PyResult};
use pyrite_vm::native::{add_functions, new_function, Args, NativeFn};
use pyrite_vm::vm::set_attr_str;
use pyrite_vm::Vm;

use crate::blocking::{errno_error, fd_arg, last_os_error, wait_fd};

/// waitpid(2) without blocking: `Ok(None)` if the child has not changed state.
fn try_waitpid(pid: libc::pid_t, options: libc::c_int) -> Result<Option<(i32, i32)>, i32> {
    let mut status = 0;
    loop {
        // SAFETY: `status` is a valid, writable int.
        let r = unsafe { libc::waitpid(pid, &mut status, options | libc::WNOHANG) };
        if r > 0 {
            return Ok(Some((r, status)));
        }
        if r == 0 {
            return Ok(None);
        }
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        if errno != libc::EINTR {
            return Err(errno);
        }
    }
}

/// A descriptor that becomes readable when process `pid` (a child) ends, if the kernel
/// has pidfd_open(2).
fn pidfd(pid: libc::pid_t) -> Option<OwnedFd> {
    // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return None;
    }
    // SAFETY: `fd` was just returned by pidfd_open and nothing else owns it.
    Some(unsafe { OwnedFd::from_raw_fd(fd as libc::c_int) })
}

/// Wait for a child to change state as waitpid(2) does, with the GIL released. `deadline`
/// bounds the wait (`Ok(None)` once it passes); with WNOHANG in `options`, (0, 0) if no
/// child is ready. A Ctrl-C in the main thread ends the wait with KeyboardInterrupt.
pub(crate) fn wait_child(
    vm: &mut Vm,
    pid: libc::pid_t,
    options: libc::c_int,
    deadline: Option<Instant>,
) -> PyResult<Option<(i32, i32)>> {
    let first = try_waitpid(pid, options).map_err(|e| errno_error(vm, e))?;
    if first.is_some() {
        return Ok(first);
    }
    if options & libc::WNOHANG != 0 {
        return Ok(Some((0, 0)));
    }
    // A pidfd reports only the end of the process: use it when that is what is waited for.
    if let Some(fd) = (pid > 0 && options == 0).then(|| pidfd(pid)).flatten() {
        use std::os::fd::AsRawFd;
        loop {
            let ready = wait_fd(vm, fd.as_raw_fd(), libc::POLLIN, deadline)?;
            let r = try_waitpid(pid, options).map_err(|e| errno_error(vm, e))?;
            if r.is_some() {
                return Ok(r);
            }
            if !ready {
                return Ok(None);
            }
        }
    }
    // Otherwise look again after growing pauses (1 ms up to one 20 ms slice).
    let mut pause = Duration::from_millis(1);
    loop {
        let mut outcome = Ok(None);
        let done = vm.wait_released(deadline, |slice| {
            std::thread::sleep(pause.min(slice));
            pause = (pause * 2).min(Duration::from_millis(20));
            outcome = try_waitpid(pid, options);
            !matches!(outcome, Ok(None))
        })?;
        if !done {
            // The deadline passed (or a signal arrived that raised nothing): one last look.
            outcome = try_waitpid(pid, options);
        }
        match outcome {
            Ok(None) if deadline.is_none() => {}
            Ok(r) => return Ok(r),
            Err(e) => return Err(errno_error(vm, e)),
        }
    }
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<libc::c_int> {
    let n = vm.to_i64(v)?;
    libc::c_int::try_from(n)
        .map_err(|_| pyrite_vm::error::overflow_error("signed integer is greater than maximum"))
}

/// `os.waitpid(pid, options)`: (pid, status).
fn os_waitpid(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("waitpid", 2)?;
    let pid = int_arg(vm, &p[0])?;
    let options = int_arg(vm, &p[1])?;
    let (pid, status) = wait_child(vm, pid, options, None)?.unwrap_or((0, 0));
    Ok(Value::new_tuple(vec![
        Value::Int(pid.into()),
        Value::Int(status.into()),
    ]))
}

/// `os.wait()`: (pid, status) of any child.
fn os_wait(vm: &mut Vm, a: Args) -> PyResult {
    a.exact("wait", 0)?;
    let (pid, status) = wait_child(vm, -1, 0, None)?.unwrap_or((0, 0));
    Ok(Value::new_tuple(vec![
        Value::Int(pid.into()),
        Value::Int(status.into()),
    ]))
}

/// `os.kill(pid, sig)`.
fn os_kill(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("kill", 2)?;
    let pid = int_arg(vm, &p[0])?;
    let sig = int_arg(vm, &p[1])?;
    // SAFETY: kill has no memory-safety preconditions.
    if unsafe { libc::kill(pid, sig) } != 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or -signal for a killed process.
fn os_waitstatus_to_exitcode(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("waitstatus_to_exitcode", 1)?;
    let st = int_arg(vm, &p[0])?;
    if libc::WIFEXITED(st) {
        return Ok(Value::Int(libc::WEXITSTATUS(st).into()));
    }
    if libc::WIFSIGNALED(st) {
        return Ok(Value::Int((-libc::WTERMSIG(st)).into()));
    }
    if libc::WIFSTOPPED(st) {
        return Err(value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(st)
        )));
    }
    Err(value_error(format!("invalid wait status: {st}")))
}

/// `os.dup(fd)`: a new, non-inheritable descriptor.
fn os_dup(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("dup", 1)?;
    let fd = fd_arg(vm, &p[0])?;
    // SAFETY: F_DUPFD_CLOEXEC takes an int argument and touches no memory.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if new < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::Int(new.into()))
}

/// `os.dup2(fd, fd2, inheritable=True)`: fd2.
fn os_dup2(vm: &mut Vm, a: Args) -> PyResult {
    let [fd, fd2, inheritable] = a.bind("dup2", ["fd", "fd2", "inheritable"], 2)?;
    let fd = fd_arg(vm, &fd.expect("required"))?;
    let fd2 = fd_arg(vm, &fd2.expect("required"))?;
    let inheritable = match inheritable {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: dup3/dup2 take descriptor numbers only.
    let r = unsafe {
        if fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, flags)
        }
    };
    if r < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::Int(r.into()))
}

/// The FD_CLOEXEC state of a descriptor.
fn fd_flags(vm: &mut Vm, fd: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: F_GETFD takes no argument.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
    if flags < 0 {
        return Err(last_os_error(vm));
    }
    Ok(flags)
}

fn os_get_inheritable(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("get_inheritable", 1)?;
    let fd = fd_arg(vm, &p[0])?;
    Ok(Value::bool(fd_flags(vm, fd)? & libc::FD_CLOEXEC == 0))
}

fn os_set_inheritable(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("set_inheritable", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let inheritable = vm.truthy(&p[1])?;
    let flags = fd_flags(vm, fd)?;
    let flags = if inheritable {
        flags & !libc::FD_CLOEXEC
    } else {
        flags | libc::FD_CLOEXEC
    };
    // SAFETY: F_SETFD takes an int argument.
    if unsafe { libc::fcntl(fd, libc::F_SETFD, flags) } < 0 {
        return Err(last_os_error(vm));
    }
    Ok(Value::none())
}

/// `os.strerror(code)`.
fn os_strerror(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("strerror", 1)?;
    let code = int_arg(vm, &p[0])?;
    let e = std::io::Error::from_raw_os_error(code);
    Ok(Value::new_str(pyrite_vm::io::os_error_text(&e)))
}

/// Add the process functions and constants to the `os` module.
pub(crate) fn add_to(m: &ObjRef) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("waitpid", os_waitpid),
        ("wait", os_wait),
        ("kill", os_kill),
        ("waitstatus_to_exitcode", os_waitstatus_to_exitcode),
        ("dup", os_dup),
        ("dup2", os_dup2),
        ("get_inheritable", os_get_inheritable),
        ("set_inheritable", os_set_inheritable),
        ("strerror", os_strerror),
        ("getppid", |_, _| {
            // SAFETY: getppid has no preconditions.
            Ok(Value::Int(unsafe { libc::getppid() }.into()))
        }),
        ("fdopen", |vm, a| pyrite_vm::io::builtin_open(vm, a)),
    ];
    add_functions(m, fns);
    let status_fns: &[(&'static str, NativeFn)] = &[
        ("WIFEXITED", |vm, a| {
            status_test(vm, a, "WIFEXITED", libc::WIFEXITED)
        }),
        ("WIFSIGNALED", |vm, a| {
            status_test(vm, a, "WIFSIGNALED", libc::WIFSIGNALED)
        }),
        ("WIFSTOPPED", |vm, a| {
            status_test(vm, a, "WIFSTOPPED", libc::WIFSTOPPED)
        }),
        ("WIFCONTINUED", |vm, a| {
            status_test(vm, a, "WIFCONTINUED", libc::WIFCONTINUED)
        }),
        ("WCOREDUMP", |vm, a| {
            status_test(vm, a, "WCOREDUMP", libc::WCOREDUMP)
        }),
        ("WEXITSTATUS", |vm, a| {
            status_field(vm, a, "WEXITSTATUS", libc::WEXITSTATUS)
        }),
        ("WTERMSIG", |vm, a| {
            status_field(vm, a, "WTERMSIG", libc::WTERMSIG)
        }),
        ("WSTOPSIG", |vm, a| {
            status_field(vm, a, "WSTOPSIG", libc::WSTOPSIG)
        }),
    ];
    for (n, f) in status_fns {
        set_attr_str(m, n, new_function(n, *f));
    }
    for (n, v) in [
        ("WNOHANG", libc::WNOHANG),
        ("WUNTRACED", libc::WUNTRACED),
        ("WCONTINUED", libc::WCONTINUED),
    ] {
        set_attr_str(m, n, Value::Int(v.into()));
    }
    set_attr_str(m, "devnull", Value::new_str("/dev/null"));
}

fn status_test(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: extern "C" fn(libc::c_int) -> bool,
) -> PyResult {
    let p = a.exact(name, 1)?;
    let st = int_arg(vm, &p[0])?;
    Ok(Value::bool(f(st)))
}

fn status_field(
    vm: &mut Vm,
    a: Args,
    name: &str,
    f: extern "C" fn(libc::c_int) -> libc::c_int,
) -> PyResult {
    let p = a.exact(name, 1)?;
    let st = int_arg(vm, &p[0])?;
    Ok(Value::Int(f(st).into()))
}
