//! Threading behaviour that CPython 3.11 cannot produce expected output for: the GIL
//! options (`-X gil`, `PYTHON_GIL`, `-X gilstats`, `-X gil-trace`), and Ctrl-C reaching a
//! main thread that waits on a join or a lock. Run in both builds like every test.

use std::io::Read;
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const GIL_BUILD: bool = pyrite_vm::gil::GIL_BUILD;

fn pyrite() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pyrite"));
    c.env_remove("PYTHON_GIL");
    c
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = pyrite();
    c.args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("pyrite runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Two CPU-bound threads, named, that run long enough to be switched a few times.
const TWO_WORKERS: &str = "
import threading
def spin(n):
    x = 0
    for i in range(n):
        x += i
ts = [threading.Thread(target=spin, args=(300000,), name=f'worker-{i}') for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print('done')
";

#[test]
fn gil_enabled_reports_the_truth() {
    let code = "import sys, sysconfig; print(sys._is_gil_enabled(), sysconfig.get_config_var('Py_GIL_DISABLED'))";
    let default = run(&["-c", code], &[]);
    let expected = if GIL_BUILD { "True 0\n" } else { "False 1\n" };
    assert_eq!(stdout(&default), expected);
    for (args, env) in [
        (vec!["-X", "gil=1", "-c", code], vec![]),
        (vec!["-c", code], vec![("PYTHON_GIL", "1")]),
    ] {
        let o = run(&args, &env);
        assert!(o.status.success(), "{}", stderr(&o));
        let flag = if GIL_BUILD { "0" } else { "1" };
        assert_eq!(stdout(&o), format!("True {flag}\n"));
    }
}

#[test]
fn disabling_the_gil_in_the_gil_build_is_an_error() {
    let o = run(&["-X", "gil=0", "-c", "print('ran')"], &[]);
    if GIL_BUILD {
        assert_eq!(o.status.code(), Some(1));
        assert!(stderr(&o).contains("Disabling the GIL is not supported by this build"));
        assert_eq!(stdout(&o), "");
    } else {
        assert!(o.status.success());
        assert_eq!(stdout(&o), "ran\n");
    }
    let bad = run(&["-X", "gil=2", "-c", "pass"], &[]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(stderr(&bad).contains("must be \"0\" or \"1\""));
}

#[test]
fn gilstats_prints_a_row_per_thread() {
    let o = run(&["-X", "gil=1", "-X", "gilstats", "-c", TWO_WORKERS], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "done\n");
    let err = stderr(&o);
    assert!(
        err.starts_with("GIL statistics (interval policy, 5 ms)"),
        "{err}"
    );
    for name in ["MainThread", "worker-0", "worker-1"] {
        assert!(err.contains(name), "no row for {name}:\n{err}");
    }
    // Each worker took the GIL at least once.
    for line in err.lines().filter(|l| l.starts_with("worker-")) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let acquired: u64 = cols[4].parse().unwrap();
        assert!(acquired >= 1, "{line}");
    }
}

#[test]
fn gilstats_without_the_gil_counts_lock_contention() {
    if GIL_BUILD {
        return; // the GIL build always has the GIL (covered above)
    }
    let o = run(&["-X", "gilstats", "-c", TWO_WORKERS], &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.starts_with("Thread statistics (GIL disabled)"), "{err}");
    assert!(err.contains("contended locks"));
    assert!(err.contains("worker-1"));
}

#[test]
fn gil_trace_writes_chrome_trace_events() {
    let path = std::env::temp_dir().join(format!("pyrite-gil-trace-{}.json", std::process::id()));
    let opt = format!("gil-trace={}", path.display());
    let script = format!("import time\n{TWO_WORKERS}\ntime.sleep(0.01)\n");
    let o = run(
        &[
            "-X",
            "gil=1",
            "-X",
            "gil-switch=ticks:50",
            "-X",
            &opt,
            "-c",
            &script,
        ],
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&path).expect("trace file written");
    let _ = std::fs::remove_file(&path);
    assert!(text.starts_with("{\"displayTimeUnit\":\"ms\",\"traceEvents\":["));
    assert!(text.trim_end().ends_with("]}"));
    for needle in [
        "\"name\":\"thread_name\"",
        "\"name\":\"worker-0\"",
        "\"name\":\"holding GIL\"",
        "\"name\":\"waiting for GIL\"",
        "\"name\":\"blocked (GIL released)\"",
        "\"name\":\"forced switch\"",
    ] {
        assert!(text.contains(needle), "trace lacks {needle}");
    }
    // Every event is one JSON object per line with the fields Perfetto needs.
    for line in text.lines().filter(|l| l.starts_with("{\"ph\":\"X\"")) {
        assert!(line.contains("\"ts\":") && line.contains("\"dur\":") && line.contains("\"tid\":"));
    }
}

/// Start a script, wait for it to print `ready`, send SIGINT, and return its output.
fn interrupt(script: &str, sigints: usize) -> (std::process::ExitStatus, String, String) {
    let mut child = pyrite()
        .args(["-c", script])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pyrite runs");
    let mut out = child.stdout.take().unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 256];
    for _ in 0..sigints {
        let want = seen.matches("ready").count() + 1;
        let start = Instant::now();
        while seen.matches("ready").count() < want {
            let n = out.read(&mut buf).expect("read stdout");
            assert!(n > 0, "script ended early: {seen}");
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            assert!(start.elapsed() < Duration::from_secs(30));
        }
        // The script is now blocked; give it a moment to enter the wait.
        std::thread::sleep(Duration::from_millis(100));
        // SAFETY: signalling our own child process.
        unsafe {
            libc::kill(child.id() as i32, libc::SIGINT);
        }
    }
    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    seen.push_str(&rest);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    (status, seen, err)
}

#[test]
fn ctrl_c_interrupts_join_and_lock_waits_in_the_main_thread() {
    let script = "
import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
print('ready', flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print('KeyboardInterrupt in join', flush=True)
lock = threading.Lock()
lock.acquire()
print('ready', flush=True)
lock.acquire()
print('not reached')
";
    let (status, out, err) = interrupt(script, 2);
    assert!(out.contains("KeyboardInterrupt in join"), "{out}");
    assert!(!out.contains("not reached"));
    assert!(err.contains("Traceback (most recent call last):"), "{err}");
    assert!(err.trim_end().ends_with("KeyboardInterrupt"), "{err}");
    // Like CPython, an uncaught KeyboardInterrupt ends the process by SIGINT.
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
}

#[test]
fn ctrl_c_interrupts_sleep_and_queue_get() {
    let script = "
import queue, time
print('ready', flush=True)
try:
    time.sleep(60)
except KeyboardInterrupt:
    print('KeyboardInterrupt in sleep', flush=True)
print('ready', flush=True)
try:
    queue.Queue().get()
except KeyboardInterrupt:
    print('KeyboardInterrupt in get', flush=True)
";
    let (status, out, err) = interrupt(script, 2);
    assert!(status.success(), "{status:?} {err}");
    assert_eq!(
        out,
        "ready\nKeyboardInterrupt in sleep\nready\nKeyboardInterrupt in get\n"
    );
}
