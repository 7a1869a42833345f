# --gc=gen (docs/GC.md, step 3f): dicts keyed by instances live on the collector. An instance
# hashes by identity, and the collector moves young objects: its hash is taken from its stable
# address (gc::Heap::stable_address: for a young object, its old copy reserved at the first hash),
# so a key hashed young is found again after the collections that promote it. The keys are rooted
# across an insert that grows the table, traced in the entries array, and barriered when stored
# into an old one. Values are numbers, strs, instances; keys are instances and tuples of them.
# Run under the stress modes and the small nursery (tests/programs/CMakeLists.txt).


class Key(object):
    def __init__(self, n):
        self.n = n
        self.pad = [n, n + 1]  # allocates: keys are built while others are young


class Val(object):
    def __init__(self, s):
        self.s = s


class Owner(object):
    def __init__(self):
        self.seen = {}


def churn(n):
    # allocation between dict operations: minor collections move the young keys
    total = 0
    for i in range(n):
        total += len(Key(i).pad)
    return total


def keys_and(d, probe):
    # keys() of a dict keyed by instances allocates a list of references on the collector: this
    # function collects, so probe (young, held only here) is rooted across it
    ks = d.keys()
    return len(ks) * 1000 + probe.n


def main():
    keys = []
    counts = {}
    for i in range(300):
        k = Key(i)
        keys.append(k)
        counts[k] = i * 2  # hashed young; the table grows (allocates) while k is young
        if i % 7 == 0:
            churn(50)
    churn(2000)
    total = 0
    for k in keys:
        total += counts[k]  # found again after the moves
    print("counts", len(counts), total)
    missing = 0
    for i in range(50):
        f = Key(i)
        if f in counts:  # a fresh instance is another key
            missing += 1
    print("fresh keys found", missing)

    # a dict built by a display whose keys allocate
    a = Key(1)
    d = {Key(10): "ten", a: "one", Key(20): "twenty"}
    churn(500)
    print(d[a], len(d), a in d)
    for k, v in d.items():
        print(k.n, v)
    print([k.n for k in d.keys()], sorted(d.values()))

    # values instances too; get / pop / del / setdefault / update / copy / clear
    names = {}
    for i in range(40):
        k = keys[i]
        names[k] = Val("v" + str(k.n))
    churn(1000)
    k3 = keys[3]
    k39 = keys[39]
    f = Key(3)
    print(names[k3].s, names.get(k39).s, names.get(f) is None)
    k5 = keys[5]
    k6 = keys[6]
    popped = names.pop(k5)
    del names[k6]
    print(popped.s, len(names), k5 in names, k6 in names)
    x = Key(99)
    got = names.setdefault(x, Val("new"))
    churn(300)
    print(got.s, names[x].s, names.setdefault(x, Val("other")).s)
    other = {}
    for i in range(100, 140):
        k = keys[i]
        other[k] = Val("o" + str(k.n))
    names.update(other)
    c = names.copy()
    churn(1000)
    k120 = keys[120]
    print(len(names), len(c), c[k120].s, c[x].s)
    c.clear()
    print(len(c), len(names))
    c[keys[0]] = Val("again")
    k0 = keys[0]
    print(c[k0].s)

    # keys() collects; popitem gives (key, value) of the last entry
    print(keys_and(names, Key(5)), keys_and(c, Key(7)))
    k, v = names.popitem()
    k2, v2 = names.popitem()
    churn(500)
    print(k.n, v.s, k2.n, v2.s, len(names), k in names)

    # an old owner's dict given young keys (the entries array is old: barriered stores)
    o = Owner()
    churn(3000)
    for i in range(200):
        k = Key(1000 + i)
        o.seen[k] = i
        if i % 3 == 0:
            del o.seen[k]
        churn(5)
    churn(2000)
    s = 0
    n = 0
    for k in o.seen:
        s += o.seen[k] + k.n
        n += 1
    print("owner", n, s)

    # tuples of instances as keys
    pairs = {}
    for i in range(60):
        pairs[(keys[i], keys[i + 1])] = i
    churn(1000)
    a = keys[10]
    b = keys[11]
    print(pairs[(a, b)], (b, a) in pairs, len(pairs))
    del pairs[(a, b)]
    print((a, b) in pairs, len(pairs))

    # a key hashed while young and stored only in the dict: the dict keeps it alive
    lone = {}
    for i in range(100):
        lone[Key(i)] = i
    churn(3000)
    t = 0
    for k, v in lone.items():
        t += k.n * v + len(k.pad)
    print("lone", t)


main()
