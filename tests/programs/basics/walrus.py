# Assignment expressions (PEP 572) in a Python 3 script: while/if tests, narrowing of an
# Optional result, comprehensions binding in the enclosing scope, call arguments, module level.
import re

PAT = re.compile(r"(\w+)=(\d+)")


class Stream:
    def __init__(self, items):
        self.items = items
        self.pos = 0

    def peek(self):
        return self.items[self.pos] if self.pos < len(self.items) else None

    def next(self):
        self.pos += 1
        return self.items[self.pos - 1]


def product_terms(s):
    total = 1
    while (t := s.peek()) is not None and t != "+":
        s.next()
        total *= int(t)
    return total, t


def parse(lines):
    out = {}
    for line in lines:
        if (m := PAT.match(line)) is not None:
            out[m.group(1)] = int(m.group(2))
        elif (n := len(line)) > 3:
            print("long junk", n, line)
        else:
            print("junk", repr(line), n)
    return out


def f(x):
    return x * x - 10


def scan():
    ys = [y for x in range(6) if (y := f(x)) > 0]
    print(ys, "last y:", y)
    pairs = {x: (sq := x * x) for x in range(4)}
    print(pairs, sq)
    total = sum(last := v for v in [3, 1, 4])
    print(total, last)
    k = 0
    while (k := k + 3) < 10:
        print("k", k)
    print("after", k)


COUNT = 0


def bump():
    global COUNT
    if (COUNT := COUNT + 1) > 1:
        return "again"
    return "first"


def first_word(words):
    if any((hit := w).startswith("b") for w in words):
        return hit
    return None


def main():
    print(product_terms(Stream(["2", "3", "4", "+", "5"])))
    print(product_terms(Stream(["7"])))
    print(parse(["a=1", "bb=22", "zz", "whatever"]))
    scan()
    print(bump(), bump(), COUNT)
    print(first_word(["ant", "bee", "cat"]), first_word(["x"]))
    print(n := 5, n + 1)
    data = [1, 2, 3, 4]
    if (size := len(data)) > 3:
        print(f"{size} items, mean {sum(data) / size}")
    print([(z := i) * 2 for i in range(3)], z)


top = [w for w in ["x", "yy", "zzz"] if (width := len(w)) > 1]
print(top, width)
main()


def build_table():
    rows = [(i, sq) for i in range(5) if (sq := i * i) % 2 == 0]
    return rows, sq


TABLE = build_table()
print("table", TABLE)
if (m0 := re.match(r"(\d+)", "42abc")) is not None:
    print("module match", m0.group(1))
