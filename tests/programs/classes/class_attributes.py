from __future__ import print_function
import os, sys


class Base(object):
    kind = "base"
    limit = 10
    tags = ["shared"]

    def describe(self):
        return self.kind + "/" + str(self.limit)


class Child(Base):
    kind = "child"


class Other(Base):
    limit = 99

    def __init__(self):
        self.kind = "instance-level"


def entry_point(argv):
    b = Base()
    c = Child()
    o = Other()
    print(b.describe(), c.describe(), o.describe())
    print(Base.kind, Child.kind, Other.kind, Child.limit)
    Base.tags.append("more")
    print(c.tags, Other.tags)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
