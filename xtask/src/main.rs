//! Project tasks: `cargo xtask test` (fmt, clippy and all tests in both builds) and
//! `cargo xtask bench` (whole-script workloads, both builds beside `python3`).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

/// The two builds: (label, extra cargo arguments).
const BUILDS: [(&str, &[&str]); 2] = [
    ("free-threaded", &[]),
    ("gil", &["--features", "pyrite-vm/gil"]),
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Run a command, echoing it; false if it failed.
fn run(mut cmd: Command) -> bool {
    eprintln!("+ {:?}", cmd);
    match cmd.status() {
        Ok(s) => s.success(),
        Err(e) => {
            eprintln!("cannot run {:?}: {e}", cmd);
            false
        }
    }
}

fn test() -> bool {
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--", "--check"]);
    if !run(fmt) {
        eprintln!("error: code is not formatted; run `cargo fmt --all`");
        return false;
    }
    for (label, extra) in BUILDS {
        eprintln!("==> clippy ({label} build)");
        let mut clippy = cargo();
        clippy
            .args(["clippy", "--workspace", "--all-targets"])
            .args(extra)
            .args(["--", "-D", "warnings"]);
        if !run(clippy) {
            return false;
        }
    }
    for (label, extra) in BUILDS {
        eprintln!("==> tests ({label} build)");
        let mut t = cargo();
        t.args(["test", "--workspace"]).args(extra);
        if !run(t) {
            eprintln!("error: tests failed in the {label} build");
            return false;
        }
    }
    true
}

/// Build the release binary of one flavour and copy it to target/pyrite-<label>.
fn build_release(label: &str, extra: &[&str]) -> Option<PathBuf> {
    let mut b = cargo();
    b.args(["build", "--release", "-p", "pyrite"]).args(extra);
    if !run(b) {
        return None;
    }
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target"));
    let dest = target.join(format!("pyrite-{label}"));
    std::fs::copy(target.join("release/pyrite"), &dest).ok()?;
    Some(dest)
}

/// Median wall time of `reps` runs of `cmd args`.
fn time_run(program: &Path, script: &Path, args: &[String], reps: usize) -> Option<f64> {
    let mut times = Vec::new();
    for _ in 0..reps {
        let start = Instant::now();
        let out = Command::new(program).arg(script).args(args).output().ok()?;
        if !out.status.success() {
            eprintln!(
                "{} {} failed:\n{}",
                program.display(),
                script.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            return None;
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(|a, b| a.total_cmp(b));
    Some(times[times.len() / 2])
}

fn bench(args: &[String]) -> bool {
    let reps: usize = args
        .iter()
        .position(|a| a == "--reps")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let mut bins = Vec::new();
    for (label, extra) in BUILDS {
        match build_release(label, extra) {
            Some(p) => bins.push((label.to_string(), p)),
            None => return false,
        }
    }
    bins.push(("python3".into(), PathBuf::from("python3")));
    let dir = root().join("benches/workloads");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                // `_harness.py` and other helpers are not workloads.
                .filter(|p| {
                    !p.file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('_'))
                })
                .collect()
        })
        .unwrap_or_default();
    scripts.sort();
    println!(
        "{:<22} {:>12} {:>12} {:>12} {:>10} {:>10}",
        "workload (1 thread)", "free-thr s", "gil s", "python3 s", "ft/py3", "gil/py3"
    );
    for s in &scripts {
        let name = s.file_stem().unwrap().to_string_lossy().into_owned();
        let mut t = Vec::new();
        for (_, bin) in &bins {
            t.push(time_run(bin, s, &["1".to_string()], reps));
        }
        match (t[0], t[1], t[2]) {
            (Some(ft), Some(gil), Some(py)) => println!(
                "{:<22} {:>12.3} {:>12.3} {:>12.3} {:>10.2} {:>10.2}",
                name,
                ft,
                gil,
                py,
                ft / py,
                gil / py
            ),
            _ => println!("{name:<22} failed"),
        }
    }
    true
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ok = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("bench") => bench(&args[1..]),
        _ => {
            eprintln!("usage: cargo xtask <test | bench [--reps N]>");
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
