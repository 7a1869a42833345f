# python2
# math.fsum in Python 2.7 (exact summation; refused before)
import math, sys
def entry_point(argv):
    xs = [0.1] * 10
    print sum(xs), math.fsum(xs), math.fsum([1, 2, 3]), math.fsum(float(i) / 3 for i in range(10))
    try:
        math.fsum([1e308, 1e308])
    except OverflowError as e:
        print "OE", e
    print math.acosh(2.0), math.erf(0.5), math.atanh(0.5)
    return 0
def target(*a): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
