# string: constants, capwords, Template, Formatter
import string
from string import Template, Formatter


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(repr(string.ascii_letters), repr(string.ascii_lowercase), repr(string.ascii_uppercase))
print(repr(string.digits), repr(string.hexdigits), repr(string.octdigits))
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords('hello   world  foo'), string.capwords(' a-b c_d '), string.capwords('x-y-z', '-'), repr(string.capwords('')))

print("--- Template")
t = Template('$who likes $what')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'), t.template)
print(Template('${noun}ification costs $$5 ${x}y $x_1').substitute(noun='Gas', x='X', x_1='one'))
print(Template('$a$b$$$c').substitute(a=1, b=2, c=3), Template('').substitute(), Template('no placeholders').substitute())
attempt(lambda: Template('$who likes $what').substitute(who='tim'))
attempt(lambda: Template('Give $who $100').substitute(who='tim'))
attempt(lambda: Template('line1\nline2 $').substitute())
attempt(lambda: Template('${who').substitute(who=1))
attempt(lambda: Template('${ who}').substitute(who=1))
attempt(lambda: Template('$\u00e9t\u00e9').substitute())
print(Template('$who likes $what').safe_substitute(who='tim'))
print(Template('Give $who $100 ${x ${y} $').safe_substitute(who='tim', y='Y'))
print(Template('$a ${b} $$ $c $a').get_identifiers(), Template('$a $1').is_valid(), Template('$a ${b}').is_valid())
print(Template('$X and $x').substitute(X='upper', x='lower'), Template('$_private').substitute(_private=1))
print(Template('$a.$b-$c!').substitute(a='A', b='B', c='C'), Template('$number%').substitute(number=50))


class PercentTemplate(Template):
    delimiter = '%'


print(PercentTemplate('%who owes %%%amount').substitute(who='Bob', amount=12), PercentTemplate('$x %x').substitute(x=1))


class DoubleDelim(Template):
    delimiter = '@@'


print(DoubleDelim('@@name @@@@ @@{name}s').substitute(name='N'))
attempt(lambda: PercentTemplate('100% sure').substitute())
print(PercentTemplate('100% sure').safe_substitute())

print("--- Formatter")
f = Formatter()
print(f.format('{} and {}', 'a', 'b'), f.format('{1}{0}', 'x', 'y'), f.format('{name}!', name='hi'))
print(f.format('{0:>8}|{0:<8}|{0:^8}', 'mid'), f.format('{:.3f} {:,} {:#x} {:08.2e}', 3.14159, 1234567, 255, 0.000123))
print(f.format('{0!r} {0!s} {0!a}', 'é'), f.format('{a.real} {b[1]} {c[key]}', a=3 + 4j, b=[7, 8], c={'key': 'v'}))
print(f.format('{0:{1}}', 42, '>6'), f.format('{:{}}', 'x', '^5'), f.format('{0:{w}.{p}f}', 3.14159, w=10, p=2))
print(f.format('{{literal}} {}', 1), f.vformat('{0}-{x}', (1,), {'x': 2}))
print(list(f.parse('a{0}b{x!r:>5}c{{d}}')), list(f.parse('')), list(f.parse('{}{}')))
print(list(f.parse('{0:{1:{2}}}')), list(f.parse('{a[}]}')), list(f.parse('{0!s:}')))
print(f.get_field('a.b', (), {'a': type('X', (), {'b': 5})}), f.get_field('0[1]', ([1, 2],), {}))
attempt(lambda: f.format('{} {1}', 1, 2))
attempt(lambda: f.format('{0} {}', 1, 2))
attempt(lambda: f.format('{0!x}', 1))
attempt(lambda: f.format('{', 1))
attempt(lambda: f.format('}', 1))
attempt(lambda: f.format('{0', 1))
attempt(lambda: f.format('{0!rx}', 1))
attempt(lambda: f.format('{0:{1:{2:{3}}}}', 1, 2, 3, 4))
attempt(lambda: f.format('{a.}', a=1))
attempt(lambda: f.format('{a[0}', a=[1]))
attempt(lambda: f.format('{x}', y=1))
attempt(lambda: f.format('{5}', 1))
attempt(lambda: list(f.parse('{0:{')))
attempt(lambda: list(f.parse('{a{b}')))


class UpperFormatter(Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s?>' % key
        return super().get_value(key, args, kwargs)


print(UpperFormatter().format('{greeting}, {name}! {0:>4}', 'ok', greeting='hello'))


class StrictFormatter(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        if unused:
            raise ValueError('unused: %s' % sorted(unused))


attempt(lambda: StrictFormatter().format('{a}', a=1, b=2))
print(StrictFormatter().format('{a}{0}', 'z', a=1))
