//! Project tasks:
//! - `cargo xtask test`: fmt, clippy and all tests in both builds (`test.rs`);
//! - `cargo xtask bench`: whole-script workloads, both builds beside `python3` (`bench.rs`);
//! - `cargo xtask compare`: the workload × build × thread-count matrix with checksums,
//!   tables, CSV/JSON and an SVG chart (`compare/`).

mod bench;
mod compare;
mod test;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The two builds: (label, extra cargo arguments).
const BUILDS: [(&str, &[&str]); 2] = [
    ("free-threaded", &[]),
    ("gil", &["--features", "pyrite-vm/gil"]),
];

const USAGE: &str = "usage: cargo xtask <test | bench [--reps N] | compare [OPTIONS]>
       (cargo xtask compare --help lists the compare options)";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Cargo's target directory (`CARGO_TARGET_DIR` or `<root>/target`).
fn target_dir() -> PathBuf {
    std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target"))
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

/// Build the release binary of one flavour and copy it to target/pyrite-<label>.
///
/// The copy goes through a temporary file and a rename, so a copy that is running right now
/// (another `xtask bench` or `compare`) is not overwritten in place.
fn build_release(label: &str, extra: &[&str]) -> Option<PathBuf> {
    let mut b = cargo();
    b.args(["build", "--release", "-p", "pyrite"]).args(extra);
    if !run(b) {
        return None;
    }
    let target = target_dir();
    let dest = target.join(format!("pyrite-{label}"));
    let tmp = target.join(format!("pyrite-{label}.tmp{}", std::process::id()));
    let copied = std::fs::copy(target.join("release/pyrite"), &tmp)
        .and_then(|_| std::fs::rename(&tmp, &dest));
    if let Err(e) = copied {
        eprintln!(
            "cannot copy target/release/pyrite to {}: {e}",
            dest.display()
        );
        let _ = std::fs::remove_file(&tmp);
        return None;
    }
    Some(dest)
}

/// The workload scripts in `benches/workloads/` (helpers starting with `_` excluded), sorted.
fn workload_scripts() -> Vec<PathBuf> {
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
    scripts
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ok = match args.first().map(String::as_str) {
        Some("test") => test::test(),
        Some("bench") => bench::bench(&args[1..]),
        Some("compare") => compare::compare(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            false
        }
    };
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
