# Lazy enumerate/zip/map/filter objects over an iterator that resumes after StopIteration.


class Flaky:
    """An iterator that ends once after `gap` items, then goes on (CPython's builtin iterator
    objects ask it again at each next())."""

    def __init__(self, items, gap):
        self.items = items
        self.i = 0
        self.gap = gap
        self.stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.gap and not self.stopped:
            self.stopped = True
            raise StopIteration
        if self.i >= len(self.items):
            raise StopIteration
        x = self.items[self.i]
        self.i += 1
        return x


def show_enumerate():
    e = enumerate(Flaky([5, 6, 7, 8, 9], 2), 10)
    for i, x in e:
        print("first", i, x)
    for i, x in e:
        print("second", i, x)
    print(next(e, None))


def enumerate_next_after_end():
    e = enumerate(Flaky([1, 2, 3], 1))
    print(next(e))
    try:
        next(e)
    except StopIteration:
        print("stopped")
    print(next(e))
    print(list(e))


def enumerate_after_break():
    e = enumerate(Flaky([11, 12, 13, 14], 9))
    for i, x in e:
        print("took", i, x)
        if i == 1:
            break
    for i, x in e:
        print("rest", i, x)


def zip_map_filter():
    z = zip(Flaky([1, 2, 3, 4], 2), "wxyz")
    print(list(z))
    print(list(z))
    m = map(lambda v: v * 10, Flaky([1, 2, 3, 4], 1))
    print(list(m), list(m))
    f = filter(lambda v: v % 2 == 0, Flaky([2, 3, 4, 6, 8], 2))
    print(list(f), list(f), list(f))


def gen_items():
    yield 1
    yield 2
    yield 3


def enumerate_generator():
    g = gen_items()
    e = enumerate(g)
    for i, x in e:
        print(i, x)
        if x == 2:
            break
    print(list(e), list(e))


def main():
    show_enumerate()
    enumerate_next_after_end()
    enumerate_after_break()
    zip_map_filter()
    enumerate_generator()


if __name__ == "__main__":
    main()
