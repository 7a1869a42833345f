# Set methods take any iterable, as Python's: difference/intersection/union/issubset of a list, a
# str, a dict, a generator; isdisjoint() and issuperset() stop at the first item that decides.
def gen(n):
    for i in range(n):
        yield i


def noisy():
    for i in [5, 1, 2]:
        print("noisy", i)
        yield i


def main():
    s0 = {1, 2}
    print(s0.issuperset(noisy()))
    print(s0.isdisjoint(noisy()))
    print(s0.issubset(noisy()))
    print(s0.difference(noisy()))
    print(s0.intersection(noisy()) == s0)
    it = iter([3, 1, 2, 4])
    print(s0.isdisjoint(it), list(it))
    s0.update(noisy())
    print(sorted(s0))
    s0.difference_update(x for x in range(2))
    print(sorted(s0))
    s = {1, 2, 3, 4}
    print(sorted(s.difference([1, 2])))
    print(sorted(s.intersection([2, 3, 9])))
    print(sorted(s.union([7, 8])))
    print(s.issubset([1, 2, 3, 4, 5]))
    print(s.issubset([1, 2]))
    print(sorted(s.difference(gen(3))))
    print(sorted(s.intersection(range(3))))
    print(sorted(s.union((9, 10))))
    print(s.issuperset([1, 2]))
    print(s.isdisjoint([5, 6]))
    print(s.isdisjoint(gen(2)))
    print(sorted(s.symmetric_difference([4, 5])))
    t = set("abc")
    print(sorted(t.difference("ab")))
    print(sorted(t.union("xy")))
    f = frozenset([1, 2])
    print(sorted(f.union([3])))
    d = {1: "a", 5: "b"}
    print(sorted(s.difference(d)))
    print(sorted(s.intersection(d.keys())))
    s.difference_update([1])
    s.intersection_update([2, 3, 4, 6])
    s.update([10])
    s.symmetric_difference_update([10, 11])
    print(sorted(s))


main()
