# python2
# dict(k=v, **d), dict(d, **kw), dict(pairs, k=v, **d) in Python 2.7: the keyword dict is a copy
# of the mapping holding the explicit keywords too (a key in both is a TypeError), merged after
# the positional argument; the dicts print in CPython 2.7's order.


def with_options(base, **opts):
    return dict(base, **opts)


def log_pairs(msg, value):
    print msg
    return value


def log_int(msg, value):
    print msg
    return value


def log_dict(msg, value):
    print msg
    return value


def main(argv):
    defaults = {'color': 'red', 'size': 'M'}
    print dict(defaults, size='L')
    print dict(a=1, **{'b': 2, 'c': 3})
    extra = {'x': 10}
    print dict(y=20, **extra)
    print dict([('p', 1), ('q', 2)], r=3)
    print with_options({'k': 'v'}, w='z', h='i')
    more = {}
    for i in range(9):
        more['k%d' % i] = i
    print dict(zz=1, **more)
    print dict(more, zz=1)
    print dict([('x', 1)], **more)
    print dict([('first', 0)], last=99, **more)
    print dict(defaults, **{'size': 'S', 'fit': 'slim'})
    d = dict(log_pairs("pos", [('a', 1)]), b=log_int("b", 2), c=log_int("c", 3), **log_dict("mapping", {'d': 4}))
    print sorted(d.items())
    try:
        dict(color='blue', **defaults)
    except TypeError as e:
        print 'TypeError:', e
    return 0


def target(driver, args):
    return main, None


if __name__ == '__main__':
    import sys
    main(sys.argv)
