# bytearray mutators, item/slice assignment, in-place operators, constructors.
def show(f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(repr(r))

ba = bytearray(b"abc")
show(lambda: ba.append(300))
show(lambda: ba.append("a"))
show(lambda: ba.append(True))
show(lambda: ba.extend(b"de"))
show(lambda: ba.extend("xy"))
show(lambda: ba.extend(5))
show(lambda: ba.extend([1, 256]))
show(lambda: ba.extend(range(65, 68)))
show(lambda: ba.extend(x for x in [70, 71]))
print(ba)
show(lambda: ba.insert(100, 90))
show(lambda: ba.insert(-100, 89))
show(lambda: ba.insert(1, 256))
print(ba)
show(lambda: (ba.pop(), ba.pop(0), ba.pop(-2)))
show(lambda: ba.pop(100))
show(lambda: ba.remove(ord("b")))
show(lambda: ba.remove(ord("q")))
print(ba)
c = ba.copy(); c.reverse()
print(ba, c, c is ba)
ba[0] = 0x41; ba[-1] = 0x5a
print(ba)
show(lambda: ba.__setitem__(100, 1))
show(lambda: ba.__setitem__("x", 1))
show(lambda: ba.__setitem__(0, "x"))
show(lambda: ba.__setitem__(slice(0, 1), 5))
show(lambda: ba.__setitem__(slice(0, 1), "s"))
show(lambda: ba.__setitem__(slice(0, 4, 2), b"xyz"))
ba[1:3] = [1, 2, 3, 4]
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[1]
del ba[-2:]
print(ba)
ba[5:2] = b"QQ"
print(ba)
ba.__delitem__(0)
ba.__setitem__(0, 66)
print(ba)
x = ba
x += b"++"
x *= 2
print(ba, x is ba)
show(lambda: ba.__iadd__(5))
ba2 = bytearray(b"ab")
ba2 += bytes(ba2)
print(ba2)
ba2[0:2] = ba2
print(ba2)
ba2 *= 0
print(ba2, len(ba2))
show(lambda: bytearray(b"x").__imul__("a"))
class Sub(bytearray):
    pass
s = Sub(b"hello")
s += b"!"
print(s, type(s).__name__, type(s.upper()).__name__, s.find(b"l"), s[1:3])
show(lambda: bytearray([1, 2, 256]))
show(lambda: bytearray(-1))
show(lambda: bytearray("abc"))
show(lambda: bytearray(b"x", "utf-8"))
show(lambda: bytes([1, "a"]))
show(lambda: bytearray(b"abc").hex())
show(lambda: bytearray(b"a b").split())
show(lambda: bytearray(b"abc") == b"abc")
show(lambda: bytearray(b"abc").__alloc__() >= 4)
show(lambda: hash(bytearray()))
show(lambda: b"abc".__bytes__())
show(lambda: b"abc".__getnewargs__())
show(lambda: (bytearray(b"a") * 3, 2 * bytearray(b"ab")))
show(lambda: bytearray(b"x").clear())
