# types: SimpleNamespace, type aliases for builtin object types, new_class
import types
import sys
from types import SimpleNamespace


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


ns = SimpleNamespace(a=1, b='two')
print(ns, ns.a, ns.b, repr(SimpleNamespace()))
ns.c = [3]
del ns.a
print(ns, vars(ns), ns == SimpleNamespace(b='two', c=[3]), ns != SimpleNamespace())
attempt(lambda: SimpleNamespace(1))
print(hasattr(ns, 'missing'), SimpleNamespace.__hash__)
ns.self = ns
print(ns)


class Sub(SimpleNamespace):
    pass


print(Sub(x=1), Sub(x=1) == SimpleNamespace(x=1))


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass


print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), types.FunctionType is types.LambdaType)
print(isinstance(gen(), types.GeneratorType), isinstance(f, types.GeneratorType))
print(isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance([].append, types.BuiltinMethodType), isinstance(sys, types.ModuleType), types.NoneType is type(None))
print(types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented), isinstance(type.__dict__, types.MappingProxyType))
print(isinstance(f.__code__, types.CodeType))
m = types.ModuleType('mymod', 'doc here')
m.x = 5
print(m.__name__, m.__doc__, m.x, type(m).__name__)
bound = types.MethodType(lambda self, y: (type(self).__name__, y), C())
print(bound(7))
print(types.FunctionType.__name__, types.GeneratorType.__name__, types.MethodType.__name__, types.ModuleType.__name__)


def body(ns):
    ns['greet'] = lambda self: 'hi from ' + type(self).__name__


Dyn = types.new_class('Dyn', (C,), exec_body=body)
print(Dyn.__name__, Dyn().greet(), issubclass(Dyn, C), Dyn.__bases__ == (C,))
print(types.prepare_class('X', (int,))[0], types.resolve_bases((int, str)))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(sorted(n for n in ['SimpleNamespace', 'FunctionType', 'new_class'] if n in dir(types)))
