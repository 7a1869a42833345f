# python2
# Reads in code no path reaches (after a finally that always returns, in a branch a constant
# test rules out, in the else clause of `while True`, after a for loop whose else clause
# always raises and which has no break): Python never runs them and RPython's flow
# space never builds them; rpy refused them as "read before any assignment" (a differential
# campaign's finding, seed 1501).
DEBUG = False

def f(n):
    v = n + 1
    try:
        if n > 100:
            v = 3
            raise ValueError
    finally:
        if True:
            return 7
    print v
    w = v + 1
    return w

def g(n):
    if DEBUG:
        print u
        u = 3
    while True:
        if n > 3:
            return n
        n += 1
    else:
        print q
    print z
    z = 1
    return z

def h(n):
    v = n
    if n > 100:
        for x in xrange(n):
            pass
        else:
            raise KeyError(n)
        w = v + 1  # no break: nothing after the loop runs
        return w
    return v


def entry_point(argv):
    print f(len(argv)), g(len(argv)), h(len(argv))
    return 0

def target(*args):
    return entry_point, None

if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
