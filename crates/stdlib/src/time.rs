//! `_time`: wall and monotonic clocks, `sleep`, and the C library's calendar conversions
//! (`localtime_r`, `gmtime_r`, `mktime`, `strftime`). `Lib/time.py` builds the `time` module
//! on it (`struct_time` and the argument checks are Python there).

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use pyrite_object::{ObjRef, Value};
use pyrite_vm::error::{value_error, PyResult};
use pyrite_vm::native::{add_functions, Args, NativeFn};
use pyrite_vm::vm::new_module;
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
    let m = new_module("_time");
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
        ("localtime", |vm, a| broken_down(vm, a, "localtime", false)),
        ("gmtime", |vm, a| broken_down(vm, a, "gmtime", true)),
        ("_set_struct_time", |_, a| {
            let p = a.exact("_set_struct_time", 1)?;
            if let Value::Obj(cls) = &p[0] {
                // A second `time` import (after `del sys.modules['time']`) keeps the first
                // class, as a C struct type would stay the same.
                let _ = STRUCT_TIME.set(cls.clone());
            }
            Ok(Value::none())
        }),
        ("_mktime", mktime),
        ("_strftime", strftime),
        ("_tzinfo", tzinfo),
    ];
    add_functions(&m, fns);
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

/// Seconds since the epoch as a `time_t`, rounded towards minus infinity as CPython does.
fn to_time_t(vm: &mut Vm, v: &Value) -> PyResult<libc::time_t> {
    if let Some(f) = pyrite_vm::ops::as_float(v) {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = f.floor();
        if !(f >= libc::time_t::MIN as f64 && f < libc::time_t::MAX as f64) {
            return Err(time_overflow());
        }
        return Ok(f as libc::time_t);
    }
    match vm.to_i64(v) {
        Ok(n) => Ok(n as libc::time_t),
        Err(e) if e.matches(&pyrite_object::types::types().exc.index_error) => Err(time_overflow()),
        Err(e) => Err(e),
    }
}

/// The zone abbreviation a filled-in `tm` names ("UTC", "EST"), if any.
fn zone_name(tm: &libc::tm) -> Option<String> {
    if tm.tm_zone.is_null() {
        return None;
    }
    // SAFETY: a non-null `tm_zone` from the C library points at a NUL-terminated name it
    // owns, which lives as long as the zone data.
    let name = unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) };
    Some(name.to_string_lossy().into_owned())
}

/// `tm` as the 11 fields of a `struct_time`: Python months and year days count from 1, and
/// weeks start on Monday.
fn tm_fields(tm: &libc::tm) -> Value {
    let zone = zone_name(tm).map_or_else(Value::none, Value::new_str);
    Value::new_tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        zone,
        Value::Int(tm.tm_gmtoff),
    ])
}

fn empty_tm() -> libc::tm {
    // SAFETY: `tm` is plain integers and a nullable pointer: all zeroes is a valid value.
    unsafe { std::mem::zeroed() }
}

/// `time.struct_time` (defined by `Lib/time.py`, which registers it at import).
static STRUCT_TIME: std::sync::OnceLock<ObjRef> = std::sync::OnceLock::new();

/// `localtime(secs=None)` / `gmtime(secs=None)`: a `struct_time` for a timestamp (now by
/// default). Native, like CPython's, so that `Formatter.converter = time.gmtime` stored in
/// a class does not bind as a method.
fn broken_down(vm: &mut Vm, args: Args, name: &str, utc: bool) -> PyResult {
    let p = args.range(name, 0, 1)?;
    let t = match p.first() {
        Some(v) if !v.is_none() => to_time_t(vm, v)?,
        _ => now().floor() as libc::time_t,
    };
    let mut tm = empty_tm();
    // SAFETY: both pointers are valid for the call; the `_r` variants keep no state.
    let ok = unsafe {
        if utc {
            !libc::gmtime_r(&t, &mut tm).is_null()
        } else {
            !libc::localtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        let errno = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EOVERFLOW);
        let e = std::io::Error::from_raw_os_error(errno);
        return Err(pyrite_vm::io::os_error_from(vm, &e, None));
    }
    let fields = tm_fields(&tm);
    match STRUCT_TIME.get() {
        Some(cls) => vm.call_positional(&Value::Obj(cls.clone()), &[fields]),
        None => Ok(fields),
    }
}

/// The first nine fields of a `struct_time` (already checked to be ints by `time.py`) as a
/// C `tm`, months and days converted back to C's counting.
fn tm_from_fields(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items = vm.collect(v)?;
    if items.len() < 9 {
        return Err(pyrite_vm::error::type_error(
            "function takes at least 9 fields of a struct_time",
        ));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = vm.to_i64(item)?;
    }
    let int = |n: i64| -> PyResult<libc::c_int> {
        libc::c_int::try_from(n).map_err(|_| {
            pyrite_vm::error::overflow_error("Python int too large to convert to C int")
        })
    };
    let mut tm = empty_tm();
    tm.tm_year = int(f[0] - 1900)?;
    tm.tm_mon = int(f[1] - 1)?;
    tm.tm_mday = int(f[2])?;
    tm.tm_hour = int(f[3])?;
    tm.tm_min = int(f[4])?;
    tm.tm_sec = int(f[5])?;
    tm.tm_wday = int((f[6] + 1) % 7)?;
    tm.tm_yday = int(f[7] - 1)?;
    tm.tm_isdst = int(f[8])?;
    Ok(tm)
}

/// `_mktime(fields)`: local calendar time to seconds since the epoch.
fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("mktime", 1)?;
    let mut tm = tm_from_fields(vm, &p[0])?;
    // mktime returns -1 both for errors and for one second before the epoch; a wday it
    // leaves untouched tells them apart (as CPython does).
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable `tm`.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(pyrite_vm::error::overflow_error(
            "mktime argument out of range",
        ));
    }
    Ok(Value::float(t as f64))
}

/// `_strftime(format, fields, zone, gmtoff)`: `fields` was range-checked by `time.py`.
fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.exact("strftime", 4)?;
    let format = p[0]
        .as_str()
        .ok_or_else(|| pyrite_vm::error::type_error("strftime() argument 1 must be str"))?
        .to_string();
    let mut tm = tm_from_fields(vm, &p[1])?;
    // The zone name must outlive the call: `tm_zone` points into it.
    let zone = match p[2].as_str() {
        Some(z) => {
            Some(std::ffi::CString::new(z).map_err(|_| value_error("embedded null character"))?)
        }
        None => None,
    };
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if !p[3].is_none() {
        tm.tm_gmtoff = vm.to_i64(&p[3])?;
    }
    let cformat = std::ffi::CString::new(format.as_str())
        .map_err(|_| value_error("embedded null character"))?;
    if format.is_empty() {
        return Ok(Value::new_str(String::new()));
    }
    // strftime returns 0 both when the buffer is too small and for an empty result: grow
    // the buffer a few times, as CPython does, before deciding the result is empty.
    let mut size = 1024.max(format.len() * 4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; the format and `tm` are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cformat.as_ptr(), &tm) };
        if n > 0 || size >= 256 * format.len().max(1) {
            buf.truncate(n);
            return Ok(Value::new_str(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

/// `_tzinfo()`: `(timezone, altzone, daylight, (std name, dst name))` for this year, as
/// CPython's `init_timezone` works them out from January and July.
fn tzinfo(_vm: &mut Vm, _args: Args) -> PyResult {
    extern "C" {
        // POSIX; not in the `libc` crate.
        fn tzset();
    }
    // SAFETY: tzset only reads the environment and updates the C library's zone state.
    unsafe { tzset() };
    let now = now() as libc::time_t;
    let year_start = {
        let mut tm = empty_tm();
        // SAFETY: valid pointers; the `_r` variant keeps no state.
        unsafe { libc::localtime_r(&now, &mut tm) };
        (now - (tm.tm_yday as libc::time_t) * 86400) / 86400 * 86400
    };
    let local = |t: libc::time_t| {
        let mut tm = empty_tm();
        // SAFETY: as above.
        unsafe { libc::localtime_r(&t, &mut tm) };
        (-tm.tm_gmtoff, zone_name(&tm).unwrap_or_default())
    };
    let (jan_off, jan_name) = local(year_start);
    let (jul_off, jul_name) = local(year_start + 183 * 86400);
    // South of the equator July is the standard time.
    let ((std_off, std_name), (dst_off, dst_name)) = if jan_off < jul_off {
        ((jul_off, jul_name), (jan_off, jan_name))
    } else {
        ((jan_off, jan_name), (jul_off, jul_name))
    };
    Ok(Value::new_tuple(vec![
        Value::Int(std_off),
        Value::Int(dst_off),
        Value::Int((std_off != dst_off) as i64),
        Value::new_tuple(vec![Value::new_str(std_name), Value::new_str(dst_name)]),
    ]))
}
