//! Parser tests: AST shapes and positions against CPython 3.11's, error messages, the REPL
//! helpers, and robustness on broken input.

mod cpython_dumps;
mod cpython_errors;
mod cpython_positions;
mod fuzz;

use crate::ast::*;
use crate::dump::{dump_expr, dump_module, dump_module_with_positions};
use crate::{is_incomplete_input, parse_expression, parse_interactive, parse_module};
use crate::{SyntaxError, SyntaxErrorKind};

fn module(src: &str) -> Module {
    parse_module(src, "<test>").unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
}

fn error(src: &str) -> SyntaxError {
    match parse_module(src, "f.py") {
        Err(e) => e,
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
    }
}

fn first_expr(src: &str) -> Expr {
    match module(src).body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) => e,
        other => panic!("{other:?}"),
    }
}

#[test]
fn matches_cpython_ast() {
    let mut failures = Vec::new();
    for (src, expected) in cpython_dumps::CASES {
        match parse_module(src, "<test>") {
            Ok(m) => {
                let got = dump_module(&m);
                if got != *expected {
                    failures.push(format!("{src}\n  got:      {got}\n  expected: {expected}"));
                }
            }
            Err(e) => failures.push(format!("{src}\n  error: {e:?}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn matches_cpython_positions() {
    let mut failures = Vec::new();
    for (src, expected) in cpython_positions::CASES {
        let got = dump_module_with_positions(&module(src), src);
        if got != *expected {
            failures.push(format!("{src}\n  got:      {got}\n  expected: {expected}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn matches_cpython_errors() {
    let mut failures = Vec::new();
    for &(src, kind, msg, lineno, offset) in cpython_errors::CASES {
        match parse_module(src, "f.py") {
            Ok(_) => failures.push(format!("{src:?} parsed")),
            Err(e) => {
                let ok = e.kind.name() == kind
                    && e.msg == msg
                    && e.lineno == lineno
                    && (offset == 0 || e.offset == offset);
                if !ok {
                    failures.push(format!(
                        "{src:?}\n  got:      {}: {} line {} offset {}\n  expected: {kind}: {msg} line {lineno} offset {offset}",
                        e.kind.name(),
                        e.msg,
                        e.lineno,
                        e.offset
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn error_attributes_and_display() {
    let e = error("x = 1\nif x\n    pass\n");
    assert_eq!(e.kind, SyntaxErrorKind::SyntaxError);
    assert_eq!(e.msg, "expected ':'");
    assert_eq!((e.lineno, e.offset), (2, 5));
    assert_eq!(e.text, "if x");
    assert_eq!(e.filename, "f.py");
    assert_eq!(e.to_string(), "expected ':' (f.py, line 2)");

    let e = error("if x:\npass\n");
    assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
    assert_eq!(
        e.msg,
        "expected an indented block after 'if' statement on line 1"
    );
    assert_eq!((e.lineno, e.offset, e.end_offset), (2, 1, 5));

    let e = error("s = 'é' + 'abc\n");
    assert_eq!(e.msg, "unterminated string literal (detected at line 1)");
    // Offsets count characters, not bytes.
    assert_eq!(e.offset, 11);
}

#[test]
fn common_error_messages() {
    let cases: &[(&str, &str, u32)] = &[
        ("x = (", "'(' was never closed", 1),
        ("x = )", "unmatched ')'", 1),
        (
            "x = [1, 2)",
            "closing parenthesis ')' does not match opening parenthesis '['",
            1,
        ),
        (
            "x = '''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            1,
        ),
        ("f(a b)", "invalid syntax. Perhaps you forgot a comma?", 1),
        ("x = 1\n  y = 2\n", "unexpected indent", 2),
        (
            "if x:\n    a\n  b\n",
            "unindent does not match any outer indentation level",
            3,
        ),
        (
            "print 'hello'",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            1,
        ),
        (
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
            1,
        ),
        ("del f()", "cannot delete function call", 1),
        (
            "x + 1 += 1",
            "'expression' is an illegal expression for augmented assignment",
            1,
        ),
        ("x = 'a' b'b'", "cannot mix bytes and nonbytes literals", 1),
        (
            "def f():\n    x = 1\n    return (\n",
            "'(' was never closed",
            3,
        ),
        (
            "class A:\n\n\n",
            "expected an indented block after class definition on line 1",
            1,
        ),
        ("x = 1 +", "invalid syntax", 1),
    ];
    for &(src, msg, line) in cases {
        let e = error(src);
        assert_eq!((e.msg.as_str(), e.lineno), (msg, line), "{src:?}");
    }
    assert_eq!(
        error("if 1:\n        x\n\ty\n").kind,
        SyntaxErrorKind::TabError
    );
}

#[test]
fn expression_mode() {
    let e = parse_expression("  1 + 2\n\n", "<eval>").unwrap();
    assert_eq!(
        dump_expr(&e),
        "BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2))"
    );
    assert_eq!(e.span, Span::new(2, 7));
    assert!(parse_expression("x = 1", "<eval>").is_err());
    assert!(parse_expression("1\n2", "<eval>").is_err());
    let e = parse_expression("a,", "<eval>").unwrap();
    assert!(matches!(e.kind, ExprKind::Tuple(_)));
}

#[test]
fn interactive_mode() {
    let m = parse_interactive("x = 1; y = 2\n", "<stdin>").unwrap();
    assert_eq!(m.body.len(), 2);
    let m = parse_interactive("if x:\n    y\n\n", "<stdin>").unwrap();
    assert_eq!(m.body.len(), 1);
    let e = parse_interactive("x = 1\ny = 2\n", "<stdin>").unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert!(parse_interactive("", "<stdin>").unwrap().body.is_empty());
}

#[test]
fn incomplete_input() {
    for src in [
        "if x:",
        "if x:\n    y = 1",
        "x = (1,",
        "x = [\n1,",
        "'''abc",
        "x = \\",
        "@dec",
        "def f():",
        "if x: pass",
        "class A:\n    def f(self):\n        pass",
        "try:\n    pass\nexcept E:",
    ] {
        assert!(is_incomplete_input(src), "{src:?} should be incomplete");
    }
    for src in [
        "x = 1",
        "",
        "if x:\n    y = 1\n",
        "x = 1 +",
        "x = )",
        "'abc",
        "print(1)",
        "def f():\n    return 1\n",
    ] {
        assert!(!is_incomplete_input(src), "{src:?} should be complete");
    }
}

#[test]
fn spans_cover_constructs() {
    let src = "result = obj.method(arg1, key=val) + other\n";
    let m = module(src);
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let text = |s: Span| &src[s.start as usize..s.end as usize];
    assert_eq!(text(value.span), "obj.method(arg1, key=val) + other");
    let ExprKind::BinOp { left, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(text(left.span), "obj.method(arg1, key=val)");
    let ExprKind::Call { func, keywords, .. } = &left.kind else {
        panic!()
    };
    assert_eq!(text(func.span), "obj.method");
    assert_eq!(text(keywords[0].span), "key=val");
    assert_eq!(
        text(m.body[0].span),
        "result = obj.method(arg1, key=val) + other"
    );

    let src = "def f(x):\n    if x:\n        return 1\n    return 2\n\ny = 3\n";
    let m = module(src);
    let body = m.body[0].span;
    assert_eq!(
        &src[body.start as usize..body.end as usize],
        &src[..src.find("\n\n").unwrap()]
    );
}

#[test]
fn fstring_parts() {
    let e = first_expr("f'a{x!r:>{width}}b{y=}{{'\n");
    assert_eq!(
        dump_expr(&e),
        "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), \
         conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), \
         FormattedValue(value=Name(id='width', ctx=Load()), conversion=-1)])), \
         Constant(value='by='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114), \
         Constant(value='{')])"
    );
    // The expression inside a field keeps its exact position in the file.
    let src = "s = f'''\n{ a +\n  b }'''\n";
    let m = module(src);
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value: inner, .. } = &parts[1].kind else {
        panic!("{parts:?}")
    };
    assert_eq!(
        &src[inner.span.start as usize..inner.span.end as usize],
        "a +\n  b"
    );
    // 3.11: the closing quote type cannot appear inside a field.
    assert!(parse_module("f'{a['b']}'", "f.py").is_err());
    assert!(parse_module("f'{a[\"b\"]}'", "f.py").is_ok());
    let e = error("f'{a b}'");
    assert_eq!(
        e.msg,
        "f-string: invalid syntax. Perhaps you forgot a comma?"
    );
    let e = error("x = f'{1 +}'");
    assert_eq!(e.msg, "f-string: invalid syntax");
}

#[test]
fn numbers_and_constants() {
    let e = first_expr("0xFF + 1_000 + 1.5e3 + 2j\n");
    assert_eq!(
        dump_expr(&e),
        "BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=1000)), \
         op=Add(), right=Constant(value=1500.0)), op=Add(), right=Constant(value=2j))"
    );
}

#[test]
fn with_items_forms() {
    let items = |src: &str| match &module(src).body[0].kind {
        StmtKind::With { items, .. } => items.len(),
        other => panic!("{other:?}"),
    };
    assert_eq!(items("with (a, b):\n    pass\n"), 2);
    assert_eq!(items("with (a, b) as c:\n    pass\n"), 1);
    assert_eq!(items("with (a as b, c as d,):\n    pass\n"), 2);
    assert_eq!(items("with (a).b as c:\n    pass\n"), 1);
    assert_eq!(items("with ():\n    pass\n"), 1);
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let src = format!("x = {}1{}", "(".repeat(300), ")".repeat(300));
    assert_eq!(error(&src).msg, "too many nested parentheses");
    let src = format!("x = {}1", "-".repeat(5000));
    assert!(parse_module(&src, "f.py").is_ok());
}
