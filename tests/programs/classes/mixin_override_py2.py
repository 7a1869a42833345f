# python2
# A mixin's method listed before a base that defines the same method overrides it in dispatch.
class Named(object):
    _mixin_ = True

    def show(self):
        return "named " + self.kind()


class Value(object):
    def show(self):
        return "?"

    def kind(self):
        return "value"


class Sym(Named, Value):
    def kind(self):
        return "sym"


class Sub(Sym):
    pass


def f(x):
    return x.show()


def entry_point(argv):
    for v in [Value(), Sym(), Sub()]:
        print(f(v))
    return 0


def target(*a):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
