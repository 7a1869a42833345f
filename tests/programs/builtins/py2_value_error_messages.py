# python2
# Python 2.7's messages for float() and int() of bad text (the text after its leading whitespace;
# float's 'invalid literal' when a number starts it) and for list.index (the item's repr).
def entry_point(argv):
    for s in ['1_0.5', 'abc', ' 1 2 ', '', '1e', '  x']:
        try:
            float(s)
        except ValueError as e:
            print str(e)
    for s in [' 12 3', ' x', '', '1_0', ' 7 a ']:
        try:
            int(s)
        except ValueError as e:
            print str(e)
    for v in [5, 1]:
        try:
            print [1, 2].index(v)
        except ValueError as e:
            print str(e)
    try:
        ['a'].index('b')
    except ValueError as e:
        print str(e)
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
