# A class the script tests for (`type(v) is Cell`, `v.__class__ == Cell`) but never instantiates:
# its method reads a field nothing assigns; the read cannot run, so it is accepted (as RPython
# does) and the tests are False.
class Value:
    pass


class Int(Value):
    def __init__(self, n):
        self.n = n


class Cell(Value):
    def __init__(self, c):
        self.c = c

    def get(self):
        return self.c


def show(v):
    if type(v) is Cell:
        return "cell " + str(v.get())
    if isinstance(v, Int):
        return str(v.n)
    return "?"


for v in [Int(2), Value()]:
    print(show(v), type(v) is Cell, v.__class__ == Cell)
