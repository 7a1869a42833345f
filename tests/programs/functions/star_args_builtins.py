# f(*t) of builtins and of exception classes spreads a tuple's items: module-level and local
# tuples, displays, attributes holding tuples.
t = (3, 9, 4)


class Box:
    def __init__(self):
        self.pair = (7, 2)


def local_case():
    u = (1.5, -2.5)
    b = Box()
    return max(*u), min(*b.pair), abs(*(-4,))


print(max(*t), min(*(5, 2)))
print(local_case())
try:
    raise ValueError(*("a", 1))
except ValueError as e:
    print(e)
try:
    raise KeyError(*("k",))
except KeyError as e:
    print(repr(e))
print(*t)
