# Python 2 orders None before every number; rpy does not order a value that may be None in a
# Python 2 program (an RPython program), and says how to write it.
def find(items, x):
    for i in range(len(items)):
        if items[i] == x:
            return i
    return None


def entry_point(argv):
    i = find(argv, "x")
    if i < 3:
        print "small"
    return 0


def target(*args):
    return entry_point, None
