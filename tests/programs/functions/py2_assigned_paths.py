# python2
# Locals that RPython's flow space finds assigned on every path to their reads: none of these is
# refused (assigned in every branch, before `while True:` loops that exit only by break or return,
# in every handler that falls through, under a constant test, after a del and a new assignment).
DEBUG = False


def every_branch(n):
    if n > 2:
        x = "big"
    elif n > 1:
        x = "two"
    else:
        x = "small"
    return x


def forever(n):
    while True:
        v = n * 3
        if v > 4:
            break
        n += 1
    return v


def forever_return(n):
    i = 0
    while 1:
        i += 1
        if i * i > n:
            found = i
            break
    return found


def handlers(s):
    try:
        value = int(s)
    except ValueError:
        value = -1
    return value


def try_finally(n):
    try:
        r = n + 1
    finally:
        n = 0
    return r


def constant_test(n):
    if not DEBUG:
        c = n
    return c


def del_and_again(n):
    d = n
    del d
    d = n * 10
    return d


def for_else(items):
    for it in items:
        if it == "b":
            where = "found"
            break
    else:
        where = "missing"
    return where


def raise_or_assign(n):
    if n < 0:
        raise ValueError
    else:
        y = n
    return y


class Resource(object):
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass  # None: the exception goes on (RPython's context managers never suppress one)


def with_body(n):
    with Resource():
        w = n + 100
    return w


def entry_point(argv):
    n = len(argv)
    print every_branch(n), every_branch(n + 1), every_branch(n + 2)
    print forever(n), forever_return(n + 20)
    print handlers("12"), handlers("x")
    print try_finally(n), constant_test(n), del_and_again(n)
    print for_else(["a", "b"]), for_else(argv)
    print raise_or_assign(n), with_body(n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
