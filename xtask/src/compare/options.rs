//! Command-line options of `cargo xtask compare`.

use std::collections::BTreeMap;
use std::time::Duration;

pub const HELP: &str = "\
usage: cargo xtask compare [OPTIONS]

Builds both Pyrite flavours (release) and runs every workload in benches/workloads/ with
each build (and each --python interpreter) at each thread count, several times; prints the
median wall and CPU time per cell and writes target/compare/{results.csv,results.json,speedup.svg}.

options:
  --python CMD         also run interpreter CMD (repeatable), e.g. --python python3;
                       CMD may carry arguments: --python 'python3 -X dev'
  --workloads A,B      only these workloads (file names without .py)
  --threads 1,2,4      thread counts (default 1, 2, 4, ... up to twice the cores)
  --reps N             runs per cell (default 5); the table shows medians
  --size N             pass N as the size (argv[2]) to every workload
  --size NAME=N        the size for workload NAME only (repeatable); default: the workload's own
  --timeout SECS       kill a run after SECS seconds and count it as failed (default 300)
  --markdown           also print the table as Markdown
  -h, --help           this help";

/// What the command line asked for.
#[derive(Debug)]
pub struct Options {
    pub pythons: Vec<String>,
    pub workloads: Option<Vec<String>>,
    pub threads: Option<Vec<usize>>,
    pub reps: usize,
    /// `--size N`: the size for workloads without their own `--size NAME=N`.
    pub size_all: Option<u64>,
    pub sizes: BTreeMap<String, u64>,
    pub timeout: Duration,
    pub markdown: bool,
}

#[derive(Debug)]
pub enum Parsed {
    Run(Options),
    Help,
}

/// Thread counts run when `--threads` is not given: 1, 2, 4, ... up to twice `cores`
/// (twice `cores` itself included when it is not a power of two).
pub fn default_threads(cores: usize) -> Vec<usize> {
    let max = (2 * cores).max(1);
    let mut v = Vec::new();
    let mut t = 1;
    while t <= max {
        v.push(t);
        t *= 2;
    }
    if v.last() != Some(&max) {
        v.push(max);
    }
    v
}

fn positive(what: &str, s: &str) -> Result<u64, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{what} must be a positive integer, not {s:?}")),
    }
}

fn list(what: &str, s: &str) -> Result<Vec<String>, String> {
    let items: Vec<String> = s
        .split(',')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect();
    if items.is_empty() {
        return Err(format!("{what} needs at least one name"));
    }
    Ok(items)
}

pub fn parse(args: &[String]) -> Result<Parsed, String> {
    let mut o = Options {
        pythons: Vec::new(),
        workloads: None,
        threads: None,
        reps: 5,
        size_all: None,
        sizes: BTreeMap::new(),
        timeout: Duration::from_secs(300),
        markdown: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        // Both `--opt value` and `--opt=value`.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let takes_value = matches!(
            flag,
            "--python" | "--workloads" | "--threads" | "--reps" | "--size" | "--timeout"
        );
        let value = if takes_value {
            match inline {
                Some(v) => v,
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("{flag} needs a value"))?,
            }
        } else {
            if inline.is_some() {
                return Err(format!("{flag} takes no value"));
            }
            String::new()
        };
        match flag {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--markdown" => o.markdown = true,
            "--python" => {
                if value.split_whitespace().next().is_none() {
                    return Err("--python needs a command".into());
                }
                if o.pythons.contains(&value) {
                    return Err(format!("--python {value:?} given twice"));
                }
                o.pythons.push(value);
            }
            "--workloads" => {
                let mut names = o.workloads.take().unwrap_or_default();
                for n in list("--workloads", &value)? {
                    let n = n.strip_suffix(".py").unwrap_or(&n).to_string();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                o.workloads = Some(names);
            }
            "--threads" => {
                let mut ts = Vec::new();
                for t in list("--threads", &value)? {
                    let n = positive("a thread count", &t)?;
                    if n > 1024 {
                        return Err(format!("thread count {n} is more than 1024"));
                    }
                    ts.push(n as usize);
                }
                ts.sort_unstable();
                ts.dedup();
                o.threads = Some(ts);
            }
            "--reps" => {
                let n = positive("--reps", &value)?;
                if n > 1000 {
                    return Err(format!("--reps {n} is more than 1000"));
                }
                o.reps = n as usize;
            }
            "--size" => match value.split_once('=') {
                Some((name, n)) => {
                    let name = name.trim();
                    if name.is_empty() {
                        return Err(format!("--size {value:?}: no workload name before '='"));
                    }
                    let name = name.strip_suffix(".py").unwrap_or(name);
                    o.sizes.insert(name.to_string(), positive("--size", n)?);
                }
                None => o.size_all = Some(positive("--size", &value)?),
            },
            "--timeout" => o.timeout = Duration::from_secs(positive("--timeout", &value)?),
            _ => return Err(format!("unknown option {arg:?}")),
        }
    }
    Ok(Parsed::Run(o))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    fn opts(s: &str) -> Options {
        match parse(&args(s)) {
            Ok(Parsed::Run(o)) => o,
            other => panic!("{s:?} gave {other:?}"),
        }
    }

    #[test]
    fn defaults() {
        let o = opts("");
        assert_eq!(o.reps, 5);
        assert!(o.pythons.is_empty() && o.workloads.is_none() && o.threads.is_none());
        assert!(!o.markdown);
    }

    #[test]
    fn default_thread_counts() {
        assert_eq!(default_threads(1), vec![1, 2]);
        assert_eq!(default_threads(2), vec![1, 2, 4]);
        assert_eq!(default_threads(3), vec![1, 2, 4, 6]);
        assert_eq!(default_threads(4), vec![1, 2, 4, 8]);
    }

    #[test]
    fn values_both_ways() {
        let o = opts("--python python3 --python=pypy3 --threads 4,1,2,2 --reps=3 --markdown");
        assert_eq!(o.pythons, ["python3", "pypy3"]);
        assert_eq!(o.threads, Some(vec![1, 2, 4]));
        assert_eq!(o.reps, 3);
        assert!(o.markdown);
        let o = opts("--workloads a,b.py --workloads a,c --size 9 --size b=7 --timeout 5");
        assert_eq!(o.workloads, Some(vec!["a".into(), "b".into(), "c".into()]));
        assert_eq!(o.size_all, Some(9));
        assert_eq!(o.sizes.get("b"), Some(&7));
        assert_eq!(o.timeout, Duration::from_secs(5));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        for bad in [
            "--reps",
            "--reps 0",
            "--reps x",
            "--threads 1,zero",
            "--threads 0",
            "--threads ,",
            "--size =3",
            "--size a=-1",
            "--python python3 --python python3",
            "--frobnicate",
            "--markdown=yes",
            "--timeout 0",
        ] {
            assert!(parse(&args(bad)).is_err(), "{bad:?} was accepted");
        }
        assert!(matches!(parse(&args("--help")), Ok(Parsed::Help)));
    }
}
