# --gc=gen (docs/GC.md, step 3g): dicts on the collector given to builtins: list(d) (the keys: a
# list of Boehm's for str keys, a list of references built with the dict rooted for instance
# keys), sorted(d) and set(d) of str or int keys, and dict(pairs) of a list of (key, instance)
# tuples, built with the list and the dict rooted while the dict grows. Run under the stress
# modes and the small nurseries (tests/programs/CMakeLists.txt).


class Leaf(object):
    def __init__(self, v):
        self.v = v
        self.pad = [v, v]  # allocates: leaves are built while others are young


def churn(n):
    t = 0
    for i in range(n):
        t += len(Leaf(i).pad)
    return t


def build(n):
    d = {}
    for i in range(n):
        d["k%03d" % ((i * 37) % n)] = Leaf(i)
        if i % 5 == 0:
            churn(10)
    return d


def main():
    d = build(120)
    churn(2000)
    names = sorted(d)
    print(len(names), names[0], names[-1])
    back = sorted(d, reverse=True)
    print(back[0], back[1])
    ks = list(d)
    total = 0
    for k in ks:
        total += d[k].v + len(Leaf(3).pad)
    print("list", len(ks), ks[0], ks[-1], total)
    s = set(d)
    print("set", len(s), "k005" in s)

    by_num = {}
    for i in range(50):
        by_num[i * 3 % 50] = Leaf(i)
    print("ints", sorted(by_num)[:5], sorted(by_num, reverse=True)[:3])

    # keys that are instances: list(d) is a list of references
    keyed = {}
    for i in range(80):
        keyed[Leaf(i)] = i
        churn(3)
    kl = list(keyed)
    churn(1000)
    t = 0
    for k in kl:
        t += k.v * keyed[k]
    print("keyed", len(kl), t)

    # dict(pairs): later pairs overwrite earlier ones, insertion order kept
    pairs = []
    for i in range(200):
        pairs.append(("p%d" % (i % 150), Leaf(i)))
        if i % 7 == 0:
            churn(20)
    made = dict(pairs)
    churn(2000)
    t = 0
    for k in made:
        t += made[k].v
    print("pairs", len(made), list(made)[:3], t, made["p3"].v)
    kp = []
    for i in range(60):
        kp.append((Leaf(i), Leaf(i * 2)))
    kd = dict(kp)
    churn(1000)
    t = 0
    for k, v in kd.items():
        t += k.v + v.v
    print("instance pairs", len(kd), t)


main()
