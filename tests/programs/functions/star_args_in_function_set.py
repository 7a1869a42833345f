# Functions of *args and functions of fixed parameters in one set (a table of reducers), called
# through it in either order: each gets the call's positional arguments its own way.
def total(*args):
    return sum(args)


def pair(a, b):
    return a * 100 + b


def spread(*args):
    return max(args) - min(args)


REDUCERS = {'total': total, 'pair': pair, 'spread': spread, 'max': max}


def main():
    for f in [total, pair]:
        print(f(3, 4))
    for f in (pair, total, spread):
        print(f(5, 6), f(-2, 9))
    for name in sorted(REDUCERS):
        print(name, REDUCERS[name](7, 12))


main()
