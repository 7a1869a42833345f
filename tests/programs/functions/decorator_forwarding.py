# Decorators forwarding f(*args, **kwargs) (with and without functools.wraps, stacked, counting,
# timing): the wrapper's **kwargs dict is spread into the wrapped function's parameters with its
# *args; python3's TypeErrors for a keyword the wrapped function does not take or gets twice.
import functools
import time

calls = {}


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args, **kwargs)
    return wrapper


def timed(fn):
    def inner(*args, **kwargs):
        t0 = time.perf_counter()
        r = fn(*args, **kwargs)
        t1 = time.perf_counter()
        if t1 < t0:
            print("clock went back")
        return r
    return inner


@counted
def add(a, b):
    return a + b


@counted
def scale(x, factor=1, *, offset=0):
    return x * factor + offset


@timed
@counted
def main_like():
    return "done"


@counted
def greet(name, greeting="hello"):
    return greeting + ", " + name


def method_counted(fn):
    def wrapper(self, *args, **kwargs):
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(self, *args, **kwargs)
    return wrapper


class Box:
    def __init__(self, v):
        self.v = v

    @method_counted
    def get(self, plus=0):
        return self.v + plus


print(add(1, 2), add(a=3, b=4), add(5, b=6))
print(scale(5), scale(5, 3), scale(5, factor=2), scale(x=5, offset=1), scale(2, 3, offset=4))
print(main_like())
print(greet("bob"), greet("amy", greeting="hi"), greet(greeting="yo", name="al"))
b = Box(7)
print(b.get(), b.get(3), b.get(plus=4))
try:
    print(add(1, 2, c=3))
except TypeError as e:
    print("TypeError", e)
try:
    print(add(1, 2, b=3))
except TypeError as e:
    print("TypeError", e)
try:
    print(greet("x", nme=3) if False else greet("x", greeting="a", nm="b"))
except TypeError as e:
    print("TypeError", e)
try:
    print(greet(greeting="a"))
except TypeError as e:
    print("TypeError", e)
print(sorted(calls.items()))
