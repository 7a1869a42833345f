from __future__ import print_function
import os, sys


def work(a, b):
    out = []
    try:
        out.append("outer")
        try:
            out.append("inner")
            if a:
                raise ValueError("a")
            out.append("inner done")
        except KeyError:
            out.append("inner KeyError")
        finally:
            out.append("inner finally")
        if b:
            raise KeyError("b")
        out.append("outer done")
    except ValueError:
        out.append("outer ValueError")
    except KeyError:
        out.append("outer KeyError")
    finally:
        out.append("outer finally")
    return out


def entry_point(argv):
    print(work(False, False))
    print(work(True, False))
    print(work(False, True))
    print(work(True, True))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
