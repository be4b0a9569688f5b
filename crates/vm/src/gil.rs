//! The global interpreter lock (DESIGN.md: one of the two places `feature = "gil"` appears).
//!
//! CPython's "new GIL" (3.2+): a mutex plus condition variables. A thread that wants the GIL
//! waits at most the switch interval; if the holder has not let go by then, the waiter sets a
//! drop request on the eval breaker. The holder checks the breaker at backward jumps and
//! calls, releases the GIL, and then waits until another thread has actually taken it
//! (forced switching), so a CPU-bound thread cannot grab it straight back and starve the
//! others. A tick policy (`-X gil-switch=ticks:N`, Python 2's check interval) switches every
//! N checks instead.
//!
//! GIL build: always on. Free-threaded build: off unless `PYTHON_GIL=1` or `-X gil=1`
//! (PEP 703 allows re-enabling it at start-up).

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use parking_lot::{Condvar, Mutex};

use crate::gil_stats::Recorder;

/// Is this the GIL build?
pub const GIL_BUILD: bool = cfg!(feature = "gil");

/// How the holder decides to switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SwitchPolicy {
    /// Waiters request a drop after the switch interval (CPython's default).
    Interval,
    /// Drop every N eval-breaker checks when someone waits (Python 2's check interval).
    Ticks(u64),
}

struct State {
    locked: bool,
    /// Identifier of the holder (the `Vm`'s thread id).
    holder: u64,
    /// Incremented at every acquisition: a forced switch waits for it to change.
    switches: u64,
    /// Threads waiting to acquire.
    waiting: u32,
}

pub struct Gil {
    enabled: bool,
    state: Mutex<State>,
    /// Signalled when the lock is released.
    released: Condvar,
    /// Signalled when a thread takes the lock (for forced switching).
    switched: Condvar,
    /// The eval breaker's "drop the GIL" bit.
    drop_request: AtomicBool,
    /// Switch interval in microseconds (`sys.setswitchinterval`).
    interval_us: AtomicU64,
    policy: SwitchPolicy,
    /// `-X gilstats` / `-X gil-trace`: `None` (no cost) unless asked for.
    recorder: Option<Recorder>,
}

thread_local! {
    /// Check points passed by this thread (the tick policy counts per thread, so the
    /// counter is not a shared cache line).
    static TICKS: Cell<u64> = const { Cell::new(0) };
}

impl Gil {
    pub fn new(enabled: bool, policy: SwitchPolicy, instrument: crate::gil_stats::Options) -> Gil {
        Gil {
            enabled,
            state: Mutex::new(State {
                locked: false,
                holder: 0,
                switches: 0,
                waiting: 0,
            }),
            released: Condvar::new(),
            switched: Condvar::new(),
            drop_request: AtomicBool::new(false),
            interval_us: AtomicU64::new(5000),
            policy,
            recorder: instrument.any().then(|| Recorder::new(instrument)),
        }
    }

    /// Is the GIL in use in this process?
    #[inline(always)]
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    pub fn switch_interval(&self) -> f64 {
        self.interval_us.load(Ordering::Relaxed) as f64 / 1e6
    }

    pub fn set_switch_interval(&self, seconds: f64) {
        let us = (seconds * 1e6).round().max(1.0) as u64;
        self.interval_us.store(us, Ordering::Relaxed);
    }

    /// Take the GIL for thread `tid`, requesting a drop from the holder when the switch
    /// interval passes without a release.
    pub fn acquire(&self, tid: u64) {
        let since = self.recorder.as_ref().map(Recorder::acquiring);
        if self.enabled {
            self.take(tid);
        }
        if let (Some(r), Some(t)) = (&self.recorder, since) {
            r.acquired(t);
        }
    }

    fn take(&self, tid: u64) {
        let mut st = self.state.lock();
        st.waiting += 1;
        while st.locked {
            let switches = st.switches;
            let interval = Duration::from_micros(self.interval_us.load(Ordering::Relaxed));
            let timed_out = self.released.wait_for(&mut st, interval).timed_out();
            if timed_out && st.locked && st.switches == switches {
                // The holder kept the GIL for a whole interval: ask it to drop.
                self.drop_request.store(true, Ordering::Release);
                if let Some(r) = &self.recorder {
                    r.drop_requested();
                }
            }
        }
        st.waiting -= 1;
        st.locked = true;
        st.holder = tid;
        st.switches += 1;
        self.drop_request.store(false, Ordering::Release);
        self.switched.notify_all();
    }

    /// Release the GIL for good (the thread ends).
    pub fn release(&self) {
        if let Some(r) = &self.recorder {
            r.released(false);
            r.thread_finished();
        }
        self.give_up();
    }

    /// Release the GIL around blocking work (`Vm::allow_threads`); `acquire` follows.
    pub fn release_for_blocking(&self) {
        if let Some(r) = &self.recorder {
            r.released(true);
        }
        self.give_up();
    }

    fn give_up(&self) {
        if !self.enabled {
            return;
        }
        let mut st = self.state.lock();
        st.locked = false;
        drop(st);
        self.released.notify_one();
    }

    /// Called at eval-breaker check points: drop the GIL if asked to and wait until another
    /// thread has taken it before competing again.
    #[inline(always)]
    pub fn check(&self, tid: u64) {
        if !self.enabled {
            return;
        }
        let should = match self.policy {
            SwitchPolicy::Interval => self.drop_request.load(Ordering::Relaxed),
            SwitchPolicy::Ticks(n) => {
                let t = TICKS.with(|c| {
                    let t = c.get() + 1;
                    c.set(t);
                    t
                });
                t.is_multiple_of(n) && self.state.lock().waiting > 0
            }
        };
        if should {
            self.yield_to_waiter(tid);
        }
    }

    #[cold]
    fn yield_to_waiter(&self, tid: u64) {
        let mut st = self.state.lock();
        if st.waiting == 0 {
            self.drop_request.store(false, Ordering::Relaxed);
            return;
        }
        if let Some(r) = &self.recorder {
            r.forced_switch();
            r.released(false);
        }
        let switches = st.switches;
        st.locked = false;
        self.released.notify_one();
        // Forced switching: wait until another thread has taken the GIL.
        while st.switches == switches && st.waiting > 0 {
            self.switched.wait(&mut st);
        }
        drop(st);
        self.acquire(tid);
    }

    /// Name the calling thread in `-X gilstats` / `-X gil-trace` output.
    pub fn set_thread_name(&self, name: &str) {
        if let Some(r) = &self.recorder {
            r.set_thread_name(name);
        }
    }

    /// At exit: print `-X gilstats` and write `-X gil-trace` if they were asked for.
    pub fn report(&self) {
        if let Some(r) = &self.recorder {
            let policy = match self.policy {
                SwitchPolicy::Interval => {
                    format!("interval policy, {} ms", self.switch_interval() * 1e3)
                }
                SwitchPolicy::Ticks(n) => format!("ticks policy, every {n} checks"),
            };
            r.report(self.enabled, &policy);
        }
    }
}

/// Parse `-X gil-switch=...` (`interval` or `ticks:N`).
pub fn parse_switch_policy(value: &str) -> Result<SwitchPolicy, String> {
    match value {
        "interval" => Ok(SwitchPolicy::Interval),
        v => match v.strip_prefix("ticks:").and_then(|n| n.parse::<u64>().ok()) {
            Some(n) if n > 0 => Ok(SwitchPolicy::Ticks(n)),
            _ => Err(format!(
                "invalid -X gil-switch value {v:?}: expected 'interval' or 'ticks:N'"
            )),
        },
    }
}
