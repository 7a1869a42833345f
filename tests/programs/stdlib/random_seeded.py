# random with a seed prints CPython's numbers: the Mersenne Twister seeded from an int, and
# Python 3's integer methods (getrandbits and rejection sampling).
import random

# Computed at import time by rpy's evaluator, with the same module.
random.seed(314159)
IMPORT_TIME = [random.getrandbits(32) for i in range(5)] + [random.randint(0, 99) for i in range(5)]


def main():
    print(IMPORT_TIME)
    # the raw 32-bit outputs of MT19937 for seeds of one, two and three 32-bit words
    for seed in [5489, 4294967296 + 17, 2 ** 62 + 2 ** 33 + 1, 9223372036854775807]:
        random.seed(seed)
        print([random.getrandbits(32) for i in range(6)])
    for seed in [0, 1, 42, -7, 123456789012345]:
        random.seed(seed)
        print(seed, random.random(), random.random())
        print([random.randint(1, 6) for i in range(12)])
        print([random.randrange(10) for i in range(8)], random.randrange(3, 100, 7), random.randrange(10, -10, -3))
        print([random.getrandbits(k) for k in [1, 5, 31, 32, 33, 60]])
        print(random.uniform(2.0, 5.0), random.gauss(0.0, 1.0), random.gauss(10.0, 2.0), random.expovariate(1.5))
        deck = list(range(20))
        random.shuffle(deck)
        print(deck)
        print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(deck))
        print(random.sample(range(50), 5), random.sample(deck, 3), random.sample(list(range(1000)), 4))
    r = random.Random(2024)
    print(r.random(), r.randint(0, 1000), r.choice(["x", "y", "z"]))
    words = ["a", "b", "c", "d"]
    r.shuffle(words)
    print(words, r.sample(words, 2))
    total = 0
    random.seed(99)
    for i in range(100000):
        total += random.randint(0, 9)
    print(total)
    try:
        random.randrange(0)
    except ValueError as e:
        print("ValueError", e)
    try:
        random.choice([0][:0])
    except IndexError as e:
        print("IndexError", e)


if __name__ == "__main__":
    main()
