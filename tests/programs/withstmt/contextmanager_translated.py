# contextlib.contextmanager in translated code (a script's module level and functions): the
# with block's exception thrown into the generator at its yield (generator.throw), suppressed
# when the generator catches it, re-raised otherwise; generator.throw() called directly. Refused
# before ("iterator has no attribute throw", sys.exc_info, a kept generator with finally).
from contextlib import contextmanager
import sys


class Abort(Exception):
    pass


@contextmanager
def section(name):
    print(f"== {name}")
    try:
        yield name.upper()
    finally:
        print(f"== end {name}")


@contextmanager
def suppressing(label):
    try:
        yield len(label)
    except Abort as e:
        print(label, "suppressed:", e)


@contextmanager
def timer(results, key):
    results.append(key + " start")
    yield
    results.append(key + " stop")


def gen_numbers(n):
    try:
        for i in range(n):
            yield i
    except ValueError as e:
        print("gen caught", e)
        yield -1
    print("gen end")


with section("one") as tag:
    print("inside", tag)

with suppressing("two") as n:
    print("n =", n)
    raise Abort("stop here")
print("after two")

log = []
with timer(log, "t1"):
    log.append("work")
print(log)

try:
    with section("three"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped:", e)

try:
    with suppressing("four"):
        raise ValueError("not an Abort")
except ValueError as e:
    print("ValueError escaped:", e)

g = gen_numbers(5)
print(next(g), next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")


def nested(k):
    with section("outer%d" % k):
        with suppressing("inner"):
            if k > 0:
                raise Abort("k=%d" % k)
            print("no abort")
        return k * 10


print(nested(0), nested(2))
