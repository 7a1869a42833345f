# An argument that never has a value (a call that always raises, the items of a list nothing is
# stored in) makes a builtin call, an operator or a unary operator unreachable, as in RPython's
# annotator: min()/max() of it are accepted, and the call raises the argument's exception.


def never():
    raise ValueError('never')


def never_float():
    if True:
        raise KeyError('k')
    return 1.5


class Box(object):
    def __init__(self, v):
        self.v = v


def f(n, k):
    try:
        if k == 0:
            x = ~never()
            print(x)
        elif k == 1:
            print(-never() + n)
        elif k == 2:
            print(never() < n, [1, 2][never()], n * never())
        elif k == 3:
            print((n, never()))
        elif k == 4:
            print(str(never()), len(never()), '%d' % never())
        elif k == 5:
            print(max(n, never()), min([1, 2][n % 2], never()), abs(never()))
        elif k == 6:
            print(min(max(never(), 0), 50))
        elif k == 7:
            print(Box(never()).v)
        elif k == 8:
            print(-never_float())
        elif k == 9:
            for c in [n for j in [1, 2] if 2 == 9]:
                print(max(c, -8), min(c, 3, n), len(c))
            print('empty')
    except ValueError as e:
        print('ValueError', e)
    except KeyError as e:
        print('KeyError', e)


if __name__ == '__main__':
    for k in range(10):
        f(3, k)
