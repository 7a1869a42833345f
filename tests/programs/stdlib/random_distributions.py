# random's distributions and choices(): CPython's algorithms, so a seeded program prints
# python3's numbers.
import random

random.seed(2024)
print(random.choices("abcde", k=6))
print(random.choices([10, 20, 30], weights=[1, 0, 5], k=5))
print(random.choices(["x", "y"], cum_weights=[0.25, 1.0], k=4))
print(random.choices(range(100)), random.choices([1.5, 2.5], [3, 1]))
print(random.triangular(), random.triangular(1, 10), random.triangular(0.0, 1.0, 0.9), random.triangular(3, 3, 3))
print(random.normalvariate(), random.normalvariate(10, 2), random.lognormvariate(0, 0.5))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.5, 0.5))
print(random.betavariate(2, 3), random.betavariate(0.5, 0.5), random.paretovariate(3), random.weibullvariate(1.0, 1.5))
r = random.Random(99)
print([round(r.gauss(0, 1), 9) for _ in range(3)], r.choices("xyz", k=3), r.triangular(0, 10, 2))
for bad in ([1, 2], [0, 0, 0]):
    try:
        random.choices([1, 2, 3], weights=bad, k=2)
    except ValueError as e:
        print("ValueError:", e)
try:
    random.gammavariate(-1.0, 1.0)
except ValueError as e:
    print("ValueError:", e)
hist = [0] * 5
for v in random.choices(range(5), weights=[5, 4, 3, 2, 1], k=1000):
    hist[v] += 1
print(hist)
