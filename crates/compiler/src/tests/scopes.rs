//! Symbol-table classification of tricky scoping cases.

use super::*;
use crate::source::Source;
use crate::symtable::{flags, Scope, SymbolScope, SymbolTable};

use SymbolScope::*;

fn table(src: &str) -> SymbolTable {
    let module = pyrite_parser::parse_module(src, "t.py").expect("parses");
    let source = Source::new(src, "t.py");
    match SymbolTable::build(&source, &module.body, false) {
        Ok(t) => t,
        Err(e) => panic!("symtable error: {e:?}"),
    }
}

/// The scope reached by following children named `path` from the module.
fn scope<'t>(t: &'t SymbolTable, path: &[&str]) -> &'t Scope {
    let mut cur = &t.scopes[0];
    for name in path {
        let found = cur
            .children
            .iter()
            .map(|&c| &t.scopes[c])
            .find(|s| s.name == *name);
        cur = found.unwrap_or_else(|| panic!("no scope {name} in {}", cur.name));
    }
    cur
}

#[track_caller]
fn assert_scope(t: &SymbolTable, path: &[&str], name: &str, expected: SymbolScope) {
    assert_eq!(
        scope(t, path).lookup(name),
        Some(expected),
        "{name} in {path:?}"
    );
}

#[test]
fn locals_globals_and_builtins() {
    let t = table("x = 1\ndef f(a):\n    b = a\n    global g\n    g = len(x)\n");
    // Module-level bindings are "local" to the module (LoadName/StoreName).
    assert_scope(&t, &[], "x", Local);
    assert_scope(&t, &["f"], "a", Local);
    assert_scope(&t, &["f"], "b", Local);
    assert_scope(&t, &["f"], "g", GlobalExplicit);
    assert_scope(&t, &["f"], "len", GlobalImplicit);
    assert_scope(&t, &["f"], "x", GlobalImplicit);
    // A global declaration in a function marks the module's name too.
    assert_scope(&t, &[], "g", GlobalExplicit);
}

#[test]
fn closures_make_cells_and_pass_free_variables_through() {
    let t = table(
        "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    );
    assert_scope(&t, &["f"], "x", Cell);
    // g does not use x itself but must pass it down to h.
    assert_scope(&t, &["f", "g"], "x", Free);
    assert_scope(&t, &["f", "g", "h"], "x", Free);
    assert_eq!(scope(&t, &["f"]).cellvars(), ["x"]);
    assert_eq!(scope(&t, &["f", "g"]).freevars(), ["x"]);
}

#[test]
fn nonlocal_binds_the_enclosing_function_variable() {
    let t = table("def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n");
    assert_scope(&t, &["f"], "x", Cell);
    assert_scope(&t, &["f", "g"], "x", Free);
}

#[test]
fn class_scope_is_invisible_to_methods() {
    let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n");
    assert_scope(&t, &["C"], "x", Local);
    assert_scope(&t, &["C", "m"], "x", GlobalImplicit);
}

#[test]
fn class_body_reads_enclosing_function_variables_through_cells() {
    let src = "def f():\n    x = 1\n    class C:\n        y = x\n";
    let t = table(src);
    assert_scope(&t, &["f"], "x", Cell);
    assert_scope(&t, &["f", "C"], "x", Free);
    let code = compile_ok(src, Mode::Exec);
    let c = find_code(&code, "f.<locals>.C").unwrap();
    assert!(
        listing(c).contains("LoadClassDeref 0 (x)"),
        "{}",
        listing(c)
    );
}

#[test]
fn class_local_also_free_in_a_method_is_passed_through() {
    // The class binds x, and its method closes over f's x: both views exist.
    let t = table(
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
    );
    let c = scope(&t, &["f", "C"]);
    assert_eq!(c.lookup("x"), Some(Local));
    assert!(c.flags_of("x") & flags::DEF_FREE_CLASS != 0);
    assert_eq!(c.freevars(), ["x"]);
    assert_scope(&t, &["f", "C", "m"], "x", Free);
    let code = compile_ok(
        "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
        Mode::Exec,
    );
    let c = find_code(&code, "f.<locals>.C").unwrap();
    let l = listing(c);
    assert!(l.contains("StoreName 3 (x)"), "{l}");
    assert!(l.contains("LoadClosure 0 (x)"), "{l}");
}

#[test]
fn super_and_dunder_class_create_the_class_cell() {
    let t = table("class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n");
    assert!(scope(&t, &["C"]).needs_class_closure);
    assert_eq!(scope(&t, &["C"]).cellvars(), ["__class__"]);
    assert_scope(&t, &["C", "m"], "__class__", Free);
    assert_scope(&t, &["C", "n"], "__class__", Free);
    let t = table("class C:\n    def m(self):\n        return 1\n");
    assert!(!scope(&t, &["C"]).needs_class_closure);
}

#[test]
fn comprehension_variables_are_local_to_the_comprehension() {
    let t = table("def f(xs):\n    return [x * k for x in xs if x]\n");
    assert_scope(&t, &["f", "<listcomp>"], "x", Local);
    assert_scope(&t, &["f", "<listcomp>"], ".0", Local);
    assert_scope(&t, &["f", "<listcomp>"], "k", GlobalImplicit);
    // The outermost iterable is evaluated in f.
    assert_scope(&t, &["f"], "xs", Local);
    assert_eq!(scope(&t, &["f"]).lookup("x"), None);
}

#[test]
fn walrus_in_comprehension_binds_in_enclosing_function() {
    let t = table("def f(r):\n    [y := i for i in r]\n    return y\n");
    assert_scope(&t, &["f"], "y", Cell);
    assert_scope(&t, &["f", "<listcomp>"], "y", Free);
    let t = table("[y := i for i in r]\n");
    assert_scope(&t, &["<listcomp>"], "y", GlobalExplicit);
}

#[test]
fn nested_function_global_does_not_leak_into_the_parent() {
    let t = table("def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n");
    assert_scope(&t, &["f"], "x", Local);
    assert_scope(&t, &["f", "g"], "x", GlobalExplicit);
}

#[test]
fn generator_and_coroutine_flags() {
    let t = table(
        "def g(): yield\nasync def c(): await x\nasync def ag(): yield\ndef h(): return (await y for y in z)\n",
    );
    assert!(scope(&t, &["g"]).generator);
    let c = scope(&t, &["c"]);
    assert!(c.coroutine && !c.generator);
    let ag = scope(&t, &["ag"]);
    assert!(ag.coroutine && ag.generator);
    let ge = scope(&t, &["h", "<genexpr>"]);
    assert!(ge.coroutine && ge.generator);
    assert!(!scope(&t, &["h"]).coroutine);
}
