//! `cargo xtask bench`: every workload with one thread, in both builds and `python3`, as
//! ratios to CPython.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::{build_release, workload_scripts, BUILDS};

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

pub fn bench(args: &[String]) -> bool {
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
    let scripts = workload_scripts();
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
