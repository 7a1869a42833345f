# python2
# dict(**d) in Python 2.7: dict(d), a copy (the dict itself is the keyword dict dict_init merges).
import sys


def entry_point(argv):
    d = {"alpha": 1, "beta": 2, "gamma": 3, "delta": 4, "eps": 5, "zeta": 6}
    c = dict(**d)
    c["eta"] = 7
    print c
    print d
    ints = {}
    for i in range(12):
        ints[str(i * 7)] = i
    print dict(**ints)
    nums = {3: "c", 11: "k"}
    print dict(**nums)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point(sys.argv)
