# `nonlocal` is Python 3 syntax: a program with target() is Python 2.7 (RPython), where it is a
# SyntaxError.
def f():
    x = 1
    def g():
        nonlocal x
        x = 2
    g()
    return x

def entry_point(argv):
    print f()
    return 0

def target(*args):
    return entry_point, None
