# python2
# rpython.rlib.rbigint: arbitrary-precision integers in a program whose ints are machine words.
# (tests/lib/check_rbigint.py checks the same code against the interpreter's own ints.)
from __future__ import print_function
from rpython.rlib.rbigint import rbigint


def factorial(n):
    r = rbigint.fromint(1)
    for i in range(2, n + 1):
        r = r.int_mul(i)
    return r


def fib(n):
    a = rbigint.fromint(0)
    b = rbigint.fromint(1)
    for i in range(n):
        a, b = b, a.add(b)
    return a


def entry_point(argv):
    f = factorial(60)
    print(f.str())
    print(fib(300).str())
    two = rbigint.fromint(2)
    p = two.pow(rbigint.fromint(200))
    print(p.str(), p.bit_length())
    q, r = f.divmod(p.int_sub(12345))
    print(q.str(), r.str())
    n = rbigint.fromstr("-123456789012345678901234567890")
    print(n.str(), n.abs().str(), n.neg().str(), n.mul(n).str())
    print(n.floordiv(rbigint.fromint(7)).str(), n.mod(rbigint.fromint(7)).str())
    print(n.lt(f), f.gt(n), n.eq(rbigint.fromstr("-123456789012345678901234567890")), n.int_lt(0))
    try:
        print(f.toint())
    except OverflowError:
        print("too big for a machine int")
    print(rbigint.fromint(-9223372036854775807 - 1).str(), rbigint.fromstr("-9223372036854775808").toint())
    print(p.lshift(3).str(), p.rshift(190).str(), n.rshift(70).str())
    print(n.and_(rbigint.fromint(0xFFFF)).str(), n.or_(rbigint.fromint(1)).str(), n.xor(p).str())
    print(two.pow(rbigint.fromint(1000), rbigint.fromint(1000007)).str())
    print(f.format("0123456789abcdef", "0x"), f.hash(), n.hash())
    print(p.tofloat(), n.tofloat(), rbigint.fromfloat(1.5e30).str())
    print(rbigint.fromint(0).gcd(rbigint.fromint(0)).str(), rbigint.fromint(-12).gcd(rbigint.fromint(18)).str(),
          n.gcd(n.int_mul(3)).str(), factorial(30).gcd(fib(60)).str(), rbigint.fromint(7).gcd(rbigint.fromint(0)).str())
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
