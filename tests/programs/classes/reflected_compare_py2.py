# python2
# RPython programs (Python 2.7): a comparison whose left operand's class lacks the method calls
# the right operand's reflected one (a < b is b.__gt__(a)); sorted() of instances with only
# __gt__ compares by it.
class Base(object):
    def __init__(self, v):
        self.v = v


class Plain(Base):
    pass


class Ordered(Base):
    def __gt__(self, other):
        print "Ordered.__gt__", self.v
        return self.v > other.v

    def __lt__(self, other):
        print "Ordered.__lt__", self.v
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __ne__(self, other):
        return self.v != other.v


class OnlyGt(object):
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v


def entry_point(argv):
    a = Plain(len(argv))
    b = Ordered(2)
    print a < b, a > b, a == b, a != b, a == a
    items = [OnlyGt(3), OnlyGt(1), OnlyGt(2)]
    print [i.v for i in sorted(items)], min(items).v, max(items).v
    return 0


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
