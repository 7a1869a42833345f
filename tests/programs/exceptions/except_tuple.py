from __future__ import print_function
import os, sys


def risky(n):
    if n == 0:
        raise ValueError("v")
    if n == 1:
        raise KeyError("k")
    if n == 2:
        raise IndexError("i")
    if n == 3:
        raise TypeError("t")
    return n


def entry_point(argv):
    for n in range(5):
        try:
            print("ok", risky(n))
        except (ValueError, KeyError) as e:
            print(n, "value-or-key", isinstance(e, KeyError))
        except (IndexError, TypeError):
            print(n, "index-or-type")
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
