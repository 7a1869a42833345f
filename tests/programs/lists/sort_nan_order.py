# Sorting with a comparison that is not a total order: floats with NaNs among them. Python's
# timsort leaves such a list in an order of its own (every comparison with a NaN is False), which
# a translated program must reproduce item for item: runs, binary insertion, galloping merges
# and the order runs are merged in all show in the result.
NAN = float('nan')


class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make(rng, n, shape):
    xs = []
    for i in range(n):
        k = rng.next(100)
        if k < 6:
            xs.append(NAN)
        elif shape == 0:
            xs.append(float(rng.next(1000)) / 8.0)
        elif shape == 1:  # ascending stretches
            xs.append(float(i % 97 + rng.next(3)))
        elif shape == 2:  # descending stretches
            xs.append(float(1000 - i % 131))
        else:  # few distinct values
            xs.append(float(rng.next(4)))
    return xs


def digest(xs):
    h = 0
    for x in xs:
        v = -1 if x != x else int(x * 8)
        h = (h * 31 + v + 7) % 1000000007
    return h


def neg(x):
    return -x


def main():
    rng = Rng(12345)
    total = 0
    for n in [0, 1, 2, 3, 5, 17, 63, 64, 65, 130, 257, 700, 1500, 3001]:
        for shape in range(4):
            xs = make(rng, n, shape)
            a = sorted(xs)
            b = sorted(xs, reverse=True)
            c = sorted(xs, key=neg)
            d = list(xs)
            d.sort(key=neg, reverse=True)
            line = "%d %d: %d %d %d %d" % (n, shape, digest(a), digest(b), digest(c), digest(d))
            if n < 20:
                print(line + " " + repr(a[:8]))
            total = (total + digest(a) + digest(b) + digest(c) + digest(d)) % 1000000007
    print(total)
    # min/max stop at the first item that compares; ints mixed in keep their places too.
    print(sorted([3.0, NAN, 1.0, 2.0, 0.5, NAN, -1.0, 7.0]))
    print(sorted([(2, NAN), (1, 3.0), (1, NAN), (0, 1.0)]))


main()
