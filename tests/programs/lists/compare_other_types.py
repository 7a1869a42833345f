# count/index/remove/`in` with a value of another type than the items: Python compares, finds
# nothing (or the equal number), and never fails.
from __future__ import print_function
def entry_point(argv):
    ints = [1, 2, 3, 2]
    print(ints.count(2.0), ints.count(2.5), ints.count((1, "a")), 2.0 in ints, "2" in ints)
    print(ints.index(3.0))
    strs = ["a", "bc", "a"]
    print(strs.count("a"), "b" in strs, strs.count(1))
    try:
        strs.remove(5)
    except ValueError:
        print("not there")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
