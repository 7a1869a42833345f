def entry_point(argv):
    print("%d items" % argv[0])
    return 0


def target(*args):
    return entry_point, None
