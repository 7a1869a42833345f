# A lazy zip()/map()/filter() asks its iterators again at each next(), also after one of them ran
# out: CPython's objects keep no "exhausted" state of their own.
def noisy(n):
    for i in range(n):
        print("noisy", i)
        yield i


class Blinker:
    # An iterator that runs out every other call and then gives more.
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration
        return self.n


def main():
    z = zip(noisy(3), [])
    print(list(z))
    print(list(z))
    print(list(z))
    z2 = zip([1, 2, 3], noisy(1))
    print(list(z2))
    print(next(z2, (-1, -1)))
    it = iter([1, 2, 3, 4, 5])
    z3 = zip(it, "ab")
    print(list(z3))
    print(list(it))
    m = map(lambda x: x * 10, Blinker())
    print(list(m))
    print(list(m))
    f = filter(lambda x: x % 2 == 0, Blinker())
    print(list(f))
    print(list(f))
    z4 = zip(Blinker(), Blinker())
    print(list(z4))
    print(list(z4))
    for a, b in z4:
        print(a, b)
    print((7, 7) in z4, list(z4))
    m2 = map(lambda a, b: a + b, noisy(4), [10])
    print(list(m2))
    print(list(m2))


main()
