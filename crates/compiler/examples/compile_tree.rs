//! Stress test: compile every `.py` file under a directory (CPython's Lib/ is a good one) and
//! report files that parse but do not compile, and compiler panics.
//! `cargo run -p pyrite-compiler --example compile_tree -- DIR`

use pyrite_compiler::{compile_module, Mode};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: compile_tree DIR");
        std::process::exit(2);
    };
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut parse_errors, mut compile_errors) = (0, 0, 0);
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&p) {
                stack.extend(rd.filter_map(|e| e.ok()).map(|e| e.path()));
            }
            continue;
        }
        if p.extension().is_none_or(|x| x != "py") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        let name = p.display().to_string();
        let Ok(module) = pyrite_parser::parse_module(&src, &name) else {
            parse_errors += 1;
            continue;
        };
        match std::panic::catch_unwind(|| compile_module(&module, &src, &name, Mode::Exec)) {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(e)) => {
                compile_errors += 1;
                println!("ERROR {name}:{}: {}", e.lineno, e.msg);
            }
            Err(_) => {
                compile_errors += 1;
                println!("PANIC {name}");
            }
        }
    }
    println!("compiled {ok}, parse errors {parse_errors}, compile errors {compile_errors}");
}
