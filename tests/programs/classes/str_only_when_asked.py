# python2
# __str__/__repr__ are annotated only for classes whose instances the program turns into strings
# (RPython annotates a method only where it is called): an unused __str__ may be unannotatable.
class A(object):
    def __init__(self):
        self.x = 1

    def __str__(self):          # never called
        return "A(%s)" % self.missing


class B(object):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "B<%d>" % self.v


class C(B):
    pass


def entry_point(argv):
    print A().x
    items = [B(1), C(2)]
    print items, "%s" % items[1], str(items[0])
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
