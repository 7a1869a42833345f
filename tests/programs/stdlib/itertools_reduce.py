# functools.reduce and itertools in translated code (rpy's lib/std/_rpy_itertools.py takes the
# builtins' place): several item types, lambdas and functions, infinite generators cut short.
import functools
import itertools
from functools import reduce
from itertools import accumulate, chain, combinations, count, groupby, islice, permutations, product, repeat, zip_longest


def mul(a, b):
    return a * b


def main():
    print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), functools.reduce(mul, [1, 2, 3], 10))
    print(reduce(lambda a, b: a + b, ["x", "y", "z"]), reduce(max, [3.5, 1.0, 7.25]))
    try:
        reduce(mul, [])
    except TypeError as e:
        print("TypeError", e)
    out = []
    for i in count(5):
        if i > 8:
            break
        out.append(i)
    for x in itertools.count(1.5, 0.5):
        if x > 3:
            break
        out.append(int(x * 10))
    print(out)
    print(list(chain([1, 2], [3])), list(chain("ab", "cd", "e")))
    print(list(product([1, 2], "ab")), list(product([0, 1], [0, 1], [5])))
    print(list(permutations([1, 2, 3], 2)), list(permutations("abc", r=3)))
    print(list(combinations([1, 2, 3, 4], 2)), list(combinations(range(4), 3)), list(combinations([1], 2)))
    print(list(islice([1, 2, 3, 4, 5], 3)), list(islice(count(), 2, 9, 3)), list(islice("abcdef", 1, 4)))
    print(list(repeat("x", 3)), list(islice(repeat(7), 2)), list(repeat(1, 0)))
    print(list(zip_longest([1, 2, 3], [4], fillvalue=0)), list(zip_longest("ab", "xyz", fillvalue="-")))
    print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
    print(list(accumulate(["a", "b", "c"])))
    for k, g in groupby("aabbbca"):
        print(k, list(g))
    for k, g in groupby([1, 3, 2, 4, 5], lambda n: n % 2):
        print(k, list(g))
    words = ["apple", "avocado", "banana", "blueberry", "cherry"]
    print([(k, len(list(g))) for k, g in groupby(words, key=lambda w: w[0])])
    total = 0
    for a, b in product(range(3), range(3)):
        total += a * b
    print(total, sum(1 for _ in combinations(range(10), 3)))


main()
