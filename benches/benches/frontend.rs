//! Front-end throughput over a realistic corpus: every `.py` file of the embedded standard
//! library (`crates/stdlib/Lib`), lexed, parsed and compiled the way `import` does it.
//!
//! * `lex`: source → tokens (`pyrite_lexer::Tokenizer`).
//! * `parse`: source → AST (`pyrite_parser::parse_module`; includes lexing).
//! * `compile`: AST → code objects (`pyrite_compiler::compile_module`: symbol tables,
//!   codegen, constant folding, assembly), from ASTs parsed once before timing.
//! * `source_to_code`: the whole pipeline (`pyrite_compiler::compile`).
//!
//! Throughput is in bytes of source per second; each iteration processes the whole corpus
//! (and frees what it built).

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput};
use pyrite_benches::clock::group_name;
use pyrite_benches::{bench_main, corpus_bytes, stdlib_corpus, BUILD};
use pyrite_compiler::Mode;
use pyrite_lexer::Tokenizer;

fn frontend<M: Measurement>(c: &mut Criterion<M>) {
    let files = stdlib_corpus();
    // Everything must parse and compile: a bench over half-failing input would measure
    // error paths.
    let asts: Vec<_> = files
        .iter()
        .map(|f| match pyrite_parser::parse_module(&f.text, &f.path) {
            Ok(m) => m,
            Err(e) => panic!("{} does not parse: {e:?}", f.path),
        })
        .collect();
    for (f, ast) in files.iter().zip(&asts) {
        if let Err(e) = pyrite_compiler::compile_module(ast, &f.text, &f.path, Mode::Exec) {
            panic!("{} does not compile: {e:?}", f.path);
        }
    }
    let bytes = corpus_bytes(&files);
    eprintln!(
        "frontend corpus: {} files of crates/stdlib/Lib, {} bytes ({BUILD} build)",
        files.len(),
        bytes
    );

    let mut g = c.benchmark_group(group_name("frontend"));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("lex", |b| {
        b.iter(|| {
            let mut tokens = 0usize;
            for f in &files {
                for t in Tokenizer::new(black_box(&f.text)) {
                    // Validated above: the corpus lexes without errors.
                    black_box(t.is_ok());
                    tokens += 1;
                }
            }
            tokens
        })
    });
    g.bench_function("parse", |b| {
        b.iter(|| {
            for f in &files {
                let m = pyrite_parser::parse_module(black_box(&f.text), &f.path);
                black_box(m.is_ok());
            }
        })
    });
    g.bench_function("compile", |b| {
        b.iter(|| {
            for (f, ast) in files.iter().zip(&asts) {
                let code =
                    pyrite_compiler::compile_module(black_box(ast), &f.text, &f.path, Mode::Exec);
                black_box(code.is_ok());
            }
        })
    });
    g.bench_function("source_to_code", |b| {
        b.iter(|| {
            for f in &files {
                let code = pyrite_compiler::compile(black_box(&f.text), &f.path, Mode::Exec);
                black_box(code.is_ok());
            }
        })
    });
    g.finish();
}

bench_main! {
    // Short defaults so a full run takes a minute or two; command-line flags
    // (`-- --measurement-time 10`) override them.
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    targets = frontend
}
