# A finally body is translated twice (for the normal exit and for an exception passing through):
# both copies evaluate everything, including calls whose value is known from their type (a class
# attribute read through a constructor call, `C(x).kind`).
log = []


def tr(tag, v):
    log.append(tag)
    return v


class Base(object):
    def __init__(self, a, b):
        self.first = tr('base', a + b)


class Kind(Base):
    kind = 'abc'
    limit = -96

    def __init__(self, x):
        Base.__init__(self, 9, tr('kind', x))


class Text(object):
    def __init__(self, items):
        self.text = 'abcabc'
        self.items = items


def run(n):
    try:
        if n > 1:
            raise ValueError('n')
        print('body', n)
    finally:
        if Text([n, n]).text != Kind(n).kind:
            print('differs', n)
        for x in Text([1, 2, 3]).items[:(-8 + Kind(n).limit % 17)]:
            print('item', x)
        print('kind', Kind(n + 1).kind)
    return n


def main():
    for n in range(4):
        try:
            run(n)
        except ValueError:
            print('caught', n)
        print(' '.join(log))
        del log[:]
    return 0


if __name__ == '__main__':
    main()
