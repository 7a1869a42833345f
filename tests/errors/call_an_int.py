def entry_point(argv):
    n = len(argv)
    print(n(1))
    return 0


def target(*args):
    return entry_point, None
