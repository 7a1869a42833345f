# Split graphs (one per kind of an argument) reached through function values, method families,
# generators, keyword arguments and closures.


def fmt(x):
    return "[%s]" % (x,)


def gen_twice(x):
    yield x
    yield x


class Base:
    def take(self, v):
        return "base " + str(v)


class Child(Base):
    def take(self, v):
        return "child " + str(v) + "!"


class Box:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "Box(%d)" % self.n


def make_tagger(tag):
    def tagger(v):
        return tag + "=" + str(v)

    return tagger


def main():
    funcs = [fmt, str]
    for f in funcs:
        print(f(3), f("s"))
    g = fmt
    print(g(Box(1)), g(2.5))
    objs = [Base(), Child()]
    for o in objs:
        print(o.take(1), o.take("x"), o.take(Box(2)))
    print(list(gen_twice(1)), list(gen_twice("a")), [str(b) for b in gen_twice(Box(3))])
    t = make_tagger("k")
    print(t(1), t("one"), t(Box(4)))
    print(fmt(x=7), fmt(x="kw"))
    print(sorted([3, 1, 2], key=fmt), sorted(["b", "a"], key=fmt))


main()
