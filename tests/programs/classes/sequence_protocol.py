# Iterating over an instance whose class has __getitem__ and no __iter__: Python's sequence
# protocol, obj[0], obj[1]... until IndexError (or StopIteration).


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


class Squares:
    def __init__(self, n):
        self.n = n
        self.asked = []

    def __getitem__(self, i):
        self.asked.append(i)
        if i >= self.n:
            raise IndexError("done")
        return i * i


class Words:
    def __init__(self, text):
        self.words = text.split()

    def __getitem__(self, i):
        if i == len(self.words):
            raise StopIteration
        return self.words[i].upper()


b = Bag([3, 1, 2])
for x in b:
    print(x, end=" ")
print()
print([x * 10 for x in b], sorted(b), sum(b), list(b), max(b), tuple(b))
s = Squares(5)
print(list(s), s.asked)
it = iter(Squares(3))
print(next(it), next(it), next(it), next(it, -1))
print(list(enumerate(Words("a b c"))), list(zip(Words("x y"), Squares(9))))
print({w: len(w) for w in Words("one three")}, set(Bag([1, 1, 2])) == {1, 2})
print(",".join(Words("x y z")), any(v > 2 for v in b), list(map(str, Squares(4))))


class Chars:
    def __init__(self, s):
        self.s = s

    def __iter__(self):
        return iter(self.s)


print("-".join(Chars("abc")), "".join(reversed(list(Chars("xyz")))))
