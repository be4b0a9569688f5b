# Word frequency counter over a multi-line text, with sorted and formatted output.
TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.
We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way."""
def tokenize(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)
words = list(tokenize(TEXT))
print("total words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
width = max(len(w) for w, _ in top)
for rank, (w, n) in enumerate(top, 1):
    print(f"{rank:>2}. {w:<{width}} {n:>3} {'#' * n}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
lines = TEXT.splitlines()
print("lines:", len(lines), "longest line:", max(range(len(lines)), key=lambda i: len(lines[i])) + 1)
print("avg word length: %.3f" % (sum(map(len, words)) / len(words)))
first_seen = {}
for i, w in enumerate(words):
    first_seen.setdefault(w, i)
print("first 8 distinct words in order:", list(first_seen)[:8])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common_letters = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("most common letters:", [(c, letters[c]) for c in common_letters])
print("words appearing once:", sorted(w for w, n in freq.items() if n == 1)[:12])
pairs = {}
for a, b in zip(words, words[1:]):
    pairs[(a, b)] = pairs.get((a, b), 0) + 1
print("top bigrams:", sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
capitalized = sorted({w.strip(".,;") for w in TEXT.split() if w[0].isupper()})
print("capitalized:", capitalized)
def histogram(counts, bins):
    hist = [0] * len(bins)
    for n in counts:
        for i, (lo, hi) in enumerate(bins):
            if lo <= n <= hi:
                hist[i] += 1
    return hist
print(histogram(freq.values(), [(1, 1), (2, 3), (4, 9), (10, 100)]))
