# python2
# Python 2: an operand whose function never returns (it always raises, here after a try whose
# finally runs): the operands before it run, nothing of its node after it.


class Fail(Exception):
    pass


def boom(tag):
    try:
        print "boom", tag
        raise Fail(tag)
    finally:
        print "finally", tag
    return "never"


def tr(tag, v):
    print "tr", tag
    return v


def attempt(k):
    v = "start"
    try:
        if k == 0:
            v = (boom("title").title())[:24]
        elif k == 1:
            v = boom("index")[0]
        elif k == 2:
            print tr("printed", "1"), boom("printed")
        elif k == 3:
            print {tr("key", "1"): boom("value")}
        elif k == 4:
            v = "%s|%s" % (tr("formatted", "a"), boom("format").upper())
    except Fail as e:
        print "caught", k, e
    print v


def entry_point(argv):
    for k in range(5):
        attempt(k)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
