# --gc=gen: dicts and sets keyed by instances of classes defining __eq__ and __hash__. A lookup
# calls them (generated code) while it holds the tables by raw pointers: they were refused ("a dict
# keyed by instances of a class defining __eq__ or __hash__"); they are admitted when those methods
# cannot collect (GcGen: whole-program fixpoint). Keys equal but distinct find each other; the
# tables grow while keys and values are young. Run under the stress modes and the small nurseries.


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 31 + self.y


class Point3(Point):
    def __init__(self, x, y, z):
        Point.__init__(self, x, y)
        self.z = z


class Cell(object):
    def __init__(self, v):
        self.v = v
        self.pad = [v]


def main():
    grid = {}
    for i in range(60):
        for j in range(5):
            grid[Point(i, j)] = Cell(i * j)
    total = 0
    for i in range(0, 60, 7):
        k = Point(i, 3)  # a key computed in the lookup is refused: a variable
        total += grid[k].v
        k = Point(i, 9)
        if k in grid:
            total += 1000
    a, b = Point(2, 2), Point(99, 0)
    print(len(grid), total, grid.get(a).v, grid.get(b) is None)
    c = Point(1, 1)
    del grid[c]
    grid[Point(2, 2)] = Cell(-5)
    print(len(grid), grid[a].v, c in grid)
    seen = set()
    for r in range(3):
        for i in range(40):
            seen.add(Point3(i % 13, i % 3, r))
    a, b, c = Point(4, 1), Point(4, 2), Point(0, 0)
    print(len(seen), a in seen, b in seen)
    seen.discard(c)
    print(len(seen))
    counts = {}
    for i in range(100):
        p = Point(i % 4, 0)
        counts[p] = counts.get(p, 0) + 1
    print(sorted([(k.x, v) for k, v in counts.items()]))


main()
