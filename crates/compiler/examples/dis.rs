//! Print the disassembly of a Python file: `cargo run -p pyrite-compiler --example dis -- f.py`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE.py");
        std::process::exit(2);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    match pyrite_compiler::compile(&src, &path, pyrite_compiler::Mode::Exec) {
        Ok(code) => print!("{}", pyrite_compiler::disassemble(&code)),
        Err(e) => {
            eprintln!("SyntaxError: {e} (offset {})", e.offset);
            std::process::exit(1);
        }
    }
}
