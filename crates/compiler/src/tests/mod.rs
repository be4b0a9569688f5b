//! Compiler tests: disassembly shapes, symbol tables, errors, and the script corpus.

mod errors;
mod scopes;
mod set_displays;
mod shapes;

use pyrite_object::CodeObject;

use crate::{compile, Mode, SyntaxError};

pub(super) fn compile_ok(src: &str, mode: Mode) -> CodeObject {
    match compile(src, "t.py", mode) {
        Ok(code) => code,
        Err(e) => panic!("compile error: {e:?}"),
    }
}

pub(super) fn compile_err(src: &str) -> SyntaxError {
    match compile(src, "t.py", Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => e,
    }
}

/// One line per instruction, `index Name arg (detail)`, single-spaced.
pub(super) fn listing(code: &CodeObject) -> String {
    code.instructions
        .iter()
        .enumerate()
        .map(|(i, instr)| {
            let text = crate::dis::format_instr(code, instr);
            let text: Vec<&str> = text.split_whitespace().collect();
            format!("{i} {}\n", text.join(" "))
        })
        .collect()
}

/// The code object named (qualname) `name` among `code` and its nested code constants.
pub(super) fn find_code<'c>(code: &'c CodeObject, name: &str) -> Option<&'c CodeObject> {
    if code.qualname.as_pystr().is_some_and(|q| q.as_str() == name) {
        return Some(code);
    }
    code.consts
        .iter()
        .filter_map(|c| c.as_obj().and_then(|o| o.as_code()))
        .find_map(|inner| find_code(inner, name))
}

/// Listing of the module code of `src`.
pub(super) fn ops(src: &str) -> String {
    listing(&compile_ok(src, Mode::Exec))
}

/// Listing of the nested code object `qualname` of `src`.
pub(super) fn ops_in(src: &str, qualname: &str) -> String {
    let code = compile_ok(src, Mode::Exec);
    let inner = find_code(&code, qualname).unwrap_or_else(|| panic!("no code {qualname}"));
    listing(inner)
}

/// Compare listings, showing both in full on a mismatch.
#[track_caller]
pub(super) fn assert_listing(actual: &str, expected: &str) {
    let norm = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    };
    let (a, e) = (norm(actual), norm(expected));
    assert!(
        a == e,
        "listing mismatch\n--- actual\n{}\n--- expected\n{}",
        a.join("\n"),
        e.join("\n")
    );
}

/// Every script of the end-to-end corpus that parses also compiles (scripts named
/// error_syntax*/error_indent* are meant to fail). Files the parser rejects are the parser's
/// business (e.g. `match` statements, which the AST does not have): they are listed, not failed.
#[test]
fn corpus_compiles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts");
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/scripts exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut compiled = 0;
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("error_syntax") || name.starts_with("error_indent") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let module = match pyrite_parser::parse_module(&src, &name) {
            Ok(m) => m,
            Err(e) => {
                eprintln!("note: {name} does not parse: {e}");
                continue;
            }
        };
        match crate::compile_module(&module, &src, &name, Mode::Exec) {
            Ok(_) => compiled += 1,
            Err(e) => failures.push(format!("{name}: {e} (offset {})", e.offset)),
        }
    }
    assert!(compiled > 0, "no scripts compiled from {}", dir.display());
    assert!(
        failures.is_empty(),
        "failed to compile:\n{}",
        failures.join("\n")
    );
}
