# `except (A, B), e` gives e the classes' common base; where that base is a builtin exception
# class and only A and B define the attribute read, RPython moves the attribute to the base; rpy
# cannot add fields to a builtin exception's struct, so it says so (it used to emit C++ that did
# not compile).
class AError(Exception):
    def __init__(self, msg):
        self.msg = msg


class BError(Exception):
    def __init__(self, msg):
        self.msg = msg


def pick(n):
    if n > 1:
        raise AError("big")
    if n < 0:
        raise BError("neg")
    return n


def entry_point(argv):
    for n in [0, 5, -1]:
        try:
            print pick(n)
        except (AError, BError), e:
            print "err", e.msg
    return 0


def target(*args):
    return entry_point, None
