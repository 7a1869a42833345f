# A bytearray item is an int (RPython stores chr(v)): a str is refused.
def entry_point(argv):
    b = bytearray(4)
    b[0] = argv[0]
    return 0


def target(*args):
    return entry_point, None
