# python2
# Unpacking a generator or iter() in Python 2.7: its messages; exactly n+1 items read
import sys
def noisy(n):
    for i in range(n):
        print "yield", i
        yield i * 10
def entry_point(argv):
    a, b = map(int, "3 4".split())
    x, y = (int(p) for p in "1-2".split("-"))
    print a + b, x, y
    u, v = noisy(2)
    print u, v
    try:
        p, q = noisy(5)
    except ValueError as e:
        print "ValueError", e
    try:
        p, q, r = iter([1, 2])
    except ValueError as e:
        print "ValueError", e
    return 0
def target(*a): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
