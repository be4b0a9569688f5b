//! Set displays of constants become frozenset constants laid out as CPython's (the expected
//! listings' frozenset orders are those of `python3 -m dis` on the same source).

use super::*;

#[test]
fn display_of_three_or_more_constants_updates_from_a_frozenset() {
    assert_listing(
        &ops("a = {-5, 5, -100, 100, 17, -17}\nb = {1, 1.0, True}\nc = {5, 3, 10, 1}"),
        r#"
        0 BuildSet 0
        1 LoadConst 0 (frozenset({100, 5, -17, 17, -5, -100}))
        2 SetUpdate 1
        3 StoreName 0 (a)
        4 BuildSet 0
        5 LoadConst 1 (frozenset({1}))
        6 SetUpdate 1
        7 StoreName 1 (b)
        8 BuildSet 0
        9 LoadConst 2 (frozenset({1, 10, 3, 5}))
        10 SetUpdate 1
        11 StoreName 2 (c)
        12 LoadConst 3 (None)
        13 ReturnValue
        "#,
    );
}

#[test]
fn small_or_non_constant_displays_add_left_to_right() {
    assert_listing(
        &ops("a = {1, 2}\nb = {1, x, 3}\nc = {1, *x, 3}\nd = {1e400 - 1e400, 1, 2}"),
        r#"
        0 LoadConst 0 (1)
        1 LoadConst 1 (2)
        2 BuildSet 2
        3 StoreName 0 (a)
        4 LoadConst 0 (1)
        5 LoadName 1 (x)
        6 LoadConst 2 (3)
        7 BuildSet 3
        8 StoreName 2 (b)
        9 LoadConst 0 (1)
        10 BuildSet 1
        11 LoadName 1 (x)
        12 SetUpdate 1
        13 LoadConst 2 (3)
        14 SetAdd 1
        15 StoreName 3 (c)
        16 LoadConst 3 (nan)
        17 LoadConst 0 (1)
        18 LoadConst 1 (2)
        19 BuildSet 3
        20 StoreName 4 (d)
        21 LoadConst 4 (None)
        22 ReturnValue
        "#,
    );
}

#[test]
fn membership_tests_and_loops_use_the_frozenset_itself() {
    assert_listing(
        &ops(
            "c = x in {3, 1, 2}\nd = x not in {1.5}\nfor i in {17, 9, 1}: pass\n\
             e = [i for i in {1, 9, 17}]",
        ),
        r#"
        0 LoadName 0 (x)
        1 LoadConst 0 (frozenset({1, 2, 3}))
        2 CompareOp In
        3 StoreName 1 (c)
        4 LoadName 0 (x)
        5 LoadConst 1 (frozenset({1.5}))
        6 CompareOp NotIn
        7 StoreName 2 (d)
        8 LoadConst 2 (frozenset({17, 9, 1}))
        9 GetIter
        10 ForIter 13 (to 13)
        11 StoreName 3 (i)
        12 Jump 10 (to 10)
        13 LoadConst 3 (<code object <listcomp>>)
        14 MakeFunction 0 (plain)
        15 LoadConst 2 (frozenset({17, 9, 1}))
        16 GetIter
        17 Call 1
        18 StoreName 4 (e)
        19 LoadConst 4 (None)
        20 ReturnValue
        "#,
    );
}

#[test]
fn only_the_last_comparison_of_a_chain_is_folded() {
    // `{1, 2}` is also the left operand of `in b`: it stays a set (and `[1] == [1]` a list).
    assert_listing(
        &ops("f = a in {1, 2} in {3}\ng = 1 in [1] == [1]"),
        r#"
        0 LoadName 0 (a)
        1 LoadConst 0 (1)
        2 LoadConst 1 (2)
        3 BuildSet 2
        4 Swap 2
        5 Copy 2
        6 CompareOp In
        7 JumpIfFalseOrPop 11 (to 11)
        8 LoadConst 2 (frozenset({3}))
        9 CompareOp In
        10 Jump 13 (to 13)
        11 Swap 2
        12 PopTop
        13 StoreName 1 (f)
        14 LoadConst 0 (1)
        15 LoadConst 0 (1)
        16 BuildList 1
        17 Swap 2
        18 Copy 2
        19 CompareOp In
        20 JumpIfFalseOrPop 25 (to 25)
        21 LoadConst 0 (1)
        22 BuildList 1
        23 CompareOp Eq
        24 Jump 27 (to 27)
        25 Swap 2
        26 PopTop
        27 StoreName 2 (g)
        28 LoadConst 3 (None)
        29 ReturnValue
        "#,
    );
}

#[test]
fn frozensets_with_the_same_items_share_the_first_order() {
    // CPython's constant cache keys a frozenset by the set of its items: `{17, 9, 1}` (a
    // collision chain in slot 1) is laid out as `{1, 9, 17}` was, also in nested code.
    assert_listing(
        &ops("print({1, 9, 17})\nprint({17, 9, 1})"),
        r#"
        0 LoadName 0 (print)
        1 BuildSet 0
        2 LoadConst 0 (frozenset({1, 9, 17}))
        3 SetUpdate 1
        4 Call 1
        5 PopTop
        6 LoadName 0 (print)
        7 BuildSet 0
        8 LoadConst 0 (frozenset({1, 9, 17}))
        9 SetUpdate 1
        10 Call 1
        11 PopTop
        12 LoadConst 1 (None)
        13 ReturnValue
        "#,
    );
    assert_listing(
        &ops_in(
            "x in {1, 9, 17}\ndef f():\n    return {17, 9, 1.0}, {9, 17, 1}",
            "f",
        ),
        r#"
        0 BuildSet 0
        1 LoadConst 0 (frozenset({17, 9, 1.0}))
        2 SetUpdate 1
        3 BuildSet 0
        4 LoadConst 1 (frozenset({1, 9, 17}))
        5 SetUpdate 1
        6 BuildTuple 2
        7 ReturnValue
        "#,
    );
}
