# python2
# Python 2.7: a == b calls __eq__; a != b without __ne__ compares identities (Python 3 would
# invert __eq__); <, > call __lt__, __gt__.
class Card(object):
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __gt__(self, other):
        return self.rank > other.rank


def entry_point(argv):
    a = Card(5, 'h')
    b = Card(5, 's')
    c = Card(9, 'd')
    print a == b, a != b, a == c, a != a
    print a < c, c > b, a > c, b < a
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
