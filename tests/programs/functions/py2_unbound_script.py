# python2
# A Python 2 script: a local read where some path leaves it unassigned raises UnboundLocalError
# with Python 2's message; `except E as e` keeps e bound after the handler (Python 3 unbinds it).
import sys


def pick(n):
    if n > 3:
        x = n
    try:
        return str(x)
    except UnboundLocalError as e:
        return str(e)


def after_handler(n):
    e = None
    try:
        if n > 0:
            raise ValueError("kept")
    except ValueError as e:
        pass
    if e is None:
        return "none"
    return str(e)


def deleted(n):
    d = n
    if n > 0:
        del d
    try:
        return str(d)
    except UnboundLocalError as e:
        return str(e)


n = len(sys.argv)
print pick(n), pick(n + 5)
print after_handler(n), after_handler(0)
print deleted(n), deleted(0)
