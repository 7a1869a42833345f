# committed: python3 prints the unbounded result; a translated script's int is 64-bit, so the overflow stops it (RPYTHON.md 5)
# check-traceback
# Two overflow stops in main after inlining: the product in Vec.__mul__ and the constant 10 ** 20
# at the end. g++ -O2 merged the identical calls of the stop (tail merging), and the traceback
# named the line of `Vec(1, 1) * 3` and Vec.__mul__ for the overflow of the last line.
class Vec:
    def __repr__(self):
        return "V"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Counter2:
    @property
    def n(self):
        return self._n
    @n.setter
    def n(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
def make_acc():
    def add(k):
        total += k
def gen_squares(n):
    for i in range(n):
        if i % 5 == 4:
            continue
def main():
    pts = {Vec(1, 2), Vec(2, 1), Vec(1, 2), Vec(-3, 0)}
    print(Vec(1, 2) + Vec(3, 4) * 2, (Vec(1, 1) * 3).norm1)
    c = Counter2()
    try:
        c.n = -1
    except ValueError as e:
        print("err", e)
    words = "the quick brown fox jumps over the lazy dog the end".split()
    first, *rest = [10, 20, 30, 40]
    d = {w: i for i, w in enumerate(words, start=1)}
    s1, s2 = set("hello"), set("world")
    print(divmod(-7, 2), -7 // 2, -7 % 2, 7 / 2, 2 ** -1, 10 ** 20)
main()
