# --gc=gen: instances, lists, dicts and sets of instances built at import time (prebuilt) and used
# by translated code: singletons, tables of instances, a module-level registry the program fills,
# a class attribute holding an instance, prebuilt instances as dict keys and set items, a script's
# module variable rebound to new instances. They were refused ("a prebuilt instance or container of
# instances"). Each is allocated on the collector at start-up, its static variable a root; the
# program stores young objects into them after they are old (the write barrier), and allocates
# enough for them to move. Run under the stress modes and the small nurseries.


class Color(object):
    def __init__(self, name, rgb):
        self.name = name
        self.rgb = rgb
        self.uses = 0


class Node(object):
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


class Registry(object):
    def __init__(self):
        self.items = []
        self.last = None
        self.count = 0


class Shape(object):
    DEFAULT_COLOR = None  # set below to a prebuilt instance

    def __init__(self, n):
        self.n = n


RED = Color("red", 0xFF0000)
GREEN = Color("green", 0x00FF00)
BLUE = Color("blue", 0x0000FF)
PALETTE = [RED, GREEN, BLUE]
BY_NAME = {"red": RED, "green": GREEN, "blue": BLUE}
CODES = {RED: 1, GREEN: 2, BLUE: 3}
PRIMARY = set([RED, BLUE])
CHAIN = Node(1, Node(2, Node(3, None)))
REGISTRY = Registry()
Shape.DEFAULT_COLOR = GREEN
current = Node(0, None)


def churn(k):
    # young garbage, so that the nursery fills and the prebuilt objects move
    keep = []
    for i in range(k):
        keep.append(Node(i, None))
    return len(keep)


def register(n):
    node = Node(n, REGISTRY.last)
    REGISTRY.items.append(node)
    REGISTRY.last = node  # a young node stored into a prebuilt (old) instance
    REGISTRY.count += 1


def main():
    global current
    total = 0
    for r in range(40):
        c = PALETTE[r % 3]
        c.uses += 1
        total += churn(20 + r)
        register(r)
        BY_NAME["c%d" % (r % 5)] = Color("c%d" % r, r)  # a young value into a prebuilt dict
        current = Node(r, current)
        total += CODES[c] + (1 if c in PRIMARY else 0)
    print(total)
    print([(c.name, c.uses, c.rgb) for c in PALETTE])
    print(sorted([(k, v.name) for k, v in BY_NAME.items()]))
    s = 0
    n = REGISTRY.last
    while n is not None:
        s += n.v
        n = n.nxt
    print(REGISTRY.count, len(REGISTRY.items), s)
    s = 0
    n = current
    while n is not None:
        s += n.v
        n = n.nxt
    print(s)
    n = CHAIN
    vals = []
    while n is not None:
        vals.append(n.v)
        n = n.nxt
    print(vals)
    sh = Shape(3)
    print(sh.DEFAULT_COLOR.name, Shape.DEFAULT_COLOR is GREEN, RED in PRIMARY, GREEN in PRIMARY)
    PALETTE.append(Color("white", 0xFFFFFF))
    churn(500)
    print(len(PALETTE), PALETTE[-1].name, BY_NAME["red"] is RED, CODES.get(BLUE, 0))


main()
