//! Embed every `Lib/**/*.py` file: generates a table of (module name, source, is_package).

use std::fmt::Write;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, prefix: &str, out: &mut Vec<(String, PathBuf, bool)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("Lib dir").flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if name == "__pycache__" {
                continue;
            }
            let pkg = format!("{prefix}{name}");
            let init = path.join("__init__.py");
            if init.is_file() {
                out.push((pkg.clone(), init, true));
            }
            collect(&path, &format!("{pkg}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem != "__init__" {
                out.push((format!("{prefix}{stem}"), path, false));
            }
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("Lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut modules = Vec::new();
    collect(&lib, "", &mut modules);
    let mut code = String::from("/// (module name, source, is_package) for every embedded Lib module.\npub static FROZEN: &[(&str, &str, bool)] = &[\n");
    for (name, path, is_pkg) in &modules {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    ({name:?}, include_str!({:?}), {is_pkg}),",
            path.display().to_string()
        )
        .unwrap();
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("frozen.rs");
    std::fs::write(out, code).unwrap();
}
