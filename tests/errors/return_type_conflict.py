def describe(n):
    if n > 1:
        return n
    return "none"


def entry_point(argv):
    print(describe(len(argv)))
    return 0


def target(*args):
    return entry_point, None
