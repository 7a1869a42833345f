# `del x` unbinds a local: a later read that a path from the del reaches is refused (Python raises
# UnboundLocalError there; RPython's flow space refuses it).
def f(n):
    x = n
    if n > 1:
        del x
    return x


def entry_point(argv):
    print(f(len(argv)))
    return 0


def target(*args):
    return entry_point, None
