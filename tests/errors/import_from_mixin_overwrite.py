# import_from_mixin() into a class body that already defines one of the mixin's names: RPython
# raises while importing (it would silently replace the class's own method otherwise).
from rpython.rlib.objectmodel import import_from_mixin


class M(object):
    def run(self):
        return 1


class C(object):
    def run(self):
        return 2

    import_from_mixin(M)


def entry_point(argv):
    print(C().run())
    return 0


def target(*args):
    return entry_point, None
