# Floor division and modulo by power-of-two constants (a shift and a mask) for negative and
# extreme operands, and the float division zero test by bits (either zero raises; the smallest
# subnormal and NaN do not).
import sys


def check_ints(values):
    for a in values:
        print(a, a // 1, a % 1, a // 2, a % 2, a // 4, a % 4, a // 1024, a % 1024, a // 4611686018427387904,
              a % 4611686018427387904, a // 3, a % 3, a // -2, a % -2)


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def main():
    n = len(sys.argv)
    check_ints([0, 1, -1, 2, -2, 3, -3, 7, -7, 1023, -1023, 1024, -1025, 9223372036854775807,
                -9223372036854775807 - 1, -4611686018427387905])
    total = 0.0
    for i in range(50):
        for j in range(50):
            total += eval_a(i, j)
    print(repr(total))
    for d in [0.0, -0.0, 5e-324, -5e-324, float("inf"), float("nan"), 2.0 * n]:
        try:
            print(repr(1.0 / d), repr(-3.5 / d))
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    zero = n - n
    try:
        print(7 // zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(7 % zero)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(divmod(7, zero))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    fzero = 0.0 * n
    for f in [lambda: 7.0 // fzero, lambda: 7.0 % fzero]:
        try:
            print(f())
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
    try:
        print(divmod(7.0, fzero))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


if __name__ == '__main__':
    main()
