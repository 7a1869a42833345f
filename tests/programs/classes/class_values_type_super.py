from __future__ import print_function
import sys

class Base(object):
    kind = 0
    def __init__(self, v):
        self.v = v
    def show(self):
        return "Base(%d)" % self.v

class A(Base):
    kind = 1
    def show(self):
        return "A:" + Base.show(self)

class B(Base):
    kind = 2
    def __init__(self, v):
        Base.__init__(self, v * 2)
    def show(self):
        return "B:" + super(B, self).show()

KINDS = [A, B, Base]

def make(i, v):
    cls = KINDS[i % 3]
    return cls(v)

def entry_point(argv):
    objs = [make(i, i + 1) for i in range(5)]
    for o in objs:
        print(o.show(), o.__class__.__name__, type(o).kind, type(o) is A, o.__class__ is B)
    c = type(objs[1])
    print(c.__name__, c.kind, c is B, c is not B, c == A)
    d = c(10)
    print(d.show())
    return 0

def target(*args):
    return entry_point, None

if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
