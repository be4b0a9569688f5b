//! Compile-time SyntaxErrors: CPython's messages and locations (line, 1-based offset).

use super::*;

#[track_caller]
fn check(src: &str, msg: &str, lineno: u32, offset: u32) {
    let e = compile_err(src);
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset),
        (msg, lineno, offset),
        "for source {src:?}"
    );
}

#[test]
fn cpython_compile_errors() {
    check(
        "def f():\n    x = 1\n    global x\n",
        "name 'x' is assigned to before global declaration",
        3,
        5,
    );
    check(
        "def f():\n    print(x)\n    global x\n",
        "name 'x' is used prior to global declaration",
        3,
        5,
    );
    check(
        "def f():\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    check(
        "nonlocal x\n",
        "nonlocal declaration not allowed at module level",
        1,
        1,
    );
    check(
        "def f(x):\n    global x\n",
        "name 'x' is parameter and global",
        2,
        5,
    );
    check(
        "def f(x):\n    nonlocal x\n",
        "name 'x' is parameter and nonlocal",
        2,
        5,
    );
    check("return 1\n", "'return' outside function", 1, 1);
    check("class C:\n    return\n", "'return' outside function", 2, 5);
    check("yield 1\n", "'yield' outside function", 1, 1);
    check(
        "class C:\n    x = yield\n",
        "'yield' outside function",
        2,
        9,
    );
    check("break\n", "'break' outside loop", 1, 1);
    check("continue\n", "'continue' not properly in loop", 1, 1);
    check(
        "def f():\n    while x:\n        def g():\n            break\n",
        "'break' outside loop",
        4,
        13,
    );
    check("await x\n", "'await' outside function", 1, 1);
    check(
        "def f():\n    await x\n",
        "'await' outside async function",
        2,
        5,
    );
    check(
        "async def f():\n    lambda: await x\n",
        "'await' outside async function",
        2,
        13,
    );
    check(
        "def f(a, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        10,
    );
    check(
        "lambda a, a: 1\n",
        "duplicate argument 'a' in function definition",
        1,
        11,
    );
    check(
        "def f(a, *, a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        13,
    );
    check(
        "async def f():\n    yield 1\n    return 2\n",
        "'return' with value in async generator",
        3,
        5,
    );
    check(
        "def f():\n    return [(yield x) for x in y]\n",
        "'yield' inside list comprehension",
        2,
        14,
    );
    check(
        "def f():\n    return ((yield x) for x in y)\n",
        "'yield' inside generator expression",
        2,
        14,
    );
    check(
        "def f():\n    from m import *\n",
        "import * only allowed at module level",
        2,
        19,
    );
    check(
        "def f():\n    return [x async for x in y]\n",
        "asynchronous comprehension outside of an asynchronous function",
        2,
        12,
    );
    check(
        "def f():\n    async for x in y: pass\n",
        "'async for' outside async function",
        2,
        5,
    );
    check(
        "def f():\n    async with x: pass\n",
        "'async with' outside async function",
        2,
        5,
    );
    check(
        "async def f():\n    yield from x\n",
        "'yield from' inside async function",
        2,
        5,
    );
    check("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8);
    check("__debug__ = 1\n", "cannot assign to __debug__", 1, 1);
    check(
        "x = 1\nfrom __future__ import annotations\n",
        "from __future__ imports must occur at the beginning of the file",
        2,
        1,
    );
    check(
        "from __future__ import nope\n",
        "future feature nope is not defined",
        1,
        1,
    );
    check(
        "a, *b, *c = d\n",
        "multiple starred expressions in assignment",
        1,
        1,
    );
    check(
        "try:\n    pass\nexcept* E:\n    break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        4,
        5,
    );
    check(
        "for x in y:\n    try:\n        pass\n    except* E:\n        continue\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        9,
    );
    check(
        "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
        "'break', 'continue' and 'return' cannot appear in an except* block",
        5,
        16,
    );
    check(
        "[i := 0 for i in range(3)]\n",
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        1,
        2,
    );
    check(
        "class C:\n    [y := 0 for i in range(3)]\n",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
        6,
    );
    check(
        "def f():\n    x: int\n    global x\n",
        "annotated name 'x' can't be global",
        3,
        5,
    );
    check(
        "def f():\n    global x\n    x: int = 1\n",
        "annotated name 'x' can't be global",
        3,
        5,
    );
    check(
        "[x for x in (y := [1])]\n",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
        14,
    );
    check("del __debug__\n", "cannot delete __debug__", 1, 5);
    check(
        "def f():\n    nonlocal x\n    global x\n",
        "name 'x' is nonlocal and global",
        2,
        5,
    );
}

#[test]
fn more_cpython_compile_errors() {
    check(
        "class C:\n    nonlocal x\n",
        "no binding for nonlocal 'x' found",
        2,
        5,
    );
    check(
        "x = 1\nglobal x\n",
        "name 'x' is assigned to before global declaration",
        2,
        1,
    );
    check(
        "def f():\n    [x for x in y if (yield)]\n",
        "'yield' inside list comprehension",
        2,
        23,
    );
    check(
        "async def f():\n    def g():\n        await x\n",
        "'await' outside async function",
        3,
        9,
    );
    check(
        "for x in y:\n    def f():\n        continue\n",
        "'continue' not properly in loop",
        3,
        9,
    );
    check(
        "try:\n    pass\nfinally:\n    break\n",
        "'break' outside loop",
        4,
        5,
    );
    check(
        "def f(__debug__): pass\n",
        "cannot assign to __debug__",
        1,
        1,
    );
    check("lambda __debug__: 1\n", "cannot assign to __debug__", 1, 1);
    check("f(__debug__=1)\n", "cannot assign to __debug__", 1, 1);
    check(
        "class C(__debug__=1): pass\n",
        "cannot assign to __debug__",
        1,
        1,
    );
    check(
        "for __debug__ in x: pass\n",
        "cannot assign to __debug__",
        1,
        5,
    );
    check("del f()\n", "cannot delete function call", 1, 5);
    check(
        "def f(a, **a): pass\n",
        "duplicate argument 'a' in function definition",
        1,
        12,
    );
    // Valid: break in finally inside a loop; a nonlocal chain; an async genexp in a plain def.
    for ok in [
        "while x:\n    try:\n        pass\n    finally:\n        break\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        def h():\n            nonlocal x\n            x = 3\n",
        "def f():\n    return (await x for x in y)\n",
        "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n",
    ] {
        assert!(compile(ok, "t.py", Mode::Exec).is_ok(), "{ok:?} should compile");
    }
}

#[test]
fn too_many_statically_nested_blocks() {
    let nested = |n: usize| -> String {
        let mut s: String = (0..n)
            .map(|i| format!("{}for x{i} in y:\n", "    ".repeat(i)))
            .collect();
        s.push_str(&format!("{}pass\n", "    ".repeat(n)));
        s
    };
    assert!(compile(&nested(20), "t.py", Mode::Exec).is_ok());
    check(&nested(21), "too many statically nested blocks", 21, 81);
}

#[test]
fn absurdly_deep_nesting_is_an_error_not_a_crash() {
    let ok = format!("x = {}", vec!["a"; 1000].join(" + "));
    assert!(compile(&ok, "t.py", Mode::Exec).is_ok());
    let deep = format!("x = {}", vec!["a"; 5000].join(" + "));
    let e = compile_err(&deep);
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
}

#[test]
fn long_elif_chains_compile_on_a_small_stack() {
    let mut src = String::from("if x == 0:\n    pass\n");
    for i in 1..1100 {
        src.push_str(&format!("elif x == {i}:\n    pass\n"));
    }
    assert!(compile(&src, "t.py", Mode::Exec).is_ok());
}
