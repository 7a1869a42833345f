# map() and filter() in a Python 3 script: iterators (lazy), with one or several iterables,
# filter(None, ...), builtin types' methods as functions (str.upper), consumed by every kind of
# consumer: unpacking, join, sum/max/min, sorted, set, tuple, dict, for, enumerate, zip, next.
s = "3 4"
a, b = map(int, s.split())
print(a + b)
print(" ".join(map(str, [1, 2, 3])), sum(map(int, ["1", "2"])), max(map(len, ["ab", "c"])))
print(sorted(map(abs, [-3, 1, -2])), set(map(abs, [1, -1])), tuple(map(abs, [-1, 2])), list(map(lambda v: v * 2, range(3))))
print(dict(map(lambda v: (v, v * v), range(3))), any(map(bool, [0, 1])), min(map(abs, [-5, 3])))
for i, v in enumerate(map(abs, [-7, 8])):
    print(i, v)
print(list(zip(map(abs, [-1, -2]), "ab")))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda x, y, z: x + y + z, "ab", "cd", "ef")))
print(list(filter(None, [0, 1, 2, 0, 3])), list(filter(str.isdigit, "a1b2")), list(filter(lambda w: len(w) > 1, ["a", "bb", "ccc"])))
m = map(int, "12")
print(next(m), list(m))


def calls():
    # map is lazy: f runs when an item is asked for, not when map() is called.
    out = []

    def f(x):
        out.append(x)
        return x * 10

    it = map(f, [1, 2, 3])
    out.append(0)
    first = next(it)
    return out, first


print(calls())
nums = list(map(float, "1.5 2.25".split()))
print(nums, sum(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))))
print(list(map(str.upper, ["a", "b"])), list(map(len, filter(None, ["", "ab", "c"]))))
words = ["b", "A", "c"]
print(sorted(words, key=str.lower), str.upper("x"), list(map(str.strip, [" a ", "b "])))
squares = set(filter(lambda n: n % 2 == 0, map(lambda n: n * n, range(7))))
print(sorted(squares))
