# zip(*rows): the number of iterables is known only at run time, so each row of the result is a
# tuple of unknown length: transposing lists of lists, strings, tuples of one item type, rows
# from a generator; an empty argument gives no rows; rows stop at the shortest iterable.


def transpose(matrix):
    return [list(r) for r in zip(*matrix)]


def columns(rows):
    out = []
    for col in zip(*rows):
        out.append("".join(col) + ":" + str(len(col)) + col[0])
    return out


def gen(n):
    for i in range(n):
        yield [i, i * i, -i]


def main():
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*matrix)), transpose(matrix), transpose([]))
    print(columns(["abc", "def", "gh"]))
    pairs = [(1, 2), (3, 4), (5, 6)]
    a, b = zip(*pairs)
    print(a, b, sum(a), max(b))
    print(list(zip(*gen(3))))
    t = list(zip(*[[1.5, 2.5], [3.5]]))
    print(t, len(t))
    sums = [sum(c) for c in zip(*matrix)]
    print(sums)


main()
