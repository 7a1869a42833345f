# `nonlocal`: a nested function rebinds its enclosing function's variable (Python 3's cell
# variables): reads and writes on both sides, augmented assignment, several levels, closures that
# outlive their frame, and a fresh cell for each call of the outer function (recursion too).


def counter(start):
    count = start

    def inc(by=1):
        nonlocal count
        count += by
        return count

    return inc


def both_sides():
    total = 0

    def add(v):
        nonlocal total
        total = total + v

    add(3)
    total *= 10  # the outer function's write is seen by the closure
    add(4)
    return total


def three_levels():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x += 100
            return x

        a = inner()
        return a + x

    first = middle()
    x = x * 2
    return first, middle(), x


def middle_owns():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = x + "!"

        inner()
        inner()
        return x

    return middle(), x


def fresh_cells(depth):
    calls = 0

    def note():
        nonlocal calls
        calls += 1

    note()
    if depth > 0:
        inner_calls = fresh_cells(depth - 1)
        note()
        return calls * 10 + inner_calls
    return calls


def assigned_only_inside(reset):
    def setter(v):
        nonlocal result
        result = v

    setter(5)
    setter(result + 1)
    if reset:
        result = 0
    return result


def union_type():
    value = None

    def store(v):
        nonlocal value
        value = v

    before = value is None
    store(7)
    return before, value


def in_generator(n):
    seen = 0

    def gen():
        nonlocal seen
        for i in range(n):
            seen += 1
            yield i * seen

    out = list(gen())
    return out, seen


def lambdas_read_cell():
    k = 2
    double = lambda v: v * k
    r1 = double(5)
    k = 3
    return r1, double(5)


def loop_shares_one_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    late = [lambda: j for j in range(3)]
    return [f() for f in fs], [f() for f in late]


c = counter(10)
c()
c(5)
print(c())
d = counter(0)
print(d(), c(0))
print(both_sides())
print(three_levels())
print(middle_owns())
print(fresh_cells(3))
print(assigned_only_inside(False), assigned_only_inside(True))
print(union_type())
print(in_generator(4))
print(lambdas_read_cell())
print(loop_shares_one_cell())
