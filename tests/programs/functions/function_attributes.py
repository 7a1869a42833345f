# Function attributes (annotate/func_attrs.cpp): __name__/__doc__/__qualname__/__module__, attributes
# set by decorators at import time and read or updated at run time, one slot per function object.
import functools


def deco(fn):
    def wrapper(n):
        wrapper.calls += 1
        return fn(n)
    wrapper.report = 7
    wrapper.calls = 0
    return wrapper


def square(n):
    """Square a number."""
    return n * n


@deco
def cube(n):
    return n * n * n


sq = deco(square)

PLUGINS = []


def plugin(name, priority=0):
    def register(fn):
        fn.plugin_name = name
        fn.priority = priority
        PLUGINS.append(fn)
        return fn
    return register


@plugin("upper", 2)
def up(s):
    return s.upper()


@plugin("rev", 1)
def rev(s):
    return s[::-1]


def timed(fn):
    @functools.wraps(fn)
    def inner(*args):
        inner.count += 1
        return fn(*args)
    inner.count = 0
    return inner


@timed
def add(a, b):
    """Add two numbers."""
    return a + b


HANDLERS = []
for i in range(3):
    def handler(x):
        handler.seen += x
        return x
    handler.idx = i
    handler.seen = 0
    HANDLERS.append(handler)


def main():
    for h in HANDLERS:
        h(h.idx * 10)
        h(1)
    print([(h.idx, h.seen) for h in HANDLERS])
    print(square.__name__, square.__doc__, square.__qualname__, square.__module__)
    print(sq.report, sq.__name__)
    for i in range(3):
        sq(i)
        cube(i)
    cube(5)
    print(sq.calls, cube.calls)
    for p in sorted(PLUGINS, key=lambda f: f.priority):
        print(p.plugin_name, p.priority, p.__name__, p("abc"))
    PLUGINS[0].priority += 10
    print([p.priority for p in PLUGINS])
    print(add(1, 2), add.__name__, add.__doc__, add.count)
    f = up if len(PLUGINS) > 5 else rev
    print(f.plugin_name)
    f.priority = 99
    print(rev.priority, up.priority)


main()
