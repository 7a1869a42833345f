# `a, b = zip(*rows)` where each row is a tuple of fixed length whose items have different types:
# each name gets a column, a tuple of its own item type (indexed, iterated, measured, summed); no
# row at all gives no column, and the unpacking raises Python's ValueError; rows from a
# generator, three and four columns, and a column that is itself a tuple.


def people_rows():
    return [("ann", 31, 1.5), ("bob", 25, 2.25), ("cy", 40, 0.5)]


def unzip_people(rows):
    names, ages, scores = zip(*rows)
    return names, ages, scores


def oldest(rows):
    names, ages = zip(*[(r[0], r[1]) for r in rows])
    best = 0
    for i in range(len(ages)):
        if ages[i] > ages[best]:
            best = i
    return names[best]


def gen_pairs(n):
    for i in range(n):
        yield (str(i) * 2, i * i)


def main():
    names, ages, scores = unzip_people(people_rows())
    print(names, ages, scores)
    print(names[0], ages[-1], len(scores), sum(ages), max(scores))
    for n in names:
        print(n.upper(), end=" ")
    print()
    print(oldest(people_rows()))
    keys, squares = zip(*gen_pairs(4))
    print(keys, squares, sorted(squares, reverse=True))
    a, b, c, d = zip(*[(1, "x", [1, 2], (True, 2.0)), (2, "y", [], (False, 0.5))])
    print(a, b, c, d, d[1][0])
    empty = people_rows()[:0]
    try:
        names, ages, scores = zip(*empty)
        print("no error", names)
    except ValueError as exc:
        print("ValueError:", exc)
    try:
        x, y = zip(*[(k, str(k)) for k in range(0)])
        print(x, y)
    except ValueError as exc:
        print("ValueError:", exc)
    one_name, one_age = zip(*[("zed", 9)])
    print(one_name, one_age, one_name + names)


main()
