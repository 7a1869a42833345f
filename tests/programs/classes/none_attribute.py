# python2
# check-traceback
# Reading or writing an attribute, or calling a method, through a value that is None raises
# AttributeError (catchable; uncaught, a traceback and exit status 1).
class Node(object):
    def __init__(self, nxt, val):
        self.nxt = nxt
        self.val = val

    def value(self):
        return self.val


def walk(n, steps):
    for i in range(steps):
        n = n.nxt
    return n


def entry_point(argv):
    chain = Node(Node(Node(None, 2), 1), 0)
    for steps in range(5):
        try:
            print steps, walk(chain, steps).val
        except AttributeError as e:
            print steps, "AttributeError:", e
    try:
        walk(chain, 3).val = 5
    except AttributeError as e:
        print "set:", e
    try:
        print walk(chain, 3).value()
    except AttributeError as e:
        print "call:", e
    n = walk(chain, len(argv))
    if n is not None:
        print "narrowed", n.val
    print walk(chain, 4).val
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
