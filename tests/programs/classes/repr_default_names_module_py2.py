# python2
# Python 2: an instance of a new-style class without __repr__ is <__main__.C object at 0x...>,
# of a classic class <__main__.C instance at 0x...>.


class New(object):
    def __init__(self, x):
        self.x = x


class Classic:
    def __init__(self, x):
        self.x = x


def head(s):
    return s.split(" at 0x")[0]


def entry_point(argv):
    print head(repr(New(1))), head(str(New(2))), head("%s" % New(3))
    print head(repr(Classic(1))), head("%r" % Classic(2))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
