# python2
# Unrelated classes meeting (a list of both, a class set, a conditional): their common base is
# object, as in Python; RPython refuses ("no common base class"), rpy accepts with Python's meaning.
import sys


class Num(object):
    def __init__(self, v):
        self.v = v

    def show(self):
        return "num %d" % self.v

    def __str__(self):
        return "Num(%d)" % self.v


class Text:
    def __init__(self, v):
        self.s = v

    def show(self):
        return "text " + self.s


class Tag(Text):
    def show(self):
        return "tag <" + self.s + ">"


def make(cls, arg):
    return cls(arg)


def entry_point(argv):
    items = [Num(3), Text("hi"), Tag("b")]
    for it in items:
        print it.show(), isinstance(it, Text), it.__class__.__name__
    classes = [Text, Tag]
    for k in classes:
        print k.__name__, make(k, "z").show()
    x = items[0] if len(argv) > 3 else items[1]
    print x.show()
    y = Num(5) if len(argv) < 3 else Text("no")
    print y.show(), str(items[0])
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
