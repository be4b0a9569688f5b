# Linked list and binary search tree classes with generator-based iteration.
class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, nxt=None):
            self.value = value
            self.next = nxt
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in iterable:
            self.append(v)
    def append(self, value):
        node = self._Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def prepend(self, value):
        self.head = self._Node(value, self.head)
        self.size += 1
    def remove(self, value):
        prev, cur = None, self.head
        while cur:
            if cur.value == value:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        raise ValueError(f"{value!r} not in list")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "(empty)"
ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(0)
print(ll, len(ll), list(ll), 4 in ll, sum(ll))
ll.remove(1)
print(ll)
ll.reverse()
print(ll, max(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(LinkedList(), LinkedList("ab"))
class BST:
    class Node:
        def __init__(self, key, value):
            self.key, self.value = key, value
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def insert(self, key, value=None):
        def _insert(node):
            if node is None:
                self.count += 1
                return BST.Node(key, value)
            if key < node.key:
                node.left = _insert(node.left)
            elif key > node.key:
                node.right = _insert(node.right)
            else:
                node.value = value
            return node
        self.root = _insert(self.root)
    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)
    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            yield node.key
            if node.right:
                stack.append(node.right)
            if node.left:
                stack.append(node.left)
    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]
    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))
    def __iter__(self):
        return self.inorder()
    def __len__(self):
        return self.count
    def min(self):
        node = self.root
        while node.left:
            node = node.left
        return node.key
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    tree.insert(k, str(k))
print(list(tree), len(tree), tree.height(), tree.min())
print(list(tree.preorder()))
print(list(tree.levels()))
print(35 in tree, 36 in tree, [k for k in tree if k % 20 == 0])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words), list(words.levels())[:3])
def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
print(list(merge_sorted(tree, LinkedList([1, 33, 99]))))
class Stack:
    def __init__(self):
        self._items = LinkedList()
    def push(self, v):
        self._items.prepend(v)
    def pop(self):
        if not self._items.head:
            raise IndexError("pop from empty stack")
        v = self._items.head.value
        self._items.head = self._items.head.next
        self._items.size -= 1
        return v
    def __bool__(self):
        return self._items.size > 0
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s
print([balanced(t) for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]])
