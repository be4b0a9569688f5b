//! The results of a `compare`: medians per cell, the terminal and Markdown tables, and the
//! CSV/JSON files of every run.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{checksum_mismatches, plural, Matrix, Outcome};

/// The medians of one (workload, interpreter, thread count) cell.
#[derive(Debug, Clone, Copy)]
pub struct Cell {
    pub wall: f64,
    pub cpu: f64,
    pub runs: usize,
}

/// (workload index, interpreter index, thread count).
type Key = (usize, usize, usize);

/// The runs of one cell: wall times, CPU times, and whether any run failed.
#[derive(Default)]
struct Group {
    walls: Vec<f64>,
    cpus: Vec<f64>,
    failed: bool,
}

/// Median cells. A cell with a failed run has no entry.
pub struct Summary {
    cells: BTreeMap<Key, Cell>,
    ft: Option<usize>,
    gil: Option<usize>,
}

pub fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

impl Summary {
    pub fn new(m: &Matrix) -> Summary {
        let mut groups: BTreeMap<Key, Group> = BTreeMap::new();
        for r in &m.runs {
            let g = groups.entry((r.workload, r.interp, r.threads)).or_default();
            match r.outcome {
                Outcome::Ok(_) => {
                    g.walls.push(r.wall);
                    g.cpus.push(r.cpu());
                }
                Outcome::Failed(_) => g.failed = true,
            }
        }
        let cells = groups
            .into_iter()
            .filter(|(_, g)| !g.failed && !g.walls.is_empty())
            .map(|(k, g)| {
                let runs = g.walls.len();
                let cell = Cell {
                    wall: median(g.walls),
                    cpu: median(g.cpus),
                    runs,
                };
                (k, cell)
            })
            .collect();
        let find = |label: &str| m.interps.iter().position(|i| i.pyrite && i.label == label);
        Summary {
            cells,
            ft: find("free-threaded"),
            gil: find("gil"),
        }
    }

    pub fn cell(&self, w: usize, i: usize, t: usize) -> Option<Cell> {
        self.cells.get(&(w, i, t)).copied()
    }

    /// Wall time at the smallest thread count measured over wall time at `t`.
    pub fn speedup(&self, m: &Matrix, w: usize, i: usize, t: usize) -> Option<f64> {
        let base = self.cell(w, i, *m.threads.first()?)?;
        Some(base.wall / self.cell(w, i, t)?.wall)
    }

    /// Free-threaded wall time over GIL wall time at `t` threads.
    pub fn ft_gil(&self, w: usize, t: usize) -> Option<f64> {
        Some(self.cell(w, self.ft?, t)?.wall / self.cell(w, self.gil?, t)?.wall)
    }
}

fn explanation(m: &Matrix) -> String {
    let base = m.threads.first().copied().unwrap_or(1);
    let base = if base == 1 {
        "1 thread".to_string()
    } else {
        format!("{base} threads")
    };
    format!(
        "median of {} on {} cores; wall and CPU (user+sys) in seconds; \
         speedup = wall at {base} / wall;\nft/gil = free-threaded wall / gil wall \
         (below 1: the free-threaded build is faster)\n",
        plural(m.reps, "run"),
        m.cores
    )
}

/// The three numbers of one cell, or why there are none.
fn cell_texts(s: &Summary, m: &Matrix, w: usize, i: usize, t: usize) -> [String; 3] {
    match s.cell(w, i, t) {
        Some(c) => [
            format!("{:.3}", c.wall),
            format!("{:.3}", c.cpu),
            s.speedup(m, w, i, t)
                .map_or("-".into(), |x| format!("{x:.2}x")),
        ],
        None => ["FAILED".into(), String::new(), String::new()],
    }
}

/// The terminal table: one row per workload and thread count, a column group per
/// interpreter.
pub fn table(m: &Matrix, s: &Summary) -> String {
    let mismatched = checksum_mismatches(m);
    let name_w = m
        .workloads
        .iter()
        .map(|w| w.name.len() + 1)
        .chain([8])
        .max()
        .unwrap_or(8);
    let group_w: Vec<usize> = m.interps.iter().map(|i| i.label.len().max(23)).collect();
    let mut out = String::new();
    out.push('\n');
    out.push_str(&explanation(m));
    out.push('\n');
    let _ = write!(out, "{:<name_w$} {:>7}", "workload", "threads");
    for (i, interp) in m.interps.iter().enumerate() {
        let _ = write!(out, " | {:<w$}", interp.label, w = group_w[i]);
    }
    out.push_str(" | ft/gil\n");
    let _ = write!(out, "{:<name_w$} {:>7}", "", "");
    for w in &group_w {
        let _ = write!(
            out,
            " | {:>7} {:>7} {:>7}{}",
            "wall",
            "cpu",
            "speedup",
            " ".repeat(w - 23)
        );
    }
    out.push_str(" |\n");
    let rule = name_w + 8 + group_w.iter().map(|w| w + 3).sum::<usize>() + 9;
    out.push_str(&"-".repeat(rule));
    out.push('\n');
    for (wi, w) in m.workloads.iter().enumerate() {
        for (k, &t) in m.threads.iter().enumerate() {
            let name = match (k, mismatched.contains_key(&w.name)) {
                (0, true) => format!("{}!", w.name),
                (0, false) => w.name.clone(),
                _ => String::new(),
            };
            let _ = write!(out, "{name:<name_w$} {t:>7}");
            for (ii, gw) in group_w.iter().enumerate() {
                let [a, b, c] = cell_texts(s, m, wi, ii, t);
                let _ = write!(out, " | {a:>7} {b:>7} {c:>7}{}", " ".repeat(gw - 23));
            }
            let r = s.ft_gil(wi, t).map_or("-".into(), |x| format!("{x:.2}"));
            let _ = writeln!(out, " | {r:>6}");
        }
    }
    if !mismatched.is_empty() {
        out.push_str("! = the runs of this workload printed different checksums (see below)\n");
    }
    out
}

/// The same table in Markdown.
pub fn markdown(m: &Matrix, s: &Summary) -> String {
    let mut out = String::new();
    out.push_str("| workload | threads |");
    for i in &m.interps {
        let l = i.label.replace('|', "\\|");
        let _ = write!(out, " {l} wall s | {l} cpu s | {l} speedup |");
    }
    out.push_str(" ft/gil |\n|---|--:|");
    for _ in &m.interps {
        out.push_str("--:|--:|--:|");
    }
    out.push_str("--:|\n");
    for (wi, w) in m.workloads.iter().enumerate() {
        for (k, &t) in m.threads.iter().enumerate() {
            let name = if k == 0 { w.name.as_str() } else { "" };
            let _ = write!(out, "| {name} | {t} |");
            for ii in 0..m.interps.len() {
                let [a, b, c] = cell_texts(s, m, wi, ii, t);
                let _ = write!(out, " {a} | {b} | {c} |");
            }
            let r = s.ft_gil(wi, t).map_or("-".into(), |x| format!("{x:.2}"));
            let _ = writeln!(out, " {r} |");
        }
    }
    out.push('\n');
    out.push_str(explanation(m).replace('\n', " ").trim_end());
    out.push('\n');
    out
}

/// What successful runs wrote to stderr (a workload explaining a fallback, say), once per
/// workload and text.
pub fn notes(m: &Matrix) -> String {
    let mut seen: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for r in &m.runs {
        if !matches!(r.outcome, Outcome::Ok(_)) {
            continue;
        }
        let text: Vec<&str> = r
            .stderr
            .lines()
            .filter(|l| !l.trim().is_empty())
            .take(3)
            .collect();
        if text.is_empty() {
            continue;
        }
        let key = (m.workloads[r.workload].name.clone(), text.join("\n    "));
        let who = seen.entry(key).or_default();
        let label = &m.interps[r.interp].label;
        if !who.contains(label) {
            who.push(label.clone());
        }
    }
    if seen.is_empty() {
        return String::new();
    }
    let mut out = String::from("\nstderr of successful runs:\n");
    for ((w, text), who) in seen {
        let _ = writeln!(out, "  {w} ({}):\n    {text}", who.join(", "));
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_number(x: Option<f64>) -> String {
    match x {
        Some(v) if v.is_finite() => format!("{v}"),
        _ => "null".into(),
    }
}

/// One row per run.
pub fn csv(m: &Matrix) -> String {
    let mut out = String::from(
        "workload,interpreter,threads,size,rep,wall_s,user_s,sys_s,cpu_s,ok,checksum,error\n",
    );
    for r in &m.runs {
        let w = &m.workloads[r.workload];
        let (ok, checksum, error) = match &r.outcome {
            Outcome::Ok(c) => ("true", c.as_str(), ""),
            Outcome::Failed(e) => ("false", "", e.as_str()),
        };
        let _ = writeln!(
            out,
            "{},{},{},{},{},{:.6},{:.6},{:.6},{:.6},{},{},{}",
            csv_field(&w.name),
            csv_field(&m.interps[r.interp].label),
            r.threads,
            w.size.map_or(String::new(), |n| n.to_string()),
            r.rep + 1,
            r.wall,
            r.user,
            r.sys,
            r.cpu(),
            ok,
            csv_field(checksum),
            csv_field(error)
        );
    }
    out
}

/// Every run, plus the medians, as one JSON document.
pub fn json(m: &Matrix, s: &Summary) -> String {
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"cores\": {},", m.cores);
    let _ = writeln!(out, "  \"reps\": {},", m.reps);
    let _ = writeln!(
        out,
        "  \"others_busy_cores\": {},",
        json_number(m.others_busy)
    );
    let threads: Vec<String> = m.threads.iter().map(|t| t.to_string()).collect();
    let _ = writeln!(out, "  \"threads\": [{}],", threads.join(", "));
    out.push_str("  \"interpreters\": [\n");
    for (k, i) in m.interps.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {{\"label\": {}, \"command\": {}, \"pyrite\": {}}}{}",
            json_string(&i.label),
            json_string(&i.command),
            i.pyrite,
            if k + 1 < m.interps.len() { "," } else { "" }
        );
    }
    out.push_str("  ],\n  \"workloads\": [\n");
    for (k, w) in m.workloads.iter().enumerate() {
        let _ = writeln!(
            out,
            "    {{\"name\": {}, \"size\": {}}}{}",
            json_string(&w.name),
            w.size.map_or("null".into(), |n| n.to_string()),
            if k + 1 < m.workloads.len() { "," } else { "" }
        );
    }
    out.push_str("  ],\n  \"runs\": [\n");
    for (k, r) in m.runs.iter().enumerate() {
        let (ok, checksum, error) = match &r.outcome {
            Outcome::Ok(c) => (true, json_string(c), "null".to_string()),
            Outcome::Failed(e) => (false, "null".to_string(), json_string(e)),
        };
        let _ = writeln!(
            out,
            "    {{\"workload\": {}, \"interpreter\": {}, \"threads\": {}, \"rep\": {}, \
             \"wall_s\": {}, \"user_s\": {}, \"sys_s\": {}, \"cpu_s\": {}, \"ok\": {ok}, \
             \"checksum\": {checksum}, \"error\": {error}}}{}",
            json_string(&m.workloads[r.workload].name),
            json_string(&m.interps[r.interp].label),
            r.threads,
            r.rep + 1,
            json_number(Some(r.wall)),
            json_number(Some(r.user)),
            json_number(Some(r.sys)),
            json_number(Some(r.cpu())),
            if k + 1 < m.runs.len() { "," } else { "" }
        );
    }
    out.push_str("  ],\n  \"medians\": [\n");
    let mut rows = Vec::new();
    for (wi, w) in m.workloads.iter().enumerate() {
        for (ii, i) in m.interps.iter().enumerate() {
            for &t in &m.threads {
                let c = s.cell(wi, ii, t);
                rows.push(format!(
                    "    {{\"workload\": {}, \"interpreter\": {}, \"threads\": {t}, \
                     \"runs\": {}, \"wall_s\": {}, \"cpu_s\": {}, \"speedup\": {}, \
                     \"ft_gil\": {}}}",
                    json_string(&w.name),
                    json_string(&i.label),
                    c.map_or(0, |c| c.runs),
                    json_number(c.map(|c| c.wall)),
                    json_number(c.map(|c| c.cpu)),
                    json_number(s.speedup(m, wi, ii, t)),
                    json_number(if i.pyrite { s.ft_gil(wi, t) } else { None }),
                ));
            }
        }
    }
    out.push_str(&rows.join(",\n"));
    out.push_str("\n  ]\n}\n");
    out
}

/// Write results.csv and results.json into `dir`; the paths written.
pub fn write_files(dir: &Path, m: &Matrix, s: &Summary) -> std::io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let csv_path = dir.join("results.csv");
    std::fs::write(&csv_path, csv(m))?;
    let json_path = dir.join("results.json");
    std::fs::write(&json_path, json(m, s))?;
    Ok(vec![csv_path, json_path])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians() {
        assert_eq!(median(vec![3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!(median(Vec::new()).is_nan());
    }

    #[test]
    fn escaping() {
        assert_eq!(json_string("a\"b\\c\n\u{1}"), "\"a\\\"b\\\\c\\n\\u0001\"");
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,\"b\""), "\"a,\"\"b\"\"\"");
    }
}
