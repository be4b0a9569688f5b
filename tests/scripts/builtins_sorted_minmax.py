# sorted/min/max with key/default/multiple arguments, stability.
print(sorted([5, 2, 8, 1]), sorted("hello"), sorted((3, 1, 2), reverse=True), sorted({3: 0, 1: 0}), sorted([]))
words = ["kiwi", "Fig", "apple", "date", "Banana", "cherry", "elder"]
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: w[-1]))
records = [("amy", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1]))
print(sorted([[2, "b"], [1, "z"], [2, "a"]]), sorted([(1, 2), (1,), (0, 5, 5)]))
print(sorted([3.5, -1, 2, True, 0.0]), sorted([-0.0, 0, 0.0, -0]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a", "c"), max([1, 5], [2], [1, 9]))
print(min(words, key=len), max(words, key=len), min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
print(min([], default="empty"), max([], default=None), min([7], default=0), max(iter([3, 9, 2])))
print(max([1, 3, 3, 2], key=lambda x: x), max(["a", "bb", "cc", "d"], key=len), min(["bb", "a", "c"], key=len))
print(max(-5, 4, key=abs), min(-5, 4, key=abs), max({"x": 3, "y": 9, "z": 1}, key={"x": 3, "y": 9, "z": 1}.get))
for bad in [lambda: min([]), lambda: max(5), lambda: min(1, 2, default=0), lambda: sorted([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"
    def __lt__(self, other):
        return self.price < other.price
items = [Item("a", 3), Item("b", 1), Item("c", 2), Item("d", 1)]
print(sorted(items), min(items), max(items), sorted(items, key=lambda i: i.name, reverse=True))
nums = [5, 3, 9, 1]
s = sorted(nums)
print(s, nums, s is nums)
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted("The Quick Brown Fox".split(), key=str.lower), sorted(map(abs, [-3, 2, -1])))
print(sorted({"b": 2, "a": 1}.items(), key=lambda kv: kv[1], reverse=True))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: (x - 4.5) ** 2))
print(sorted([1, 2, 3, 4, 5, 6], key=lambda x: x % 2 == 0), sorted("aAbBcC", key=str.upper))
print(max((1, "b"), (1, "a")), min([[3], [1, 2], [1]]), max("apple", "pear", key=len))
