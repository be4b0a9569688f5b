//! Pyrite's virtual machine: frames and the eval loop, calls, attributes, operators, the
//! builtin types' behaviour, builtins, `sys`, imports, tracebacks.

pub mod attr;
pub mod builtin_iters;
pub mod builtins;
pub mod call;
pub mod compile;
pub mod dictops;
pub mod error;
pub mod eval;
pub mod finalize;
pub mod frame;
pub mod generator;
pub mod gil;
pub mod gil_stats;
pub mod global_cache;
pub mod import;
pub mod io;
pub mod native;
pub mod ops;
pub mod protocol;
pub mod signals;
pub mod sysmodule;
pub mod traceback;
pub mod type_cache;
pub mod types;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use native::{Args, NativeFn};
pub use vm::{Config, Vm};

use pyrite_object::types::types;
use pyrite_object::Value;

/// What running a program ended with.
pub enum Outcome {
    Ok,
    /// Uncaught exception (already reported) or `sys.exit(n)`: the process exit code.
    Exit(i32),
    /// Uncaught KeyboardInterrupt (already reported): like CPython, the process should end
    /// by SIGINT so the shell sees an interrupted program.
    Interrupted,
}

impl Vm {
    /// Run a script file as `__main__`.
    pub fn run_main_file(&mut self, path: &str) -> Outcome {
        let source = match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!(
                    "pyrite: can't open file '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    io::os_error_text(&e)
                );
                return Outcome::Exit(2);
            }
        };
        // CPython (3.9+) gives the main script an absolute `__file__` and code filename.
        let absolute = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        self.run_main_source(&source, &absolute)
    }

    /// Run source text as `__main__` (for `-c` and scripts).
    pub fn run_main_source(&mut self, source: &str, filename: &str) -> Outcome {
        let r = self.exec_main(source, filename);
        self.finish(r)
    }

    fn exec_main(&mut self, source: &str, filename: &str) -> PyResult<()> {
        let code = compile::compile_source(self, source, filename, pyrite_compiler::Mode::Exec)?;
        let main = self.main_module(filename);
        let d = main.dict.clone().expect("module dict");
        compile::run_code(self, &code, &d, None)?;
        Ok(())
    }

    /// The `__main__` module (created on first use).
    pub fn main_module(&mut self, filename: &str) -> pyrite_object::ObjRef {
        if let Some(Value::Obj(m)) = self.cached_module("__main__") {
            return m;
        }
        let m = vm::new_module("__main__");
        let d = m.dict.clone().expect("module dict");
        if !filename.starts_with('<') {
            dictops::dict_set_str(&d, "__file__", Value::new_str(filename));
        }
        dictops::dict_set_str(&d, "__builtins__", Value::Obj(self.interp.builtins.clone()));
        dictops::dict_set_str(&self.interp.modules, "__main__", Value::Obj(m.clone()));
        m
    }

    /// Report an uncaught exception (or handle SystemExit) and compute the exit code;
    /// flush the standard streams.
    pub fn finish(&mut self, r: PyResult<()>) -> Outcome {
        let mut outcome = match r {
            Ok(()) => Outcome::Ok,
            Err(e) => self.exit_code_for(&e),
        };
        // The interpreter waits for non-daemon threads at exit (threading._shutdown), then
        // runs the atexit callbacks (which report their own errors), as CPython does.
        for (module, hook) in [("threading", "_shutdown"), ("atexit", "_run_exitfuncs")] {
            let Some(m) = self.cached_module(module) else {
                continue;
            };
            if let Ok(Some(f)) = self.get_attr_opt(&m, &vm::name(hook)) {
                if let Err(e) = self.call_positional(&f, &[]) {
                    outcome = self.exit_code_for(&e);
                }
            }
        }
        self.finalize_main_module();
        io::flush_std(self);
        self.interp.gil.report();
        outcome
    }

    /// The exit code for an uncaught exception, printing it (SystemExit prints its message).
    pub fn exit_code_for(&mut self, e: &PyErr) -> Outcome {
        if e.matches(&types().exc.system_exit) {
            let code =
                e.0.dict
                    .as_ref()
                    .and_then(|d| dictops::dict_get_str(d, "code"))
                    .unwrap_or_else(Value::none);
            if code.is_none() {
                return Outcome::Exit(0);
            }
            if let Some(ops::IntRef::Small(n)) = ops::as_int(&code) {
                return Outcome::Exit(n as i32);
            }
            let msg = self.str_string(&code).unwrap_or_default();
            io::flush_std(self);
            let stderr = io::sys_stream(self, "stderr");
            match stderr {
                Ok(s) if io::write_to(self, &s, &format!("{msg}\n")).is_ok() => {}
                _ => eprintln!("{msg}"),
            }
            return Outcome::Exit(1);
        }
        traceback::print_exception(self, &e.value());
        if e.matches(&types().exc.keyboard_interrupt) {
            return Outcome::Interrupted;
        }
        Outcome::Exit(1)
    }
}

pub use vm::run_with_stack;
