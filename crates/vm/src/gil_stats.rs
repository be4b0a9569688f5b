//! Making the GIL visible: `-X gilstats` (a per-thread table at exit) and `-X gil-trace=FILE`
//! (a Chrome trace-event JSON file for Perfetto or chrome://tracing).
//!
//! The `Gil` calls the hooks below at acquisitions, releases, drop requests and forced
//! switches. None of them sits on the eval loop's hot path (the eval breaker check only reads
//! the drop-request flag), and with both options off the GIL holds no recorder at all, so
//! the cost when off is one `Option` test per acquire/release.
//!
//! Each thread appends to its own log (found through a thread-local), so threads never contend
//! on the recorder; the logs are gathered at exit. Time stamps are microseconds since start.
//! In the free-threaded build (GIL off) the same hooks record when threads run and when they
//! block, and the table reports contended per-object locks instead of GIL waits.

use std::cell::RefCell;
use std::io::Write;
use std::sync::Arc;
use std::time::Instant;

use parking_lot::Mutex;

/// At most this many trace events are kept per thread (a `ticks:1` policy can switch
/// millions of times); the report says when a thread's trace was cut.
const MAX_EVENTS_PER_THREAD: usize = 1_000_000;

/// What `-X gilstats` and `-X gil-trace` asked for.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub stats: bool,
    pub trace: Option<String>,
}

impl Options {
    /// Read `gilstats` and `gil-trace=FILE` from the `-X` options.
    pub fn from_xoptions(xoptions: &[String]) -> Options {
        let mut o = Options::default();
        for x in xoptions {
            if x == "gilstats" {
                o.stats = true;
            } else if let Some(f) = x.strip_prefix("gil-trace=") {
                o.trace = Some(f.to_string());
            }
        }
        o
    }

    pub fn any(&self) -> bool {
        self.stats || self.trace.is_some()
    }
}

#[derive(Clone, Copy)]
enum Span {
    /// Holding the GIL (or, with the GIL off, running Python code).
    Holding,
    Waiting,
    /// Blocked in I/O, sleep or a lock wait with the GIL released.
    Blocked,
}

enum Event {
    Span(Span, f64, f64),
    Instant(&'static str, f64),
}

/// One thread's counters and events.
struct ThreadLog {
    /// Index in the trace (1 = the first thread seen, normally the main thread).
    index: usize,
    name: String,
    holding_us: f64,
    waiting_us: f64,
    blocked_us: f64,
    acquisitions: u64,
    drop_requests: u64,
    forced_switches: u64,
    /// Per-object locks (free-threaded build) that had to wait, sampled at thread end.
    contended_locks: u64,
    /// Set while the thread holds the GIL (the start time).
    holding_since: Option<f64>,
    /// Set while the thread is blocked with the GIL released (the start time).
    blocked_since: Option<f64>,
    events: Vec<Event>,
    events_dropped: bool,
}

impl ThreadLog {
    fn push(&mut self, trace: bool, e: Event) {
        if !trace {
            return;
        }
        if self.events.len() < MAX_EVENTS_PER_THREAD {
            self.events.push(e);
        } else {
            self.events_dropped = true;
        }
    }
}

pub struct Recorder {
    options: Options,
    start: Instant,
    threads: Mutex<Vec<Arc<Mutex<ThreadLog>>>>,
}

thread_local! {
    /// This thread's log (registered on its first GIL operation).
    static LOG: RefCell<Option<Arc<Mutex<ThreadLog>>>> = const { RefCell::new(None) };
}

impl Recorder {
    pub fn new(options: Options) -> Recorder {
        Recorder {
            options,
            start: Instant::now(),
            threads: Mutex::new(Vec::new()),
        }
    }

    fn now_us(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1e6
    }

    /// Run `f` on this thread's log, creating it on first use.
    fn with_log<R>(&self, f: impl FnOnce(&mut ThreadLog, bool) -> R) -> R {
        let trace = self.options.trace.is_some();
        LOG.with(|cell| {
            let mut slot = cell.borrow_mut();
            let log = slot.get_or_insert_with(|| {
                let mut all = self.threads.lock();
                let index = all.len() + 1;
                let log = Arc::new(Mutex::new(ThreadLog {
                    index,
                    name: if index == 1 {
                        "MainThread".to_string()
                    } else {
                        format!("thread {index}")
                    },
                    holding_us: 0.0,
                    waiting_us: 0.0,
                    blocked_us: 0.0,
                    acquisitions: 0,
                    drop_requests: 0,
                    forced_switches: 0,
                    contended_locks: 0,
                    holding_since: None,
                    blocked_since: None,
                    events: Vec::new(),
                    events_dropped: false,
                }));
                all.push(log.clone());
                log
            });
            let mut l = log.lock();
            f(&mut l, trace)
        })
    }

    /// Name this thread in the report and the trace (`threading.Thread.name`).
    pub fn set_thread_name(&self, name: &str) {
        self.with_log(|l, _| l.name = name.to_string());
    }

    /// The thread starts waiting for the GIL; returns the time stamp to pass to `acquired`.
    pub fn acquiring(&self) -> f64 {
        let now = self.now_us();
        self.with_log(|l, trace| {
            if let Some(t0) = l.blocked_since.take() {
                l.blocked_us += now - t0;
                l.push(trace, Event::Span(Span::Blocked, t0, now));
            }
        });
        now
    }

    /// The thread took the GIL after waiting since `since`.
    pub fn acquired(&self, since: f64) {
        let now = self.now_us();
        self.with_log(|l, trace| {
            l.acquisitions += 1;
            // Waits shorter than a microsecond are uncontended acquisitions: not drawn.
            if now - since >= 1.0 {
                l.waiting_us += now - since;
                l.push(trace, Event::Span(Span::Waiting, since, now));
            }
            l.holding_since = Some(now);
        });
    }

    /// The thread lets go of the GIL; `blocking` when it goes on to block (I/O, sleep, a
    /// lock wait) rather than to compete for the GIL again.
    pub fn released(&self, blocking: bool) {
        let now = self.now_us();
        self.with_log(|l, trace| {
            if let Some(t0) = l.holding_since.take() {
                l.holding_us += now - t0;
                l.push(trace, Event::Span(Span::Holding, t0, now));
            }
            if blocking {
                l.blocked_since = Some(now);
            }
        });
    }

    /// This thread waited a whole switch interval and asked the holder to drop the GIL.
    pub fn drop_requested(&self) {
        let now = self.now_us();
        self.with_log(|l, trace| {
            l.drop_requests += 1;
            l.push(trace, Event::Instant("drop request", now));
        });
    }

    /// This thread dropped the GIL because another asked (a forced switch).
    pub fn forced_switch(&self) {
        let now = self.now_us();
        self.with_log(|l, trace| {
            l.forced_switches += 1;
            l.push(trace, Event::Instant("forced switch", now));
        });
    }

    /// The thread is ending (its last release has been recorded).
    pub fn thread_finished(&self) {
        let contended = pyrite_object::sync::thread_contended_locks();
        self.with_log(|l, _| {
            l.contended_locks = contended;
            l.blocked_since = None;
        });
    }

    /// At exit: print the table (`-X gilstats`) and write the trace file (`-X gil-trace`).
    /// `gil_enabled` and `policy` describe the run for the table's heading.
    pub fn report(&self, gil_enabled: bool, policy: &str) {
        let now = self.now_us();
        let contended = pyrite_object::sync::thread_contended_locks();
        self.with_log(|l, _| l.contended_locks = contended);
        let threads: Vec<_> = self.threads.lock().clone();
        let mut logs: Vec<_> = threads.iter().map(|t| t.lock()).collect();
        // The main thread, daemon threads, and threads that `join` has already seen finish
        // but that have not let go of the GIL yet are still inside a span: close it now.
        let trace = self.options.trace.is_some();
        for l in logs.iter_mut() {
            if let Some(t0) = l.holding_since.take() {
                l.holding_us += now - t0;
                l.push(trace, Event::Span(Span::Holding, t0, now));
            }
        }
        if self.options.stats {
            let mut out = String::new();
            let wall = now / 1e6;
            if gil_enabled {
                out.push_str(&format!(
                    "GIL statistics ({policy}), wall time {wall:.3} s\n{:<20} {:>10} {:>10} {:>10} {:>9} {:>9} {:>9}\n",
                    "thread", "holding s", "waiting s", "blocked s", "acquired", "drop req", "forced"
                ));
                for l in &logs {
                    out.push_str(&format!(
                        "{:<20} {:>10.3} {:>10.3} {:>10.3} {:>9} {:>9} {:>9}\n",
                        truncate(&l.name, 20),
                        l.holding_us / 1e6,
                        l.waiting_us / 1e6,
                        l.blocked_us / 1e6,
                        l.acquisitions,
                        l.drop_requests,
                        l.forced_switches
                    ));
                }
            } else {
                out.push_str(&format!(
                    "Thread statistics (GIL disabled), wall time {wall:.3} s\n{:<20} {:>10} {:>10} {:>16}\n",
                    "thread", "running s", "blocked s", "contended locks"
                ));
                for l in &logs {
                    out.push_str(&format!(
                        "{:<20} {:>10.3} {:>10.3} {:>16}\n",
                        truncate(&l.name, 20),
                        l.holding_us / 1e6,
                        l.blocked_us / 1e6,
                        l.contended_locks
                    ));
                }
                out.push_str(
                    "(contended locks: per-object locks on lists, dicts, sets... that had to wait)\n",
                );
            }
            let _ = std::io::stderr().write_all(out.as_bytes());
        }
        if let Some(path) = &self.options.trace {
            let json = trace_json(&logs, gil_enabled);
            if let Err(e) = std::fs::write(path, json) {
                eprintln!("pyrite: cannot write the GIL trace to {path}: {e}");
            }
            for l in logs.iter().filter(|l| l.events_dropped) {
                eprintln!(
                    "pyrite: the GIL trace of {} was cut after {MAX_EVENTS_PER_THREAD} events",
                    l.name
                );
            }
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The Chrome trace-event format: "X" complete events for spans, "i" instant events, "M"
/// metadata for thread names.
fn trace_json(logs: &[parking_lot::MutexGuard<'_, ThreadLog>], gil_enabled: bool) -> String {
    let mut out = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
    let mut first = true;
    let mut emit = |s: String, out: &mut String| {
        if !first {
            out.push_str(",\n");
        }
        first = false;
        out.push_str(&s);
    };
    let holding = if gil_enabled {
        "holding GIL"
    } else {
        "running"
    };
    for l in logs {
        emit(
            format!(
                "{{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":1,\"tid\":{},\"args\":{{\"name\":{}}}}}",
                l.index,
                json_string(&l.name)
            ),
            &mut out,
        );
        for e in &l.events {
            let s = match e {
                Event::Span(kind, t0, t1) => {
                    let name = match kind {
                        Span::Holding => holding,
                        Span::Waiting => "waiting for GIL",
                        Span::Blocked => "blocked (GIL released)",
                    };
                    format!(
                        "{{\"ph\":\"X\",\"cat\":\"gil\",\"name\":\"{name}\",\"pid\":1,\"tid\":{},\"ts\":{t0:.1},\"dur\":{:.1}}}",
                        l.index,
                        t1 - t0
                    )
                }
                Event::Instant(name, t) => format!(
                    "{{\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"{name}\",\"pid\":1,\"tid\":{},\"ts\":{t:.1}}}",
                    l.index
                ),
            };
            emit(s, &mut out);
        }
    }
    out.push_str("\n]}\n");
    out
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_from_xoptions() {
        let o = Options::from_xoptions(&["gilstats".into(), "gil-trace=/tmp/x.json".into()]);
        assert!(o.stats);
        assert_eq!(o.trace.as_deref(), Some("/tmp/x.json"));
        assert!(!Options::from_xoptions(&["gil=1".into()]).any());
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }

    #[test]
    fn spans_are_recorded_per_thread() {
        let r = Recorder::new(Options {
            stats: false,
            trace: Some(String::new()),
        });
        let t = r.acquiring();
        r.acquired(t);
        r.released(true);
        let t = r.acquiring();
        r.acquired(t);
        let logs = r.threads.lock();
        let l = logs[0].lock();
        assert_eq!(l.acquisitions, 2);
        // holding, blocked (and no waiting spans: the acquisitions were uncontended or
        // took under a microsecond).
        assert!(l
            .events
            .iter()
            .any(|e| matches!(e, Event::Span(Span::Blocked, _, _))));
        assert!(l.holding_since.is_some());
    }
}
