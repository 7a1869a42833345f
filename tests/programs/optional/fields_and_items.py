# Attributes, list items, dict values and tuples that may be None: read after a test, printed,
# compared with ==, 'in' a list, negated by a function that keeps None.
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.cost = None
        self.pos = None


def walk(nodes):
    for n in nodes:
        if n.cost is None:
            print(n.name, "no cost")
        else:
            print(n.name, n.cost + 1)


nodes = [Node("a"), Node("b"), Node("c")]
nodes[1].cost = 4
nodes[2].cost = 0
nodes[2].pos = (1, 2)
walk(nodes)
for n in nodes:
    print(n.name, n.pos, n.cost == 0, n.cost)
    if n.pos:
        x, y = n.pos
        print(x + y)
xs = [3, 1, 2]
m = max(xs)
print(m)
e = None
print(e)
vals = [None, 1.5, None, 2.0]
tot = 0.0
for v in vals:
    if v is not None:
        tot += v
print(tot, vals, 1.5 in vals, None in vals, 3.0 in vals)
d = {1: None, 2: 3}
print(d, d[1], d[2])
pairs = {}
pairs[(1, 2)] = None
pairs[(2, 3)] = (4, 5)
print(pairs)
def neg(v):
    return -v if v is not None else None
print(neg(3), neg(None))
a = None
b = 3
k = 0
while k < 2:
    print(a == b, a != b, a is None)
    a = b
    k += 1
flags = [None, True, False]
for f in flags:
    print(f, not f, f is False)
