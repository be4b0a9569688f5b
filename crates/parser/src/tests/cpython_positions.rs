//! Sources and CPython 3.11's `ast.dump(ast.parse(src), include_attributes=True)`:
//! checks node positions (line, byte column) against CPython's.

pub const CASES: &[(&str, &str)] = &[
    (
        r#"x = f(a, b=1)(c)[d].e
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='b', value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=13), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), slice=Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), attr='e', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], type_ignores=[])"#,
    ),
    (
        r#"y = (a + b) * c - -d ** e
"#,
        r#"Module(body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), op=Sub(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), op=Pow(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=19, end_lineno=1, end_col_offset=25), lineno=1, col_offset=18, end_lineno=1, end_col_offset=25), lineno=1, col_offset=4, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)], type_ignores=[])"#,
    ),
    (
        r#"if x:
    pass
elif y:
    z = 1
else:
    w()
"#,
        r#"Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='y', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Assign(targets=[Name(id='z', ctx=Store(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], value=Constant(value=1, lineno=4, col_offset=8, end_lineno=4, end_col_offset=9), lineno=4, col_offset=4, end_lineno=4, end_col_offset=9)], orelse=[Expr(value=Call(func=Name(id='w', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), args=[], keywords=[], lineno=6, col_offset=4, end_lineno=6, end_col_offset=7), lineno=6, col_offset=4, end_lineno=6, end_col_offset=7)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=7)], type_ignores=[])"#,
    ),
    (
        r#"@dec
def f(a, b: int = 1, *c, d, **e) -> r:
    return a
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), arg(arg='b', annotation=Name(id='int', ctx=Load(), lineno=2, col_offset=12, end_lineno=2, end_col_offset=15), lineno=2, col_offset=9, end_lineno=2, end_col_offset=15)], vararg=arg(arg='c', lineno=2, col_offset=22, end_lineno=2, end_col_offset=23), kwonlyargs=[arg(arg='d', lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], kw_defaults=[None], kwarg=arg(arg='e', lineno=2, col_offset=30, end_lineno=2, end_col_offset=31), defaults=[Constant(value=1, lineno=2, col_offset=18, end_lineno=2, end_col_offset=19)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], returns=Name(id='r', ctx=Load(), lineno=2, col_offset=36, end_lineno=2, end_col_offset=37), lineno=2, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"#,
    ),
    (
        r#"class A(B, metaclass=M):
    def m(self):
        return self.x.y
"#,
        r#"Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=11, end_lineno=1, end_col_offset=22)], body=[FunctionDef(name='m', args=arguments(posonlyargs=[], args=[arg(arg='self', lineno=2, col_offset=10, end_lineno=2, end_col_offset=14)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Attribute(value=Attribute(value=Name(id='self', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=19), attr='x', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=21), attr='y', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=23), lineno=3, col_offset=8, end_lineno=3, end_col_offset=23)], decorator_list=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=23)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=23)], type_ignores=[])"#,
    ),
    (
        r#"for i in range(10):
    print(i, end='')
else:
    pass
"#,
        r#"Module(body=[For(target=Name(id='i', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Call(func=Name(id='range', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=14), args=[Constant(value=10, lineno=1, col_offset=15, end_lineno=1, end_col_offset=17)], keywords=[], lineno=1, col_offset=9, end_lineno=1, end_col_offset=18), body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=9), args=[Name(id='i', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11)], keywords=[keyword(arg='end', value=Constant(value='', lineno=2, col_offset=17, end_lineno=2, end_col_offset=19), lineno=2, col_offset=13, end_lineno=2, end_col_offset=19)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=20), lineno=2, col_offset=4, end_lineno=2, end_col_offset=20)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"#,
    ),
    (
        r#"try:
    x
except E as e:
    y
finally:
    z
"#,
        r#"Module(body=[Try(body=[Expr(value=Name(id='x', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Expr(value=Name(id='y', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=5)], orelse=[], finalbody=[Expr(value=Name(id='z', ctx=Load(), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5), lineno=6, col_offset=4, end_lineno=6, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=5)], type_ignores=[])"#,
    ),
    (
        r#"with open(f) as g, h:
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), args=[Name(id='f', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), optional_vars=Name(id='g', ctx=Store(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)), withitem(context_expr=Name(id='h', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"#,
    ),
    (
        r#"x = [i * 2 for i in y if i]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=ListComp(elt=BinOp(left=Name(id='i', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), op=Mult(), right=Constant(value=2, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=5, end_lineno=1, end_col_offset=10), generators=[comprehension(target=Name(id='i', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), ifs=[Name(id='i', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=27), lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)], type_ignores=[])"#,
    ),
    (
        r#"d = {k: v for k, v in x}
"#,
        r#"Module(body=[Assign(targets=[Name(id='d', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='v', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='v', ctx=Store(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18)], ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=18), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), ifs=[], is_async=0)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], type_ignores=[])"#,
    ),
    (
        r#"s = 'a' 'b'
"#,
        r#"Module(body=[Assign(targets=[Name(id='s', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value='ab', lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"#,
    ),
    (
        r#"t = a, b
"#,
        r#"Module(body=[Assign(targets=[Name(id='t', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
    ),
    (
        r#"u = (a, b)
"#,
        r#"Module(body=[Assign(targets=[Name(id='u', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
    ),
    (
        r#"lambda x: x + 1
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], kwonlyargs=[], kw_defaults=[], defaults=[]), body=BinOp(left=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), op=Add(), right=Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
    ),
    (
        r#"a if b else c
"#,
        r#"Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"#,
    ),
    (
        r#"x = f(
    a,
    b,
)
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='a', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), Name(id='b', ctx=Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)], keywords=[], lineno=1, col_offset=4, end_lineno=4, end_col_offset=1), lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)], type_ignores=[])"#,
    ),
    (
        r#"import a.b as c
from .d import e as f, g
"#,
        r#"Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=7, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), ImportFrom(module='d', names=[alias(name='e', asname='f', lineno=2, col_offset=15, end_lineno=2, end_col_offset=21), alias(name='g', lineno=2, col_offset=23, end_lineno=2, end_col_offset=24)], level=1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=24)], type_ignores=[])"#,
    ),
    (
        r#"assert x, 'msg'
"#,
        r#"Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='msg', lineno=1, col_offset=10, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
    ),
    (
        r#"del a[0], b.c
"#,
        r#"Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Constant(value=0, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), Attribute(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), attr='c', ctx=Del(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], type_ignores=[])"#,
    ),
    (
        r#"x += 1
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], type_ignores=[])"#,
    ),
    (
        r#"x: int = 5
"#,
        r#"Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=5, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"#,
    ),
    (
        r#"not a and b or c
"#,
        r#"Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Name(id='c', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"#,
    ),
    (
        r#"a < b < c
"#,
        r#"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), Lt()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"#,
    ),
    (
        r#"f(x for x in y)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
    ),
    (
        r#"x = a[1:2, ::3]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), upper=Constant(value=2, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=6, end_lineno=1, end_col_offset=9), Slice(step=Constant(value=3, lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=14), ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"#,
    ),
    (
        r#"async def f():
    await g()
"#,
        r#"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Await(value=Call(func=Name(id='g', ctx=Load(), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), args=[], keywords=[], lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13)], decorator_list=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=13)], type_ignores=[])"#,
    ),
    (
        r#"raise E('x') from None
"#,
        r#"Module(body=[Raise(exc=Call(func=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), args=[Constant(value='x', lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], keywords=[], lineno=1, col_offset=6, end_lineno=1, end_col_offset=12), cause=Constant(value=None, lineno=1, col_offset=18, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"#,
    ),
    (
        r#"é = 'ü' + ñ
"#,
        r#"Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=BinOp(left=Constant(value='ü', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), op=Add(), right=Name(id='ñ', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=14), lineno=1, col_offset=5, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)], type_ignores=[])"#,
    ),
    (
        r#"x = f'{a}b{c!r}'
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), Constant(value='b', lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), conversion=114, lineno=1, col_offset=4, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"#,
    ),
    (
        r#"while (n := f()) > 0:
    n -= 1
"#,
        r#"Module(body=[While(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), args=[], keywords=[], lineno=1, col_offset=12, end_lineno=1, end_col_offset=15), lineno=1, col_offset=7, end_lineno=1, end_col_offset=15), ops=[Gt()], comparators=[Constant(value=0, lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=20), body=[AugAssign(target=Name(id='n', ctx=Store(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), op=Sub(), value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=4, end_lineno=2, end_col_offset=10)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=10)], type_ignores=[])"#,
    ),
    (
        r#"global g
"#,
        r#"Module(body=[Global(names=['g'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], type_ignores=[])"#,
    ),
    (
        r#"(yield)
"#,
        r#"Module(body=[Expr(value=Yield(lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"#,
    ),
    (
        r#"x = {**a, 'b': 1}
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Dict(keys=[None, Constant(value='b', lineno=1, col_offset=10, end_lineno=1, end_col_offset=13)], values=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)], type_ignores=[])"#,
    ),
    (
        r#"print(*args, sep='')
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Starred(value=Name(id='args', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=11)], keywords=[keyword(arg='sep', value=Constant(value='', lineno=1, col_offset=17, end_lineno=1, end_col_offset=19), lineno=1, col_offset=13, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"#,
    ),
];
