# e.__str__() where e's class inherits BaseException.__str__ (str(e), a subclass's own when it has one),
# Exception.__str__(self) and super().__str__() in a subclass's __str__ (the base's message); refused before.
class Base(Exception):
    pass


class A(Base):
    def __init__(self, n):
        super().__init__("a", n)
        self.n = n

    def __str__(self):
        return "A%d/" % self.n + super().__str__()


class B(Base):
    def __str__(self):
        return "B<" + Exception.__str__(self) + ">"


class C(Base):
    pass


def f(k):
    if k == 1:
        raise A(k)
    if k == 2:
        raise B("two", 2)
    if k == 3:
        raise C("plain")
    if k == 4:
        raise C()
    return k


for k in range(5):
    try:
        f(k)
    except Base as e:
        print(e.__str__(), str(e) == e.__str__(), repr(e.__str__()))
try:
    int("zz")
except ValueError as e:
    print(e.__str__())
