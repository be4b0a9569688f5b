//! The interactive prompt: line editing and history (rustyline), continuation lines for
//! unfinished statements, expression results echoed through `sys.displayhook`.

use pyrite_vm::{Outcome, Vm};
use rustyline::error::ReadlineError;

pub fn run(vm: &mut Vm) -> Outcome {
    let (maj, min, mic) = pyrite_vm::sysmodule::VERSION;
    let build = if pyrite_object::sync::FREE_THREADED {
        "free-threaded"
    } else {
        "GIL"
    };
    println!(
        "Python {maj}.{min}.{mic} (Pyrite {}, {build} build)",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    let mut editor = match rustyline::DefaultEditor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("pyrite: cannot start the line editor: {e}");
            return Outcome::Exit(1);
        }
    };
    let history = std::env::var("HOME")
        .ok()
        .map(|h| std::path::Path::new(&h).join(".pyrite_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    let main = vm.main_module("<stdin>");
    let globals = main.dict.clone().expect("module dict");
    let mut buffer = String::new();
    let outcome = loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if !buffer.is_empty() {
                    buffer.push('\n');
                }
                buffer.push_str(&line);
                // A compound statement ends with an empty line.
                let in_block = buffer.contains('\n') && !line.trim().is_empty();
                if pyrite_parser::is_incomplete_input(&buffer) || in_block {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                if source.trim().is_empty() {
                    continue;
                }
                let _ = editor.add_history_entry(source.as_str());
                let r = pyrite_vm::compile::compile_source(
                    vm,
                    &source,
                    "<stdin>",
                    pyrite_compiler::Mode::Single,
                )
                .and_then(|code| {
                    pyrite_vm::compile::run_code(vm, &code, &globals, None).map(|_| ())
                });
                if let Err(e) = r {
                    if let Outcome::Exit(code) = report(vm, &e) {
                        break Outcome::Exit(code);
                    }
                }
                pyrite_vm::io::flush_std(vm);
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("\nKeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                break Outcome::Ok;
            }
            Err(e) => {
                eprintln!("pyrite: {e}");
                break Outcome::Exit(1);
            }
        }
    };
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    outcome
}

/// Print an error; `SystemExit` ends the session.
fn report(vm: &mut Vm, e: &pyrite_vm::PyErr) -> Outcome {
    if e.matches(&pyrite_object::types::types().exc.system_exit) {
        return vm.exit_code_for(e);
    }
    pyrite_vm::traceback::print_exception(vm, &e.value());
    Outcome::Ok
}
