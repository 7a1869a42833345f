# python2
# Python 2 shows unicode items of lists, tuples, dicts and sets as u'...': rpy printed them as
# strs ('\xc3\xa9', the UTF-8 bytes) since a unicode is a Str* at run time.
from collections import OrderedDict


def entry_point(argv):
    xs = [u'\xe9', u'a']
    print xs, (u'b', 1)
    print [[u'x'], []], ([u'y'], 'z', 2)
    d = {u'k': [u'v', u'w']}
    print d
    print {1: u'one'}
    s = set([u'q'])
    print s
    print repr(xs), str(xs), str((u'b',))
    print '%s %r' % (xs, (u'c', 'd'))
    print '%s|' % ([u'e'],)
    print '{} {!r} {:}'.format(xs, xs, [u'f'])
    t = (u'\u20ac', 'e', 3.5)
    print t
    maybe = None
    if len(argv) > 5:
        maybe = [u'n']
    print maybe, [None, u'p']
    ys = [u'ab'[0], u'c']
    print ys, [u'abc'[i] for i in range(2)]
    print (xs, 'a')
    try:
        raise KeyError((u'g', 1))
    except KeyError as e:
        print str(e)
    try:
        raise ValueError(u'h', [u'i'])
    except ValueError as e:
        print str(e)
    o = OrderedDict()
    o[u'k'] = 1
    print o.items(), o.keys()
    print map(repr, [u'a', u'b'])
    fmt = '%s-%r'
    if len(argv) > 3:
        fmt = '%r'
    print fmt % ([u'z'], (u'y',))
    print [u'\n\'"', u'\\'], {u'': set([u'\x00'])}
    print [1, 2], ('a', 1), {'b': [2.5]}
    return 0


def target(*a):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
