def entry_point(argv):
    if argv[0] < 3:
        print("small")
    return 0


def target(*args):
    return entry_point, None
