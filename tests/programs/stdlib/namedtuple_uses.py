# namedtuple instances as % arguments, *args, zip(*...), dict values; isinstance() with subclasses.
from collections import namedtuple

Point = namedtuple("Point", "x y")
Other = namedtuple("Other", "x y")


def area(w, h):
    return w * h


def main():
    p = Point(3, 4)
    print("%d-%d" % p, "{}:{}".format(*p), f"{p.x:>4}|", area(*p))
    ps = [Point(i, i * 2) for i in range(4)]
    print(sum(q.y for q in ps), [q.x for q in ps if q.y > 2])
    total = Point(0, 0)
    for q in ps:
        total = Point(total.x + q.x, total.y + q.y)
    print(total, total < Point(7, 0), sorted(ps, reverse=True)[:2])
    d = {q.x: q for q in ps}
    print(d[2], list(d.values())[-1])
    xs, ys = zip(*ps)
    print(xs, ys)


main()
def main2():
    p = Point(1, 2)
    print(isinstance(p, Point), isinstance(p, tuple), isinstance(p, Other))



main2()


class Sub(namedtuple("Base", "a b")):
    __slots__ = ()


def more():
    s = Sub(1, 2)
    print(isinstance(s, Sub), isinstance(s, (Point, tuple)), isinstance(s, Point))
    if isinstance(s, Sub):
        print("sub", s.a)


more()
