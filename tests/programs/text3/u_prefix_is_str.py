# Python 3: a u'' literal is a str like any other (PEP 414). rpy typed it apart ("unsupported
# operand types for +: unicode and str"), and u'...'.format() dropped a field's !a conversion.
import sys


def label(name, suffix):
    return u'<' + name + '>' + suffix


def main():
    s = 'ab' if len(sys.argv) < 5 else 'x'
    t = u'h\xe9' + s
    print(t, type(t) is str, len(t), t == 'h\xe9ab')
    print(label(s, u'\u2192'), label(u'k', s))
    print(u'{0!a} {1!a:>12} {1!r}'.format(s, u'h\xe9'))
    words = [u'\xe9t\xe9', 'hiver', s]
    print(u' '.join(sorted(words)), ','.join(w.upper() for w in words))
    d = {u'k': 1}
    d['k'] += 1
    print(d, u'k' in d, {s: u'v'}.get('ab', 'none'))


main()
