# A tuple display holding a call that always raises, compared with a tuple of unknown length: the
# item never has a value (typed impossible, nullptr in C++) and the comparison's conversion of it
# did not compile (a differential finding, CI batch ci1 program 78).
def boom(n):
    raise ValueError('no %d' % n)


def f(xs):
    t = tuple(xs)
    try:
        return (boom(len(xs)), 1, 2) < t
    except ValueError as e:
        print('caught', e)
        return False


print(f([1, 2, 3]))
