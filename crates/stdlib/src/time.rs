//! `time`: wall and monotonic clocks, `sleep`.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{value_error, PyResult};
use pyrite_vm::native::{new_function, Args, NativeFn};
use pyrite_vm::vm::{new_module, set_attr_str};
use pyrite_vm::Vm;

fn epoch() -> &'static Instant {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now)
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("sleep", 1)?;
    let secs = pyrite_vm::types::float::float_from_value(vm, &p[0])?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if !secs.is_finite() {
        return Err(pyrite_vm::error::overflow_error(
            "sleep length is too large",
        ));
    }
    // Sleep in slices so Ctrl-C interrupts promptly.
    let deadline = Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let slice = left.min(std::time::Duration::from_millis(50));
        // Sleeping releases the GIL.
        vm.allow_threads(|| std::thread::sleep(slice));
        pyrite_vm::signals::check_signals(vm)?;
    }
    Ok(Value::none())
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("time");
    epoch();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", |_, _| Ok(Value::Float(now()))),
        ("time_ns", |_, _| {
            Ok(Value::from_bigint(num_bigint::BigInt::from(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            )))
        }),
        ("perf_counter", |_, _| {
            Ok(Value::Float(epoch().elapsed().as_secs_f64()))
        }),
        ("perf_counter_ns", |_, _| {
            Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
        }),
        ("monotonic", |_, _| {
            Ok(Value::Float(epoch().elapsed().as_secs_f64()))
        }),
        ("monotonic_ns", |_, _| {
            Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
        }),
        ("process_time", |_, _| Ok(Value::Float(cpu_time()))),
        ("thread_time", |_, _| Ok(Value::Float(thread_cpu_time()))),
        ("sleep", sleep),
    ];
    for (n, f) in fns {
        set_attr_str(&m, n, new_function(n, *f));
    }
    Ok(m)
}

fn clock(id: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(id, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// CPU time of the whole process (all threads).
pub fn cpu_time() -> f64 {
    clock(libc::CLOCK_PROCESS_CPUTIME_ID)
}

fn thread_cpu_time() -> f64 {
    clock(libc::CLOCK_THREAD_CPUTIME_ID)
}
