# Values of different numeric kinds (bool, int, float) merged in every position keep their own
# kind: str/repr/print show 0 or 0.0, True or 1, as the interpreter does.
import sys


class Point:
    def __init__(self, x):
        self.x = x


def pick(flag):
    if flag:
        return 1
    return 2.0


def show(v):
    return "<%s>" % (v,)


def avg(xs):
    s = 0
    for v in xs:
        s += v
    return s


def main():
    c = len(sys.argv) > 5
    # a variable
    x = 0
    if c:
        x = 1.5
    y = True
    if c:
        y = 5
    print(x, y, str(x), repr(y))
    print(avg([]), avg([1.5, 2.0]), avg([1, 2]))
    # list items, dict values and keys
    print([1, 2.5], [True, 2], [x, y])
    d = {"a": float("inf")}
    d["b"] = 3
    print(d, {1: False, 2: 3})
    keys = {1: "one"}
    keys[2.5] = "two and a half"
    keys[True] = "true"  # the same key as 1
    keys[2.0] = "two"
    print(keys, keys[1.0], 2 in keys, len(keys))
    # attributes
    ps = [Point(1), Point(2.5), Point(False)]
    print([p.x for p in ps])
    # return values and arguments
    print(pick(True), pick(False), show(3), show(3.25), show(True))
    # tuple items
    t = (1, "a") if not c else (1.5, "b")
    u = (2.5, "c")
    for pair in [t, u]:
        print(pair, pair[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
