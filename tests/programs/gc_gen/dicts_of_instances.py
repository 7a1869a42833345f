# --gc=gen (docs/GC.md, step 3e): dicts whose values are instances (or lists, dicts, tuples of
# them) live on the collector: the header, its index and its entries array are traced, every
# store of a value takes the write barrier, and every dict operation that allocates (an insert
# that grows the table, setdefault, values(), items(), copy(), update(), clear(), a display)
# roots the dict and the value. Keys are strs, ints and tuples of them. Also tuples mixing
# instances with strs (a dict's items, a field (instance, str)), enumerate over a list of
# instances, and json_parse's shape: a tree of dicts and lists of instances built while parsing.
# Run under the stress modes and the small nursery (tests/programs/CMakeLists.txt).


class Node(object):
    def __init__(self, name, weight):
        self.name = name
        self.weight = weight
        self.children = {}
        self.tag = (self, name)


class Holder(object):
    def __init__(self):
        self.by_id = {}
        self.groups = {}


def make_tree(depth, prefix):
    n = Node(prefix, depth)
    if depth > 0:
        for i in range(3):
            # the value is built (allocating) before the dict is read: Python's order
            n.children[prefix + str(i)] = make_tree(depth - 1, prefix + str(i))
    return n


def total(n):
    t = n.weight
    for key, child in n.children.items():
        t += total(child) + len(key)
    return t


def names(n, out):
    out.append(n.name)
    for key in n.children:
        names(n.children[key], out)
    return out


def fill(h, n):
    for i in range(n):
        node = Node("n%d" % i, i)
        h.by_id[i] = node  # an old holder's dict given young values
        g = h.groups.setdefault(i % 7, [])
        g.append(node)
    return h


def churn(h, rounds):
    # replaces values in place (the barrier on an old entries array), deletes and re-inserts
    for r in range(rounds):
        for i in range(0, 200, 3):
            h.by_id[i] = Node("r%d_%d" % (r, i), i * r)
        for i in range(1, 200, 5):
            if i in h.by_id:
                del h.by_id[i]
        for i in range(1, 200, 10):
            h.by_id[i] = Node("back%d" % i, -i)
    s = 0
    for k, v in h.by_id.items():
        s += k + v.weight + len(v.name)
    return s


def displays():
    a = Node("a", 1)
    d = {"x": Node("x", 10), "y": a, "z": Node("z", 30)}
    e = {1: [Node("l0", 1), Node("l1", 2)], 2: []}
    e[2].append(Node("l2", 3))
    s = 0
    for v in d.values():
        s += v.weight
    for k, l in e.items():
        for m in l:
            s += k * m.weight
    c = d.copy()
    c["w"] = Node("w", 100)
    d.update({"q": Node("q", 1000)})
    print(len(c), len(d), sorted(c.keys()), sorted(d.keys()))
    got = d.get("nope")
    print(got is None, d.get("x").weight, d.get("nope", a).name, d.pop("y").name, d.pop("nope", a).weight)
    d.clear()
    d["after"] = Node("after", 7)
    print(s, len(d), d["after"].weight, "after" in d, "x" not in d)


def nested():
    outer = {}
    for i in range(40):
        inner = outer.setdefault("k%d" % (i % 4), {})
        inner[i] = Node("v%d" % i, i)
    s = 0
    for k in sorted(outer.keys()):
        vals = outer[k].values()
        s += len(vals)
        for v in vals:
            s += v.weight
    return s


def tuples_with_strs():
    pairs = []
    for i in range(30):
        n = Node("t%d" % i, i)
        pairs.append((n.name, n))
    s = 0
    for name, n in pairs:
        s += len(name) + n.weight + len(n.tag[1])
    for i, p in enumerate(pairs):
        s += i * p[1].weight
    return s


def main():
    t = make_tree(4, "r")
    print(total(t), len(names(t, [])), names(t, [])[:5])
    h = fill(Holder(), 300)
    print(churn(h, 4), len(h.by_id), len(h.groups), [len(h.groups[k]) for k in range(7)])
    displays()
    print(nested())
    print(tuples_with_strs())


main()
