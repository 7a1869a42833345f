# Starred assignment targets (Python 3): the starred name takes a list of the items left over,
# from tuples (known lengths) and lists (checked when the program runs), in for loops too.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def split_first(items):
    first, *rest = items
    return first, rest


def split_last(items):
    *init, last = items
    return init, last


def middle(items):
    a, *mid, z = items
    return a, mid, z


def main():
    t = (1, 2, 3, 4)
    a, *b = t
    print(a, b)
    *c, d = t
    print(c, d)
    e, *f, g = t
    print(e, f, g)
    h, i, *j, k = (5, 6, 7)
    print(h, i, j, k)
    print(split_first([10, 20, 30]), split_first([7]))
    print(split_last([1.5, 2.5]), split_last([0.5]))
    print(middle([1, 2]), middle(list(range(6))))
    s1, *s2 = "abcde".split("c")
    print(s1, s2)
    pts = [Point(1, 2), Point(3, 4), Point(5, 6)]
    head, *tail = pts
    print(head.x, [p.y for p in tail])
    rows = [[1, 2, 3], [4, 5, 6, 7], [8, 9]]
    for first, *others in rows:
        print(first, others, sum(others))
    [m, *n] = "xyz".split("y")
    print(m, n)
    for bad in ([], [1]):
        try:
            x, *y, z = bad
            print("unpacked", x, y, z)
        except ValueError as err:
            print("ValueError:", err)
    try:
        p, q = [1, 2, 3]
        print(p, q)
    except ValueError as err:
        print("ValueError:", err)
    try:
        p, q, r = [1, 2]
        print(p, q, r)
    except ValueError as err:
        print("ValueError:", err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
