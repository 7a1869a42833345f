# --gc=gen, instances turned into text (docs/GC.md, "Instances as text"): print(), str(), repr(),
# '%', str.format() and f-strings call each instance's __str__ or __repr__, generated code that
# allocates (here: instances, lists, strings) while the other operands wait, young, to be
# converted next. Also id(), hash(), bool(), getattr()/setattr() on instances, object.__init__,
# and calls of function values with instances. Under RPY_GC_STRESS=1/2 and the small nurseries
# (programs/gc_gen_stress), an operand left unrooted is read after it moved.


class Digit(object):
    def __init__(self, d):
        self.d = d

    def text(self):
        return "0123456789"[self.d]


class Num(object):
    def __init__(self, n):
        self.n = n

    def __str__(self):
        # allocates an instance per digit, and a list of them
        digits = [Digit(int(c)) for c in str(abs(self.n))]
        s = "".join([d.text() for d in digits])
        return "-" + s if self.n < 0 else s

    def __repr__(self):
        return "Num(" + str(self) + ")"


class Vec(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        parts = [Num(self.x), Num(self.y)]
        return "Vec(%s, %s)" % (parts[0], parts[1])


class Plain(object):
    def __init__(self, tag):
        self.tag = tag
        self.peer = None


class Sized(object):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


class Base(object):
    def describe(self):
        return "base"


class Leaf(Base):
    def __init__(self, v):
        Base.__init__(self)
        self.v = v


def shout(v):
    return Vec(v.x * 10, v.y * 10)


def whisper(v):
    return Vec(v.x // 2, v.y // 2)


def main():
    a = Vec(12, -345)
    print(a, Vec(6, 7), Num(-80), "and", Vec(1, 2))
    print(str(Vec(3, 4)), repr(Vec(5, 6)), str(Num(901)))
    print("%s | %r | %s" % (Vec(8, 9), Vec(10, 11), Num(12)))
    print("one: %s" % Vec(13, 14))
    print("{} {} {}".format(Vec(15, 16), Num(17), Vec(18, 19)))
    print("{0}-{1!r}-{0}".format(Num(20), Vec(21, 22)))
    b = Vec(23, 24)
    print(f"{a} {b!r} {Vec(25, 26)} {Num(-27)}")

    # lists and tuples of instances: each item's __repr__ allocates while the rest waits
    vs = [Vec(i, i * i) for i in range(5)]
    print(vs)
    print(str(vs), len(repr(vs)))
    print((a, b), (Num(1), "x", 2))
    rows = [[Vec(1, 1), Vec(2, 2)], [], [Vec(3, 3)]]
    print(rows, "%s" % (vs[1:3],))
    pairs = [(Num(i), Vec(i, -i)) for i in range(3)]
    print(pairs)

    # identity, truth, attributes
    p = Plain("p")
    q = Plain("q")
    ident = id(p)
    h = hash(q)
    junk = [Vec(i, i) for i in range(50)]  # collections: p and q move
    print(id(p) == ident, hash(q) == h, id(p) != id(q), len(junk))
    print(repr(p) == repr(p), str(q) == repr(q))
    print(bool(Sized([1])), bool(Sized([])), not Sized([]), bool(p))
    setattr(p, "peer", q)
    setattr(q, "tag", "q2")
    churn = [Plain(str(i)) for i in range(40)]
    print(getattr(p, "peer").tag, getattr(getattr(p, "peer"), "tag"), len(churn))
    print(Leaf(4).v, Leaf(5).describe())

    # function values given instances, returning instances
    f = shout
    if len(vs) > 10:
        f = whisper
    print(f(a), f(Vec(2, 3)))
    fs = [shout, whisper]
    print([g(Vec(4, 8)) for g in fs])
    return 0


if __name__ == '__main__':
    main()
