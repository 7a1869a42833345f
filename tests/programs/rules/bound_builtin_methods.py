# Bound methods of lists, dicts and strs kept in locals and in fields, then called (the
# benchmarks' `ins = perm.insert` idiom): RPython accepts them; the value is the receiver.
from __future__ import print_function


class Buffer(object):
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def text(self):
        return "".join(self.parts)


def rotate(n):
    perm = list(range(n))
    ins = perm.insert
    pop = perm.pop
    for i in range(n - 1):
        ins(i + 1, pop(0))
    return perm


def count_words(words):
    seen = {}
    get = seen.get
    for w in words:
        seen[w] = get(w, 0) + 1
    return seen


def entry_point(argv):
    print(rotate(5))
    b = Buffer()
    for s in ["a", "bc", "d"]:
        b.write(s)
    print(b.text())
    counts = count_words(["x", "y", "x"])
    print(counts["x"], counts["y"])
    up = "MiXed".lower
    print(up())
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
