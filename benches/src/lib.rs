//! Shared setup for the criterion benches in `benches/benches/`:
//!
//! * `frontend`: lexing, parsing and compiling a corpus of real Python (the embedded stdlib,
//!   [`stdlib_corpus`]).
//! * `vm_ops`: Python snippets run by a real [`Vm`] ([`BenchVm`]), each a loop doing one
//!   operation per iteration, plus raw refcount increments/decrements on `pyrite_object`.
//!
//! Both run in the free-threaded build (`cargo bench -p pyrite-benches`) and the GIL build
//! (`cargo bench -p pyrite-benches --features gil`); [`BUILD`] names the one compiled in.
//! `PYRITE_BENCH_CLOCK=cpu` times them with thread CPU time instead of wall time ([`clock`]).

pub mod clock;

use std::path::{Path, PathBuf};

use pyrite_compiler::Mode;
use pyrite_object::{ObjRef, Value};
use pyrite_vm::{compile, dictops, traceback, Config, PyErr, Vm};

/// Which build these benches were compiled for (printed in the bench names' context).
pub const BUILD: &str = if pyrite_vm::gil::GIL_BUILD {
    "gil"
} else {
    "free-threaded"
};

/// One Python source file of the corpus.
pub struct SourceFile {
    /// Path relative to the workspace root.
    pub path: String,
    pub text: String,
}

/// The workspace root (benches/ is one level below it).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("benches/ has a parent directory")
        .to_path_buf()
}

/// Every `.py` file under `crates/stdlib/Lib` (the embedded standard library), sorted by path:
/// realistic Python (classes, decorators, comprehensions, f-strings, docstrings).
pub fn stdlib_corpus() -> Vec<SourceFile> {
    let root = workspace_root();
    let mut paths = Vec::new();
    collect_py_files(&root.join("crates/stdlib/Lib"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p)
                .unwrap_or_else(|e| panic!("reading {}: {e}", p.display()));
            let path = p
                .strip_prefix(&root)
                .unwrap_or(&p)
                .to_string_lossy()
                .into_owned();
            SourceFile { path, text }
        })
        .collect()
}

fn collect_py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
            .path();
        if path.is_dir() {
            collect_py_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(path);
        }
    }
}

/// Total size in bytes of a corpus (for `Throughput::Bytes`).
pub fn corpus_bytes(files: &[SourceFile]) -> u64 {
    files.iter().map(|f| f.text.len() as u64).sum()
}

/// An interpreter (main thread state) for running bench snippets.
pub struct BenchVm {
    pub vm: Vm,
}

impl Default for BenchVm {
    fn default() -> Self {
        Self::new()
    }
}

impl BenchVm {
    /// A fresh interpreter with the build's default threading mode (GIL on in the GIL build,
    /// off in the free-threaded build), like `pyrite script.py`.
    pub fn new() -> BenchVm {
        let config = Config {
            argv: vec!["<bench>".to_string()],
            path: vec![String::new()],
            ..Config::default()
        };
        BenchVm {
            vm: Vm::new(config),
        }
    }

    /// Compile `source` as module `name`, run its body in a fresh module namespace, and
    /// return the module-level function called `func`.
    ///
    /// Panics (with the Python traceback) if the snippet fails: a broken bench snippet is a
    /// bug in the bench, not something to measure.
    pub fn load_function(&mut self, name: &str, source: &str, func: &str) -> Value {
        let filename = format!("<bench {name}>");
        let code = match compile::compile_source(&mut self.vm, source, &filename, Mode::Exec) {
            Ok(code) => code,
            Err(e) => self.fail(&format!("compiling {name}"), &e),
        };
        let module = pyrite_vm::vm::new_module(name);
        let globals: ObjRef = module.dict.clone().expect("modules have a dict");
        if let Err(e) = compile::run_code(&mut self.vm, &code, &globals, None) {
            self.fail(&format!("running the body of {name}"), &e);
        }
        dictops::dict_get_str(&globals, func)
            .unwrap_or_else(|| panic!("bench snippet {name} defines no function {func}()"))
    }

    /// Call `f(arg)` and return its result, panicking with the traceback on an exception.
    pub fn call1(&mut self, f: &Value, arg: Value) -> Value {
        match self.vm.call_positional(f, &[arg]) {
            Ok(v) => v,
            Err(e) => self.fail("calling a bench function", &e),
        }
    }

    fn fail(&mut self, what: &str, e: &PyErr) -> ! {
        let tb = traceback::format_exception(&mut self.vm, &e.value());
        panic!("{what} failed:\n{tb}");
    }
}

/// A heap object that is counted normally (not immortal): a fresh, empty list.
pub fn mortal_object() -> ObjRef {
    match Value::new_list(Vec::new()) {
        Value::Obj(o) => {
            assert!(!o.is_immortal(), "a new list must not be immortal");
            o
        }
        _ => unreachable!("Value::new_list returns an object"),
    }
}

/// An immortal object (`None`): clones and drops skip the count entirely.
pub fn immortal_object() -> ObjRef {
    match Value::none() {
        Value::Obj(o) => {
            assert!(o.is_immortal(), "None must be immortal");
            o
        }
        _ => unreachable!("None is an object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_runs_and_returns() {
        let mut b = BenchVm::new();
        let f = b.load_function("t", "def bench(n):\n    return n * 2\n", "bench");
        assert!(matches!(b.call1(&f, Value::Int(21)), Value::Int(42)));
    }

    #[test]
    fn corpus_is_found() {
        let files = stdlib_corpus();
        assert!(files.iter().any(|f| f.path.ends_with("typing.py")));
        assert!(corpus_bytes(&files) > 0);
    }

    #[test]
    fn refcount_objects() {
        let m = mortal_object();
        let before = m.refcount();
        let c = m.clone();
        assert_eq!(m.refcount(), before + 1);
        drop(c);
        assert_eq!(m.refcount(), before);
        assert!(immortal_object().is_immortal());
    }
}
