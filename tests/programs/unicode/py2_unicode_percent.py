# python2
# unicode % args: the result is unicode; %s of a str decodes it as ASCII; widths and
# precisions count code points, not UTF-8 bytes. A str format with a unicode argument of %s
# gives unicode too (Python 2's promotion).


def cell(parts, value):
    parts.append(u'<td>')
    parts.append(u'%d' % value)
    parts.append(u'</td>')


def render(rows):
    parts = []
    add = parts.append
    for row in rows:
        add(u'<tr>')
        for v in row:
            cell(parts, v)
        add(u'</tr>\n')
    return u''.join(parts)


def show(u):
    print len(u), u.encode('utf-8')


def entry_point(argv):
    n = len(argv) + 1
    show(render([range(n), range(n, 2 * n)]))
    name = u'caf\xe9'
    if len(argv) > 5:
        name = u'tea'
    show(u'%s costs %d.%02d' % (name, 3, 5))
    show(u'[%6s][%-6s][%.3s][%8.2s]' % (name, name, name, u'\u20ac\u20acx'))
    show(u'%s and %s' % ('plain str', u'\xfcml'))
    show(u'%r %r %r' % (name, 'b\xe9', 7))
    show(u'%x %o %05.1f %+d %e 100%%' % (255, 8, 3.14159, n, 12345.678))
    show(u'%s|%s|%s' % (True, 2.5, n * 1000000000000))
    show(u'%s%s' % ('c', u'h'))
    # a str format with a unicode argument of %s: the result is unicode
    show('[%s]' % name)
    show('%s=%d, %r %s' % ('key', n, name, name))
    bad = 'caf\xc3\xa9'
    if len(argv) > 7:
        bad = 'ok'
    try:
        show(u'<%s>' % bad)
    except UnicodeDecodeError:
        print 'UnicodeDecodeError'
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
