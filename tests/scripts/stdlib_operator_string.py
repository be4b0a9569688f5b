# operator and string modules.
import operator as op
import string
print(op.add(2, 3), op.sub(5, 8), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([]), op.truth([0]), op.index(7), op.inv(5))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2), op.is_(None, None), op.is_not(1, None))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(256, 4), op.concat("ab", "cd"))
print(op.contains([1, 2], 2), op.contains("abc", "z"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([10, 20, 30], 1), op.getitem({"k": "v"}, "k"), op.getitem("hello", slice(1, 3)))
lst = [1, 2, 3]
op.setitem(lst, 0, 99)
op.delitem(lst, 1)
print(lst)
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(get1(rows[0]), get02(rows[0]), sorted(rows, key=get1), sorted(rows, key=op.itemgetter(0)), op.itemgetter("k")({"k": 1}))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self if age > 100 else None
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"
people = [P("Zed", 30), P("Amy", 25), P("Bob", 35)]
print([p.name for p in sorted(people, key=op.attrgetter("age"))], op.attrgetter("name", "age")(people[0]))
print(op.attrgetter("inner.name")(P("Old", 101)), op.methodcaller("greet", "Hi")(people[1]), op.methodcaller("greet", "Yo", punct="?")(people[2]))
print(list(map(op.methodcaller("upper"), ["a", "b"])), list(map(op.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(op.add, range(10)), reduce(op.mul, range(1, 8)), reduce(op.or_, [1, 2, 4, 8]))
x = [1]
x = op.iadd(x, [2])
print(x, op.iadd(5, 3), op.imul("ab", 2))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wonderful world"), string.capwords("a-b c-d", "-"), string.capwords(" lead and trail "))
t = string.Template("$who likes $what, ${who}s friend pays $$5")
print(t.substitute(who="Tim", what="kung pao"), t.substitute({"who": "Ann", "what": "tea"}))
print(t.safe_substitute(who="Only"), string.Template("$a$b").substitute(a=1, b=2))
try:
    t.substitute(who="Missing what")
except KeyError as e:
    print("KeyError:", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError:", e)
alphabet = string.ascii_lowercase
shift = 3
table = str.maketrans(alphabet, alphabet[shift:] + alphabet[:shift])
print("hello world".translate(table))
print(all(c in string.printable for c in "Hello!"), [c for c in "a1!B " if c in string.punctuation])
print("".join(sorted(set(string.hexdigits.lower()))))
