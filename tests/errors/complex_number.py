def entry_point(argv):
    z = 3 + 4j
    print(abs(z))
    return 0


def target(*args):
    return entry_point, None
