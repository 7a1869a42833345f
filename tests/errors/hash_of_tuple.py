# hash() of a tuple is refused by code generation; rpy check reports it too.
def entry_point(argv):
    key = (len(argv), 7)
    print(hash(key))
    return 0


def target(*args):
    return entry_point, None
