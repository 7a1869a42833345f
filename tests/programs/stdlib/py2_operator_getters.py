# python2
# operator.itemgetter in an RPython program's translated code (refused before).
from operator import itemgetter, attrgetter
def main(argv):
    rows = [(1, 'b'), (0, 'c'), (1, 'a')]
    print sorted(rows, key=itemgetter(1))
    print [r[0] for r in sorted(rows, key=itemgetter(0, 1))]
    return 0
def target(*a):
    return main, None
if __name__ == '__main__':
    import sys
    main(sys.argv)
