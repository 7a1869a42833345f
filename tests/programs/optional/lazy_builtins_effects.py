# What a lazy builtin does at the call happens at the call: product(), permutations() and
# combinations() read their iterables whole, in order, when called; map(), zip_longest() and
# islice() pull one item from each iterator at each step, in order.
import itertools
import sys


def gen(name, n):
    for i in range(n):
        print("  %s yields %d" % (name, i))
        yield i


def main(k):
    print("product")
    p = itertools.product(gen("a", k), gen("b", k - 1))
    print("made")
    for t in p:
        print(t)
    print("permutations")
    q = itertools.permutations(gen("c", k), 2)
    print("made")
    print(list(q))
    print("combinations")
    c = itertools.combinations(gen("d", k + 1), 3)
    print("made")
    print(list(c))
    print("zip_longest")
    z = itertools.zip_longest(gen("e", k), gen("f", k - 2), gen("g", k + 1), fillvalue=-1)
    print("made")
    for t in z:
        print(t)
    print("zip_longest 2")
    for t in itertools.zip_longest(gen("h", 1), gen("i", k)):
        print(t)
    print("map")
    m = map(lambda u, v: u * 10 + v, gen("j", k), gen("k", k - 1))
    print("made")
    for v in m:
        print(v)
    print("map 3")
    print(list(map(lambda u, v, w: u + v + w, gen("l", k), gen("m", k + 1), gen("n", 2))))
    print("islice")
    s = itertools.islice(gen("o", k + 2), 1, 3)
    print("made")
    print(list(s))
    print("accumulate")
    print(list(itertools.accumulate(gen("p", k))))


main(len(sys.argv) + 2)
