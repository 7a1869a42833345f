# Printing a container of classes: Python prints [<class '__main__.Shape'>, ...], which rpy does
# not produce yet (a class value alone is printed); the message says what to print instead.
class Shape:
    pass


class Square(Shape):
    pass


def pick(n):
    return Square if n > 2 else Shape


print(pick(3).__name__, pick(1))
print([pick(1), Square])
