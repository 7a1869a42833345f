# Python's TypeError message for an operand that is None, per operation: `**` names pow() (the
# in-place form keeps `**=` in Python 3), a list or str times None asks for an int, a tuple plus None
# asks for a tuple.


def find(xs, v):
    for i, x in enumerate(xs):
        if x == v:
            return i
    return None


def pair(n):
    if n > 0:
        return (n, n)
    return None


def attempt(k, x, t):
    try:
        if k == 0:
            print(2 ** x)
        elif k == 1:
            print(x ** 2)
        elif k == 2:
            y = 3
            y **= x
            print(y)
        elif k == 3:
            print([1, 2] * x)
        elif k == 4:
            print(x * "ab")
        elif k == 6:
            print((0,) + t)
        elif k == 7:
            print(t + (0,))
        elif k == 9:
            print(x * 3)
    except TypeError as e:
        print("TypeError:", e)


for k in range(10):
    attempt(k, find([1, 2], 9), pair(0))
    attempt(k, find([1, 2], 2), pair(2))
