//! Compiler tests: disassembly shapes, symbol tables, errors, and the script corpus.

use crate::{compile, disassemble, Mode};

fn dis(src: &str) -> String {
    match compile(src, "t.py", Mode::Exec) {
        Ok(code) => disassemble(&code),
        Err(e) => panic!("compile error: {e:?}"),
    }
}

/// Every script of the end-to-end corpus compiles (those named error_syntax*/error_indent*
/// are meant to fail).
#[test]
fn corpus_compiles() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/scripts");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/scripts exists")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("error_syntax") || name.starts_with("error_indent") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        count += 1;
        if let Err(e) = compile(&src, &name, Mode::Exec) {
            failures.push(format!("{name}: {e} (offset {})", e.offset));
        }
    }
    assert!(count > 0, "no scripts found in {}", dir.display());
    assert!(failures.is_empty(), "failed to compile:\n{}", failures.join("\n"));
}
