# Python 3 does not order dicts: comparing tuples whose dicts differ raises TypeError; equal
# dicts (by value) let the comparison go on, and sorted(d.items()) never compares the values.
def main():
    g = {3: {'a': 1.5}, 1: {'b': 2.0, 'c': 0.5}, 2: {}}
    for k, v in sorted(g.items()):
        print(k, sorted(v.items()))
    rows = [(1, {'x': 2}), (0, {'x': 1}), (1, {'x': 2})]
    rows.sort()
    print(rows)
    try:
        print((1, {'a': 1}) < (1, {'a': 2}))
    except TypeError as e:
        print('TypeError', e)
    try:
        rows.append((1, {'x': 3}))
        rows.sort()
    except TypeError as e:
        print('TypeError', e)
    return 0


if __name__ == '__main__':
    main()
