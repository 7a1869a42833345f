# Mutual recursion at import time: only the first and last notes are shown.
def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


START = ping(0)


def entry_point(argv):
    return 0


def target(*args):
    return entry_point, None
