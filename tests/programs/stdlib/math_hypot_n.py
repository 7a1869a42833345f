# math.hypot with any number of coordinates (Python 3.8+), and with two: Python computes its own
# correctly rounded norm, which C's hypot() misses in the last digit for some inputs
# (hypot(995.3946174448793, 332.9993102382) is 1049.6184950053778, C says ...5378).
import math


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state


def coordinate(rng, scale):
    return (rng.next() / 2147483648.0 + rng.next() / 4611686018427387904.0 - 0.5) * scale


def main():
    pts = [(3.0, 4.0, 12.0), (1.0, 2.0, 2.0), (0.5, 0.5, 0.5)]
    for x, y, z in pts:
        print(math.hypot(x, y), math.hypot(x, y, z), math.hypot(z), math.hypot(-z))
    print(math.hypot(), math.hypot(1, 2, 3, 4), math.hypot(3, 4, True))
    print(math.hypot(995.3946174448793, 332.9993102382), math.hypot(33.566550646610494, 521.4608041427523))
    print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310, 2e-311))
    print(math.hypot(float("nan"), float("inf")), math.hypot(float("nan"), 1.0), math.hypot(0.0, -0.0))
    rng = Lcg(2024)
    scales = [1.0, 1000.0, 1e-200, 1e150, 3.0]
    mismatch_c = 0
    for i in range(400):
        n = 2 + i % 5
        scale = scales[i % len(scales)]
        v = [coordinate(rng, scale) for _ in range(n)]
        if n == 2:
            h = math.hypot(v[0], v[1])
        elif n == 3:
            h = math.hypot(v[0], v[1], v[2])
        elif n == 4:
            h = math.hypot(v[0], v[1], v[2], v[3])
        elif n == 5:
            h = math.hypot(v[0], v[1], v[2], v[3], v[4])
        else:
            h = math.hypot(v[0], v[1], v[2], v[3], v[4], v[5])
        if i < 60:
            print(n, h)
        s = math.sqrt(sum(x * x for x in v)) if scale == 1000.0 else h
        if s != h:
            mismatch_c += 1
        if i % 7 == 0:
            print("pair", math.hypot(v[0], v[1]), math.hypot(v[-1], v[0]))
    print("naive differs", mismatch_c)
    total = 0.0
    for i in range(1, 2000):
        total += math.hypot(i * 0.1, i * 0.37, i * 1.3)
    print("total", total)


main()
