SQUARES = [x * x for x in range(4)]
yield SQUARES


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
