# --gc=gen (docs/GC.md, step 3g): sets of instances (and of tuples holding them) live on the
# collector. The header and the table (CPython's slot array) are objects of the collector; a key
# hashes by its stable address (gc::Heap::stable_address), so a key hashed young is found again
# after the collections that promote it; the set and its old table are rooted while a growing table
# is allocated; a key stored into an old table takes the write barrier; a loop over a set roots the
# set and the table it started with. Iteration order follows addresses (as in CPython): only
# order-free results are printed. Run under the stress modes and the small nurseries
# (tests/programs/CMakeLists.txt).


class Node(object):
    def __init__(self, n):
        self.n = n
        self.pad = [n, n + 1]  # allocates: nodes are built while others are young


class Graph(object):
    def __init__(self):
        self.visited = set()  # an old owner's set, given young keys later
        self.nodes = []


def churn(n):
    total = 0
    for i in range(n):
        total += len(Node(i).pad)
    return total


def total_of(s):
    # a loop over a set whose body allocates: the set and its table move under it
    t = 0
    for x in s:
        t += x.n + len(Node(x.n).pad)
    return t


def grow(s, n, base):
    # every add may grow the table while the key just made is young
    for i in range(n):
        s.add(Node(base + i))
        if i % 5 == 0:
            churn(20)
    return s


def main():
    s = set()
    keep = []
    for i in range(200):
        k = Node(i)
        keep.append(k)
        s.add(k)  # hashed young; the table grows while k is young
        s.add(k)  # already there
        if i % 9 == 0:
            churn(40)
    churn(3000)
    found = 0
    for k in keep:
        if k in s:  # found again after the moves
            found += 1
    print("found", len(s), found)
    fresh = 0
    for i in range(30):
        f = Node(i)
        if f in s:  # a fresh instance is another item
            fresh += 1
    print("fresh found", fresh)
    print("total", total_of(s))

    # discard, remove, pop, and re-adding into the dummies
    for i in range(50):
        k = keep[i]
        s.discard(k)
    s.discard(Node(-1))
    for i in range(50, 60):
        k = keep[i]
        s.remove(k)
    try:
        s.remove(keep[0])
    except KeyError:
        print("KeyError on remove")
    popped = 0
    for i in range(20):
        popped += s.pop().n
    print("after removals", len(s), popped > 0)
    for i in range(30):
        k = keep[i]
        s.add(k)
        churn(3)
    print("re-added", len(s), total_of(s) > 0)

    # an old owner's set given young keys: the old table needs the barrier
    g = Graph()
    churn(3000)  # g and its set are old now
    for i in range(100):
        n = Node(1000 + i)
        g.visited.add(n)
        if i % 3 == 0:
            g.nodes.append(n)  # the rest are held only by the set
        churn(5)
    churn(3000)
    print("owner", len(g.visited), total_of(g.visited))
    held = 0
    for n in g.nodes:
        if n in g.visited:
            held += 1
    print("owner held", held)

    # displays with allocating items, set(list), set(set), copy, update, clear
    a, b = Node(1), Node(2)
    d = {a, b, Node(3), a}
    print("display", len(d), total_of(d))
    lst = []
    for i in range(40):
        lst.append(Node(i))
    lst.append(lst[0])
    from_list = set(lst)
    print("set(list)", len(from_list), total_of(from_list))
    c = from_list.copy()
    c2 = set(c)
    c.add(Node(99))
    print("copy", len(c), len(c2), len(from_list))
    u = set()
    u.update(from_list)
    u.update([Node(7), Node(8), lst[3]])
    u.update(grow(set(), 25, 500))
    print("update", len(u), total_of(u))
    print("subset", from_list.issubset(u), u.issuperset(c2), u.issubset(from_list), c2.isdisjoint(g.visited))
    u.clear()
    u.add(Node(5))
    print("clear", len(u), total_of(u))

    # tuples holding instances as items
    pairs = set()
    for i in range(60):
        n = Node(i)
        pairs.add((i % 7, n))
        pairs.add((i % 7, n))
        if i % 4 == 0:
            churn(30)
    churn(2000)
    tot = 0
    for p in pairs:
        tot += p[0] * 100 + p[1].n
    print("pairs", len(pairs), tot)
    x = Node(5)
    probe = (3, x)
    pairs.add(probe)
    other = (3, Node(5))
    print("pair found", probe in pairs, other in pairs)

    # sets held only by a set-returning function, and a set of a subclass
    big = grow(set(), 500, 0)
    churn(2000)
    print("grown", len(big), total_of(big))
    first = set()
    five = [keep[0], keep[1], keep[2], keep[3], keep[4]]
    fz = frozenset(five)
    k0 = keep[0]
    print("frozenset", len(fz), k0 in fz, len(first))


main()
