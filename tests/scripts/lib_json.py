# json: dumps/dump, loads/load, hooks, errors, encoder/decoder classes.
import json
import collections

print("--- dumps basics")
for v in [None, True, False, 0, -5, 10**20, 1.5, -0.0, 1e100, 1e-7, 0.1,
          "", "abc", "a\"b\\c", "tab\there\nnl\r\b\f\x01\x1f\x7f",
          [], {}, (), [1, [2, [3]]], (1, "x"), {"a": 1, "b": [None, True]}]:
    print(json.dumps(v))
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(float("-inf")))
print(json.dumps("caf\u00e9 \u20ac \U0001f600"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600", ensure_ascii=False))
print(json.dumps("ctl\x00\x19 \u2028", ensure_ascii=False))

print("--- dict keys")
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": 0}))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

print("--- indent / separators")
data = {"name": "x", "items": [1, 2, {"k": []}], "empty": {}, "t": (1,)}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2]], indent=0))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(",", " = ")))
print(json.dumps([1, 2], indent=None, separators=(";", ":")))

print("--- floats and ints")
class MyInt(int):
    def __repr__(self):
        return "MyInt!"
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
print(json.dumps([MyInt(3), MyFloat(2.5), 3.0, 123456789.125, 1/3]))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", type(e).__name__)

print("--- default / errors")
class Thing:
    pass
try:
    json.dumps(Thing())
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
print(json.dumps(Thing(), default=lambda o: "<thing>"))

class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)
print(json.dumps({"a": {5, 4}, "c": 1+2j}, cls=SetEncoder))
print(SetEncoder(sort_keys=True).encode({"z": frozenset([2]), "a": 0}))
try:
    SetEncoder().encode(Thing())
except TypeError as e:
    print("TypeError:", e)
print(json.JSONEncoder().encode("plain"), json.JSONEncoder(indent=2).encode([1]))
print("".join(json.JSONEncoder().iterencode({"a": [1, 2]})))

lst = [1]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)

print("--- loads basics")
for s in ['null', 'true', 'false', '0', '-0', '12', '-3', '1.5', '-1.5e3',
          '1E2', '2e-2', '1e+2', '123456789012345678901234567890',
          '"abc"', '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"',
          '"\\ud83d\\ude00"', '[]', '{}',
          ' [ 1 , 2 , [ 3 , { } ] ] ', '{"a": {"b": [true, false, null]}}',
          '\n\t\r {"k" : "v"} \n', '"caf\u00e9"', 'NaN', 'Infinity',
          '-Infinity', '[-Infinity, 0]', '{"a": 1, "a": 2}']:
    v = json.loads(s)
    print(repr(s), "->", repr(v), type(v).__name__)
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'[3]')))
print(json.loads('"\u00e9"'.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf[7]'))

print("--- hooks")
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list,
                 object_hook=lambda d: "ignored"))
print(json.loads('[1.5, 2, 1e3]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -7]', parse_int=lambda s: "I" + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "C" + s))
print(json.loads('[1.25]', parse_float=float))
print(json.loads('"a\tb"', strict=False), repr(json.loads('"x\ny"', strict=False)))

print("--- errors")
bad = ['', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": 1,}',
       '{1: 2}', "{'a': 1}", '{"a": }', '"abc', '"a\\', '"\\x"', '"\\u12"',
       '"\\u12zz"', '"\\ud800\\uzzzz"', '"tab\there"', '[1] x', '01', '-',
       '1.', '.5', '+1', 'nul', 'True', '[1,\n 2,\n x]', '{"a":\n\n  [1, }',
       '\ufeff[1]', 'null null', '1e', '[1e5x]', '"\x00"']
for s in bad:
    try:
        json.loads(s)
        print(repr(s), "parsed?!")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads("[")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e.args)

print("--- decoder class")
dec = json.JSONDecoder()
print(dec.decode(' {"x": [1]} '))
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('xx"s" rest', 2))
try:
    dec.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))

print("--- dump / load with files")
class Buf:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def getvalue(self):
        return "".join(self.parts)
    def read(self):
        return self.getvalue()
buf = Buf()
json.dump({"x": [1, 2.5, None], "y": "z"}, buf, indent=2, sort_keys=True)
print(buf.getvalue())
print(json.load(buf))
buf = Buf()
json.dump([1, "two"], buf)
print(buf.getvalue())
with open("_tmp_lib_json.json", "w") as f:
    json.dump({"k": ["\u00e9", 1]}, f, ensure_ascii=False)
with open("_tmp_lib_json.json") as f:
    print(json.load(f))
import os
os.remove("_tmp_lib_json.json")

print("--- round trips")
values = [{"a": [1, 2.5, "s", None, True, False, {"n": {}}]},
          [[], [[]], {"": ""}], "\u0000\u001f\"\\/\u00ff\uffff\U00010000",
          -1.0e-300, 2**64, [1e16, 1.7976931348623157e308]]
for v in values:
    for kw in ({}, {"indent": 3}, {"ensure_ascii": False},
               {"separators": (",", ":"), "sort_keys": True}):
        text = json.dumps(v, **kw)
        assert json.loads(text) == v, (v, kw, text)
print("round trips ok")
print(json.dumps(json.loads('{"u": "\\u00e9\\ud83d\\ude00"}')))
