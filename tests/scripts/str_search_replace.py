# str find/rfind/index/rindex/count/startswith/endswith/replace/in.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 5, 10), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind("dog"), s.rfind(""), s.find("at", -10), s.rfind("at", -20, -5))
print(s.index("cat"), s.rindex("at"), s.index("t", 3), s.rindex("t", 0, 10))
for f in [lambda: s.index("dog"), lambda: s.rindex("zz"), lambda: "abc".index("c", 0, 2)]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(s.count("the"), s.count("at"), s.count("at", 10), s.count("at", 5, 15), s.count(""), "aaaa".count("aa"), "".count(""))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.startswith("the", 1))
print(s.endswith("hat"), s.endswith("mat", 0, 22), s.endswith(("cat", "hat")), s.endswith(""), "".startswith(""))
print(s.startswith("cat", 4, 6), s.endswith("the", -11, -4), "abc".startswith(("x", "y")))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("at", ""), s.replace("xyz", "!"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "bb", -1), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("mississippi".replace("ss", "SS"), "mississippi".replace("issi", "X"), "ababab".replace("aba", "X"))
print("cat" in s, "dog" in s, "" in s, "the cat" in s, "THE" in s, "THE".lower() in s)
print("hello".find("l"), "hello".rfind("l"), "hello".index("lo"), "日本語テキスト".find("テ"))
pos = []
i = s.find("at")
while i != -1:
    pos.append(i)
    i = s.find("at", i + 1)
print(pos)
print("a-b-c".replace("-", ""), "tabs\tand\tspaces".replace("\t", "    "), "x".replace("x", "xx").replace("x", "yx"))
print("%s" % "abc".find("c", -1), "abc".find("a", -1), "abc"[-1:].find("c"))
