# functools.cmp_to_key(f) made at module level (a key class made at import time) as the key= of
# sorted() and list.sort() in translated code, and cmp_to_key(f) of a function or a lambda there.
from functools import cmp_to_key


def compare_versions(a, b):
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    if pa < pb:
        return -1
    if pa > pb:
        return 1
    return 0


VERSION_KEY = cmp_to_key(compare_versions)


class Item:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio


def by_prio_then_name(x, y):
    if x.prio != y.prio:
        return y.prio - x.prio
    return (x.name > y.name) - (x.name < y.name)


def main():
    vs = ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2"]
    print(sorted(vs, key=VERSION_KEY))
    vs2 = list(vs)
    vs2.sort(key=VERSION_KEY)
    print(vs2[-1])
    vs.sort(key=VERSION_KEY, reverse=True)
    print(vs)
    items = [Item("b", 2), Item("a", 2), Item("c", 5), Item("d", 1)]
    for it in sorted(items, key=cmp_to_key(by_prio_then_name)):
        print(it.name, it.prio)
    print(sorted([5, 3, 9], key=cmp_to_key(lambda a, b: b - a)))


main()
