# Iterators whose items are tuples of None only (no item type is ever known: an empty list given
# to itertools.pairwise/combinations/permutations/product, or a generator yielding (None, None)).
import itertools


def pairs_of_nothing():
    yield (None, None)
    yield (None, None)


def main():
    print(list(itertools.pairwise([])))
    print(list(itertools.combinations([], 2)))
    print(len(list(itertools.permutations([], 2))))
    print(list(itertools.product([], [])))
    count = 0
    for a, b in itertools.pairwise([]):
        count += 1
    print(count)
    got = list(pairs_of_nothing())
    print(got, len(got), got[0] == (None, None))
    for a, b in pairs_of_nothing():
        print(a is None, b)


if __name__ == "__main__":
    main()
