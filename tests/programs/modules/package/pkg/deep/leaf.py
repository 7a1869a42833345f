from pkg.sub import double


class Leaf(object):
    def __init__(self, v):
        self.v = double(v)


def make(n):
    return [Leaf(i) for i in range(n)]
