# In Python 3, math.floor and math.ceil return ints: they print without ".0", never give -0.0,
# divide as ints, and raise OverflowError/ValueError for infinities and NaN.
import math
import sys


def main():
    values = [2.5, -2.5, -0.25, 0.75, 1e15 + 0.5, -7.0]
    for v in values:
        f = math.floor(v)
        c = math.ceil(v)
        print(f, c, f // 2, c % 3, float(c), f == int(f))
    print(math.floor(7), math.ceil(-3), math.floor(True))
    total = 0
    for i in range(10):
        total += math.ceil(i / 4)
    print(total)
    for bad in [float("inf"), float("nan")]:
        try:
            print(math.floor(bad))
        except OverflowError:
            print("OverflowError")
        except ValueError:
            print("ValueError")
    return 0


if __name__ == "__main__":
    sys.exit(main())
