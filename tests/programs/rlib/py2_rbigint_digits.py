# python2
# rbigint's digits as RPython shows them on a 64-bit machine: 63 bits each (SHIFT, MASK), zero
# has one digit; digit(i) out of range is the IndexError of RPython's digit list, a negative i
# counts from the top; setdigit(i, v) stores v & MASK in place. 'rbigint' instances had no
# attribute 'digit' (rpy-by-example's rbigint.py).
import sys
from rpython.rlib.rbigint import rbigint, SHIFT, MASK


def digits(r):
    return [r.digit(i) for i in range(r.numdigits())]


def main(argv):
    print SHIFT, MASK
    for r in [rbigint.fromint(0), rbigint.fromint(1 << 62), rbigint.fromint(-sys.maxint - 1),
              rbigint.fromint(3).pow(rbigint.fromint(100)), rbigint.fromstr("-" + "9" * 40)]:
        print r.str(), r.numdigits(), digits(r), r.digit(-1)
    n = rbigint.fromint(len(argv)).lshift(130)
    print n.str(), digits(n)
    n.setdigit(0, -1)
    n.setdigit(1, 1 << 40)
    print n.str(), digits(n), n.udigit(0), n.widedigit(2)
    z = rbigint.fromint(0)
    z.setdigit(0, 12345)
    print z.str(), z.toint(), z.sign
    for i in [3, -4]:
        try:
            print n.digit(i)
        except IndexError as e:
            print "IndexError:", e
    return 0


def target(*args):
    return main, None


if __name__ == "__main__":
    sys.exit(main(sys.argv))
