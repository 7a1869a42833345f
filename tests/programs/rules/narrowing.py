# python2
# Tests narrow the locals they test, as RPython's annotator does: isinstance (one class or a
# tuple), type(x) is C, x is None / is not None, truth, not, and/or chains, assert, early
# return or raise, while loops, conditional expressions; what a path knows survives merges.
class Root(object):
    pass


class Num(Root):
    def __init__(self, n):
        self.num = n

    def double(self):
        return self.num * 2


class Str(Root):
    def __init__(self, s):
        self.val = s

    def shout(self):
        return self.val.upper()


class Link(object):
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def describe(w):
    if isinstance(w, Num):
        return "num %d" % w.double()
    elif type(w) is Str:
        return "str " + w.shout()
    return "?"


def both(a, b):
    if isinstance(a, Num) and isinstance(b, Num) and a.double() > 0:
        return a.double() + b.double()
    return -1


def first_num(a, b):
    if not isinstance(a, Num) or not isinstance(b, Num):
        return 0
    return a.num + b.num


def checked(w):
    assert isinstance(w, Str)
    return w.shout()


def make(n):
    if n > 2:
        return Str("s")
    return Num(n)


def merged(n):
    sup = None
    if n > 1:
        sup = make(n)
        if not isinstance(sup, Num):
            raise ValueError
    if sup is not None:
        return sup.double()
    return 0


def total(link):
    s = 0
    while link is not None:
        s += link.v
        link = link.nxt
    return s


def maybe(link):
    return link.v if link is not None else -1


def size(w):
    return w.double() if isinstance(w, Num) else len(w.shout()) if isinstance(w, Str) else 0


def entry_point(argv):
    n = len(argv)
    items = [Num(3), Str("ab"), Num(n)]
    for w in items:
        print describe(w), size(w)
    print both(items[0], items[2]), both(items[1], items[0]), first_num(items[0], items[2]), first_num(items[0], items[1])
    print checked(items[1])
    try:
        print merged(1), merged(2)
        print merged(3)
    except ValueError:
        print "ValueError"
    chain = Link(1, Link(2, Link(n, None)))
    print total(chain), maybe(chain), maybe(None)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
