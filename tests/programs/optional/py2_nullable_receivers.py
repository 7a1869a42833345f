# python2
# Python 2's messages for methods of a list, str or dict that may be None (AttributeError, looked
# up before the arguments run) and for iterating one (TypeError).


def mk(n):
    if n > 0:
        return "a b c"
    return None


def ml(n):
    if n > 0:
        return [3, 1, 2]
    return None


def md(n):
    if n > 0:
        return {1: 2, 5: 6}
    return None


def arg(tag):
    print "arg", tag
    return 1


class Holder(object):
    def __init__(self, n):
        self.items = ml(n)


def attempt(i, n):
    s = mk(n)
    xs = ml(n)
    d = md(n)
    h = Holder(n)
    try:
        if i == 0:
            print s.upper()
        elif i == 1:
            xs.append(arg("append"))
            print xs
        elif i == 2:
            print d.get(arg("get"), arg("default"))
        elif i == 3:
            print xs.pop()
        elif i == 4:
            for x in xs:
                print x
        elif i == 5:
            print [x * 2 for x in xs]
        elif i == 6:
            print list(xs), sorted(xs)
        elif i == 7:
            a, b, c = xs
            print a, b, c
        elif i == 8:
            for ch in s:
                print ch
        elif i == 9:
            h.items.insert(0, arg("insert"))
            print h.items
        elif i == 10:
            print zip([7, 8], xs)
        elif i == 11:
            print list(reversed(xs))
        elif i == 12:
            print [str(x) for x in xs]
        elif i == 13:
            print d.keys()
        elif i == 14:
            words = s.split() if n > 0 else None
            print "-".join(words)
        elif i == 15:
            ys = [0]
            ys.extend(xs)
            print ys
    except (AttributeError, TypeError), e:
        print type(e).__name__, e


def entry_point(argv):
    for i in range(16):
        attempt(i, 1)
        attempt(i, 0)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
