# sum(items, start) of instances with __add__, of lists and of tuples: start + each item, as
# Python's sum() adds them (refused before: only numbers).
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __radd__(self, o):
        return V(self.x + o)

    def __repr__(self):
        return "V(%r)" % self.x


print(sum([V(1), V(2)], V(10)), sum((V(i) for i in range(4)), start=V(0)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([V(1.5)], V(0.5)))
