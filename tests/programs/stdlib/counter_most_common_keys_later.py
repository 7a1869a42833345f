# most_common() annotated before the Counter has a key type (its keys come from a generator
# annotated later): the result list took the keys of no type, and the C++ did not compile.
from collections import Counter


def gen():
    for w in "a b a c".split():
        yield 1, w


def main():
    counts = Counter()
    for n, w in gen():
        counts[w] += 1
    for w, c in counts.most_common(2):
        print(w, c)
    print(counts.most_common())


main()
