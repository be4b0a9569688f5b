//! `_thread`: OS threads running Python functions, locks, reentrant locks.
//!
//! Each new thread gets its own thread state (`Vm::for_thread`) and takes the GIL before it
//! touches any object. Waiting for a lock releases the GIL (`allow_threads`) and wakes up
//! regularly so Ctrl-C reaches the main thread.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use parking_lot::{Condvar, Mutex};
use pyrite_object::payload::{NativeBox, Payload};
use pyrite_object::types::{make_type, types, Layout};
use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{runtime_error, type_error, value_error, PyResult};
use pyrite_vm::native::{add_functions, add_method, add_staticmethod, Args, NativeFn};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

/// Threads started by `start_new_thread` that are still running.
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// `_thread.TIMEOUT_MAX`: the longest timeout a lock wait accepts, in seconds (CPython's
/// value on Linux: what a 64-bit nanosecond count holds).
const TIMEOUT_MAX: f64 = 9_223_372_036.0;

mod lock;

use lock::LockState;

/// A plain (non-reentrant) lock.
pub struct Lock {
    state: LockState,
}

/// A reentrant lock: owner thread and recursion count.
pub struct RLock {
    state: Mutex<(u64, usize)>,
    cond: Condvar,
}

fn lock_types() -> &'static (ObjRef, ObjRef) {
    static T: std::sync::OnceLock<(ObjRef, ObjRef)> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let t = types();
        let lock = make_type(
            &t.type_,
            "lock",
            std::slice::from_ref(&t.object),
            Layout::Native,
        );
        let rlock = make_type(
            &t.type_,
            "RLock",
            std::slice::from_ref(&t.object),
            Layout::Native,
        );
        (lock, rlock)
    })
}

fn new_lock() -> Value {
    let l = Lock {
        state: LockState::new(false),
    };
    Value::Obj(ObjRef::new(
        lock_types().0.clone(),
        None,
        Payload::Native(NativeBox::new(l)),
    ))
}

thread_local! {
    /// The lock `_thread._set_sentinel()` gave this thread: released by the runtime once the
    /// thread has let go of every object (CPython releases it when the thread state is
    /// deleted), so a `join()` that returns sees everything the thread dropped freed.
    static SENTINEL: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

/// `_thread._set_sentinel()`: a new, locked lock that this thread releases when it ends.
fn set_sentinel(_vm: &mut Vm, args: Args) -> PyResult {
    args.exact("_set_sentinel", 0)?;
    let lock = new_lock();
    lock_of(&lock)?.state.try_acquire(false);
    let previous = SENTINEL.with(|s| s.replace(Some(lock.clone())));
    drop(previous);
    Ok(lock)
}

/// Release this thread's sentinel lock, if it set one (called as the thread ends).
fn release_sentinel() {
    let Some(sentinel) = SENTINEL.with(|s| s.take()) else {
        return;
    };
    if let Ok(lock) = lock_of(&sentinel) {
        lock.state.release_all();
    }
}

fn lock_of(v: &Value) -> PyResult<&Lock> {
    v.payload()
        .and_then(|p| p.native::<Lock>())
        .ok_or_else(|| type_error("expected a lock"))
}

fn rlock_of(v: &Value) -> PyResult<&RLock> {
    v.payload()
        .and_then(|p| p.native::<RLock>())
        .ok_or_else(|| type_error("expected an RLock"))
}

/// (blocking, timeout) from `acquire(blocking=True, timeout=-1)`.
fn acquire_args(vm: &mut Vm, args: &Args) -> PyResult<(bool, Option<Duration>)> {
    let [blocking, timeout] = args
        .skip_self()
        .bind("acquire", ["blocking", "timeout"], 0)?;
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => pyrite_vm::types::float::float_from_value(vm, &t)?,
        None => -1.0,
    };
    let length = crate::time::seconds_to_duration(timeout)?;
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(pyrite_vm::error::overflow_error(
            "timeout value is too large",
        ));
    }
    Ok((blocking, (timeout >= 0.0).then_some(length)))
}

/// Take a lock whose state `S` sits in `m`, blocking (with the GIL released) while `free`
/// says it is held elsewhere; `take` marks it taken by this thread.
///
/// With the GIL on, a waiter only *watches* for the lock to become free, and takes it after
/// it has the GIL back. A thread that cannot run yet must not grab a lock the running thread
/// needs: otherwise the two threads hand the lock and the GIL back and forth at every
/// acquisition, which is what makes a contended lock slow in CPython 3.11. Without the GIL
/// the waiter takes the lock as soon as it sees it free.
fn acquire_lock_state<S>(
    vm: &mut Vm,
    m: &Mutex<S>,
    cond: &Condvar,
    blocking: bool,
    timeout: Option<Duration>,
    free: impl Fn(&S) -> bool,
    take: impl Fn(&mut S),
) -> PyResult<bool> {
    let deadline = timeout.map(|t| Instant::now() + t);
    let gil = vm.interp.gil.enabled();
    let try_take = || {
        let mut st = m.lock();
        free(&st) && {
            take(&mut st);
            true
        }
    };
    loop {
        if try_take() {
            return Ok(true);
        }
        if !blocking {
            return Ok(false);
        }
        // Without the GIL the holder is running on another core and critical sections are
        // usually short: spin a little before parking, as PEP 703's PyMutex does, so that a
        // contended lock is handed over without two context switches each time.
        if !gil && spin_until(try_take) {
            return Ok(true);
        }
        let seen_free = vm.wait_released(deadline, |slice| {
            let mut st = m.lock();
            if !free(&st) {
                cond.wait_for(&mut st, slice);
            }
            if !free(&st) {
                return false;
            }
            if !gil {
                take(&mut st);
            }
            true
        })?;
        if !seen_free {
            return Ok(false);
        }
        if !gil {
            return Ok(true);
        }
    }
}

/// Try `attempt` for a few microseconds with exponential back-off (pause instructions);
/// true as soon as it succeeds.
fn spin_until(mut attempt: impl FnMut() -> bool) -> bool {
    for round in 0..7 {
        for _ in 0..(1u32 << round) {
            std::hint::spin_loop();
        }
        if attempt() {
            return true;
        }
    }
    false
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let (blocking, timeout) = acquire_args(vm, &args)?;
    let this = args.self_().clone();
    let lock = &lock_of(&this)?.state;
    if lock.try_acquire(false) {
        return Ok(Value::bool(true));
    }
    if !blocking {
        return Ok(Value::bool(false));
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    // As in `acquire_lock_state`: with the GIL a waiter only watches for the lock to be
    // free and takes it once it runs again; without it, it spins briefly, then sleeps and
    // takes the lock as soon as it wakes to find it free.
    let gil = vm.interp.gil.enabled();
    if !gil && spin_until(|| lock.try_acquire(false)) {
        return Ok(Value::bool(true));
    }
    loop {
        let seen_free = vm.wait_released(deadline, |slice| {
            lock.wait_free(slice) && (gil || lock.try_acquire(true))
        })?;
        if !seen_free {
            return Ok(Value::bool(false));
        }
        if !gil || lock.try_acquire(true) {
            return Ok(Value::bool(true));
        }
    }
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult {
    if !lock_of(args.self_())?.state.release() {
        return Err(runtime_error("release unlocked lock"));
    }
    Ok(Value::none())
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let (blocking, timeout) = acquire_args(vm, &args)?;
    let this = args.self_().clone();
    let lock = rlock_of(&this)?;
    let me = vm.thread_id;
    let got = acquire_lock_state(
        vm,
        &lock.state,
        &lock.cond,
        blocking,
        timeout,
        |&(owner, depth)| depth == 0 || owner == me,
        |st| *st = (me, st.1 + 1),
    )?;
    Ok(Value::bool(got))
}

fn rlock_release(vm: &mut Vm, args: Args) -> PyResult {
    let lock = rlock_of(args.self_())?;
    let mut st = lock.state.lock();
    if st.1 == 0 || st.0 != vm.thread_id {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    st.1 -= 1;
    let free = st.1 == 0;
    if free {
        st.0 = 0;
    }
    drop(st);
    if free {
        lock.cond.notify_one();
    }
    Ok(Value::none())
}

/// `<locked _thread.lock object at 0x...>`, as CPython's lock reprs.
fn lock_repr(lock: &Value, locked: bool, what: &str) -> Value {
    let state = if locked { "locked" } else { "unlocked" };
    let addr = lock.as_obj().map_or(0, |o| o.addr());
    Value::new_str(format!("<{state} {what} at {addr:#x}>"))
}

fn start_new_thread(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.range("start_new_thread", 2, 3)?;
    let func = p[0].clone();
    let fargs = match p[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error("2nd arg must be a tuple")),
    };
    let kwargs = p.get(2).cloned();
    if let Some(k) = &kwargs {
        if !matches!(k.payload(), Some(Payload::Dict(_))) {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        }
    }
    let interp = vm.interp.clone();
    let ident = pyrite_vm::vm::next_thread_id();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    // The closure owns object references but touches them only after taking the GIL.
    let payload = ThreadStart {
        func,
        args: fargs,
        kwargs,
    };
    let spawned = pyrite_vm::vm::spawn_with_stack(move || {
        // The thread state is created on its own thread (it measures this thread's stack).
        let mut child = Vm::for_thread(interp);
        child.thread_id = ident;
        let tid = ident;
        child.interp.gil.acquire(tid);
        let ThreadStart { func, args, kwargs } = payload;
        let r = match &kwargs {
            Some(k) => child.call_ex(&func, &Value::new_tuple(args), Some(k)),
            None => child.call_positional(&func, &args),
        };
        if let Err(e) = r {
            if !e.matches(&types().exc.system_exit) {
                let text = pyrite_vm::traceback::format_exception(&mut child, &e.value());
                let what = child.repr_string(&func).unwrap_or_default();
                eprint!("Exception ignored in thread started by: {what}\n{text}");
            }
        }
        drop(func);
        drop(kwargs);
        // Run the `__del__` and weak reference callbacks of what the thread dropped last
        // (its deferred releases and coalesced decrements first: they may be the last
        // references).
        pyrite_object::sync::release_backlog();
        pyrite_object::sync::flush_pending_decrefs();
        child.finalize_point();
        pyrite_vm::io::flush_std(&mut child);
        // The thread state holds references too (caches, frame pool): drop it while the
        // GIL is still held.
        let interp = child.interp.clone();
        drop(child);
        pyrite_object::sync::release_backlog();
        pyrite_object::sync::flush_pending_decrefs();
        release_sentinel();
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        interp.gil.release();
    });
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return Err(runtime_error(format!("can't start new thread: {e}")));
    }
    Ok(Value::Int(ident as i64))
}

/// What a new thread runs (moved into it).
struct ThreadStart {
    func: Value,
    args: Vec<Value>,
    kwargs: Option<Value>,
}

// SAFETY-relevant note: `Value` is Send (see pyrite_object::sync); the thread touches these
// values only after acquiring the GIL (GIL build) or under per-object locks (free-threaded).

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let (lock_t, rlock_t) = lock_types();
    for t in [lock_t, rlock_t] {
        set_attr_str_type(t, "__module__", Value::new_str("_thread"));
    }
    add_method(lock_t, "acquire", lock_acquire);
    add_method(lock_t, "acquire_lock", lock_acquire);
    add_method(lock_t, "__enter__", lock_acquire);
    add_method(lock_t, "release", lock_release);
    add_method(lock_t, "release_lock", lock_release);
    add_method(lock_t, "__exit__", |vm, a| {
        lock_release(vm, Args::positional_only(std::slice::from_ref(a.self_())))
    });
    add_method(lock_t, "__repr__", |_, a| {
        let locked = lock_of(a.self_())?.state.is_locked();
        Ok(lock_repr(a.self_(), locked, "_thread.lock object"))
    });
    add_method(lock_t, "locked", |_, a| {
        Ok(Value::bool(lock_of(a.self_())?.state.is_locked()))
    });
    add_method(lock_t, "_at_fork_reinit", |_, a| {
        lock_of(a.self_())?.state.release();
        Ok(Value::none())
    });
    add_staticmethod(rlock_t, "__new__", |_, _| {
        let l = RLock {
            state: Mutex::new((0, 0)),
            cond: Condvar::new(),
        };
        Ok(Value::Obj(ObjRef::new(
            lock_types().1.clone(),
            None,
            Payload::Native(NativeBox::new(l)),
        )))
    });
    add_method(rlock_t, "acquire", rlock_acquire);
    add_method(rlock_t, "__enter__", rlock_acquire);
    add_method(rlock_t, "release", rlock_release);
    add_method(rlock_t, "__exit__", |vm, a| {
        rlock_release(vm, Args::positional_only(std::slice::from_ref(a.self_())))
    });
    add_method(rlock_t, "_is_owned", |vm, a| {
        let st = rlock_of(a.self_())?.state.lock();
        Ok(Value::bool(st.1 > 0 && st.0 == vm.thread_id))
    });
    // Condition.wait's helpers (as CPython's RLock has): release all levels at once, and
    // restore them after the wait.
    add_method(rlock_t, "_release_save", |vm, a| {
        let lock = rlock_of(a.self_())?;
        let mut st = lock.state.lock();
        if st.1 == 0 || st.0 != vm.thread_id {
            return Err(runtime_error("cannot release un-acquired lock"));
        }
        let (owner, depth) = std::mem::take(&mut *st);
        drop(st);
        lock.cond.notify_one();
        Ok(Value::new_tuple(vec![
            Value::Int(depth as i64),
            Value::Int(owner as i64),
        ]))
    });
    add_method(rlock_t, "_acquire_restore", |vm, a| {
        let [state] = a.skip_self().bind("_acquire_restore", ["state"], 1)?;
        let state = state.expect("required");
        let items = match state.payload() {
            Some(Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
            _ => return Err(type_error("_acquire_restore() argument must be a 2-tuple")),
        };
        let depth = vm.to_i64(&items[0])?;
        let owner = vm.to_i64(&items[1])?;
        if depth <= 0 {
            return Err(value_error("_acquire_restore() depth must be positive"));
        }
        let this = a.self_().clone();
        let lock = rlock_of(&this)?;
        acquire_lock_state(
            vm,
            &lock.state,
            &lock.cond,
            true,
            None,
            |&(_, d)| d == 0,
            |st| *st = (owner as u64, depth as usize),
        )?;
        Ok(Value::none())
    });
    add_method(rlock_t, "__repr__", |_, a| {
        let (owner, count) = *rlock_of(a.self_())?.state.lock();
        let what = format!("_thread.RLock object owner={owner} count={count}");
        Ok(lock_repr(a.self_(), count > 0, &what))
    });
    add_method(rlock_t, "locked", |_, a| {
        Ok(Value::bool(rlock_of(a.self_())?.state.lock().1 > 0))
    });

    let m = new_module("_thread");
    let fns: &[(&'static str, NativeFn)] = &[
        ("start_new_thread", start_new_thread),
        ("start_new", start_new_thread),
        ("allocate_lock", |_, _| Ok(new_lock())),
        ("allocate", |_, _| Ok(new_lock())),
        ("get_ident", |vm, _| Ok(Value::Int(vm.thread_id as i64))),
        ("get_native_id", |_, _| Ok(Value::Int(native_id()))),
        ("_set_sentinel", set_sentinel),
        ("set_name", thread_set_name),
        ("_count", |_, _| {
            Ok(Value::Int(RUNNING.load(Ordering::SeqCst) as i64))
        }),
        ("interrupt_main", |vm, a| {
            // Simulates SIGINT arriving: the main thread raises KeyboardInterrupt at its
            // next check point (or ends its current wait).
            let p = a.range("interrupt_main", 0, 1)?;
            let signum = match p.first() {
                Some(sig) => vm.to_i64(sig)?,
                None => i64::from(libc::SIGINT),
            };
            if !(1..64).contains(&signum) {
                return Err(value_error("signal number out of range"));
            }
            // Only SIGINT has a Python-level handler here (KeyboardInterrupt); CPython does
            // nothing for a signal Python does not handle.
            if signum == i64::from(libc::SIGINT) {
                pyrite_vm::signals::raise_sigint();
            }
            Ok(Value::none())
        }),
    ];
    add_functions(&m, fns);
    set_attr_str(&m, "LockType", Value::Obj(lock_t.clone()));
    set_attr_str(&m, "RLock", Value::Obj(rlock_t.clone()));
    set_attr_str(&m, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
    set_attr_str(&m, "error", Value::Obj(types().exc.runtime_error.clone()));
    let _ = vm;
    Ok(m)
}

fn set_attr_str_type(t: &ObjRef, name: &str, v: Value) {
    pyrite_vm::native::set_type_attr(t, name, v);
}

/// `_thread.set_name(name)` (as in CPython 3.14): names the OS thread (what `top -H` and
/// debuggers show, cut to 15 bytes) and the thread's row in `-X gilstats` / `-X gil-trace`.
fn thread_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("set_name", 1)?;
    let name = p[0]
        .as_str()
        .ok_or_else(|| type_error("set_name() argument must be str"))?
        .to_string();
    vm.interp.gil.set_thread_name(&name);
    let mut os_name: Vec<u8> = name.bytes().filter(|&b| b != 0).take(15).collect();
    os_name.push(0);
    // SAFETY: `os_name` is NUL-terminated and at most 16 bytes, as PR_SET_NAME requires.
    unsafe {
        libc::prctl(libc::PR_SET_NAME, os_name.as_ptr());
    }
    Ok(Value::none())
}

fn native_id() -> i64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::syscall(libc::SYS_gettid) as i64 }
}
