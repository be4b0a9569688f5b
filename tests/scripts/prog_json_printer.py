# A hand-written JSON-like serializer / pretty printer and a tiny parser (no json module).
def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch) if ord(ch) <= 0xFFFF else "?")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dumps(obj, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end_pad = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, (int, float)):
        if isinstance(obj, float) and obj != obj:
            return "NaN"
        return repr(obj)
    if isinstance(obj, str):
        return escape(obj)
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1) for v in obj) + end_pad + "]"
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = (pad + escape(str(k)) + ": " + dumps(v, indent, level + 1) for k, v in obj.items())
        return "{" + sep.join(items) + end_pad + "}"
    raise TypeError(f"Object of type {type(obj).__name__} is not serializable")
class ParseError(Exception):
    pass
def loads(text):
    pos = 0
    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise ParseError("unexpected end")
        ch = text[pos]
        if ch == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = value()
                skip()
                if text[pos] != ":":
                    raise ParseError(f"expected ':' at {pos}")
                pos += 1
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or '}}' at {pos}")
        if ch == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return result
                else:
                    raise ParseError(f"expected ',' or ']' at {pos}")
        if ch == '"':
            pos += 1
            buf = []
            while text[pos] != '"':
                if text[pos] == "\\":
                    pos += 1
                    esc = text[pos]
                    if esc == "u":
                        buf.append(chr(int(text[pos + 1:pos + 5], 16)))
                        pos += 4
                    else:
                        buf.append({"n": "\n", "t": "\t"}.get(esc, esc))
                else:
                    buf.append(text[pos])
                pos += 1
            pos += 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        if not num:
            raise ParseError(f"unexpected character {ch!r} at {pos}")
        return float(num) if any(c in num for c in ".eE") else int(num)
    result = value()
    skip()
    if pos != len(text):
        raise ParseError(f"trailing data at {pos}")
    return result
doc = {
    "name": "Pyrite",
    "version": [0, 1, 0],
    "stable": False,
    "license": None,
    "ratio": 0.75,
    "big": 2 ** 70,
    "tags": ["interpreter", "rust", "python"],
    "quote": 'He said "hi"\n\tand left \\ é ☃',
    "nested": {"empty_list": [], "empty_dict": {}, "deep": {"a": [1, {"b": [True, None]}]}},
    1: "int key",
}
compact = dumps(doc)
print(compact)
pretty = dumps(doc, indent=2)
print(pretty)
round_trip = loads(pretty)
print(round_trip == {str(k): v for k, v in doc.items()}, round_trip["quote"] == doc["quote"], round_trip["big"])
print(loads(' [1, -2.5, 3e2, "x", {"k": [ ]}, true, null] '))
for bad in ['{"a" 1}', "[1, 2", "[1 2]", "@", '{"a": 1} extra']:
    try:
        loads(bad)
    except (ParseError, IndexError) as e:
        print(type(e).__name__, "for", repr(bad) + ":", e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(dumps([float("nan"), 1e100, -0.0, 10 ** 20, "tab\there"]))
