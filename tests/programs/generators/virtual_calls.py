# Inside a generator, a raise of a new exception, an assert, an overridden method called on a
# new instance and type() of a new instance: g++ 12 crashed compiling such virtual calls in a
# coroutine when the object was built by a statement expression.


class Oops(Exception):
    def __init__(self, code):
        self.code = code


class Shape(object):
    def __init__(self, n):
        self.n = n

    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return self.n * self.n


class Line(Shape):
    def area(self):
        return self.n


def make(k):
    if k % 2:
        return Square(k)
    return Line(k)


def gen(n):
    assert len('abc') >= 0
    for i in range(n):
        yield (Square(i) if i % 2 else Line(i)).area()
        yield make(i).area()
        yield 100 + (type(Square(i)) is Square)
    if n > 2:
        raise Oops(n * 10)
    yield -1


def main():
    for n in (2, 4):
        try:
            print([x for x in gen(n)])
        except Oops as e:
            print('oops', e.code)


if __name__ == '__main__':
    main()
