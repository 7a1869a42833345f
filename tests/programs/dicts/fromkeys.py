# dict.fromkeys() in translated code (refused before: "builtin dict has no attribute fromkeys").
import sys
D = dict.fromkeys("ab", 0)
print(D)
words = sys.argv[1:] or ["b", "a", "b", "c"]
seen = dict.fromkeys(words)
print(seen, list(seen), dict.fromkeys(range(3), [0]), dict.fromkeys(w.upper() for w in words))
counts = dict.fromkeys(words, 0)
for w in words:
    counts[w] += 1
print(counts, dict.fromkeys([], 1))
