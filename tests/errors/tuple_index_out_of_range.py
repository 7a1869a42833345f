def entry_point(argv):
    pair = (len(argv), "x")
    print(pair[2])
    return 0


def target(*args):
    return entry_point, None
