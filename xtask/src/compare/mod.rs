//! `cargo xtask compare`: every workload × {free-threaded, gil, --python interpreters} ×
//! thread count × repetition, with the checksums of all runs of a workload checked against
//! each other. `report.rs` prints and saves the results, `chart.rs` draws them.

mod chart;
mod child;
mod load;
mod options;
mod report;

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{build_release, target_dir, workload_scripts, BUILDS, USAGE};
use child::Exit;
use options::{Options, Parsed};

/// One interpreter column of the table.
pub struct Interp {
    pub label: String,
    /// The command as given (for --python) or the binary's path.
    pub command: String,
    program: OsString,
    args: Vec<OsString>,
    /// One of the two Pyrite builds (rather than a --python interpreter).
    pub pyrite: bool,
}

pub struct Workload {
    pub name: String,
    script: PathBuf,
    /// argv[2], when one was asked for.
    pub size: Option<u64>,
}

/// How a run ended, as far as the comparison is concerned.
#[derive(Clone)]
pub enum Outcome {
    /// Exit code 0 and a checksum line; the text after `checksum`.
    Ok(String),
    Failed(String),
}

/// One process run.
pub struct Run {
    pub workload: usize,
    pub interp: usize,
    pub threads: usize,
    pub rep: usize,
    pub wall: f64,
    pub user: f64,
    pub sys: f64,
    pub outcome: Outcome,
    pub stderr: String,
}

impl Run {
    pub fn cpu(&self) -> f64 {
        self.user + self.sys
    }
}

/// Everything measured in one `compare`.
pub struct Matrix {
    pub cores: usize,
    pub reps: usize,
    pub threads: Vec<usize>,
    pub interps: Vec<Interp>,
    pub workloads: Vec<Workload>,
    pub runs: Vec<Run>,
    /// Cores other processes kept busy on average while the runs ran (Linux only).
    pub others_busy: Option<f64>,
}

/// The checksum line of a workload's output: the last line starting with `checksum`.
fn checksum_of(stdout: &str) -> Option<String> {
    stdout
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("checksum"))
        .map(|rest| rest.trim().to_string())
}

/// "1 run", "2 runs".
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The last non-empty line of some output, for failure messages.
fn last_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

fn split_command(cmd: &str) -> (OsString, Vec<OsString>) {
    let mut words = cmd.split_whitespace().map(OsString::from);
    let program = words.next().unwrap_or_default();
    (program, words.collect())
}

/// Check that a --python command starts at all, before spending minutes on builds.
fn check_python(cmd: &str) -> Result<(), String> {
    let (program, args) = split_command(cmd);
    let out = Command::new(&program)
        .args(&args)
        .args(["-c", "import sys, threading"])
        .output()
        .map_err(|e| format!("cannot run --python {cmd:?}: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "--python {cmd:?} does not run `-c 'import sys, threading'`: {}",
            last_line(&String::from_utf8_lossy(&out.stderr))
        ));
    }
    Ok(())
}

/// What `sysconfig.get_config_var('Py_GIL_DISABLED')` prints for each build.
fn flavour_ok(bin: &PathBuf, label: &str) -> bool {
    let want = if label == "gil" { "0" } else { "1" };
    let out = Command::new(bin)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_config_var('Py_GIL_DISABLED'))",
        ])
        .output();
    matches!(out, Ok(o) if o.status.success() && String::from_utf8_lossy(&o.stdout).trim() == want)
}

/// Build both flavours. Another build in the same target directory can replace
/// target/release/pyrite between our build and our copy; the copy's flavour is checked, and
/// the build repeated when it is the wrong one.
fn build_pyrites() -> Option<Vec<Interp>> {
    let mut interps = Vec::new();
    for (label, extra) in BUILDS {
        let mut attempt = 0;
        let bin = loop {
            let bin = build_release(label, extra)?;
            if flavour_ok(&bin, label) {
                break bin;
            }
            attempt += 1;
            if attempt == 3 {
                eprintln!(
                    "error: {} is not the {label} build (a concurrent build keeps replacing \
                     target/release/pyrite); try again",
                    bin.display()
                );
                return None;
            }
            eprintln!("{} is not the {label} build; building again", bin.display());
        };
        interps.push(Interp {
            label: label.to_string(),
            command: bin.display().to_string(),
            program: bin.into_os_string(),
            args: Vec::new(),
            pyrite: true,
        });
    }
    Some(interps)
}

/// Select the workloads, with their sizes.
fn select_workloads(o: &Options) -> Result<Vec<Workload>, String> {
    let all: Vec<(String, PathBuf)> = workload_scripts()
        .into_iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let unknown = |n: &str| {
        format!(
            "no workload {n:?} in benches/workloads (there are: {})",
            names.join(", ")
        )
    };
    for n in o.sizes.keys() {
        if !names.contains(&n.as_str()) {
            return Err(unknown(n));
        }
    }
    let chosen: Vec<(String, PathBuf)> = match &o.workloads {
        None => all.clone(),
        Some(wanted) => {
            let mut v = Vec::new();
            for w in wanted {
                match all.iter().find(|(n, _)| n == w) {
                    Some(x) => v.push(x.clone()),
                    None => return Err(unknown(w)),
                }
            }
            v
        }
    };
    if chosen.is_empty() {
        return Err("no workloads found in benches/workloads".into());
    }
    Ok(chosen
        .into_iter()
        .map(|(name, script)| Workload {
            size: o.sizes.get(&name).copied().or(o.size_all),
            name,
            script,
        })
        .collect())
}

/// The `\r` progress line on stderr (only when stderr is a terminal; otherwise one line
/// per finished workload).
struct Progress {
    tty: bool,
    total: usize,
    done: usize,
    start: Instant,
    width: usize,
}

impl Progress {
    fn show(&mut self, what: &str) {
        if !self.tty {
            return;
        }
        let elapsed = self.start.elapsed().as_secs();
        let eta = if self.done > 0 {
            let per = self.start.elapsed().as_secs_f64() / self.done as f64;
            format!(
                ", ~{}s left",
                (per * (self.total - self.done) as f64).round() as u64
            )
        } else {
            String::new()
        };
        let line = format!(
            "[{}/{}] {what}  ({elapsed}s{eta})",
            self.done + 1,
            self.total
        );
        let pad = self.width.saturating_sub(line.len());
        self.width = line.len();
        eprint!("\r{line}{}", " ".repeat(pad));
        let _ = std::io::stderr().flush();
    }

    /// Print a whole line without mangling the progress line.
    fn say(&mut self, text: &str) {
        if self.tty {
            eprint!("\r{}\r", " ".repeat(self.width));
            self.width = 0;
        }
        eprintln!("{text}");
    }

    fn finish(&mut self) {
        if self.tty {
            eprint!("\r{}\r", " ".repeat(self.width));
        }
    }
}

/// Run one cell repetition.
fn run_one(
    interp: &Interp,
    w: &Workload,
    threads: usize,
    timeout: Duration,
) -> (Option<child::Measured>, Outcome) {
    let mut args = interp.args.clone();
    args.push(w.script.clone().into_os_string());
    args.push(threads.to_string().into());
    if let Some(n) = w.size {
        args.push(n.to_string().into());
    }
    let m = match child::run_timed(&interp.program, &args, timeout) {
        Ok(m) => m,
        Err(e) => return (None, Outcome::Failed(format!("cannot run: {e}"))),
    };
    let outcome = match &m.exit {
        Exit::Code(0) => match checksum_of(&m.stdout) {
            Some(c) => Outcome::Ok(c),
            None => Outcome::Failed("no `checksum` line in its output".into()),
        },
        Exit::Code(c) => Outcome::Failed(format!("exit code {c}: {}", last_line(&m.stderr))),
        Exit::Signal(s) => Outcome::Failed(format!("killed by signal {s}")),
        Exit::TimedOut => Outcome::Failed(format!("timed out after {}s", timeout.as_secs())),
    };
    (Some(m), outcome)
}

/// Run the whole matrix. Repetitions are the outer loop so that a slow phase of a shared
/// machine hits every interpreter and thread count alike.
fn run_matrix(m: &mut Matrix, timeout: Duration) {
    let per_workload = m.reps * m.threads.len() * m.interps.len();
    let mut progress = Progress {
        tty: std::io::stderr().is_terminal(),
        total: m.workloads.len() * per_workload,
        done: 0,
        start: Instant::now(),
        width: 0,
    };
    for wi in 0..m.workloads.len() {
        // A cell that failed once is not run again.
        let mut failed: Vec<(usize, usize)> = Vec::new();
        for rep in 0..m.reps {
            for &threads in &m.threads {
                for ii in 0..m.interps.len() {
                    let (w, interp) = (&m.workloads[wi], &m.interps[ii]);
                    if failed.contains(&(ii, threads)) {
                        progress.done += 1;
                        continue;
                    }
                    progress.show(&format!(
                        "{} · {} · {} · rep {}/{}",
                        w.name,
                        interp.label,
                        plural(threads, "thread"),
                        rep + 1,
                        m.reps
                    ));
                    let (measured, outcome) = run_one(interp, w, threads, timeout);
                    if let Outcome::Failed(why) = &outcome {
                        failed.push((ii, threads));
                        let stderr = measured.as_ref().map(|x| x.stderr.as_str()).unwrap_or("");
                        let tail: Vec<&str> = stderr.lines().rev().take(6).collect();
                        let mut msg = format!(
                            "FAILED: {} with {} ({}): {why}",
                            w.name,
                            interp.label,
                            plural(threads, "thread")
                        );
                        for l in tail.iter().rev() {
                            msg.push_str("\n    ");
                            msg.push_str(l);
                        }
                        progress.say(&msg);
                    }
                    let (wall, user, sys, stderr) = match measured {
                        Some(x) => (x.wall, x.user, x.sys, x.stderr),
                        None => (0.0, 0.0, 0.0, String::new()),
                    };
                    m.runs.push(Run {
                        workload: wi,
                        interp: ii,
                        threads,
                        rep,
                        wall,
                        user,
                        sys,
                        outcome,
                        stderr,
                    });
                    progress.done += 1;
                }
            }
        }
        if !progress.tty {
            eprintln!(
                "compare: {} done ({}/{} runs)",
                m.workloads[wi].name, progress.done, progress.total
            );
        }
    }
    progress.finish();
}

/// Workloads whose successful runs printed more than one checksum: name → (checksum →
/// the runs, as "interp/threads", that printed it).
pub fn checksum_mismatches(m: &Matrix) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut out = BTreeMap::new();
    for (wi, w) in m.workloads.iter().enumerate() {
        let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for r in m.runs.iter().filter(|r| r.workload == wi) {
            if let Outcome::Ok(c) = &r.outcome {
                let who = format!("{}/{}t", m.interps[r.interp].label, r.threads);
                let list = seen.entry(c.clone()).or_default();
                if !list.contains(&who) {
                    list.push(who);
                }
            }
        }
        if seen.len() > 1 {
            out.insert(w.name.clone(), seen);
        }
    }
    out
}

pub fn compare(args: &[String]) -> bool {
    let o = match options::parse(args) {
        Ok(Parsed::Run(o)) => o,
        Ok(Parsed::Help) => {
            println!("{}", options::HELP);
            return true;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return false;
        }
    };
    let workloads = match select_workloads(&o) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("error: {e}");
            return false;
        }
    };
    for p in &o.pythons {
        if let Err(e) = check_python(p) {
            eprintln!("error: {e}");
            return false;
        }
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = o
        .threads
        .clone()
        .unwrap_or_else(|| options::default_threads(cores));

    let Some(mut interps) = build_pyrites() else {
        return false;
    };
    for p in &o.pythons {
        let (program, args) = split_command(p);
        interps.push(Interp {
            label: p.clone(),
            command: p.clone(),
            program,
            args,
            pyrite: false,
        });
    }
    let mut m = Matrix {
        cores,
        reps: o.reps,
        threads,
        interps,
        workloads,
        runs: Vec::new(),
        others_busy: None,
    };
    eprintln!(
        "compare: {} × {} × threads {:?} × {} on {} cores",
        plural(m.workloads.len(), "workload"),
        plural(m.interps.len(), "interpreter"),
        m.threads,
        plural(m.reps, "rep"),
        m.cores
    );
    let before = load::read();
    run_matrix(&mut m, o.timeout);
    let ours: f64 = m.runs.iter().map(Run::cpu).sum();
    m.others_busy = before.and_then(|b| load::others_since(&b, ours));

    let summary = report::Summary::new(&m);
    let mismatches = checksum_mismatches(&m);
    print!("{}", report::table(&m, &summary));
    if o.markdown {
        println!();
        print!("{}", report::markdown(&m, &summary));
    }
    print!("{}", report::notes(&m));

    let mut ok = true;
    let dir = target_dir().join("compare");
    match report::write_files(&dir, &m, &summary) {
        Ok(files) => {
            for f in files {
                println!("wrote {}", f.display());
            }
        }
        Err(e) => {
            eprintln!("error: cannot write results to {}: {e}", dir.display());
            ok = false;
        }
    }
    let svg = dir.join("speedup.svg");
    match chart::write_svg(&svg, &m, &summary) {
        Ok(()) => println!("wrote {}", svg.display()),
        Err(e) => {
            eprintln!("error: cannot draw {}: {e}", svg.display());
            ok = false;
        }
    }

    let failed = m
        .runs
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed(_)))
        .count();
    if failed > 0 {
        eprintln!("error: {failed} runs failed (see FAILED above); their cells are not measured");
        ok = false;
    }
    if let Some(busy) = m.others_busy {
        println!(
            "other processes kept {busy:.2} of {} cores busy on average during the runs{}",
            m.cores,
            if busy > 0.25 * m.cores as f64 {
                " — the machine was shared, expect noise"
            } else {
                ""
            }
        );
    }
    if mismatches.is_empty() {
        println!(
            "checksums: each workload printed one checksum in all its {} successful runs",
            m.runs.len() - failed
        );
    } else {
        eprintln!("\nerror: CHECKSUM MISMATCH — these numbers are not comparable:");
        for (w, seen) in &mismatches {
            eprintln!("  {w}:");
            for (c, who) in seen {
                eprintln!("    checksum {c}  from {}", who.join(", "));
            }
        }
        ok = false;
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksum_line_is_found() {
        assert_eq!(checksum_of("x\nchecksum 1 2\n"), Some("1 2".into()));
        assert_eq!(checksum_of("checksum 1\nchecksum 2\n"), Some("2".into()));
        assert_eq!(checksum_of("no sum\n"), None);
    }

    fn matrix(checksums: &[(usize, &str)]) -> Matrix {
        let interp = |l: &str| Interp {
            label: l.into(),
            command: l.into(),
            program: l.into(),
            args: Vec::new(),
            pyrite: true,
        };
        Matrix {
            cores: 2,
            reps: 1,
            threads: vec![1, 2],
            interps: vec![interp("a")],
            workloads: vec![Workload {
                name: "w".into(),
                script: "w.py".into(),
                size: None,
            }],
            runs: checksums
                .iter()
                .map(|&(threads, c)| Run {
                    workload: 0,
                    interp: 0,
                    threads,
                    rep: 0,
                    wall: 1.0,
                    user: 1.0,
                    sys: 0.0,
                    outcome: if c.is_empty() {
                        Outcome::Failed("x".into())
                    } else {
                        Outcome::Ok(c.into())
                    },
                    stderr: String::new(),
                })
                .collect(),
            others_busy: None,
        }
    }

    #[test]
    fn mismatches_are_reported_and_failures_ignored() {
        assert!(checksum_mismatches(&matrix(&[(1, "5"), (2, "5"), (2, "")])).is_empty());
        let bad = checksum_mismatches(&matrix(&[(1, "5"), (2, "6")]));
        assert_eq!(bad["w"]["5"], ["a/1t"]);
        assert_eq!(bad["w"]["6"], ["a/2t"]);
    }
}
