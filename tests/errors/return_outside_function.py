# Python rejects `return` outside a function when it compiles the module.
class Config(object):
    size = 3
    return size


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
