# divmod(), pow(), abs(), int(), float(), % and // of a number that is an int or a float at run
# time give each kind what Python gives it alone.
import sys


def pick(n):
    if n > 5:
        return 2.5
    return n


def main():
    vals = [pick(len(sys.argv) + 2), pick(10), pick(-7 + len(sys.argv)), pick(6), pick(0)]
    for x in vals:
        print(x, divmod(x, 2), divmod(x, -3), divmod(7, x if x else 1))
        print(pow(x, 2), pow(x, 0), x ** 2, pow(2, x), abs(-x), abs(x))
        print(int(x), float(x), x % 2, x // 2, -x // 2, -x % 2, x % -2, x // -2)
    try:
        print(divmod(vals[0], vals[4]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(divmod(vals[1], vals[4]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    total = 0
    for i in range(5):
        total = total + vals[i] * i
    print(total, divmod(total, 4))


main()
