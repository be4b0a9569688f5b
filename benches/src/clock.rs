//! Which clock the benches time with: criterion's wall clock (default), or this thread's CPU
//! time (`PYRITE_BENCH_CLOCK=cpu`).
//!
//! On a shared machine, wall time also counts the slices in which the scheduler ran someone
//! else; thread CPU time leaves those out, so two builds measured at different moments are
//! comparable. (It still includes what other processes do to the caches.)

use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

/// The environment variable that selects the clock: `cpu` or `wall` (the default).
pub const CLOCK_ENV: &str = "PYRITE_BENCH_CLOCK";

/// True when `PYRITE_BENCH_CLOCK=cpu` asks for thread CPU time.
pub fn cpu_clock_requested() -> bool {
    match std::env::var(CLOCK_ENV) {
        Ok(v) if v == "cpu" => true,
        Ok(v) if v.is_empty() || v == "wall" => false,
        Ok(v) => panic!("{CLOCK_ENV} must be \"cpu\" or \"wall\", not {v:?}"),
        Err(_) => false,
    }
}

/// CPU time consumed by the calling thread (`CLOCK_THREAD_CPUTIME_ID`).
pub fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call, and
    // CLOCK_THREAD_CPUTIME_ID is supported by every Linux and macOS kernel Pyrite targets.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// A criterion measurement: the CPU time of the benchmarking thread. Values are durations,
/// so reports read like wall-clock ones (ns, µs, elements/s, MiB/s).
pub struct ThreadCpuTime {
    /// Only lends its duration formatter.
    wall: WallTime,
}

impl Default for ThreadCpuTime {
    fn default() -> Self {
        ThreadCpuTime { wall: WallTime }
    }
}

impl Measurement for ThreadCpuTime {
    type Intermediate = Duration;
    type Value = Duration;

    fn start(&self) -> Duration {
        thread_cpu_time()
    }
    fn end(&self, start: Duration) -> Duration {
        thread_cpu_time().saturating_sub(start)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, d: &Duration) -> f64 {
        d.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

/// The criterion group name for `what` in this build and with this clock:
/// `free-threaded/vm_ops`, `gil/vm_ops`, or `gil-cpu/vm_ops` with the CPU clock (so wall-time
/// and CPU-time results are saved apart under `target/criterion`).
pub fn group_name(what: &str) -> String {
    let clock = if cpu_clock_requested() { "-cpu" } else { "" };
    format!("{}{clock}/{what}", crate::BUILD)
}

/// `fn main` for a bench target: builds a `Criterion` from `config` (then the command line)
/// with the clock `PYRITE_BENCH_CLOCK` selects, and runs each target, a function generic over
/// the measurement (`fn f<M: Measurement>(c: &mut Criterion<M>)`).
#[macro_export]
macro_rules! bench_main {
    (config = $config:expr; targets = $($target:path),+ $(,)?) => {
        fn main() {
            if $crate::clock::cpu_clock_requested() {
                let mut c = ($config)
                    .with_measurement($crate::clock::ThreadCpuTime::default())
                    .configure_from_args();
                $( $target(&mut c); )+
                c.final_summary();
            } else {
                let mut c = ($config).configure_from_args();
                $( $target(&mut c); )+
                c.final_summary();
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_advances_with_work() {
        let start = thread_cpu_time();
        let mut x = 0u64;
        while thread_cpu_time() - start < Duration::from_millis(2) {
            x = std::hint::black_box(x.wrapping_add(1));
        }
        assert!(x > 0);
        assert!(ThreadCpuTime::default().end(start) >= Duration::from_millis(2));
    }
}
