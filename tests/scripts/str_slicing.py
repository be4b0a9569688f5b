# String indexing, slicing (incl. negative steps), iteration, comparison, repetition.
s = "Hello, World!"
print(s[0], s[-1], s[7], s[-6], len(s))
print(s[0:5], s[7:], s[:5], s[-6:], s[:-1], s[:], s[3:3], s[10:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1], s[5:0:-1], s[5::-1], s[:5:-1])
print(s[100:], s[-100:3], s[2:100], s[-3:-1], s[-1:-3], repr(s[20:30]))
print(s[::3], s[1:10:4], s[10:1:-3], s[-2::-4], s[len(s):0:-1])
for i in range(-3, 3):
    print(i, s[i:], s[:i], end=" | ")
print()
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[slice(2, 8, 2)], s[slice(None, None, -1)], s[slice(3)], slice(1, 10, 2).indices(5))
print([c for c in "abc"], list(enumerate("xy")), [c * 2 for c in "hey"])
print("abc" < "abd" < "b", "a" * 3 == "aaa", "Apple" < "apple", "apple" > "Apple" > "APPLE")
print("abc" == "abc", "abc" != "ABC", "abc".lower() == "ABC".lower(), "a" < "aa" < "ab" < "b")
print(sorted(["pear", "Peach", "apple", "apple pie", "Apple", "banana", "10", "9"]))
u = "日本語のテキスト"
print(u[1], u[2:5], u[::-1], u[-2:], len(u), u.find("テ"))
def is_palindrome(t):
    clean = "".join(c.lower() for c in t if c.isalnum())
    return clean == clean[::-1]
print([is_palindrome(t) for t in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?", ""]])
rot13 = "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello world")
print(rot13)
word = "mississippi"
print(sorted(set(word)), {c: word.count(c) for c in sorted(set(word))})
print(word[::-1].upper()[1:4], word.upper()[::-1][1:4])
acc = ""
for ch in reversed("stressed"):
    acc += ch
print(acc)
print(str.__getitem__("abc", -1), "abc"[True], "xyz"[-True])
print("abcdef"[1:-1][::-1][1:], "0123456789"[::3], "0123456789"[-1::-3], "0123456789"[8:2:-2])
