//! The `pyrite` command: `pyrite script.py [args]`, `-c CODE`, `-m MODULE`, `-V`, `-u`,
//! `-X opt`, and the interactive REPL.

mod repl;

use pyrite_vm::{Config, Outcome, Vm};

const USAGE: &str = "usage: pyrite [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-X opt : set implementation-specific option
-B, -E, -I, -O, -s, -S : accepted for compatibility, no effect
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Target {
    Repl,
    Script(String),
    Command(String),
    Module(String),
    Stdin,
}

fn parse_args(args: Vec<String>) -> Result<(Config, Target), String> {
    let mut config = Config::default();
    let mut i = 0;
    let mut target = Target::Repl;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" | "-m" => {
                let v = args
                    .get(i + 1)
                    .ok_or_else(|| format!("Argument expected for the {a} option"))?
                    .clone();
                let rest = &args[i + 2..];
                if a == "-c" {
                    config.argv = std::iter::once("-c".to_string())
                        .chain(rest.iter().cloned())
                        .collect();
                    target = Target::Command(v);
                } else {
                    config.argv = std::iter::once(v.clone())
                        .chain(rest.iter().cloned())
                        .collect();
                    target = Target::Module(v);
                }
                return Ok((config, target));
            }
            "-V" | "--version" => {
                let (maj, min, mic) = pyrite_vm::sysmodule::VERSION;
                println!(
                    "Python {maj}.{min}.{mic} (Pyrite {})",
                    env!("CARGO_PKG_VERSION")
                );
                std::process::exit(0);
            }
            "-h" | "-?" | "--help" => {
                print!("{USAGE}");
                std::process::exit(0);
            }
            "-u" => config.unbuffered = true,
            "-B" | "-E" | "-I" | "-O" | "-OO" | "-s" | "-S" | "-q" => {}
            "-X" => {
                let v = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -X option")?;
                config.xoptions.push(v.clone());
                i += 1;
            }
            "-" => {
                config.argv = args[i..].to_vec();
                return Ok((config, Target::Stdin));
            }
            s if s.starts_with("-X") => config.xoptions.push(s[2..].to_string()),
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("Unknown option: {s}\n{USAGE}"));
            }
            _ => {
                config.argv = args[i..].to_vec();
                target = Target::Script(a.clone());
                return Ok((config, target));
            }
        }
        i += 1;
    }
    config.argv = vec![String::new()];
    Ok((config, target))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut config, target) = match parse_args(args) {
        Ok(x) => x,
        Err(msg) => {
            eprintln!("{msg}");
            std::process::exit(2);
        }
    };
    // sys.path[0]: the script's directory as an absolute path (as CPython gives it, even
    // for a script in the current directory), or '' (the current directory) for -c/-m.
    let first = match &target {
        Target::Script(path) => {
            let dir = std::path::Path::new(path)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .filter(|d| !d.is_empty())
                .unwrap_or_else(|| ".".to_string());
            std::fs::canonicalize(&dir)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or(dir)
        }
        _ => String::new(),
    };
    config.path.insert(0, first);
    if let Err(msg) = gil_options(&mut config) {
        eprintln!("Fatal Python error: {msg}");
        std::process::exit(1);
    }
    let code = pyrite_vm::run_with_stack(move || run(config, target));
    std::process::exit(code);
}

/// `PYTHON_GIL`, `-X gil=0|1` and `-X gil-switch=interval|ticks:N`.
fn gil_options(config: &mut Config) -> Result<(), String> {
    let mut gil = std::env::var("PYTHON_GIL").ok();
    for x in &config.xoptions {
        if let Some(v) = x.strip_prefix("gil=") {
            gil = Some(v.to_string());
        }
        if let Some(v) = x.strip_prefix("gil-switch=") {
            config.gil_switch = Some(pyrite_vm::gil::parse_switch_policy(v)?);
        }
    }
    match gil.as_deref() {
        None | Some("") => {}
        Some("1") => config.gil = Some(true),
        Some("0") if pyrite_vm::gil::GIL_BUILD => {
            return Err("config_read_gil: Disabling the GIL is not supported by this build".into())
        }
        Some("0") => config.gil = Some(false),
        Some(_) => {
            return Err("config_read_gil: PYTHON_GIL / -X gil must be \"0\" or \"1\"".into())
        }
    }
    Ok(())
}

fn run(config: Config, target: Target) -> i32 {
    let mut vm = Vm::new(config);
    pyrite_stdlib::install(&mut vm);
    let outcome = match target {
        Target::Script(path) => vm.run_main_file(&path),
        Target::Command(cmd) => vm.run_main_source(&cmd, "<string>"),
        Target::Module(m) => run_module(&mut vm, &m),
        Target::Stdin => {
            let mut src = String::new();
            if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src) {
                eprintln!("pyrite: can't read stdin: {e}");
                return 2;
            }
            vm.run_main_source(&src, "<stdin>")
        }
        Target::Repl => {
            use std::io::IsTerminal;
            if std::io::stdin().is_terminal() {
                repl::run(&mut vm)
            } else {
                let mut src = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
                vm.run_main_source(&src, "<stdin>")
            }
        }
    };
    match outcome {
        Outcome::Ok => 0,
        Outcome::Exit(c) => c,
        Outcome::Interrupted => exit_by_sigint(),
    }
}

/// End the process by SIGINT, as CPython does after an uncaught KeyboardInterrupt (the
/// shell then reports exit status 130 and stops a running script loop).
fn exit_by_sigint() -> i32 {
    // SAFETY: resetting a signal disposition and signalling ourselves have no preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
    // Not reached unless SIGINT is blocked: fall back to the conventional status.
    128 + libc::SIGINT
}

/// `-m module`: find the module's source and run it as `__main__`.
fn run_module(vm: &mut Vm, name: &str) -> Outcome {
    let path = std::path::Path::new(&name.replace('.', "/")).with_extension("py");
    if path.is_file() {
        return vm.run_main_file(&path.to_string_lossy());
    }
    let pkg_main = std::path::Path::new(&name.replace('.', "/")).join("__main__.py");
    if pkg_main.is_file() {
        return vm.run_main_file(&pkg_main.to_string_lossy());
    }
    if let Some((source, _)) = vm.interp.frozen_modules.get(name).map(|e| *e) {
        return vm.run_main_source(source, &format!("<frozen {name}>"));
    }
    eprintln!("pyrite: No module named {name}");
    Outcome::Exit(1)
}
