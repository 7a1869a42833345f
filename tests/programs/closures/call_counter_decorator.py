# A decorator that counts calls with `nonlocal`, applied at import time: the wrappers are made
# while the module is imported, and the translated program rebinds their counters (one per
# decorated function, each its decorator call's own frame).


reports = {}


def count_calls(fn):
    calls = 0
    name = fn.__name__

    def wrapper(n):
        nonlocal calls
        calls += 1
        return fn(n)

    def report():
        return name + " was called " + str(calls) + " times"

    reports[name] = report
    return wrapper


@count_calls
def square(n):
    return n * n


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def make_timer():
    ticks = 0
    laps = []

    def tick(k):
        nonlocal ticks
        ticks += k
        if ticks % 10 == 0:
            laps.append(ticks)
        return ticks

    def summary():
        return "ticks=%d laps=%s" % (ticks, laps)

    return tick, summary


tick, summary = make_timer()


def main():
    total = 0
    for i in range(5):
        total += square(i)
    print(total, fib(10))
    print(reports["square"]())
    print(reports["fib"]())
    for k in [3, 7, 5, 5, 10]:
        tick(k)
    print(summary())


main()
