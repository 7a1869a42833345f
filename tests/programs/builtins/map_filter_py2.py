# python2
import os

def double(x):
    return x * 2

def entry_point(argv):
    xs = map(int, "1 2 3".split())
    xs.append(4)
    print xs, len(xs)
    print map(double, xs), map(lambda s: s + "!", ["a", "b"])
    print filter(lambda c: c in "aeiou", "education"), filter(None, [0, 1, 2]), filter(None, (0, 5, 0, 6))
    print map(str.upper, ["ab", "c"]), filter(str.isdigit, "a1b22")
    ws = map(str.strip, [" a ", "b  "])
    print ws, sorted(ws, key=str.lower)
    total = 0
    for v in map(abs, [-1, -2]):
        total += v
    print total
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
