from __future__ import print_function
import os, sys

CLOSED = [0]


class Handle(object):
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        if self.open:
            self.open = False
            CLOSED[0] += 1

    def __del__(self):
        # runs at collection time, which the program must not depend on
        self.open = False


def entry_point(argv):
    hs = [Handle("h" + str(i)) for i in range(5)]
    for h in hs[:3]:
        h.close()
    hs[0].close()
    print(CLOSED[0], [h.open for h in hs], hs[4].name)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
