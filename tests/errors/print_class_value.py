# Printing a class: Python prints <class '__main__.Shape'>, which rpy does not produce yet; the
# message says what Python prints and what to print instead.
class Shape:
    pass


class Square(Shape):
    pass


def pick(n):
    return Square if n > 2 else Shape


print(pick(3).__name__)
print(pick(1))
