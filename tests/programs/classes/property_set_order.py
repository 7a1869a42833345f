# `obj.p = value` through a property setter evaluates the value before the object, as every
# attribute assignment does; `obj.p += v` reads obj, gets p, evaluates v, then sets.
import sys


def val(name, v):
    print('value', name)
    return v


def obj(name, o):
    print('object', name)
    return o


class P(object):
    def __init__(self):
        self._p = 0

    def getp(self):
        print('get', self._p)
        return self._p

    def setp(self, v):
        print('set', v)
        self._p = v

    p = property(getp, setp)


def main():
    o = P()
    obj('a', o).p = val('a', 5)
    o.p = val('b', 6)
    obj('c', o).p = 7
    obj('d', o).p += val('d', 2)
    print(o.p)
    return 0


if __name__ == '__main__':
    sys.exit(main())
