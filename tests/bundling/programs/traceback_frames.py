# check-traceback


def inner(n):
    if n > 2:
        raise ValueError("too deep: %d" % n)
    return inner(n + 1)


def outer():
    print("start")
    return inner(0)


outer()
