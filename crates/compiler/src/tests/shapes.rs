//! The bytecode shapes the VM relies on: one test per construct, on the listing of one code
//! object (`index Name arg (meaning)`; jump arguments are instruction indices).

use pyrite_object::code::code_flags;

use super::*;

#[test]
fn chained_comparison_evaluates_middle_once() {
    assert_listing(
        &ops("x = a < b < c"),
        r#"
        0 LoadName 0 (a)
        1 LoadName 1 (b)
        2 Swap 2
        3 Copy 2
        4 CompareOp Lt
        5 JumpIfFalseOrPop 9 (to 9)
        6 LoadName 2 (c)
        7 CompareOp Lt
        8 Jump 11 (to 11)
        9 Swap 2
        10 PopTop
        11 StoreName 3 (x)
        12 LoadConst 0 (None)
        13 ReturnValue
        "#,
    );
}

#[test]
fn call_forms() {
    assert_listing(
        &ops("o.m(a, b)\nf(a, k=1)\nf(*a, **k)\nf(x, *a, y, k=1, **m, z=2)"),
        r#"
        0 LoadName 0 (o)
        1 LoadMethod 1 (m)
        2 LoadName 2 (a)
        3 LoadName 3 (b)
        4 CallMethod 2
        5 PopTop
        6 LoadName 4 (f)
        7 LoadName 2 (a)
        8 LoadConst 0 (1)
        9 LoadConst 1 (('k',))
        10 CallKw 2
        11 PopTop
        12 LoadName 4 (f)
        13 BuildList 0
        14 LoadName 2 (a)
        15 ListExtend 1
        16 ListToTuple
        17 BuildMap 0
        18 LoadName 5 (k)
        19 DictMerge 1
        20 CallFunctionEx 1
        21 PopTop
        22 LoadName 4 (f)
        23 LoadName 6 (x)
        24 BuildList 1
        25 LoadName 2 (a)
        26 ListExtend 1
        27 LoadName 7 (y)
        28 ListAppend 1
        29 ListToTuple
        30 LoadConst 2 ('k')
        31 LoadConst 0 (1)
        32 BuildMap 1
        33 LoadName 1 (m)
        34 DictMerge 1
        35 LoadConst 3 ('z')
        36 LoadConst 4 (2)
        37 BuildMap 1
        38 DictMerge 1
        39 CallFunctionEx 1
        40 PopTop
        41 LoadConst 5 (None)
        42 ReturnValue
        "#,
    );
}

#[test]
fn try_except_with_named_and_bare_handlers() {
    assert_listing(
        &ops("try:\n    f()\nexcept E as e:\n    g(e)\nexcept:\n    h()\nelse:\n    i()"),
        r#"
        0 SetupFinally 9 (to 9)
        1 LoadName 0 (f)
        2 Call 0
        3 PopTop
        4 PopBlock
        5 LoadName 1 (i)
        6 Call 0
        7 PopTop
        8 Jump 41 (to 41)
        9 SetupFinally 38 (to 38)
        10 PushExcInfo
        11 LoadName 2 (E)
        12 CheckExcMatch
        13 PopJumpIfFalse 31 (to 31)
        14 StoreName 3 (e)
        15 SetupFinally 27 (to 27)
        16 LoadName 4 (g)
        17 LoadName 3 (e)
        18 Call 1
        19 PopTop
        20 PopBlock
        21 PopBlock
        22 PopExcept
        23 LoadConst 0 (None)
        24 StoreName 3 (e)
        25 DeleteName 3 (e)
        26 Jump 41 (to 41)
        27 LoadConst 0 (None)
        28 StoreName 3 (e)
        29 DeleteName 3 (e)
        30 Reraise
        31 PopTop
        32 LoadName 5 (h)
        33 Call 0
        34 PopTop
        35 PopBlock
        36 PopExcept
        37 Jump 41 (to 41)
        38 Copy 2
        39 PopExcept
        40 Reraise
        41 LoadConst 0 (None)
        42 ReturnValue
        "#,
    );
}

#[test]
fn return_inside_try_finally_runs_finally_inline() {
    assert_listing(
        &ops_in(
            "def f():\n    try:\n        return g()\n    finally:\n        h()",
            "f",
        ),
        r#"
        0 SetupFinally 8 (to 8)
        1 LoadGlobal 0 (g)
        2 Call 0
        3 PopBlock
        4 LoadGlobal 1 (h)
        5 Call 0
        6 PopTop
        7 ReturnValue
        8 SetupFinally 14 (to 14)
        9 PushExcInfo
        10 LoadGlobal 1 (h)
        11 Call 0
        12 PopTop
        13 Reraise
        14 Copy 2
        15 PopExcept
        16 Reraise
        "#,
    );
}

#[test]
fn with_statement() {
    assert_listing(
        &ops("with a as b:\n    c()"),
        r#"
        0 LoadName 0 (a)
        1 BeforeWith
        2 SetupWith 14 (to 14)
        3 StoreName 1 (b)
        4 LoadName 2 (c)
        5 Call 0
        6 PopTop
        7 PopBlock
        8 LoadConst 0 (None)
        9 LoadConst 0 (None)
        10 LoadConst 0 (None)
        11 Call 3
        12 PopTop
        13 Jump 27 (to 27)
        14 SetupFinally 24 (to 24)
        15 PushExcInfo
        16 WithExceptStart
        17 PopJumpIfTrue 19 (to 19)
        18 Reraise
        19 PopTop
        20 PopBlock
        21 PopExcept
        22 PopTop
        23 Jump 27 (to 27)
        24 Copy 2
        25 PopExcept
        26 Reraise
        27 LoadConst 0 (None)
        28 ReturnValue
        "#,
    );
}

#[test]
fn for_loop_break_pops_iterator() {
    assert_listing(
        &ops("for i in x:\n    if i:\n        break\n    continue\nelse:\n    e()"),
        r#"
        0 LoadName 0 (x)
        1 GetIter
        2 ForIter 8 (to 8)
        3 StoreName 1 (i)
        4 LoadName 1 (i)
        5 PopJumpIfFalse 2 (to 2)
        6 PopTop
        7 Jump 11 (to 11)
        8 LoadName 2 (e)
        9 Call 0
        10 PopTop
        11 LoadConst 0 (None)
        12 ReturnValue
        "#,
    );
}

#[test]
fn closures_use_cells() {
    assert_listing(
        &ops_in(
            "def f(a):\n    def g():\n        return a\n    return g",
            "f",
        ),
        r#"
        0 LoadClosure 0 (a)
        1 BuildTuple 1
        2 LoadConst 0 (<code object g>)
        3 MakeFunction 8 (closure)
        4 StoreFast 1 (g)
        5 LoadFast 1 (g)
        6 ReturnValue
        "#,
    );
}

#[test]
fn closures_use_cells_inner() {
    assert_listing(
        &ops_in(
            "def f(a):\n    def g():\n        return a\n    return g",
            "f.<locals>.g",
        ),
        r#"
        0 LoadDeref 0 (a)
        1 ReturnValue
        "#,
    );
}

#[test]
fn class_with_super_creates_classcell() {
    assert_listing(
        &ops("class C(B):\n    def m(self):\n        return super().m()"),
        r#"
        0 LoadBuildClass
        1 LoadConst 0 (<code object C>)
        2 MakeFunction 0 (plain)
        3 LoadConst 1 ('C')
        4 LoadName 0 (B)
        5 Call 3
        6 StoreName 1 (C)
        7 LoadConst 2 (None)
        8 ReturnValue
        "#,
    );
}

#[test]
fn class_body_with_super() {
    assert_listing(
        &ops_in(
            "class C(B):\n    def m(self):\n        return super().m()",
            "C",
        ),
        r#"
        0 LoadName 0 (__name__)
        1 StoreName 1 (__module__)
        2 LoadConst 0 ('C')
        3 StoreName 2 (__qualname__)
        4 LoadClosure 0 (__class__)
        5 BuildTuple 1
        6 LoadConst 1 (<code object m>)
        7 MakeFunction 8 (closure)
        8 StoreName 3 (m)
        9 LoadClosure 0 (__class__)
        10 Copy 1
        11 StoreName 4 (__classcell__)
        12 ReturnValue
        "#,
    );
}

#[test]
fn import_forms() {
    assert_listing(
        &ops("import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z\nfrom m import *"),
        r#"
        0 LoadConst 0 (0)
        1 LoadConst 1 (None)
        2 ImportName 0 (a.b.c)
        3 StoreName 1 (a)
        4 LoadConst 0 (0)
        5 LoadConst 1 (None)
        6 ImportName 0 (a.b.c)
        7 ImportFrom 2 (b)
        8 Swap 2
        9 PopTop
        10 ImportFrom 3 (c)
        11 StoreName 4 (d)
        12 PopTop
        13 LoadConst 2 (1)
        14 LoadConst 3 (('x',))
        15 ImportName 5 ()
        16 ImportFrom 6 (x)
        17 StoreName 6 (x)
        18 PopTop
        19 LoadConst 4 (2)
        20 LoadConst 5 (('y',))
        21 ImportName 7 (m)
        22 ImportFrom 8 (y)
        23 StoreName 9 (z)
        24 PopTop
        25 LoadConst 0 (0)
        26 LoadConst 6 (('*',))
        27 ImportName 7 (m)
        28 ImportStar
        29 LoadConst 1 (None)
        30 ReturnValue
        "#,
    );
}

#[test]
fn constants_are_folded_and_typed() {
    assert_listing(
        &ops("x = -1\ny = (1, 2, (3, \"a\"))\nz = [1, 2, 3]\nw = (1, 1.0, True, 0.0, -0.0)"),
        r#"
        0 LoadConst 0 (-1)
        1 StoreName 0 (x)
        2 LoadConst 1 ((1, 2, (3, 'a')))
        3 StoreName 1 (y)
        4 BuildList 0
        5 LoadConst 2 ((1, 2, 3))
        6 ListExtend 1
        7 StoreName 2 (z)
        8 LoadConst 3 ((1, 1.0, True, 0.0, -0.0))
        9 StoreName 3 (w)
        10 LoadConst 4 (None)
        11 ReturnValue
        "#,
    );
}

#[test]
fn dict_comprehension_body() {
    assert_listing(
        &ops_in(
            "def f():\n    return {k: v for k, v in x}",
            "f.<locals>.<dictcomp>",
        ),
        r#"
        0 BuildMap 0
        1 LoadFast 0 (.0)
        2 ForIter 10 (to 10)
        3 UnpackSequence 2
        4 StoreFast 1 (k)
        5 StoreFast 2 (v)
        6 LoadFast 1 (k)
        7 LoadFast 2 (v)
        8 MapAdd 2
        9 Jump 2 (to 2)
        10 ReturnValue
        "#,
    );
}

#[test]
fn dict_comprehension_call() {
    assert_listing(
        &ops_in("def f():\n    return {k: v for k, v in x}", "f"),
        r#"
        0 LoadConst 0 (<code object <dictcomp>>)
        1 MakeFunction 0 (plain)
        2 LoadGlobal 0 (x)
        3 GetIter
        4 Call 1
        5 ReturnValue
        "#,
    );
}

#[test]
fn fstring_with_nested_spec() {
    assert_listing(
        &ops("print(f\"{a!r:>{w}} and {b}\")"),
        r#"
        0 LoadName 0 (print)
        1 LoadName 1 (a)
        2 LoadConst 0 ('>')
        3 LoadName 2 (w)
        4 FormatValue None
        5 BuildString 2
        6 FormatValue Repr (with spec)
        7 LoadConst 1 (' and ')
        8 LoadName 3 (b)
        9 FormatValue None
        10 BuildString 3
        11 Call 1
        12 PopTop
        13 LoadConst 2 (None)
        14 ReturnValue
        "#,
    );
}

#[test]
fn module_annotation() {
    assert_listing(
        &ops("x: int = 1"),
        r#"
        0 SetupAnnotations
        1 LoadConst 0 (1)
        2 StoreName 0 (x)
        3 LoadName 1 (int)
        4 LoadName 2 (__annotations__)
        5 LoadConst 1 ('x')
        6 StoreSubscr
        7 LoadConst 2 (None)
        8 ReturnValue
        "#,
    );
}

#[test]
fn while_loop() {
    // The test is repeated at the bottom: one conditional jump per iteration.
    assert_listing(
        &ops("while x:\n    f()"),
        r#"
        0 LoadName 0 (x)
        1 PopJumpIfFalse 7 (to 7)
        2 LoadName 1 (f)
        3 Call 0
        4 PopTop
        5 LoadName 0 (x)
        6 PopJumpIfTrue 2 (to 2)
        7 LoadConst 0 (None)
        8 ReturnValue
        "#,
    );
    // `continue` goes back to the top test; `while True` has no test at all.
    assert_listing(
        &ops("while True:\n    if x:\n        continue\n    break\nelse:\n    y()"),
        r#"
        0 LoadName 0 (x)
        1 PopJumpIfFalse 3 (to 3)
        2 Jump 0 (to 0)
        3 LoadConst 0 (None)
        4 ReturnValue
        "#,
    );
}

#[test]
fn async_with_and_async_for() {
    assert_listing(
        &ops_in("async def f(x):\n    async with a as b:\n        async for i in x:\n            await i", "f"),
        r#"
        0 LoadGlobal 0 (a)
        1 BeforeAsyncWith
        2 GetAwaitable
        3 LoadConst 0 (None)
        4 YieldFrom
        5 SetupWith 32 (to 32)
        6 StoreFast 1 (b)
        7 LoadFast 0 (x)
        8 GetAIter
        9 SetupFinally 21 (to 21)
        10 GetANext
        11 LoadConst 0 (None)
        12 YieldFrom
        13 PopBlock
        14 StoreFast 2 (i)
        15 LoadFast 2 (i)
        16 GetAwaitable
        17 LoadConst 0 (None)
        18 YieldFrom
        19 PopTop
        20 Jump 9 (to 9)
        21 EndAsyncFor
        22 PopBlock
        23 LoadConst 0 (None)
        24 LoadConst 0 (None)
        25 LoadConst 0 (None)
        26 Call 3
        27 GetAwaitable
        28 LoadConst 0 (None)
        29 YieldFrom
        30 PopTop
        31 Jump 48 (to 48)
        32 SetupFinally 45 (to 45)
        33 PushExcInfo
        34 WithExceptStart
        35 GetAwaitable
        36 LoadConst 0 (None)
        37 YieldFrom
        38 PopJumpIfTrue 40 (to 40)
        39 Reraise
        40 PopTop
        41 PopBlock
        42 PopExcept
        43 PopTop
        44 Jump 48 (to 48)
        45 Copy 2
        46 PopExcept
        47 Reraise
        48 LoadConst 0 (None)
        49 ReturnValue
        "#,
    );
}

#[test]
fn generator_yield_from() {
    assert_listing(
        &ops_in(
            "def g():\n    yield from h()\n    y = yield 1\n    return (j for j in y if j)",
            "g",
        ),
        r#"
        0 LoadGlobal 0 (h)
        1 Call 0
        2 GetYieldFromIter
        3 LoadConst 0 (None)
        4 YieldFrom
        5 PopTop
        6 LoadConst 1 (1)
        7 YieldValue
        8 StoreFast 0 (y)
        9 LoadConst 2 (<code object <genexpr>>)
        10 MakeFunction 0 (plain)
        11 LoadFast 0 (y)
        12 GetIter
        13 Call 1
        14 ReturnValue
        "#,
    );
}

#[test]
fn generator_expression_body() {
    assert_listing(
        &ops_in(
            "def g():\n    return (j for j in y if j)",
            "g.<locals>.<genexpr>",
        ),
        r#"
        0 LoadFast 0 (.0)
        1 ForIter 9 (to 9)
        2 StoreFast 1 (j)
        3 LoadFast 1 (j)
        4 PopJumpIfFalse 1 (to 1)
        5 LoadFast 1 (j)
        6 YieldValue
        7 PopTop
        8 Jump 1 (to 1)
        9 LoadConst 0 (None)
        10 ReturnValue
        "#,
    );
}

#[test]
fn unpacking_augmented_assignment_and_del() {
    assert_listing(
        &ops("a, *b, c = y\na.x += 1\na[i] += 2\ndel a, b[0], c.d"),
        r#"
        0 LoadName 0 (y)
        1 UnpackEx 257 (1 before, 1 after)
        2 StoreName 1 (a)
        3 StoreName 2 (b)
        4 StoreName 3 (c)
        5 LoadName 1 (a)
        6 Copy 1
        7 LoadAttr 4 (x)
        8 LoadConst 0 (1)
        9 InplaceOp Add
        10 Swap 2
        11 StoreAttr 4 (x)
        12 LoadName 1 (a)
        13 LoadName 5 (i)
        14 Copy 2
        15 Copy 2
        16 BinarySubscr
        17 LoadConst 1 (2)
        18 InplaceOp Add
        19 Swap 3
        20 Swap 2
        21 StoreSubscr
        22 DeleteName 1 (a)
        23 LoadName 2 (b)
        24 LoadConst 2 (0)
        25 DeleteSubscr
        26 LoadName 3 (c)
        27 DeleteAttr 6 (d)
        28 LoadConst 3 (None)
        29 ReturnValue
        "#,
    );
}

#[test]
fn assert_with_and_without_message() {
    assert_listing(
        &ops("assert a, \"m\"\nassert b"),
        r#"
        0 LoadName 0 (a)
        1 PopJumpIfTrue 6 (to 6)
        2 LoadAssertionError
        3 LoadConst 0 ('m')
        4 Call 1
        5 RaiseVarargs 1
        6 LoadName 1 (b)
        7 PopJumpIfTrue 10 (to 10)
        8 LoadAssertionError
        9 RaiseVarargs 1
        10 LoadConst 1 (None)
        11 ReturnValue
        "#,
    );
}

#[test]
fn function_defaults_kwdefaults_annotations() {
    assert_listing(
        &ops("def f(a, b=1, *args, c, d=2, **kw) -> int:\n    \"doc\"\n    global g\n    g = a"),
        r#"
        0 LoadConst 0 ((1,))
        1 LoadConst 1 ('d')
        2 LoadConst 2 (2)
        3 BuildMap 1
        4 LoadConst 3 ('return')
        5 LoadName 0 (int)
        6 BuildMap 1
        7 LoadConst 4 (<code object f>)
        8 MakeFunction 7 (defaults, kwdefaults, annotations)
        9 StoreName 1 (f)
        10 LoadConst 5 (None)
        11 ReturnValue
        "#,
    );
}

#[test]
fn conditions_short_circuit_without_values() {
    assert_listing(
        &ops("if a and not b:\n    x()\nelif c or d:\n    y()"),
        r#"
        0 LoadName 0 (a)
        1 PopJumpIfFalse 8 (to 8)
        2 LoadName 1 (b)
        3 PopJumpIfTrue 8 (to 8)
        4 LoadName 2 (x)
        5 Call 0
        6 PopTop
        7 Jump 15 (to 15)
        8 LoadName 3 (c)
        9 PopJumpIfTrue 12 (to 12)
        10 LoadName 4 (d)
        11 PopJumpIfFalse 15 (to 15)
        12 LoadName 5 (y)
        13 Call 0
        14 PopTop
        15 LoadConst 0 (None)
        16 ReturnValue
        "#,
    );
}

#[test]
fn conditional_expression_slices_and_dict_unpacking() {
    assert_listing(
        &ops("x = a if b else c\ny = a[1:2, ::3]\nz = {**a, 'k': 1}"),
        r#"
        0 LoadName 0 (b)
        1 PopJumpIfFalse 4 (to 4)
        2 LoadName 1 (a)
        3 Jump 5 (to 5)
        4 LoadName 2 (c)
        5 StoreName 3 (x)
        6 LoadName 1 (a)
        7 LoadConst 0 (1)
        8 LoadConst 1 (2)
        9 BuildSlice 2
        10 LoadConst 2 (None)
        11 LoadConst 2 (None)
        12 LoadConst 3 (3)
        13 BuildSlice 3
        14 BuildTuple 2
        15 BinarySubscr
        16 StoreName 4 (y)
        17 BuildMap 0
        18 LoadName 1 (a)
        19 DictUpdate 1
        20 LoadConst 4 ('k')
        21 LoadConst 0 (1)
        22 BuildMap 1
        23 DictUpdate 1
        24 StoreName 5 (z)
        25 LoadConst 2 (None)
        26 ReturnValue
        "#,
    );
}

#[test]
fn return_and_continue_unwind_loops_and_handlers() {
    assert_listing(
        &ops_in("def f():\n    for x in y:\n        try:\n            return x\n        except E:\n            continue", "f"),
        r#"
        0 LoadGlobal 0 (y)
        1 GetIter
        2 ForIter 23 (to 23)
        3 StoreFast 0 (x)
        4 SetupFinally 10 (to 10)
        5 LoadFast 0 (x)
        6 PopBlock
        7 Swap 2
        8 PopTop
        9 ReturnValue
        10 SetupFinally 20 (to 20)
        11 PushExcInfo
        12 LoadGlobal 1 (E)
        13 CheckExcMatch
        14 PopJumpIfFalse 19 (to 19)
        15 PopTop
        16 PopBlock
        17 PopExcept
        18 Jump 2 (to 2)
        19 Reraise
        20 Copy 2
        21 PopExcept
        22 Reraise
        23 LoadConst 0 (None)
        24 ReturnValue
        "#,
    );
}

#[test]
fn interactive_mode_prints_top_level_expressions_only() {
    let code = compile_ok("for i in x: i", Mode::Single);
    assert_listing(
        &listing(&code),
        r#"
        0 LoadName 0 (x)
        1 GetIter
        2 ForIter 7 (to 7)
        3 StoreName 1 (i)
        4 LoadName 1 (i)
        5 PrintExpr
        6 Jump 2 (to 2)
        7 LoadConst 0 (None)
        8 ReturnValue
        "#,
    );
}

#[test]
fn interactive_mode_shows_constants_and_not_in_functions() {
    let code = compile_ok("5", Mode::Single);
    assert_listing(
        &listing(&code),
        "0 LoadConst 0 (5)\n1 PrintExpr\n2 LoadConst 1 (None)\n3 ReturnValue",
    );
    let code = compile_ok("def f():\n    1 + x\n", Mode::Single);
    let f = find_code(&code, "f").unwrap();
    assert!(!f.instructions.contains(&pyrite_object::Instr::PrintExpr));
}

#[test]
fn eval_mode_returns_the_value() {
    let code = compile_ok("a + 1", Mode::Eval);
    assert_listing(
        &listing(&code),
        "0 LoadName 0 (a)\n1 LoadConst 0 (1)\n2 BinaryOp Add\n3 ReturnValue",
    );
}

#[test]
fn code_flags_and_counts() {
    let code = compile_ok(
        "def f(a, /, b, *c, d, **e): pass\n\
         def g(): yield\n\
         async def h(): pass\n\
         async def i(): yield\n\
         def j():\n    x = 1\n    def k(): return x\n",
        Mode::Exec,
    );
    let f = find_code(&code, "f").unwrap();
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert!(f.has_flag(code_flags::VARARGS) && f.has_flag(code_flags::VARKEYWORDS));
    assert!(f.has_flag(code_flags::OPTIMIZED) && f.has_flag(code_flags::NEWLOCALS));
    let names: Vec<&str> = f
        .varnames
        .iter()
        .map(|n| n.as_pystr().unwrap().as_str())
        .collect();
    assert_eq!(names, ["a", "b", "d", "c", "e"]);
    assert!(find_code(&code, "g")
        .unwrap()
        .has_flag(code_flags::GENERATOR));
    assert!(find_code(&code, "h")
        .unwrap()
        .has_flag(code_flags::COROUTINE));
    assert!(find_code(&code, "i")
        .unwrap()
        .has_flag(code_flags::ASYNC_GENERATOR));
    let k = find_code(&code, "j.<locals>.k").unwrap();
    assert!(k.has_flag(code_flags::NESTED));
    assert!(!k.has_flag(code_flags::NOFREE));
    assert!(find_code(&code, "f").unwrap().has_flag(code_flags::NOFREE));
}

#[test]
fn parameters_in_cells_are_mapped_by_cell2arg() {
    let code = compile_ok(
        "def f(a, b):\n    def g(): return b\n    return g\n",
        Mode::Exec,
    );
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.cellvars.len(), 1);
    assert_eq!(&*f.cell2arg, &[Some(1)]);
}

#[test]
fn docstrings_are_stored_not_executed() {
    let code = compile_ok(
        "'''mod'''\ndef f():\n    'fdoc'\n    return 1\nclass C:\n    'cdoc'\n",
        Mode::Exec,
    );
    assert_eq!(code.doc.as_ref().and_then(|d| d.as_str()), Some("mod"));
    let f = find_code(&code, "f").unwrap();
    assert_eq!(f.doc.as_ref().and_then(|d| d.as_str()), Some("fdoc"));
    assert_listing(&listing(f), "0 LoadConst 0 (1)\n1 ReturnValue");
    let c = find_code(&code, "C").unwrap();
    assert_listing(
        &listing(c),
        r#"
        0 LoadName 0 (__name__)
        1 StoreName 1 (__module__)
        2 LoadConst 0 ('C')
        3 StoreName 2 (__qualname__)
        4 LoadConst 1 ('cdoc')
        5 StoreName 3 (__doc__)
        6 LoadConst 2 (None)
        7 ReturnValue
        "#,
    );
}

#[test]
fn qualnames_follow_cpython() {
    let code = compile_ok(
        "def f():\n    def g():\n        return lambda: [x for x in y]\n\
         class C:\n    def m(self):\n        class D:\n            def n(self): pass\n\
         def h():\n    global k\n    def k(): pass\n",
        Mode::Exec,
    );
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.g.<locals>.<lambda>",
        "f.<locals>.g.<locals>.<lambda>.<locals>.<listcomp>",
        "C",
        "C.m",
        "C.m.<locals>.D",
        "C.m.<locals>.D.n",
        "k",
    ] {
        assert!(find_code(&code, q).is_some(), "no code object {q}");
    }
}

#[test]
fn decorated_function_starts_at_first_decorator() {
    let code = compile_ok("@a\n@b\ndef f():\n    pass\n", Mode::Exec);
    assert_eq!(find_code(&code, "f").unwrap().first_line, 1);
    assert_listing(
        &listing(&code),
        r#"
        0 LoadName 0 (a)
        1 LoadName 1 (b)
        2 LoadConst 0 (<code object f>)
        3 MakeFunction 0 (plain)
        4 Call 1
        5 Call 1
        6 StoreName 2 (f)
        7 LoadConst 1 (None)
        8 ReturnValue
        "#,
    );
}

#[test]
fn positions_point_at_the_failing_node() {
    let src = "x = 1\ny = foo(a) + b.c\n";
    let code = compile_ok(src, Mode::Exec);
    let find = |pred: &dyn Fn(&pyrite_object::Instr) -> bool| {
        let i = code.instructions.iter().position(pred).unwrap();
        let p = code.positions[i];
        (p.line, p.col, p.end_line, p.end_col)
    };
    // foo(a): the Call covers `foo(a)`; the add covers `foo(a) + b.c`; the attribute `b.c`.
    assert_eq!(
        find(&|i| matches!(i, pyrite_object::Instr::Call(1))),
        (2, 4, 2, 10)
    );
    assert_eq!(
        find(&|i| matches!(i, pyrite_object::Instr::BinaryOp(_))),
        (2, 4, 2, 16)
    );
    assert_eq!(
        find(&|i| matches!(i, pyrite_object::Instr::LoadAttr(_))),
        (2, 13, 2, 16)
    );
    assert_eq!(code.positions[0].line, 1);
    assert_eq!(code.positions.len(), code.instructions.len());
}

#[test]
fn max_stack_covers_the_deepest_point() {
    let code = compile_ok("f(a, b, (c, d, e + g))", Mode::Exec);
    // f a b c d e g: 7 values before the add.
    assert_eq!(code.max_stack, 7);
    let code = compile_ok("try:\n    pass\nexcept E as e:\n    pass\n", Mode::Exec);
    // prev, exc, E in the handler.
    assert!(code.max_stack >= 3);
}

#[test]
fn constants_are_deduplicated_by_type_and_value() {
    let code = compile_ok(
        "a = 1; b = 1; c = 1.0; d = True; e = 0.0; f = -0.0",
        Mode::Exec,
    );
    // 1, 1.0, True, 0.0, -0.0, None
    assert_eq!(code.consts.len(), 6);
}

#[test]
fn swap_assignment_needs_no_tuple() {
    assert_listing(
        &ops("a, b = b, a"),
        r#"
        0 LoadName 0 (b)
        1 LoadName 1 (a)
        2 Swap 2
        3 StoreName 1 (a)
        4 StoreName 0 (b)
        5 LoadConst 0 (None)
        6 ReturnValue
        "#,
    );
}

#[test]
fn local_attribute_access_is_fused_and_the_attribute_instruction_stays() {
    let code = compile_ok(
        "def f(o, v):\n    o.a = v\n    return o.b, v.c, o.m()\n",
        Mode::Exec,
    );
    let f = find_code(&code, "f").unwrap();
    assert_listing(
        &listing(f),
        r#"
        0 LoadFast 1 (v)
        1 LoadFastStoreAttr 0 (o)
        2 StoreAttr 0 (a)
        3 LoadFastAttr 0 (o)
        4 LoadAttr 1 (b)
        5 LoadFastAttr 1 (v)
        6 LoadAttr 2 (c)
        7 LoadFastMethod 0 (o)
        8 LoadMethod 3 (m)
        9 CallMethod 0
        10 BuildTuple 3
        11 ReturnValue
        "#,
    );
}

#[test]
fn private_names_are_mangled_in_classes() {
    let code = compile_ok(
        "class C:\n    __x = 1\n    def m(self, __p):\n        return self.__y, __p\n",
        Mode::Exec,
    );
    let c = find_code(&code, "C").unwrap();
    assert!(listing(c).contains("StoreName 3 (_C__x)"));
    let m = find_code(&code, "C.m").unwrap();
    assert_listing(
        &listing(m),
        r#"
        0 LoadFastAttr 0 (self)
        1 LoadAttr 0 (_C__y)
        2 LoadFast 1 (_C__p)
        3 BuildTuple 2
        4 ReturnValue
        "#,
    );
}

#[test]
fn failing_tests_and_decorators_are_located_like_cpython() {
    // `assert a == b` raises at the comparison; a failing decorator call at the decorator.
    let code = compile_ok("assert a == b, 'm'\n@deco\ndef f(): pass\n", Mode::Exec);
    let raise = code
        .instructions
        .iter()
        .position(|i| matches!(i, pyrite_object::Instr::RaiseVarargs(1)))
        .unwrap();
    let p = code.positions[raise];
    assert_eq!((p.line, p.col, p.end_line, p.end_col), (1, 7, 1, 13));
    let call = code
        .instructions
        .iter()
        .rposition(|i| matches!(i, pyrite_object::Instr::Call(1)))
        .unwrap();
    let p = code.positions[call];
    assert_eq!((p.line, p.col, p.end_line, p.end_col), (2, 1, 2, 5));
}
