# A generator over the items/keys/values of a dict that stays empty (its types never known).


class Registry:
    def __init__(self):
        self.table = {}

    def entries(self):
        for k, v in self.table.items():
            yield "%s=%s" % (k, v)

    def names(self):
        for k in self.table.keys():
            yield k

    def sizes(self):
        for v in self.table.values():
            yield v


def main():
    r = Registry()
    print(list(r.entries()))
    print(list(r.names()), len(list(r.sizes())))
    for e in r.entries():
        print("never", e)
    print("done")
    more()


def local_table():
    seen = {}
    for k, v in seen.items():
        yield k
    for pair in seen.items():
        yield pair[0]
    yield "end"


def comprehension(r):
    return [k for k, v in r.table.items()] + ["x%s" % v for v in r.table.values()]


def more():
    print(list(local_table()))
    r = Registry()
    print(comprehension(r))
    print(sorted(r.table.items()), dict(r.table.items()))


if __name__ == "__main__":
    main()
