//! Sources and the `ast.dump()` CPython 3.11 gives for them (generated once with
//! `ast.dump(ast.parse(src))`; `kind='u'` removed since the AST does not keep it).

pub const CASES: &[(&str, &str)] = &[
    (
        r#"x = 1
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#,
    ),
    (
        r#"a = b = c
"#,
        r#"Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a, b = b, a
"#,
        r#"Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Tuple(elts=[Name(id='b', ctx=Load()), Name(id='a', ctx=Load())], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"[a, *b] = c
"#,
        r#"Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"(a, b), c = d
"#,
        r#"Module(body=[Assign(targets=[Tuple(elts=[Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"*a, b = c
"#,
        r#"Module(body=[Assign(targets=[Tuple(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x: int = 5
"#,
        r#"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[])"#,
    ),
    (
        r#"x: int
"#,
        r#"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=1)], type_ignores=[])"#,
    ),
    (
        r#"(x): int = 1
"#,
        r#"Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"#,
    ),
    (
        r#"self.x: int = 1
"#,
        r#"Module(body=[AnnAssign(target=Attribute(value=Name(id='self', ctx=Load()), attr='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=1), simple=0)], type_ignores=[])"#,
    ),
    (
        r#"a[0] += 1
"#,
        r#"Module(body=[AugAssign(target=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[])"#,
    ),
    (
        r#"x **= 2
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])"#,
    ),
    (
        r#"x //= 3; y >>= 1; z <<= 2; w @= m
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='y', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='z', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='w', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x //= 3; y >>= 1; z <<= 2; w @= m
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='y', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='z', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='w', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x //= 3; y >>= 1; z <<= 2; w @= m
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='y', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='z', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='w', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x //= 3; y >>= 1; z <<= 2; w @= m
"#,
        r#"Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=FloorDiv(), value=Constant(value=3)), AugAssign(target=Name(id='y', ctx=Store()), op=RShift(), value=Constant(value=1)), AugAssign(target=Name(id='z', ctx=Store()), op=LShift(), value=Constant(value=2)), AugAssign(target=Name(id='w', ctx=Store()), op=MatMult(), value=Name(id='m', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"del a, b[0], c.d
"#,
        r#"Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[])"#,
    ),
    (
        r#"del (a, b)
"#,
        r#"Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[])"#,
    ),
    (
        r#"global a, b
"#,
        r#"Module(body=[Global(names=['a', 'b'])], type_ignores=[])"#,
    ),
    (
        r#"def f():
    nonlocal x
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
"#,
        r#"Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='c', ctx=Load()), body=[Pass()], orelse=[Pass()])])])], type_ignores=[])"#,
    ),
    (
        r#"while x:
    break
else:
    continue
"#,
        r#"Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"#,
    ),
    (
        r#"for x, y in z:
    pass
else:
    pass
"#,
        r#"Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store()), Name(id='y', ctx=Store())], ctx=Store()), iter=Name(id='z', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"for x in *a, *b:
    pass
"#,
        r#"Module(body=[For(target=Name(id='x', ctx=Store()), iter=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"async def f():
    async for x in y:
        await z
    async with a as b, c:
        pass
    return [x async for x in y]
"#,
        r#"Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()]), Return(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass
"#,
        r#"Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"try:
    pass
finally:
    pass
"#,
        r#"Module(body=[Try(body=[Pass()], handlers=[], orelse=[], finalbody=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"try:
    pass
except* E:
    pass
"#,
        r#"Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[])"#,
    ),
    (
        r#"raise
"#,
        r#"Module(body=[Raise()], type_ignores=[])"#,
    ),
    (
        r#"raise X
"#,
        r#"Module(body=[Raise(exc=Name(id='X', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"raise X from Y
"#,
        r#"Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"with a as b, c as d:
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"with (a as b, c):
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"with (a, b):
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"with (a, b) as c:
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"with (a):
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"with (open(x)) as f, (open(y)) as g:
    pass
"#,
        r#"Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='y', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[])"#,
    ),
    (
        r#"def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    return a
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), defaults=[Constant(value=1), Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='int', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"def f(a, /, b): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(*, a): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(a: int, *b: str, c: 'x' = 1, **d: float): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg=arg(arg='b', annotation=Name(id='str', ctx=Load())), kwonlyargs=[arg(arg='c', annotation=Constant(value='x'))], kw_defaults=[Constant(value=1)], kwarg=arg(arg='d', annotation=Name(id='float', ctx=Load())), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(a,): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"class A(B, C, metaclass=M, *args, **kw):
    x = 1
"#,
        r#"Module(body=[ClassDef(name='A', bases=[Name(id='B', ctx=Load()), Name(id='C', ctx=Load()), Starred(value=Name(id='args', ctx=Load()), ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load())), keyword(value=Name(id='kw', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"class A: pass
"#,
        r#"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"class A(): pass
"#,
        r#"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"lambda: 0
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))], type_ignores=[])"#,
    ),
    (
        r#"lambda x, y=1, *a, z, w=2, **k: x
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x'), arg(arg='y')], vararg=arg(arg='a'), kwonlyargs=[arg(arg='z'), arg(arg='w')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Name(id='x', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"lambda *, a: a
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[arg(arg='a')], kw_defaults=[None], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"lambda a, /, b: a
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='a', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"lambda x,: x
"#,
        r#"Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"a if b else c
"#,
        r#"Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"a if b else c if d else e
"#,
        r#"Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=IfExp(test=Name(id='d', ctx=Load()), body=Name(id='c', ctx=Load()), orelse=Name(id='e', ctx=Load()))))], type_ignores=[])"#,
    ),
    (
        r#"(x := 1)
"#,
        r#"Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1)))], type_ignores=[])"#,
    ),
    (
        r#"if (n := len(a)) > 10: pass
"#,
        r#"Module(body=[If(test=Compare(left=NamedExpr(target=Name(id='n', ctx=Store()), value=Call(func=Name(id='len', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[])), ops=[Gt()], comparators=[Constant(value=10)]), body=[Pass()], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"while (line := f()): pass
"#,
        r#"Module(body=[While(test=NamedExpr(target=Name(id='line', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[])), body=[Pass()], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"[y := 1, y**2]
"#,
        r#"Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Constant(value=1)), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"f(x := 1)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=1))], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"[x for x in y if x if z for w in x]
"#,
        r#"Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load()), Name(id='z', ctx=Load())], is_async=0), comprehension(target=Name(id='w', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#,
    ),
    (
        r#"{x for x in y}
"#,
        r#"Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#,
    ),
    (
        r#"{k: v for k, v in d.items()}
"#,
        r#"Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Call(func=Attribute(value=Name(id='d', ctx=Load()), attr='items', ctx=Load()), args=[], keywords=[]), ifs=[], is_async=0)]))], type_ignores=[])"#,
    ),
    (
        r#"(x for x in y)
"#,
        r#"Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[])"#,
    ),
    (
        r#"f(x for x in y)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"f(a, *b, c=1, *d, **e, f=2)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load()), Starred(value=Name(id='d', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='e', ctx=Load())), keyword(arg='f', value=Constant(value=2))]))], type_ignores=[])"#,
    ),
    (
        r#"print(*a, sep='')
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[])"#,
    ),
    (
        r#"f(**a, **b)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[keyword(value=Name(id='a', ctx=Load())), keyword(value=Name(id='b', ctx=Load()))]))], type_ignores=[])"#,
    ),
    (
        r#"{**a, 'b': 1, **c}
"#,
        r#"Module(body=[Expr(value=Dict(keys=[None, Constant(value='b'), None], values=[Name(id='a', ctx=Load()), Constant(value=1), Name(id='c', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"{*a, b, *c}
"#,
        r#"Module(body=[Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load()), Starred(value=Name(id='c', ctx=Load()), ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"{}
"#,
        r#"Module(body=[Expr(value=Dict(keys=[], values=[]))], type_ignores=[])"#,
    ),
    (
        r#"{1: 2, 3: 4,}
"#,
        r#"Module(body=[Expr(value=Dict(keys=[Constant(value=1), Constant(value=3)], values=[Constant(value=2), Constant(value=4)]))], type_ignores=[])"#,
    ),
    (
        r#"[1, 2, 3,]
"#,
        r#"Module(body=[Expr(value=List(elts=[Constant(value=1), Constant(value=2), Constant(value=3)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"(1,)
"#,
        r#"Module(body=[Expr(value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"()
"#,
        r#"Module(body=[Expr(value=Tuple(elts=[], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"(1, 2)
"#,
        r#"Module(body=[Expr(value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"...
"#,
        r#"Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[])"#,
    ),
    (
        r#"x = yield
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[])"#,
    ),
    (
        r#"x = yield a, b
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"y = yield from z
"#,
        r#"Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=YieldFrom(value=Name(id='z', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"print((yield))
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Yield()], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"def g():
    yield
    yield x
    await y
"#,
        r#"Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Expr(value=Yield()), Expr(value=Yield(value=Name(id='x', ctx=Load()))), Expr(value=Await(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"import a.b.c as d, e
"#,
        r#"Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')])], type_ignores=[])"#,
    ),
    (
        r#"from . import x
"#,
        r#"Module(body=[ImportFrom(names=[alias(name='x')], level=1)], type_ignores=[])"#,
    ),
    (
        r#"from ..m import (a, b as c,)
"#,
        r#"Module(body=[ImportFrom(module='m', names=[alias(name='a'), alias(name='b', asname='c')], level=2)], type_ignores=[])"#,
    ),
    (
        r#"from ... import y
"#,
        r#"Module(body=[ImportFrom(names=[alias(name='y')], level=3)], type_ignores=[])"#,
    ),
    (
        r#"from .... import z
"#,
        r#"Module(body=[ImportFrom(names=[alias(name='z')], level=4)], type_ignores=[])"#,
    ),
    (
        r#"from m import *
"#,
        r#"Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[])"#,
    ),
    (
        r#"from a.b import c
"#,
        r#"Module(body=[ImportFrom(module='a.b', names=[alias(name='c')], level=0)], type_ignores=[])"#,
    ),
    (
        r#"assert x
"#,
        r#"Module(body=[Assert(test=Name(id='x', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"assert x, "msg"
"#,
        r#"Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='msg'))], type_ignores=[])"#,
    ),
    (
        r#"a[1:2]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[::2]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(step=Constant(value=2)), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[1:2, 3]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Constant(value=3)], ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[:, None]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(), Constant(value=None)], ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[1:2:3]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[x,]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='x', ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[:]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a[i][j].k(l)[m]
"#,
        r#"Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Name(id='i', ctx=Load()), ctx=Load()), slice=Name(id='j', ctx=Load()), ctx=Load()), attr='k', ctx=Load()), args=[Name(id='l', ctx=Load())], keywords=[]), slice=Name(id='m', ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"a < b <= c != d
"#,
        r#"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"a is not b
"#,
        r#"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[IsNot()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"a not in b
"#,
        r#"Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[NotIn()], comparators=[Name(id='b', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"not a == b
"#,
        r#"Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"#,
    ),
    (
        r#"not not a
"#,
        r#"Module(body=[Expr(value=UnaryOp(op=Not(), operand=UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))))], type_ignores=[])"#,
    ),
    (
        r#"a and b and c or d
"#,
        r#"Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]), Name(id='d', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"a or b or c
"#,
        r#"Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[])"#,
    ),
    (
        r#"-2 ** 2
"#,
        r#"Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])"#,
    ),
    (
        r#"2 ** -1
"#,
        r#"Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=1))))], type_ignores=[])"#,
    ),
    (
        r#"~a + -b * +c
"#,
        r#"Module(body=[Expr(value=BinOp(left=UnaryOp(op=Invert(), operand=Name(id='a', ctx=Load())), op=Add(), right=BinOp(left=UnaryOp(op=USub(), operand=Name(id='b', ctx=Load())), op=Mult(), right=UnaryOp(op=UAdd(), operand=Name(id='c', ctx=Load())))))], type_ignores=[])"#,
    ),
    (
        r#"a @ b
"#,
        r#"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=MatMult(), right=Name(id='b', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"a // b % c
"#,
        r#"Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=FloorDiv(), right=Name(id='b', ctx=Load())), op=Mod(), right=Name(id='c', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"a << b >> c
"#,
        r#"Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=LShift(), right=Name(id='b', ctx=Load())), op=RShift(), right=Name(id='c', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"a | b ^ c & d
"#,
        r#"Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=Name(id='d', ctx=Load())))))], type_ignores=[])"#,
    ),
    (
        r#"a + b - c
"#,
        r#"Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Name(id='b', ctx=Load())), op=Sub(), right=Name(id='c', ctx=Load())))], type_ignores=[])"#,
    ),
    (
        r#"await x ** 2 if 0 else 0
"#,
        r#"Module(body=[Expr(value=IfExp(test=Constant(value=0), body=BinOp(left=Await(value=Name(id='x', ctx=Load())), op=Pow(), right=Constant(value=2)), orelse=Constant(value=0)))], type_ignores=[])"#,
    ),
    (
        r#"x = 1; y = 2
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"#,
    ),
    (
        r#"x = 1; y = 2
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=2))], type_ignores=[])"#,
    ),
    (
        r#"if x: y = 1; z = 2
"#,
        r#"Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"x = (1 +
     2)
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))], type_ignores=[])"#,
    ),
    (
        r#"x = ('a'
     'b')
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='ab'))], type_ignores=[])"#,
    ),
    (
        r#"x = 'a' 'b' "c"
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"#,
    ),
    (
        r#"x = b'a' b'b'
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=b'ab'))], type_ignores=[])"#,
    ),
    (
        r#"x = f'{a}' 'b' f'c{d!r:>{w}}'
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='bc'), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"#,
    ),
    (
        r#"f'{x=}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{x = }'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{x=!s}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{x=:>10}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))]))], type_ignores=[])"#,
    ),
    (
        r#"f'{{}} {a["b"]} {c!a}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='{} '), FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), slice=Constant(value='b'), ctx=Load()), conversion=-1), Constant(value=' '), FormattedValue(value=Name(id='c', ctx=Load()), conversion=97)]))], type_ignores=[])"#,
    ),
    (
        r#"rf'\n{x}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{x:{y}.{z}}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))]))], type_ignores=[])"#,
    ),
    (
        r#"f"{'nested'}"
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='nested'), conversion=-1)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{(lambda x: x)(1)}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Call(func=Lambda(args=arguments(posonlyargs=[], args=[arg(arg='x')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='x', ctx=Load())), args=[Constant(value=1)], keywords=[]), conversion=-1)]))], type_ignores=[])"#,
    ),
    (
        r#"f'{a:%Y-%m-%d}'
"#,
        r#"Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='%Y-%m-%d')]))]))], type_ignores=[])"#,
    ),
    (
        r#"x = 0x_ff + 0o17 + 0b101 + 1_000 + 1.5e-3 + 3j + 1.
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000)), op=Add(), right=Constant(value=0.0015)), op=Add(), right=Constant(value=3j)), op=Add(), right=Constant(value=1.0)))], type_ignores=[])"#,
    ),
    (
        r#"x = 123456789012345678901234567890
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=123456789012345678901234567890))], type_ignores=[])"#,
    ),
    (
        r#"x = r'\d' '\n' '\x41' '\u00e9' '\N{BULLET}'
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\\d\nAé•'))], type_ignores=[])"#,
    ),
    (
        r#"x = u'abc'
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='abc'))], type_ignores=[])"#,
    ),
    (
        r#"x = True, False, None
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"if x:
    # comment
    y = 1

    z = 2
"#,
        r#"Module(body=[If(test=Name(id='x', ctx=Load()), body=[Assign(targets=[Name(id='y', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='z', ctx=Store())], value=Constant(value=2))], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"x = [
    1,
    2,
]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"def f(
    a,
    b,
):
    pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"x = a.b.c.d
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Attribute(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load()), attr='d', ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"f()()()
"#,
        r#"Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load()), args=[], keywords=[]), args=[], keywords=[]), args=[], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"a.b[c](d)
"#,
        r#"Module(body=[Expr(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Load()), args=[Name(id='d', ctx=Load())], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"x = not a in b
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[In()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])"#,
    ),
    (
        r#"x = [*a, *b]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=List(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x = (*a, b)
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"for (a, b) in c: pass
"#,
        r#"Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"for [a, b] in c: pass
"#,
        r#"Module(body=[For(target=List(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[])"#,
    ),
    (
        r#"x = a if b else lambda: c
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Name(id='c', ctx=Load()))))], type_ignores=[])"#,
    ),
    (
        r#"t = 1,
"#,
        r#"Module(body=[Assign(targets=[Name(id='t', ctx=Store())], value=Tuple(elts=[Constant(value=1)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"return_ = 1
"#,
        r#"Module(body=[Assign(targets=[Name(id='return_', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#,
    ),
    (
        r#"match = 1
"#,
        r#"Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], type_ignores=[])"#,
    ),
    (
        r#"case = 2
"#,
        r#"Module(body=[Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=2))], type_ignores=[])"#,
    ),
    (
        r#"type = 3
"#,
        r#"Module(body=[Assign(targets=[Name(id='type', ctx=Store())], value=Constant(value=3))], type_ignores=[])"#,
    ),
    (
        r#"_ = 4
"#,
        r#"Module(body=[Assign(targets=[Name(id='_', ctx=Store())], value=Constant(value=4))], type_ignores=[])"#,
    ),
    (
        r#"print(match, case, type, _)
"#,
        r#"Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load()), Name(id='type', ctx=Load()), Name(id='_', ctx=Load())], keywords=[]))], type_ignores=[])"#,
    ),
    (
        r#"x = -1
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=Constant(value=1)))], type_ignores=[])"#,
    ),
    (
        r#"x = 1 if x else 2, 3
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[IfExp(test=Name(id='x', ctx=Load()), body=Constant(value=1), orelse=Constant(value=2)), Constant(value=3)], ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x = [i for i in range(3)][0]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[], is_async=0)]), slice=Constant(value=0), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x = {1, 2}
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Set(elts=[Constant(value=1), Constant(value=2)]))], type_ignores=[])"#,
    ),
    (
        r#"class A:
    def f(self):
        return super().f()
"#,
        r#"Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='self')], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return(value=Call(func=Attribute(value=Call(func=Name(id='super', ctx=Load()), args=[], keywords=[]), attr='f', ctx=Load()), args=[], keywords=[]))], decorator_list=[])], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(*args, **kwargs): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[], vararg=arg(arg='args'), kwonlyargs=[], kw_defaults=[], kwarg=arg(arg='kwargs'), defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"def f(a, b, *, c, d=1): pass
"#,
        r#"Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a'), arg(arg='b')], kwonlyargs=[arg(arg='c'), arg(arg='d')], kw_defaults=[None, Constant(value=1)], defaults=[]), body=[Pass()], decorator_list=[])], type_ignores=[])"#,
    ),
    (
        r#"x = a[b:c, d:e]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Name(id='b', ctx=Load()), upper=Name(id='c', ctx=Load())), Slice(lower=Name(id='d', ctx=Load()), upper=Name(id='e', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
    (
        r#"x = a[b, c:d]
"#,
        r#"Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Name(id='b', ctx=Load()), Slice(lower=Name(id='c', ctx=Load()), upper=Name(id='d', ctx=Load()))], ctx=Load()), ctx=Load()))], type_ignores=[])"#,
    ),
];
