# frozensets as dict keys and set items: CPython 3.11's frozenset hash and equality by items (keys were compared by identity: lookups failed), a set as a key raises TypeError unhashable
def main():
    s = {frozenset([1]), frozenset([2, 3]), frozenset(), frozenset([7, 8, 9]), frozenset([3, 2])}
    print(s, len(s))
    print(hash(frozenset([1, 2])), hash(frozenset()), hash(frozenset([5, 6, 7])))
    t = set()
    d = {}
    d[frozenset(t)] = 1
    d[frozenset([4])] = 2
    print(d, d[frozenset()], frozenset([4]) in d, frozenset([5]) in d)
    m = {1}
    try:
        d[m] = 5
    except TypeError as e:
        print("TypeError", e)
    groups = {}
    for w in ["ab", "ba", "abc", "cab", "x"]:
        groups.setdefault(frozenset(w), []).append(w)
    print(sorted((sorted(k), v) for k, v in groups.items()))
main()
