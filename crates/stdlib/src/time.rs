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

fn time_overflow() -> pyrite_vm::PyErr {
    pyrite_vm::error::overflow_error("timestamp out of range for platform time_t")
}

/// Convert a timeout or sleep length in seconds as CPython's `_PyTime_FromSecondsObject`
/// does: NaN is a ValueError, more than the 64-bit nanosecond clock holds an OverflowError.
/// Negative values give a zero duration (callers check the sign with their own message).
pub fn seconds_to_duration(secs: f64) -> PyResult<std::time::Duration> {
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs * 1e9 >= i64::MAX as f64 {
        return Err(time_overflow());
    }
    Ok(std::time::Duration::from_secs_f64(secs.max(0.0)))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("sleep", 1)?;
    let secs = pyrite_vm::types::float::float_from_value(vm, &p[0])?;
    let length = seconds_to_duration(secs)?;
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    // Sleeping releases the GIL; a sleep is a wait that never succeeds early, so Ctrl-C
    // still interrupts it promptly.
    let deadline = Instant::now()
        .checked_add(length)
        .ok_or_else(time_overflow)?;
    vm.wait_released(Some(deadline), |slice| {
        std::thread::sleep(slice);
        false
    })?;
    Ok(Value::none())
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = new_module("time");
    epoch();
    let fns: &[(&'static str, NativeFn)] = &[
        ("time", |_, _| Ok(Value::float(now()))),
        ("time_ns", |_, _| {
            Ok(Value::from_bigint(num_bigint::BigInt::from(
                SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            )))
        }),
        ("perf_counter", |_, _| {
            Ok(Value::float(epoch().elapsed().as_secs_f64()))
        }),
        ("perf_counter_ns", |_, _| {
            Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
        }),
        ("monotonic", |_, _| {
            Ok(Value::float(epoch().elapsed().as_secs_f64()))
        }),
        ("monotonic_ns", |_, _| {
            Ok(Value::Int(epoch().elapsed().as_nanos() as i64))
        }),
        ("process_time", |_, _| Ok(Value::float(cpu_time()))),
        ("thread_time", |_, _| Ok(Value::float(thread_cpu_time()))),
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
