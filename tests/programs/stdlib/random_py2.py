# python2
# random in a Python 2 program: Python 2.7's integer methods (scaled random()), the same
# Mersenne Twister.
import random


def entry_point(argv):
    random.seed(12345)
    print random.random(), random.randint(1, 100), random.randrange(50), random.randrange(5, 500, 5)
    l = range(15)
    random.shuffle(l)
    print l
    print random.choice(l), random.sample(l, 4), random.uniform(1.0, 2.0), random.getrandbits(40)
    r = random.Random(7)
    print [r.randint(0, 9) for i in range(10)], r.choice("xyz")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
