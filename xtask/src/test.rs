//! `cargo xtask test`: formatting check, clippy and the whole test suite, in both builds.

use crate::{cargo, run, BUILDS};

pub fn test() -> bool {
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--", "--check"]);
    if !run(fmt) {
        eprintln!("error: code is not formatted; run `cargo fmt --all`");
        return false;
    }
    for (label, extra) in BUILDS {
        eprintln!("==> clippy ({label} build)");
        let mut clippy = cargo();
        clippy
            .args(["clippy", "--workspace", "--all-targets"])
            .args(extra)
            .args(["--", "-D", "warnings"]);
        if !run(clippy) {
            return false;
        }
    }
    for (label, extra) in BUILDS {
        eprintln!("==> tests ({label} build)");
        let mut t = cargo();
        t.args(["test", "--workspace"]).args(extra);
        if !run(t) {
            eprintln!("error: tests failed in the {label} build");
            return false;
        }
    }
    true
}
