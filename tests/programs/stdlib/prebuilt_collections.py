# Module-level Counter and defaultdict objects used (and changed) by translated functions.
from collections import Counter, defaultdict

COUNTS = Counter()
SEEN = Counter("hello")
BY_LEN = defaultdict(list)
TOTALS = defaultdict(int)
TOTALS["start"] = 5
NAMES = defaultdict(str)


def bump(w):
    COUNTS[w] += 1
    BY_LEN[len(w)].append(w)
    TOTALS[w[0]] += len(w)


def main():
    for w in "a bb a ccc bb a".split():
        bump(w)
    print(COUNTS, COUNTS.most_common(1), COUNTS["zz"], len(COUNTS))
    print(SEEN, SEEN["l"], SEEN.total())
    SEEN.update("world")
    print(SEEN.most_common(2))
    print(BY_LEN, BY_LEN[4], len(BY_LEN))
    print(TOTALS, sorted(TOTALS.items()))
    NAMES[1] += "x"
    print(NAMES, NAMES[2] == "")


main()
