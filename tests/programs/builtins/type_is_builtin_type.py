# type(x) is T against builtin types: decided by the types (type(n) is str was True for an int:
# both sides printed as 0 once the evaluation order put type(n) in a temporary), and type() of a
# Python 3 range object is the builtin range.
def kind(x):
    return type(x).__name__


def check(n, s, xs, d, f):
    print(type(n) is int, type(n) is str, type(n) is not float, type(n) is list)
    print(type(s) is str, type(s) is int, type(xs) is list, type(xs) is dict, type(d) is dict)
    print(type(f) is float, type(f) is int, len is len, len is max, max is not min)
    r = range(n)
    print(type(r) is range, type(r) is not range, type(r) is list, kind(r), kind(range(2, 9, 3)))
    t = type(r)
    print(t is range, t(4), list(t(1, 4)), isinstance(r, range))


check(3, "s", [1], {1: 2}, 2.5)
