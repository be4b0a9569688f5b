# f-string pieces without a format spec take fast paths (exact str, small int); everything
# else must still go through format() and __format__ exactly as before.
for n in [0, -0, 7, -5, 10, 99, 100, -100, 12345, 2**31, -2**31, 2**63 - 1, -2**63, 2**70, -2**70]:
    print(f"{n}|{n!s}|{n!r}|{n:>8}")


class I(int):
    def __format__(self, spec):
        return "I<" + spec + ">"


class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"


class R:
    def __format__(self, spec):
        return 42


print(f"{I(3)}|{I(3):x}|{S('a')}|{S('a')!s}|{True}|{False:d}|{1.5}|{1e16}|{-0.0}|{None}")
print(f"{'plain'}|{'x' * 3}|{'é'}{'ü'}|{''}|{'' + ''}")
s = f"{'ab'}{'é'}{3}"
print(s, len(s), s == "abé3", hash(s) == hash("abé3"))
try:
    f"{R()}"
except TypeError as e:
    print("TypeError:", e)
parts = [f"{w}-{i % 97}" for i, w in enumerate("the quick brown fox".split() * 30)]
print(len(set(parts)), parts[:5], parts[-1])
