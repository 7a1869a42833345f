# Extended slice assignment: l[lo:hi:step] = v (the sieve idiom), with Python's checks.
def show(xs):
    print(xs)


def main():
    n = 30
    sieve = [True] * n
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(sieve[i * i::i])
    print([i for i, p in enumerate(sieve) if p])
    xs = list(range(10))
    xs[::2] = [0] * 5
    show(xs)
    xs[::-3] = [100, 200, 300, 400]
    show(xs)
    xs[8:2:-2] = [7, 7, 7]
    show(xs)
    ys = [1, 2, 3, 4]
    ys[::1] = [9]
    show(ys)
    ys = [1, 2, 3, 4, 5]
    ys[::-1] = ys
    show(ys)
    step = 2
    ys[1::step] = [0, 0]
    show(ys)
    none_step = None
    if len(ys) > 100:
        none_step = 3
    ys[1:3:none_step] = [5, 6, 7]
    show(ys)
    ys[10:20:2] = []
    show(ys)
    order = []

    def f(tag, v):
        order.append(tag)
        return v

    def g(tag, v):
        order.append(tag)
        return v
    g("list", ys)[f("lo", 0):f("hi", 4):f("step", 2)] = g("value", [8, 9])
    print(order, ys)
    try:
        ys[::2] = [1, 2]
    except ValueError as e:
        print("ValueError:", e)
    try:
        ys[::0] = []
    except ValueError as e:
        print("ValueError:", e)


main()
