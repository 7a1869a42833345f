def entry_point(argv):
    print(len(len(argv)))
    return 0


def target(*args):
    return entry_point, None
