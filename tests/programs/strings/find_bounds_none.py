# str.find/rfind/count/index take start and end, either of which may be None (the default).
from __future__ import print_function
def entry_point(argv):
    s = "abcabcab"
    print(s.find("b", 2), s.find("b", 2, None), s.find("b", None, 1), s.find("c", -3))
    print(s.rfind("b", None, None), s.rfind("a", 1, 4), s.rfind("z"))
    print(s.count("ab", None, 5), s.count("b", 2), s.count(""))
    print(s.index("c", None), s.index("c", 3, None))
    print(s.strip(None), s.lstrip("ab"), s.rstrip("ba"))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
