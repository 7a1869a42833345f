# `global x` where x is a parameter: a SyntaxError in Python 2 and 3.
total = 0


def add(total, n):
    global total
    return total + n


def entry_point(argv):
    print(add(1, 2))
    return 0


def target(*args):
    return entry_point, None
