//! Prints the AST (or the syntax error) for a Python file or a `-c` string.
//! `cargo run -p pyrite-parser --example parse_dump -- [-e|-i] (FILE | -c SOURCE)`

use std::time::Instant;

fn main() {
    let mut mode = "exec";
    let mut source = None;
    let mut name = "<string>".to_string();
    let mut args = std::env::args().skip(1);
    let mut quiet = false;
    let mut dump = false;
    let mut positions = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "-e" => mode = "eval",
            "-i" => mode = "single",
            "-q" => quiet = true,
            "-d" => dump = true,
            "-D" => {
                dump = true;
                positions = true;
            }
            "-c" => source = args.next(),
            path => {
                source = Some(std::fs::read_to_string(path).expect("cannot read file"));
                name = path.to_string();
            }
        }
    }
    let source = source.unwrap_or_default();
    enum Parsed {
        Module(pyrite_parser::ast::Module),
        Expr(pyrite_parser::ast::Expr),
    }
    let t = Instant::now();
    let parsed = match mode {
        "eval" => pyrite_parser::parse_expression(&source, &name).map(Parsed::Expr),
        "single" => pyrite_parser::parse_interactive(&source, &name).map(Parsed::Module),
        _ => pyrite_parser::parse_module(&source, &name).map(Parsed::Module),
    };
    let elapsed = t.elapsed();
    let result = parsed.map(|p| match p {
        _ if quiet => String::new(),
        Parsed::Module(m) if positions => {
            pyrite_parser::dump::dump_module_with_positions(&m, &source)
        }
        Parsed::Module(m) if dump => pyrite_parser::dump::dump_module(&m),
        Parsed::Module(m) => format!("{m:#?}"),
        Parsed::Expr(e) if dump => pyrite_parser::dump::dump_expr(&e),
        Parsed::Expr(e) => format!("{e:#?}"),
    });
    match result {
        Ok(s) => {
            if !quiet {
                println!("{s}");
            }
        }
        Err(e) => println!(
            "{}: {} | lineno={} offset={} end=({}, {}) text={:?}",
            e.kind.name(),
            e.msg,
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            e.text
        ),
    }
    eprintln!(
        "parsed {} bytes in {:?} ({:.1} MB/s); incomplete={}",
        source.len(),
        elapsed,
        source.len() as f64 / elapsed.as_secs_f64() / 1e6,
        pyrite_parser::is_incomplete_input(&source)
    );
}
