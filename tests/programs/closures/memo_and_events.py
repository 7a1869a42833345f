# Styles real scripts use: a memoiser whose hit/miss counters are `nonlocal`, and an event system
# whose handlers are closures that accumulate into their maker's variables.


def memoize(fn):
    cache = {}
    hits = 0
    misses = 0

    def lookup(n):
        nonlocal hits, misses
        if n in cache:
            hits += 1
            return cache[n]
        misses += 1
        v = fn(n)
        cache[n] = v
        return v

    def stats():
        return (hits, misses, len(cache))

    return lookup, stats


def slow_collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, name, handler):
        self.handlers.setdefault(name, []).append(handler)

    def emit(self, name, value):
        for h in self.handlers.get(name, []):
            h(value)


def run_session(values):
    bus = EventBus()
    total = 0
    largest = None
    log = []

    def add(v):
        nonlocal total
        total += v

    def track_max(v):
        nonlocal largest
        if largest is None or v > largest:
            largest = v

    def note(v):
        log.append("saw %d (total so far %d)" % (v, total))

    bus.on("value", add)
    bus.on("value", track_max)
    bus.on("value", note)
    bus.on("reset", lambda v: reset(v))

    def reset(v):
        nonlocal total
        total = v

    for v in values:
        bus.emit("value", v)
        if v < 0:
            bus.emit("reset", 0)
    return total, largest, log


def main():
    collatz, stats = memoize(slow_collatz)
    for n in [27, 97, 27, 871, 97, 27]:
        print(n, collatz(n))
    print(stats())
    other, other_stats = memoize(slow_collatz)
    other(6)
    print(other_stats(), stats())
    total, largest, log = run_session([5, 3, -2, 8, 1])
    print(total, largest)
    for line in log:
        print(line)
    print(run_session([]))


main()
