# A sort whose __lt__ raises part way: Python leaves the list a permutation of its items, in the
# state its timsort reached; a translated program leaves the same.
class Budget(Exception):
    pass


class Item(object):
    calls = [0]

    def __init__(self, v, tag):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        Item.calls[0] += 1
        if Item.calls[0] > LIMIT[0]:
            raise Budget()
        return self.v < other.v


LIMIT = [0]


def build(n):
    out = []
    s = 7
    for i in range(n):
        s = (s * 75 + 74) % 65537
        out.append(Item(s % 50, i))
    return out


def show(xs):
    return " ".join(["%d/%d" % (x.v, x.tag) for x in xs])


def main():
    for n, limit in [(10, 5), (40, 60), (100, 300), (100, 100000), (300, 900)]:
        xs = build(n)
        Item.calls[0] = 0
        LIMIT[0] = limit
        try:
            xs.sort()
            print("sorted %d" % Item.calls[0])
        except Budget:
            print("stopped after %d" % limit)
        if n <= 40:
            print(show(xs))
        else:
            print(sum([x.v * (i + 1) for i, x in enumerate(xs)]))
        ys = build(n)
        Item.calls[0] = 0
        try:
            ys.sort(reverse=True)
        except Budget:
            pass
        print(sum([y.tag * (i + 1) for i, y in enumerate(ys)]))


main()
