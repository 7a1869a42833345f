# float(obj) calls the class's __float__ (found in a base class too), which returns a float.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __float__(self):
        return self.cents / 100.0


class Euro(Money):
    pass


class Ratio:
    def __init__(self, n, d):
        self.n = n
        self.d = d

    def __float__(self):
        return float(self.n) / self.d


def main():
    items = [Money(1234), Euro(5), Money(-1)]
    print([float(m) for m in items], sum(float(m) for m in items))
    r = Ratio(1, 3)
    print(float(r), float(r) * 3, float(Ratio(7, 2)) + 0.5)
    print(float(3), float("2.5"), float(True))


main()
