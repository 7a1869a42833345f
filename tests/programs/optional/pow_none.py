# pow() and ** with a number that may be None, also in place: each dialect's TypeError message
# (pow() of one was refused).
from __future__ import print_function


def maybe(n):
    if n > 0:
        return n
    return None


def lst(n):
    if n > 0:
        return n
    return None


def run(n):
    v = maybe(n)
    for k in range(8):
        x = 2
        y = [1]
        f = 1.5
        try:
            if k == 0:
                print(2 ** v)
            elif k == 1:
                print(v ** 2)
            elif k == 2:
                x **= v
                print(x)
            elif k == 3:
                y *= v
                print(y)
            elif k == 4:
                print(pow(2, v))
            elif k == 5:
                f **= v
                print(f)
            elif k == 6:
                x += v
                print(x)
            elif k == 7:
                x //= v
                print(x)
        except TypeError as e:
            print(k, "TypeError", e)


run(2)
run(0)
print(pow(maybe(3), 2), pow(2.0, maybe(2)))
