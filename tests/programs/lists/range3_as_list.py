# Python 3's range used where a list gives the same answers: iterated (twice, from a variable),
# len(), indexing, slicing then iterating, `in`, reversed(), list()/sorted()/sum()/min()/max(),
# range == range, and list(range(...)) changed as a list.
def main():
    r = range(2, 12, 3)
    for i in r:
        print(i)
    print(sum(x for x in r), len(r), r[0], r[-1], 5 in r, 6 in r)
    print(list(r), list(r[1:]), list(reversed(r)))
    print(sorted(r, reverse=True), min(r), max(r))
    print(r == range(2, 12, 3), r != range(3), range(0) == range(4, 2))
    print(r.index(8), r.count(5))
    xs = list(range(3))
    xs.append(7)
    print(xs, xs == [0, 1, 2, 7])
    total = 0
    for i in range(5):
        total += i
    print(total, [i * i for i in range(4)], tuple(range(3)))


main()
