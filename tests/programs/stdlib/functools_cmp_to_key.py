# functools.cmp_to_key as the key= of sorted() and list.sort(): the items ordered by f(a, b) < 0,
# with reverse=, a lambda, a bound method, a float result, stability, tuples. Refused before.
import functools
from functools import cmp_to_key

calls = []


def compare(a, b):
    return (a > b) - (a < b)


def compare_int(a, b):
    return (a > b) - (a < b)


def by_len_then_alpha(a, b):
    calls.append((a, b))
    if len(a) != len(b):
        return compare_int(len(a), len(b))
    return compare(a, b)


words = ["bb", "a", "ccc", "ab", "b", "ba", "c"]
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(len(calls), calls[:4])
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))
nums = [5, 3, 9, 1, 3, 7]
nums.sort(key=cmp_to_key(lambda x, y: y - x))
print(nums)


def by_first(p, q):
    return p[0] - q[0]


pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]
print(sorted(pairs, key=cmp_to_key(by_first)))
print(sorted(pairs, key=cmp_to_key(by_first), reverse=True))


class Ranker:
    def __init__(self, weight):
        self.weight = weight

    def cmp(self, a, b):
        return (a % self.weight) - (b % self.weight) + 0.5 * 0


r = Ranker(4)
print(sorted(range(12), key=cmp_to_key(r.cmp)))
fl = [2.5, -1.0, 3.25]
print(sorted(fl, key=cmp_to_key(lambda a, b: a - b)))
print(sorted([], key=cmp_to_key(compare_int)))
