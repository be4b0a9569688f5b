//! `_posixsubprocess`: starting child processes for `Lib/subprocess.py` (CPython's
//! `fork_exec`), plus the two waits `Popen` needs with the GIL released: for a child with
//! a timeout, and for pipe descriptors (`communicate`).
//!
//! Everything the child needs (argument and environment arrays, the executable
//! candidates) is built before fork(2); between fork and exec the child makes only
//! async-signal-safe system calls (other threads may hold locks, including malloc's) and
//! reports a failure through a close-on-exec pipe as (errno, stage).

use std::ffi::CString;
use std::time::Instant;

use pyrite_object::payload::Payload;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{type_error, value_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

use crate::blocking::{blocking_syscall, fd_arg, last_os_error, poll_released};

/// Where the child failed (the error pipe's second word).
const STAGE_EXEC: i32 = 0;
const STAGE_CHDIR: i32 = 1;
const STAGE_SETUP: i32 = 2;

fn os_bytes(v: &Value, what: &str) -> PyResult<CString> {
    let b = if let Some(s) = v.as_str() {
        s.as_bytes().to_vec()
    } else if let Some(b) = pyrite_vm::types::bytes::bytes_of(v) {
        b
    } else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {} ({what})",
            v.type_name()
        )));
    };
    CString::new(b).map_err(|_| value_error("embedded null byte"))
}

fn list_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::List(_)) | Some(Payload::Tuple(_)) => vm.collect(v),
        _ => Err(type_error(format!(
            "expected a list or tuple, not {}",
            v.type_name()
        ))),
    }
}

/// A NULL-terminated pointer array over `strings` (which must outlive it).
fn c_array(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// What the child does between fork and exec, all prepared in the parent.
struct ChildPlan {
    argv: Vec<*const libc::c_char>,
    envp: Option<Vec<*const libc::c_char>>,
    executables: Vec<CString>,
    cwd: Option<CString>,
    p2cread: libc::c_int,
    c2pwrite: libc::c_int,
    errwrite: libc::c_int,
    /// Descriptors passed to the child (pass_fds).
    keep_fds: Vec<libc::c_int>,
    /// `keep_fds` and the error pipe, sorted: with `close_fds`, every other descriptor from
    /// 3 up is closed.
    keep_open: Vec<libc::c_int>,
    close_fds: bool,
    restore_signals: bool,
    start_new_session: bool,
    /// Highest descriptor number to close if close_range(2) is missing.
    max_fd: libc::c_int,
}

/// Report (errno, stage) to the parent and exit. Async-signal-safe.
unsafe fn child_fail(errpipe: libc::c_int, stage: i32) -> ! {
    let errno = *libc::__errno_location();
    let mut msg = [0u8; 8];
    msg[..4].copy_from_slice(&errno.to_ne_bytes());
    msg[4..].copy_from_slice(&stage.to_ne_bytes());
    libc::write(errpipe, msg.as_ptr().cast(), msg.len());
    libc::_exit(255)
}

/// Make `fd` survive exec.
unsafe fn set_inheritable(fd: libc::c_int) -> bool {
    let flags = libc::fcntl(fd, libc::F_GETFD);
    flags >= 0 && libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC) >= 0
}

/// Close descriptors `lo..=hi`.
unsafe fn close_range(lo: libc::c_int, hi: libc::c_int, max_fd: libc::c_int) {
    if lo > hi {
        return;
    }
    if libc::syscall(
        libc::SYS_close_range,
        lo as libc::c_uint,
        hi as libc::c_uint,
        0,
    ) == 0
    {
        return;
    }
    let mut fd = lo;
    while fd <= hi.min(max_fd) {
        libc::close(fd);
        fd += 1;
    }
}

/// The child side of fork: set up descriptors, directory and signals, then exec.
/// Only async-signal-safe calls; never returns.
unsafe fn child_exec(plan: &ChildPlan, errpipe: libc::c_int) -> ! {
    let (p2cread, mut c2pwrite, mut errwrite) = (plan.p2cread, plan.c2pwrite, plan.errwrite);
    // A descriptor the dup2 calls below would overwrite is moved out of the way first
    // (CPython #12607).
    if c2pwrite == 0 {
        c2pwrite = libc::fcntl(c2pwrite, libc::F_DUPFD_CLOEXEC, 3);
        if c2pwrite < 0 {
            child_fail(errpipe, STAGE_SETUP);
        }
    }
    while errwrite == 0 || errwrite == 1 {
        errwrite = libc::fcntl(errwrite, libc::F_DUPFD_CLOEXEC, 3);
        if errwrite < 0 {
            child_fail(errpipe, STAGE_SETUP);
        }
    }
    // dup2 clears close-on-exec, except when it is a no-op: then clear it by hand.
    for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
        let ok = if fd == target {
            set_inheritable(fd)
        } else {
            fd == -1 || libc::dup2(fd, target) >= 0
        };
        if !ok {
            child_fail(errpipe, STAGE_SETUP);
        }
    }
    if let Some(cwd) = &plan.cwd {
        if libc::chdir(cwd.as_ptr()) != 0 {
            child_fail(errpipe, STAGE_CHDIR);
        }
    }
    if plan.restore_signals {
        // Rust ignores SIGPIPE in this process; children get the default behaviour back.
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::signal(libc::SIGXFSZ, libc::SIG_DFL);
    }
    if plan.start_new_session && libc::setsid() < 0 {
        child_fail(errpipe, STAGE_SETUP);
    }
    for &fd in &plan.keep_fds {
        if !set_inheritable(fd) {
            child_fail(errpipe, STAGE_SETUP);
        }
    }
    if plan.close_fds {
        // Close everything from 3 up but the kept descriptors and the error pipe (which
        // is close-on-exec: exec itself closes it).
        let mut lo = 3;
        for &k in &plan.keep_open {
            if k >= lo {
                close_range(lo, k - 1, plan.max_fd);
                lo = k + 1;
            }
        }
        close_range(lo, libc::c_int::MAX, plan.max_fd);
    }
    // Try each candidate as os.execvpe does; report the first error that is not "no such
    // file" (a later directory on PATH may hold the program).
    let mut saved = 0;
    for exe in &plan.executables {
        match &plan.envp {
            Some(envp) => libc::execve(exe.as_ptr(), plan.argv.as_ptr(), envp.as_ptr()),
            None => libc::execv(exe.as_ptr(), plan.argv.as_ptr()),
        };
        let e = *libc::__errno_location();
        if e != libc::ENOENT && e != libc::ENOTDIR && saved == 0 {
            saved = e;
        }
    }
    if saved != 0 {
        *libc::__errno_location() = saved;
    }
    child_fail(errpipe, STAGE_EXEC)
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, c2pwrite,
/// errwrite, restore_signals, start_new_session, orig_executable)`: the child's pid. A
/// failure before the exec succeeds raises the child's OSError (with the program, or the
/// directory for a failed chdir, as its filename), as CPython's Popen does.
fn fork_exec(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("fork_exec", 12)?;
    let args: Vec<CString> = list_items(vm, &p[0])?
        .iter()
        .map(|v| os_bytes(v, "args"))
        .collect::<PyResult<_>>()?;
    let executables: Vec<CString> = list_items(vm, &p[1])?
        .iter()
        .map(|v| os_bytes(v, "executable"))
        .collect::<PyResult<_>>()?;
    let close_fds = vm.truthy(&p[2])?;
    let mut keep_fds = Vec::new();
    for v in list_items(vm, &p[3])? {
        let fd = fd_arg(vm, &v)?;
        if fd < 3 {
            return Err(value_error("bad value(s) in fds_to_keep"));
        }
        keep_fds.push(fd);
    }
    keep_fds.sort_unstable();
    keep_fds.dedup();
    let cwd = if p[4].is_none() {
        None
    } else {
        Some(os_bytes(&p[4], "cwd")?)
    };
    let env: Option<Vec<CString>> = if p[5].is_none() {
        None
    } else {
        Some(
            list_items(vm, &p[5])?
                .iter()
                .map(|v| os_bytes(v, "env"))
                .collect::<PyResult<_>>()?,
        )
    };
    let p2cread = fd_arg(vm, &p[6])?;
    let c2pwrite = fd_arg(vm, &p[7])?;
    let errwrite = fd_arg(vm, &p[8])?;
    let restore_signals = vm.truthy(&p[9])?;
    let start_new_session = vm.truthy(&p[10])?;
    let orig_executable = p[11].clone();
    let mut errpipe = [0 as libc::c_int; 2];
    // SAFETY: `errpipe` has room for two descriptors.
    if unsafe { libc::pipe2(errpipe.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(last_os_error(vm));
    }
    let [err_read, err_write] = errpipe;
    let mut keep_open = keep_fds.clone();
    keep_open.push(err_write);
    keep_open.sort_unstable();
    // SAFETY: sysconf has no preconditions.
    let open_max = unsafe { libc::sysconf(libc::_SC_OPEN_MAX) };
    let plan = ChildPlan {
        argv: c_array(&args),
        envp: env.as_deref().map(c_array),
        executables,
        cwd,
        p2cread,
        c2pwrite,
        errwrite,
        keep_fds,
        keep_open,
        close_fds,
        restore_signals,
        start_new_session,
        max_fd: open_max.clamp(256, 1 << 20) as libc::c_int,
    };
    // SAFETY: fork has no memory-safety preconditions; the child runs only `child_exec`,
    // which makes async-signal-safe calls on data prepared above and never returns.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: see above; we are the child.
        unsafe { child_exec(&plan, err_write) }
    }
    let fork_error = (pid < 0).then(|| last_os_error(vm));
    // SAFETY: closing our copy of the pipe's write end; the read end is ours to close.
    unsafe { libc::close(err_write) };
    if let Some(e) = fork_error {
        // SAFETY: as above.
        unsafe { libc::close(err_read) };
        return Err(e);
    }
    // The pipe reaches EOF when exec succeeds (close-on-exec) or the child exits.
    let mut msg = [0u8; 8];
    let mut got = 0;
    while got < msg.len() {
        let ptr = msg[got..].as_mut_ptr() as usize;
        let want = msg.len() - got;
        // SAFETY: `ptr` points into `msg`, writable for `want` bytes.
        let n = blocking_syscall(vm, || unsafe {
            libc::read(err_read, ptr as *mut libc::c_void, want)
        });
        match n {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => {
                // SAFETY: closing our own descriptor.
                unsafe { libc::close(err_read) };
                return Err(e);
            }
        }
    }
    // SAFETY: closing our own descriptor.
    unsafe { libc::close(err_read) };
    if got == 0 {
        return Ok(Value::Int(pid.into()));
    }
    // The exec failed: reap the child (it is exiting) and raise its error.
    let _ = crate::os_process::wait_child(vm, pid, 0, None);
    let errno = i32::from_ne_bytes([msg[0], msg[1], msg[2], msg[3]]);
    let stage = i32::from_ne_bytes([msg[4], msg[5], msg[6], msg[7]]);
    let e = std::io::Error::from_raw_os_error(errno);
    let filename = match stage {
        STAGE_EXEC => Some(orig_executable),
        STAGE_CHDIR => Some(p[4].clone()),
        _ => None,
    };
    Err(pyrite_vm::io::os_error_from(vm, &e, filename.as_ref()))
}

/// `waitpid_timeout(pid, timeout)`: (pid, status) once the child ends, or None when
/// `timeout` seconds pass first. Waits with the GIL released; Ctrl-C interrupts it.
fn waitpid_timeout(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("waitpid_timeout", 2)?;
    let pid = fd_arg(vm, &p[0])?;
    let secs = pyrite_vm::types::float::float_from_value(vm, &p[1])?;
    let d = crate::time::seconds_to_duration(secs)?;
    let deadline = Instant::now().checked_add(d);
    Ok(match crate::os_process::wait_child(vm, pid, 0, deadline)? {
        Some((pid, status)) => {
            Value::new_tuple(vec![Value::Int(pid.into()), Value::Int(status.into())])
        }
        None => Value::none(),
    })
}

/// `poll(fds, timeout)`: wait until one of `fds` ((fd, events) pairs) is ready, or
/// `timeout` seconds (None: no limit) pass; the ready (fd, revents) pairs. The wait
/// releases the GIL and Ctrl-C interrupts it.
fn poll(vm: &mut Vm, a: Args) -> PyResult {
    let p = a.exact("poll", 2)?;
    let mut fds = Vec::new();
    for item in list_items(vm, &p[0])? {
        let pair = list_items(vm, &item)?;
        if pair.len() != 2 {
            return Err(type_error("poll() expects (fd, events) pairs"));
        }
        let fd = fd_arg(vm, &pair[0])?;
        let events = vm.to_i64(&pair[1])? as libc::c_short;
        fds.push(libc::pollfd {
            fd,
            events,
            revents: 0,
        });
    }
    let deadline = if p[1].is_none() {
        None
    } else {
        let secs = pyrite_vm::types::float::float_from_value(vm, &p[1])?;
        Some(Instant::now() + crate::time::seconds_to_duration(secs)?)
    };
    poll_released(vm, &mut fds, deadline)?;
    Ok(Value::new_list(
        fds.iter()
            .filter(|f| f.revents != 0)
            .map(|f| Value::new_tuple(vec![Value::Int(f.fd.into()), Value::Int(f.revents.into())]))
            .collect(),
    ))
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("_posixsubprocess");
    let fns: &[(&'static str, NativeFn)] = &[
        ("fork_exec", fork_exec),
        ("waitpid_timeout", waitpid_timeout),
        ("poll", poll),
    ];
    add_functions(&m, fns);
    for (n, v) in [
        ("POLLIN", libc::POLLIN),
        ("POLLOUT", libc::POLLOUT),
        ("POLLERR", libc::POLLERR),
        ("POLLHUP", libc::POLLHUP),
        ("POLLNVAL", libc::POLLNVAL),
    ] {
        set_attr_str(&m, n, Value::Int(v.into()));
    }
    set_attr_str(&m, "PIPE_BUF", Value::Int(libc::PIPE_BUF as i64));
    Ok(m)
}
