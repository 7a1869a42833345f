# list() and sorted() build a new list whose items the annotator may widen: list('ab')
# that later receives longer strings holds strings, list of a tuple of chars likewise.


def rest(*args):
    v = list(args)
    v.append('xy')
    return v


def main(n):
    s = 'abc'
    v = list(s)
    v.append('xy')
    w = list(s[0])
    w.append('zz')
    print(v, w, rest('a', 'b'))
    y = list(s)
    print(y)
    z = [c for c in s]
    z.append('long')
    print(z, sorted(s), sorted('ba') + ['cc'], sorted('cab', reverse=True) + ['dd'])
    r = list(reversed('xyz'))
    r.append('end')
    print(r)
    u = list(s) + ['xy']
    print(u)
    words = ['ab', 'cd']
    if n > 5:
        words = list('xyz')
    words = words + list('q')
    print(words)


if __name__ == '__main__':
    main(9)
