def entry_point(argv):
    print("{} and {}".format(argv[0]))
    return 0


def target(*args):
    return entry_point, None
