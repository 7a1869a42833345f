# python2
# Python 2.7's errors of float ** and math.exp/pow/ldexp (rpy printed inf and nan)
import sys, math
def entry_point(argv):
    x = 1000.0 + len(argv)
    for i in range(8):
        try:
            if i == 0: print (-x) ** 0.5
            if i == 1: print x ** 200.0
            if i == 2: print math.exp(x)
            if i == 3: print math.pow(x, 200.0)
            if i == 4: print math.pow(-x, 0.5)
            if i == 5: print math.ldexp(x, 5000)
            if i == 6: print 0.0 ** -1.0
            if i == 7: print math.pow(0.0, -1.0)
        except ValueError as e:
            print "VE", e
        except OverflowError as e:
            print "OE", e
        except ZeroDivisionError as e:
            print "ZE", e
    return 0
def target(*a): return entry_point, None
if __name__ == "__main__": entry_point(sys.argv)
