# import_from_mixin(M, special_methods): RPython's rule. M's MRO is walked from M (the first class
# giving a name wins); a __xxx__ name is copied only when listed (default: __init__, __del__);
# functions and staticmethods are copied; _immutable_fields_ of all the classes are appended.
from rpython.rlib.objectmodel import import_from_mixin


class Base(object):
    _immutable_fields_ = ['a']

    def __getitem__(self, i):
        return i * 100

    def name(self):
        return "base"

    def only_base(self):
        return "only in base"


class M(Base):
    _immutable_fields_ = ['b']

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        return i * 2 + self.n

    def __len__(self):
        return 3

    def name(self):
        return "mixin"

    @staticmethod
    def helper(x):
        return x + 1


class C(object):
    _immutable_fields_ = ['c']
    import_from_mixin(M, ['__init__', '__getitem__'])


class D(object):
    import_from_mixin(M, special_methods=['__init__', '__len__'])


class E(object):
    import_from_mixin(M)


# Which special methods each class got (asked while importing: translated code asks instances).
COPIED = (hasattr(C, '__len__'), hasattr(D, '__getitem__'), hasattr(E, '__getitem__'), hasattr(E, '__init__'))


def entry_point(argv):
    c = C(1)
    print(c[21])
    print(c.name() + " " + c.only_base() + " " + str(C.helper(4)))
    d = D(5)
    print(len(d))
    print(E(2).n)
    print(COPIED)
    print(C._immutable_fields_)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    entry_point([])
