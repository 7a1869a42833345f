# A keyword argument that only a **kwargs parameter could take: the message names the fix.
def configure(**options):
    return 0


def entry_point(argv):
    print(configure(verbose=True))
    return 0


def target(*args):
    return entry_point, None
