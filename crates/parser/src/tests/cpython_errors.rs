//! Invalid sources and the error CPython 3.11's `compile()` raises for them: class, message,
//! line and offset (0 where our offset differs from CPython's and is not checked).

pub const CASES: &[(&str, &str, &str, u32, u32)] = &[
    (
        r#"f() = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to function call here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"1 = x"#,
        r#"SyntaxError"#,
        r#"cannot assign to literal here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"del f()"#,
        r#"SyntaxError"#,
        r#"cannot delete function call"#,
        1,
        5,
    ),
    (
        r#"x + 1 += 1"#,
        r#"SyntaxError"#,
        r#"'expression' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"(a, b) += 1"#,
        r#"SyntaxError"#,
        r#"'tuple' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"[a] += 1"#,
        r#"SyntaxError"#,
        r#"'list' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"a, b += 1"#,
        r#"SyntaxError"#,
        r#"'tuple' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"f() += 1"#,
        r#"SyntaxError"#,
        r#"'function call' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"if x
  pass
"#,
        r#"SyntaxError"#,
        r#"expected ':'"#,
        1,
        5,
    ),
    (
        r#"if x:
pass
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'if' statement on line 1"#,
        2,
        1,
    ),
    (
        r#"def f():
return
"#,
        r#"IndentationError"#,
        r#"expected an indented block after function definition on line 1"#,
        2,
        1,
    ),
    (
        r#"class A:
x
"#,
        r#"IndentationError"#,
        r#"expected an indented block after class definition on line 1"#,
        2,
        1,
    ),
    (
        r#"for x in y:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'for' statement on line 1"#,
        2,
        1,
    ),
    (
        r#"while x:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'while' statement on line 1"#,
        2,
        1,
    ),
    (
        r#"try:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'try' statement on line 1"#,
        2,
        1,
    ),
    (
        r#"try:
  x
except:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'except' statement on line 3"#,
        4,
        1,
    ),
    (
        r#"try:
  x
finally:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'finally' statement on line 3"#,
        4,
        1,
    ),
    (
        r#"with a:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'with' statement on line 1"#,
        2,
        1,
    ),
    (
        r#"if x:
  y
elif z:
w
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'elif' statement on line 3"#,
        4,
        1,
    ),
    (
        r#"if x:
  y
else:
w
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'else' statement on line 3"#,
        4,
        1,
    ),
    (
        r#"try:
  x
except* E:
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'except*' statement on line 3"#,
        4,
        1,
    ),
    (
        r#"async def f():
z
"#,
        r#"IndentationError"#,
        r#"expected an indented block after function definition on line 1"#,
        2,
        1,
    ),
    (
        r#"x = ("#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        5,
    ),
    (
        r#"x = (1,
2"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        5,
    ),
    (r#"x = )"#, r#"SyntaxError"#, r#"unmatched ')'"#, 1, 5),
    (
        r#"x = [1, 2)"#,
        r#"SyntaxError"#,
        r#"closing parenthesis ')' does not match opening parenthesis '['"#,
        1,
        10,
    ),
    (
        r#"x = 'abc"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 1)"#,
        1,
        5,
    ),
    (
        r#"x = '''abc

"#,
        r#"SyntaxError"#,
        r#"unterminated triple-quoted string literal (detected at line 2)"#,
        1,
        5,
    ),
    (
        r#"print 'hello'"#,
        r#"SyntaxError"#,
        r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
        1,
        1,
    ),
    (
        r#"print x"#,
        r#"SyntaxError"#,
        r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
        1,
        1,
    ),
    (
        r#"  x = 1"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        1,
        2,
    ),
    (
        r#"if x:
    a
  b
"#,
        r#"IndentationError"#,
        r#"unindent does not match any outer indentation level"#,
        3,
        4,
    ),
    (r#"x = 1 +"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 8),
    (
        r#"f(a b)"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        3,
    ),
    (
        r#"x = 0777"#,
        r#"SyntaxError"#,
        r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
        1,
        5,
    ),
    (
        r#"x = 1__0"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        6,
    ),
    (
        r#"x = 0x"#,
        r#"SyntaxError"#,
        r#"invalid hexadecimal literal"#,
        1,
        6,
    ),
    (
        r#"x = 1_"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        6,
    ),
    (
        r#"x = 0b2"#,
        r#"SyntaxError"#,
        r#"invalid digit '2' in binary literal"#,
        1,
        7,
    ),
    (
        r#"x = 0o8"#,
        r#"SyntaxError"#,
        r#"invalid digit '8' in octal literal"#,
        1,
        7,
    ),
    (
        r#"x = 1abc"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        5,
    ),
    (
        r#"x = 1e"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        5,
    ),
    (
        r#"x = 1.e5x"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        8,
    ),
    (
        r#"x = 5j2"#,
        r#"SyntaxError"#,
        r#"invalid imaginary literal"#,
        1,
        6,
    ),
    (
        r#"x = b'é'"#,
        r#"SyntaxError"#,
        r#"bytes can only contain ASCII literal characters"#,
        1,
        5,
    ),
    (
        r#"x = 'a' b'b'"#,
        r#"SyntaxError"#,
        r#"cannot mix bytes and nonbytes literals"#,
        1,
        13,
    ),
    (
        r#"def f(:
 pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        7,
    ),
    (
        r#"if x = 1:
  pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Maybe you meant '==' or ':=' instead of '='?"#,
        1,
        4,
    ),
    (
        r#"f(x for x in y, 1)"#,
        r#"SyntaxError"#,
        r#"Generator expression must be parenthesized"#,
        1,
        3,
    ),
    (
        r#"a = 1 if b"#,
        r#"SyntaxError"#,
        r#"expected 'else' after 'if' expression"#,
        1,
        5,
    ),
    (r#"x = $"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 5),
    (
        r#"x = €"#,
        r#"SyntaxError"#,
        r#"invalid character '€' (U+20AC)"#,
        1,
        5,
    ),
    (
        r#"f(a=1, b)"#,
        r#"SyntaxError"#,
        r#"positional argument follows keyword argument"#,
        1,
        0,
    ),
    (
        r#"f(**a, *b)"#,
        r#"SyntaxError"#,
        r#"iterable argument unpacking follows keyword argument unpacking"#,
        1,
        8,
    ),
    (
        r#"def f(a=1, b): pass"#,
        r#"SyntaxError"#,
        r#"non-default argument follows default argument"#,
        1,
        12,
    ),
    (
        r#"def f(*, **k): pass"#,
        r#"SyntaxError"#,
        r#"named arguments must follow bare *"#,
        1,
        7,
    ),
    (
        r#"def f(*): pass"#,
        r#"SyntaxError"#,
        r#"named arguments must follow bare *"#,
        1,
        7,
    ),
    (
        r#"x = yield = 3"#,
        r#"SyntaxError"#,
        r#"assignment to yield expression not possible"#,
        1,
        5,
    ),
    (
        r#"a + 1 = 2"#,
        r#"SyntaxError"#,
        r#"cannot assign to expression here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"[x for x in y] = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to list comprehension here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"(x for x in y) = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to generator expression"#,
        1,
        1,
    ),
    (
        r#"del a + b"#,
        r#"SyntaxError"#,
        r#"cannot delete expression"#,
        1,
        5,
    ),
    (
        r#"del (a, f())"#,
        r#"SyntaxError"#,
        r#"cannot delete function call"#,
        1,
        9,
    ),
    (
        r#"for f() in x: pass"#,
        r#"SyntaxError"#,
        r#"cannot assign to function call"#,
        1,
        5,
    ),
    (
        r#"with a as f(): pass"#,
        r#"SyntaxError"#,
        r#"cannot assign to function call"#,
        1,
        11,
    ),
    (
        r#"x = {1: 2, 3}"#,
        r#"SyntaxError"#,
        r#"':' expected after dictionary key"#,
        1,
        12,
    ),
    (
        r#"f'{a b}'"#,
        r#"SyntaxError"#,
        r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
        1,
        0,
    ),
    (
        r#"f'{'"#,
        r#"SyntaxError"#,
        r#"f-string: expecting '}'"#,
        1,
        0,
    ),
    (
        r#"f'}'"#,
        r#"SyntaxError"#,
        r#"f-string: single '}' is not allowed"#,
        1,
        0,
    ),
    (
        r#"f'{a!x}'"#,
        r#"SyntaxError"#,
        r#"f-string: invalid conversion character: expected 's', 'r', or 'a'"#,
        1,
        0,
    ),
    (
        r#"f'{}'"#,
        r#"SyntaxError"#,
        r#"f-string: empty expression not allowed"#,
        1,
        0,
    ),
    (
        r#"f'{a'"#,
        r#"SyntaxError"#,
        r#"f-string: expecting '}'"#,
        1,
        0,
    ),
    (
        r#"f'{\n}'"#,
        r#"SyntaxError"#,
        r#"f-string expression part cannot include a backslash"#,
        1,
        0,
    ),
    (
        r#"'\N{foo}'"#,
        r#"SyntaxError"#,
        r#"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"#,
        1,
        10,
    ),
    (
        r#"import a.b as"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        14,
    ),
    (
        r#"from . import"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        14,
    ),
    (
        r#"from x import a,"#,
        r#"SyntaxError"#,
        r#"trailing comma not allowed without surrounding parentheses"#,
        1,
        17,
    ),
    (
        r#"x = 1
  y = 2
"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        2,
        2,
    ),
    (
        r#"if True:
	if True:
		x
        y
"#,
        r#"TabError"#,
        r#"inconsistent use of tabs and spaces in indentation"#,
        4,
        1,
    ),
    (
        r#"if 1:
        x
	y
"#,
        r#"TabError"#,
        r#"inconsistent use of tabs and spaces in indentation"#,
        3,
        1,
    ),
    (
        r#"def f(
"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        6,
    ),
    (
        r#"'''abc"#,
        r#"SyntaxError"#,
        r#"unterminated triple-quoted string literal (detected at line 1)"#,
        1,
        1,
    ),
    (
        r#"x = 'abc\
"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 1)"#,
        1,
        5,
    ),
    (
        r#"a = \"#,
        r#"SyntaxError"#,
        r#"unexpected EOF while parsing"#,
        1,
        6,
    ),
    (r#"x = 1 2"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (r#"x = a."#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"True = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to True"#,
        1,
        1,
    ),
    (
        r#"None = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to None"#,
        1,
        1,
    ),
    (
        r#"f(True=1)"#,
        r#"SyntaxError"#,
        r#"cannot assign to True"#,
        1,
        3,
    ),
    (
        r#"a if b else c = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to conditional expression"#,
        1,
        1,
    ),
    (
        r#"-a = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to expression here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"a < b = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to comparison"#,
        1,
        1,
    ),
    (
        r#"a and b = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to expression"#,
        1,
        1,
    ),
    (
        r#"not a = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to expression"#,
        1,
        1,
    ),
    (
        r#"x = ...= 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to ellipsis"#,
        1,
        5,
    ),
    (r#"x := 1"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 3),
    (
        r#"(x.y := 1)"#,
        r#"SyntaxError"#,
        r#"cannot use assignment expressions with attribute"#,
        1,
        2,
    ),
    (
        r#"x = [1, 2 3]"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        9,
    ),
    (
        r#"x = {1 2}"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        6,
    ),
    (
        r#"x = (1 2)"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        6,
    ),
    (
        r#"x = f(a, b c)"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        10,
    ),
    (r#"else: pass"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 1),
    (
        r#"elif x: pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        1,
    ),
    (
        r#"return
  x"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        2,
        2,
    ),
    (
        r#"x = 1
)"#,
        r#"SyntaxError"#,
        r#"unmatched ')'"#,
        2,
        1,
    ),
    (
        r#"(
]"#,
        r#"SyntaxError"#,
        r#"closing parenthesis ']' does not match opening parenthesis '(' on line 1"#,
        2,
        1,
    ),
    (
        r#"if x:
  pass
 else:
  pass"#,
        r#"IndentationError"#,
        r#"unindent does not match any outer indentation level"#,
        3,
        7,
    ),
    (r#"a[1:2:3:4]"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 8),
    (
        r#"    x = 1"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        1,
        4,
    ),
    (
        r#"if x:"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'if' statement on line 1"#,
        1,
        6,
    ),
    (
        r#"if x:
"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'if' statement on line 1"#,
        1,
        6,
    ),
    (
        r#"def f():"#,
        r#"IndentationError"#,
        r#"expected an indented block after function definition on line 1"#,
        1,
        9,
    ),
    (r#"@dec"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 0),
    (
        r#"@dec
"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        0,
    ),
    (
        r#"x = (1,
  2"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        5,
    ),
    (
        r#"if x:
  pass
  else:
  pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        3,
        3,
    ),
    (
        r#"if x:
    pass
      y = 1
"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        3,
        6,
    ),
    (
        r#"class A(:
 pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        9,
    ),
    (r#"x = 1;;"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"f(**a, b)"#,
        r#"SyntaxError"#,
        r#"positional argument follows keyword argument unpacking"#,
        1,
        0,
    ),
    (
        r#"f(a.b=1)"#,
        r#"SyntaxError"#,
        r#"expression cannot contain assignment, perhaps you meant "=="?"#,
        1,
        3,
    ),
    (r#"import"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"from x import (a, b"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        15,
    ),
    (r#"for x in y"#, r#"SyntaxError"#, r#"expected ':'"#, 1, 11),
    (
        r#"x = [
1,
2
"#,
        r#"SyntaxError"#,
        r#"'[' was never closed"#,
        1,
        5,
    ),
    (
        r#"x = {'a': 1, 'b'}"#,
        r#"SyntaxError"#,
        r#"':' expected after dictionary key"#,
        1,
        0,
    ),
    (
        r#"a = 1
print 'x'
"#,
        r#"SyntaxError"#,
        r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
        2,
        1,
    ),
    (
        r#"print(x) y"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        10,
    ),
    (
        r#"x = 'a' 'b"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 1)"#,
        1,
        9,
    ),
    (
        r#"def f(a, /, /): pass"#,
        r#"SyntaxError"#,
        r#"/ may appear only once"#,
        1,
        13,
    ),
    (
        r#"def f(*a, *b): pass"#,
        r#"SyntaxError"#,
        r#"* argument may appear only once"#,
        1,
        11,
    ),
    (
        r#"def f(**a, b): pass"#,
        r#"SyntaxError"#,
        r#"arguments cannot follow var-keyword argument"#,
        1,
        12,
    ),
    (
        r#"lambda **a, b: 1"#,
        r#"SyntaxError"#,
        r#"arguments cannot follow var-keyword argument"#,
        1,
        13,
    ),
    (
        r#"x = 1 if 2"#,
        r#"SyntaxError"#,
        r#"expected 'else' after 'if' expression"#,
        1,
        5,
    ),
    (
        r#"try:
  pass
except A, B:
  pass"#,
        r#"SyntaxError"#,
        r#"multiple exception types must be parenthesized"#,
        3,
        8,
    ),
    (
        r#"try:
  pass
"#,
        r#"SyntaxError"#,
        r#"expected 'except' or 'finally' block"#,
        2,
        7,
    ),
    (r#"x.1"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 2),
    (
        r#"1.__class__"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        2,
    ),
    (r#"0x1for"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"f(x for x in y,)"#,
        r#"SyntaxError"#,
        r#"Generator expression must be parenthesized"#,
        1,
        3,
    ),
    (r#"x = `a`"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 5),
    (r#"a <> b"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 0),
    (
        r#"a.b = 1 = 2"#,
        r#"SyntaxError"#,
        r#"cannot assign to literal"#,
        1,
        7,
    ),
    (
        r#"x, y: int"#,
        r#"SyntaxError"#,
        r#"only single target (not tuple) can be annotated"#,
        1,
        1,
    ),
    (
        r#"f(): int"#,
        r#"SyntaxError"#,
        r#"illegal target for annotation"#,
        1,
        1,
    ),
    (r#"await = 1"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (r#"async = 1"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"def f(): yield = 1"#,
        r#"SyntaxError"#,
        r#"assignment to yield expression not possible"#,
        1,
        10,
    ),
    (r#"assert x,"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 10),
    (r#"global x,"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 10),
    (
        r#"x if y"#,
        r#"SyntaxError"#,
        r#"expected 'else' after 'if' expression"#,
        1,
        1,
    ),
    (
        r#"x = lambda: yield"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        13,
    ),
    (r#"not"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 4),
    (r#"a[]"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 3),
    (
        r#"x = 08"#,
        r#"SyntaxError"#,
        r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
        1,
        5,
    ),
    (
        r#"x = 1e+"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        0,
    ),
    (
        r#"x = 0b"#,
        r#"SyntaxError"#,
        r#"invalid binary literal"#,
        1,
        6,
    ),
    (
        r#"x = 0o"#,
        r#"SyntaxError"#,
        r#"invalid octal literal"#,
        1,
        6,
    ),
    (
        r#"x = 0x1_"#,
        r#"SyntaxError"#,
        r#"invalid hexadecimal literal"#,
        1,
        8,
    ),
    (
        r#"x = 1__0.0"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        6,
    ),
    (
        r#"x = 1.0__0"#,
        r#"SyntaxError"#,
        r#"invalid decimal literal"#,
        1,
        8,
    ),
    (
        r#"x = 0xg"#,
        r#"SyntaxError"#,
        r#"invalid hexadecimal literal"#,
        1,
        6,
    ),
    (
        r#"f'{a b}'"#,
        r#"SyntaxError"#,
        r#"f-string: invalid syntax. Perhaps you forgot a comma?"#,
        1,
        0,
    ),
    (
        r#"x = f'{1 +}'"#,
        r#"SyntaxError"#,
        r#"f-string: invalid syntax"#,
        1,
        0,
    ),
    (r#"def f(:"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (r#"class"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 6),
    (
        r#"x = [1, 2"#,
        r#"SyntaxError"#,
        r#"'[' was never closed"#,
        1,
        5,
    ),
    (
        r#"foo(a, b"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        4,
    ),
    (
        r#"if True:
    x = 1
   y = 2
"#,
        r#"IndentationError"#,
        r#"unindent does not match any outer indentation level"#,
        3,
        9,
    ),
    (
        r#"for x in range(10):
    pass
  else:
    pass
"#,
        r#"IndentationError"#,
        r#"unindent does not match any outer indentation level"#,
        3,
        8,
    ),
    (r#"x = 1 +* 2"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 8),
    (r#"a, b = = 1"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 8),
    (
        r#"import a.b."#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        12,
    ),
    (
        r#"with open(x) as f, :
  pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        20,
    ),
    (
        r#"try:
  pass
except A as 1:
  pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        3,
        13,
    ),
    (
        r#"lambda x=1, y: 1"#,
        r#"SyntaxError"#,
        r#"non-default argument follows default argument"#,
        1,
        13,
    ),
    (
        r#"x = {**a for a in b}"#,
        r#"SyntaxError"#,
        r#"dict unpacking cannot be used in dict comprehension"#,
        1,
        6,
    ),
    (
        r#"x = [*a for a in b]"#,
        r#"SyntaxError"#,
        r#"iterable unpacking cannot be used in comprehension"#,
        1,
        6,
    ),
    (r#"f(*)"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 4),
    (r#"f(**)"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 5),
    (r#"a.b.c = "#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 9),
    (
        r#"del *a"#,
        r#"SyntaxError"#,
        r#"cannot delete starred"#,
        1,
        5,
    ),
    (
        r#"x = 5 if else 3"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        10,
    ),
    (r#"x = not"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 8),
    (
        r#"pass


   pass"#,
        r#"IndentationError"#,
        r#"unexpected indent"#,
        4,
        3,
    ),
    (
        r#"if x:



pass"#,
        r#"IndentationError"#,
        r#"expected an indented block after 'if' statement on line 1"#,
        5,
        1,
    ),
    (
        r#"@
def f(): pass"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        2,
    ),
    (
        r#"class A(metaclass=M, x): pass"#,
        r#"SyntaxError"#,
        r#"positional argument follows keyword argument"#,
        1,
        0,
    ),
    (
        r#"x = (yield from)"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        16,
    ),
    (
        r#"'abc' = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to literal here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"f'{x}' = 1"#,
        r#"SyntaxError"#,
        r#"cannot assign to f-string expression here. Maybe you meant '==' instead of '='?"#,
        1,
        1,
    ),
    (
        r#"(a for b in c) += 1"#,
        r#"SyntaxError"#,
        r#"'generator expression' is an illegal expression for augmented assignment"#,
        1,
        1,
    ),
    (
        r#"x = 1 if True else"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        19,
    ),
    (
        r#"x = 1 +
y = 'abc
"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 2)"#,
        2,
        5,
    ),
    (
        r#"x = 1 +
y = 0777
"#,
        r#"SyntaxError"#,
        r#"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"#,
        2,
        5,
    ),
    (
        r#"f() = 1
y = 'abc
"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 2)"#,
        2,
        5,
    ),
    (
        r#"x = 1 +
if x:
    a
  b
"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        8,
    ),
    (
        r#"x = 1 +
y = €
"#,
        r#"SyntaxError"#,
        r#"invalid character '€' (U+20AC)"#,
        2,
        5,
    ),
    (
        r#"x = 1 +
)
"#,
        r#"SyntaxError"#,
        r#"unmatched ')'"#,
        2,
        1,
    ),
    (
        r#"x = 1 +
y = $
"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        8,
    ),
    (
        r#"foo(
x = 1 +
"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        4,
    ),
    (
        r#"x = 1 +
foo(
"#,
        r#"SyntaxError"#,
        r#"invalid syntax"#,
        1,
        8,
    ),
    (
        r#"x = 1 +
'''abc
"#,
        r#"SyntaxError"#,
        r#"unterminated triple-quoted string literal (detected at line 2)"#,
        2,
        1,
    ),
    (
        r#"print 'x'
foo(
"#,
        r#"SyntaxError"#,
        r#"Missing parentheses in call to 'print'. Did you mean print(...)?"#,
        1,
        1,
    ),
    (
        r#"if x
  y = 'abc
"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 2)"#,
        2,
        7,
    ),
    (
        r#"x = (1 2
)
"#,
        r#"SyntaxError"#,
        r#"invalid syntax. Perhaps you forgot a comma?"#,
        1,
        6,
    ),
    (
        r#"x = (1 2"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        5,
    ),
    (
        r#"foo(a b"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        4,
    ),
    (
        r#"x = (1,
  2 3"#,
        r#"SyntaxError"#,
        r#"'(' was never closed"#,
        1,
        5,
    ),
    (
        r#"print 'x'
  y = 'abc"#,
        r#"SyntaxError"#,
        r#"unterminated string literal (detected at line 2)"#,
        2,
        7,
    ),
    (
        r#"exec 'x'"#,
        r#"SyntaxError"#,
        r#"Missing parentheses in call to 'exec'. Did you mean exec(...)?"#,
        1,
        1,
    ),
    (r#"def f(:"#, r#"SyntaxError"#, r#"invalid syntax"#, 1, 7),
    (
        r#"x = [1, 2 3"#,
        r#"SyntaxError"#,
        r#"'[' was never closed"#,
        1,
        5,
    ),
    (
        r#"if x:
  pass
else
  pass
"#,
        r#"SyntaxError"#,
        r#"expected ':'"#,
        3,
        5,
    ),
    (
        r#"try
  pass
"#,
        r#"SyntaxError"#,
        r#"expected ':'"#,
        1,
        4,
    ),
    (
        r#"class A
  pass
"#,
        r#"SyntaxError"#,
        r#"expected ':'"#,
        1,
        8,
    ),
];
