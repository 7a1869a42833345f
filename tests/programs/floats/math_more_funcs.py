# math.fsum/prod/isclose/lcm (lib/std/_rpy_math.py), acosh/asinh/atanh/cbrt/erf/erfc/exp2, sin/cos of infinities: refused or wrong before
import math
import sys


def show(label, f):
    try:
        print(label, f())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)


def main():
    n = len(sys.argv)
    xs = [0.1] * 10
    print(sum(xs), math.fsum(xs), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    print(math.fsum(x / 7 for x in range(1, 50)), math.fsum([1, 2, 3]), math.fsum([]))
    print(math.fsum([1e308, 1e308, -1e308]) if n > 5 else 0.0)
    show("fsum inf", lambda: math.fsum([float("inf"), 1.0, float("inf")]))
    show("fsum inf-inf", lambda: math.fsum([float("inf"), -float("inf")]))
    show("fsum nan", lambda: math.fsum([float("nan"), 1.0]))
    show("fsum overflow", lambda: math.fsum([1e308, 1e308]))
    print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11), start=2), math.prod([1.5, 2.0]))
    print(math.prod([0.5, 4.0], start=3.0))
    print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2),
          math.isclose(0.0, 1e-12, abs_tol=1e-9), math.isclose(float("inf"), float("inf")), math.isclose(1, 1))
    show("isclose neg", lambda: math.isclose(1.0, 2.0, rel_tol=-1.0))
    print(math.lcm(4, 6), math.lcm(), math.lcm(-4, 6, 10), math.lcm(0, 5), math.lcm(7))
    for x in [0.5, 1.0, 2.0, -0.5, 1e-300, 30.0, 1030.0]:
        show("acosh", lambda: math.acosh(x))
        show("asinh", lambda: math.asinh(x))
        show("atanh", lambda: math.atanh(x))
        show("cbrt", lambda: math.cbrt(x * -27))
        show("erf", lambda: math.erf(x))
        show("erfc", lambda: math.erfc(x))
        show("exp2", lambda: math.exp2(x))
    show("sin inf", lambda: math.sin(float("inf")))
    show("cos inf", lambda: math.cos(-float("inf")))
    show("sin nan", lambda: math.sin(float("nan")))


main()
