# f(*args, **kwargs) through a function value (retry(f, *args, **kwargs)): the functions it may be
# bind alike; python3's TypeErrors name the one called (read from the value).
import time


def add(a, b=1):
    return a + b


def mul(a, b=1):
    return a * b


def retry(f, *args, **kwargs):
    for attempt in range(3):
        r = f(*args, **kwargs)
        if r >= 0:
            return r
    return -1


def timeit(f, *args, **kwargs):
    t0 = time.perf_counter()
    r = f(*args, **kwargs)
    return r, time.perf_counter() >= t0


print(retry(add, 1, 2), retry(mul, 3, b=4), retry(add, 5), retry(mul, a=2, b=3))
ops = [add, mul]
for op in ops:
    print(op(**{"a": 3}), op(2, **{"b": 5}))
print(timeit(add, 1, b=10))
try:
    print(retry(mul, 1, c=2))
except TypeError as e:
    print(e)


def later():
    try:
        print(retry(mul, 1, c=2))
    except TypeError as e:
        print(e)


later()
