# A nested def's or lambda's default that reads a local which may be unassigned where the def
# runs: python3 raises UnboundLocalError there (was refused with the message for captured names).
import sys


def main(n):
    if n > 5:
        v = 1
    try:
        f = lambda x, d=v: x + d
        print(f(1))
    except UnboundLocalError:
        print("unbound lambda")
    try:
        def g(x, *, k=v):
            return x * k
        print(g(3))
    except UnboundLocalError:
        print("unbound def")
    if n > 7:
        w = 10
    try:
        h = lambda: w  # w is a cell: the lambda reads it when called
        def p(x, d=w):
            return x + d + h()
        print(p(1))
    except NameError as e:
        print(type(e).__name__)


main(len(sys.argv))
main(6)
main(9)


# A default reading a cell (a variable a nested function also reads): read where the def runs, not
# when the function is called (rpy printed 'made' and 1 5: the unset cell's value).
def main2(n):
    if n > 7:
        w = 10
    h = lambda: w
    try:
        def p(x, d=w):
            return x + d
        print("made")
        w = 5
        print(p(1), h())
    except NameError as e:
        print(type(e).__name__)
    w = 3
    def q(x, d=w):
        return x + d
    w = 4
    print(q(1), h())


main2(len(sys.argv))
main2(9)
