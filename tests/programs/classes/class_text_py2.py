# python2
# Python 2.7: str() of a classic class is module.Name, of a new-style one <class 'module.Name'>;
# print of class values, "%s" %, and a value holding one of several classes.


class Old:
    pass


class New(object):
    pass


class Newer(New):
    pass


def pick(n):
    if n:
        return New
    return Newer


def entry_point(argv):
    print Old, New
    print str(Old), repr(New), str(Newer)
    print "%s %r %s" % (Old, New, pick(len(argv)))
    print type(Newer()), pick(0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
