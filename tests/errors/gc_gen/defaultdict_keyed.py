# --gc=gen: a defaultdict keyed by instances is not on the collector yet (its kind is named).
from collections import defaultdict


class K(object):
    pass


def main():
    d = defaultdict(int)
    k = K()
    d[k] += 1
    print(len(d))


main()
