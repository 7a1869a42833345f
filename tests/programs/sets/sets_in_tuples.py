# Sets inside tuples and lists: equal when they hold the same items, and ordered by proper subset
# when tuples holding them are compared or sorted (sorted(d.items()) of a dict of sets).


def main():
    n = 2
    a = (1, {n})
    b = (1, {2})
    print(a == b, [a] == [b], a in [b], (1, {3}) in [a, b])
    groups = {3: {1}, 1: {2, n}, 2: {7, 8}}
    for k, s in sorted(groups.items()):
        print(k, sorted(s))
    pairs = [(0, {1, 2, 3}), (0, {1}), (0, {1, 2})]
    pairs.sort()
    print([len(s) for _, s in pairs], (0, {1}) < (0, {1, 2}), (0, {1}) < (0, {5, 6}))


if __name__ == '__main__':
    main()
