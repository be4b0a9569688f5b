//! End-to-end tests: every `tests/scripts/*.py` that has a `.out` file is run with the
//! `pyrite` binary (cwd = tests/scripts); stdout must match the `.out` file byte for byte
//! (produced by CPython 3.11), the last stderr line must match `.err` if present, and the
//! exit code must match `.code` (default: 1 with a `.err`, else 0).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn scripts_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts")
}

struct Case {
    name: String,
    script: PathBuf,
}

fn cases() -> Vec<Case> {
    let dir = scripts_dir();
    let filter = std::env::var("PYRITE_TEST_FILTER").ok();
    let mut out: Vec<Case> = std::fs::read_dir(&dir)
        .expect("tests/scripts exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && p.with_extension("out").is_file())
        .filter(|p| {
            filter
                .as_ref()
                .is_none_or(|f| p.to_string_lossy().contains(f.as_str()))
        })
        .map(|p| Case {
            name: p.file_stem().unwrap().to_string_lossy().into_owned(),
            script: p,
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Run one case; `Err` describes the mismatch.
fn run_case(case: &Case) -> Result<(), String> {
    let dir = scripts_dir();
    let child = Command::new(env!("CARGO_BIN_EXE_pyrite"))
        .arg(case.script.file_name().unwrap())
        .current_dir(&dir)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("spawn: {e}"))?;
    // Read the pipes while waiting (a chatty child would otherwise block on a full pipe);
    // a hung interpreter must fail the test, not the whole run.
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let output = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.map_err(|e| e.to_string())?,
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
            return Err("timed out after 60 s".into());
        }
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let expected = std::fs::read_to_string(case.script.with_extension("out")).unwrap();
    let mut problems = Vec::new();
    if stdout != expected {
        problems.push(format!(
            "stdout differs:\n{}",
            first_difference(&expected, &stdout)
        ));
    }
    let err_file = case.script.with_extension("err");
    let expected_code = match std::fs::read_to_string(case.script.with_extension("code")) {
        Ok(c) => c.trim().parse::<i32>().unwrap(),
        Err(_) => i32::from(err_file.is_file()),
    };
    if let Ok(want) = std::fs::read_to_string(&err_file) {
        let want = want.trim_end_matches('\n');
        let got = stderr
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        if want != got && !(want.is_empty() && stderr.is_empty()) {
            problems.push(format!("last stderr line: expected {want:?}, got {got:?}"));
        }
    }
    let code = output.status.code().unwrap_or(-1);
    if code != expected_code {
        problems.push(format!(
            "exit code: expected {expected_code}, got {code}\nstderr:\n{}",
            tail(&stderr, 15)
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn tail(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

fn first_difference(expected: &str, got: &str) -> String {
    let (e, g): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), got.lines().collect());
    for i in 0..e.len().max(g.len()) {
        if e.get(i) != g.get(i) {
            return format!(
                "  line {}: expected {:?}\n  line {}:      got {:?}",
                i + 1,
                e.get(i).unwrap_or(&"<end of output>"),
                i + 1,
                g.get(i).unwrap_or(&"<end of output>")
            );
        }
    }
    "  (trailing newline differs)".into()
}

#[test]
fn scripts_match_cpython() {
    let cases = cases();
    assert!(!cases.is_empty(), "no test scripts found");
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                if let Err(msg) = run_case(case) {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("--- {} ---\n{msg}", case.name));
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        panic!(
            "{} of {} scripts failed:\n{}",
            failures.len(),
            cases.len(),
            failures.join("\n")
        );
    }
}
