from __future__ import print_function
import os, sys

events = []


def step(name, fail):
    events.append(name)
    if fail:
        raise ValueError(name)


def pipeline(fail_at):
    try:
        step("open", fail_at == 0)
        try:
            step("read", fail_at == 1)
            step("parse", fail_at == 2)
        finally:
            events.append("close")
        step("report", fail_at == 3)
    except ValueError as e:
        events.append("error in " + str(e))
        return False
    return True


def entry_point(argv):
    for k in range(5):
        del events[:]
        ok = pipeline(k)
        print(k, ok, events)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
