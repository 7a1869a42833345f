# `x in` a list or an iterator of tuples holding a one-character str, x a tuple holding a longer
# str (Python 3 form of py2_in_tuple_char.py).
def entry_point(argv):
    e = enumerate("xyz")
    print((1, "ab") in e, list(e))
    print((1, "ab") in list(enumerate("xyz")))
    print((1, "y") in list(enumerate("xyz")), (1, "y") in enumerate("xyz"))
    s = "ab" if len(argv) > 5 else "b"
    print(s in ["a", "b"], s in iter("ab"), "ab" in ["a", "b"], (0, s) in [(0, "b")])
    t = "abc"
    print(t[1] in [t[0], t[1]], t[1:] in ["bc"], (t[0], 1) in [("a", 1)], [(t, 2)] in [[("abc", 2)]])
    return 0


import sys

entry_point(sys.argv)
