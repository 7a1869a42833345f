# dict.fromkeys in a Python 2 program: refused by name (Python 2 presizes the table for a dict or
# set argument, which changes its order; RPython has no fromkeys either).
def entry_point(argv):
    d = dict.fromkeys(argv, 0)
    print len(d)
    return 0


def target(*args):
    return entry_point, None
