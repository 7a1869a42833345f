# __getitem__ and __setitem__ overridden in a subclass: each receiver calls its own; an item
# assignment evaluates the value, then the object, then the index.
import sys


def t(tag, v):
    print('eval', tag)
    return v


def u(tag, o):
    print('eval', tag)
    return o


class Base(object):
    def __init__(self):
        self.log = []

    def __getitem__(self, i):
        return i + 1

    def __setitem__(self, i, v):
        self.log.append(('base', i, v))


class Sub(Base):
    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, v):
        self.log.append(('sub', i, v))


def main():
    for o in [Base(), Sub()]:
        print(o[4], o[t('index', 5)])
        u('obj', o)[t('key', 1)] = t('value', 2)
        o[3] = 7
        print(o.log)
    return 0


if __name__ == '__main__':
    sys.exit(main())
