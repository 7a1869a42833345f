from __future__ import print_function
import os, sys

log = []


def attempt(x):
    try:
        log.append("try")
        r = 10 // x
    except ZeroDivisionError:
        log.append("except")
        r = -1
    else:
        log.append("else")
        r += 1
    finally:
        log.append("finally")
    return r


def only_finally(x):
    try:
        if x < 0:
            return "negative"
        return "ok"
    finally:
        log.append("cleanup " + str(x))


def in_loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def entry_point(argv):
    print(attempt(2), log)
    del log[:]
    print(attempt(0), log)
    del log[:]
    print(only_finally(1), only_finally(-1), log)
    del log[:]
    print(in_loop())
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally runs")
    except ValueError as e:
        print("outer caught", str(e))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
