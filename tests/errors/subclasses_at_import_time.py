# C.__subclasses__() at import time: the evaluator does not track subclasses, and answered [] (a
# wrong answer: python3 prints ['A', 'B']); it is refused instead.
class Base(Exception):
    pass


class A(Base):
    pass


class B(Base):
    pass


NAMES = [c.__name__ for c in Base.__subclasses__()]
for _c in Base.__subclasses__():
    _c.name = _c.__name__
print(NAMES)
