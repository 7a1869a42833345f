# itertools.cycle, pairwise and combinations_with_replacement in translated code (refused before:
# "builtin ... is not supported in translated code"), and pairwise at import time (was missing).
import itertools
from itertools import cycle, pairwise, combinations_with_replacement as cwr

PAIRS = list(pairwise("abcd"))
CW = list(cwr([1, 2, 3], 2))
print(PAIRS, CW, list(itertools.islice(cycle("xy"), 5)))
c = cycle([1.5, 0.5, 2.0])
print([next(c) for _ in range(7)])
print(list(pairwise([1, 2, 3, 4])), list(pairwise([9])))
print(list(cwr("ab", 3)), list(cwr(range(3), 1)), len(list(cwr(range(4), 4))))
print(list(cwr(range(3), 0)), list(itertools.islice(cycle([]), 3)))
total = 0
for a, b in pairwise(x * x for x in range(6)):
    total += b - a
print(total, [p for p in cwr("xyz", 2) if p[0] != p[1]])
