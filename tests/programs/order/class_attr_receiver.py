# A class attribute read through an instance built in place (`C(k()).kind`): its value is known
# when translating, but building the receiver runs code, in Python's order among the operands
# (the receiver ran after a later operand: found by the differential CI batch, py3 ci1 135).
log = []


def note(tag, v):
    log.append(tag)
    return v


def note_list(tag, v):
    log.append(tag)
    return [v]


class Base(object):
    def __init__(self, a):
        pass


class Shape(Base):
    kind = 0

    def __init__(self, a):
        Base.__init__(self, note('recv', a))


def add(a, b):
    return a + b


def show(title, text):
    print(title, ' '.join(log), text)
    del log[:]


show('dict', str({Shape(1).kind: note_list('value', 1), 5: note_list('other', 2)}))
show('tuple', str((Shape(1).kind, note('second', 7))))
show('list', str([note('first', 1), Shape(2).kind, note('third', 3)]))
show('binop', str(Shape(1).kind + note('right', 4)))
show('call', str(add(Shape(3).kind, note('arg', 5))))
show('compare', str(Shape(1).kind < note('rhs', 1)))
