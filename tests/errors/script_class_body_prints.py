print("start")


class Shape(object):
    print("defining Shape")
    sides = 0


print(Shape.sides)
