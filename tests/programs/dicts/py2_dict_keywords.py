# python2
# dict(a=1, ...) and dict(d, k=v) in Python 2: the keyword dict is filled last keyword first
# (ceval.c), then copied, so colliding keys come out in python2.7 slot order
import sys

def make(n):
    return dict(alpha=n, beta=n + 1, gamma=n * 2, delta=3, epsilon=4, zeta=5, eta=6, theta=7, iota=8)

def entry_point(argv):
    d = dict(a=1, b=2)
    print d
    e = dict(d, x=3, a=10)
    print e, d
    print dict([(1, 'x'), (2, 'y')])
    print make(len(argv))
    print dict(make(1), kappa=9, lam=10)
    print dict({'q': 1.5}, r=2)
    f = dict(one=1, two=2.5)
    print f
    return 0

def target(*args):
    return entry_point, None

if __name__ == "__main__":
    entry_point(sys.argv)
