# --gc=gen: type(o) and o.__class__ of the program's instances (their class's name, `is` tests
# against classes, a class value kept and compared). They were refused ("passing an instance to a
# builtin function or a function value"); the class is read from the object's vtable at once
# (rpy_cls_id(), rpy_class_name()), with nothing allocated in between, so the instance needs no
# root there. The instances are young (the shapes are made in the loop, each holding a list) and
# the loop allocates between the reads: run under the stress modes and the small nurseries.


class Shape(object):
    def __init__(self, size):
        self.size = size
        self.marks = [size]

    def area(self):
        return 0


class Square(Shape):
    def area(self):
        return self.size * self.size


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


class Unit(Square):
    pass


def make(i):
    k = i % 4
    if k == 0:
        return Square(i)
    if k == 1:
        return Circle(i)
    if k == 2:
        return Unit(1)
    return Shape(i)


def describe(s):
    return type(s).__name__ + ":" + str(s.area())


def main():
    counts = {}
    squares = 0
    same = 0
    prev = None
    shapes = []
    for i in range(60):
        s = make(i)
        name = type(s).__name__
        counts[name] = counts.get(name, 0) + 1
        if type(s) is Square or s.__class__ is Unit:
            squares += 1
        cls = type(s)
        shapes.append(make(i + 1))  # allocates while cls and s are held
        if prev is not None and cls is type(prev):
            same += 1
        prev = s
        if i % 15 == 0:
            print(describe(s), describe(shapes[-1]), type(make(i + 2)).__name__, s.__class__.__name__)
    print(sorted(counts.items()), squares, same)
    print([type(s).__name__ for s in shapes[:6]], isinstance(shapes[2], Square), type(shapes[2]) is Square)


main()
