# python2
# Python 2 unicode.translate(dict) in translated code: a dict from code points (ord) to unicode
# or None; code points the dict lacks are kept. It was refused ("not supported in translated code").
ACCENTS = {ord(u'\xe9'): u'e', ord(u'\xe8'): u'e', ord(u'\xe0'): u'a', ord(u'\u2019'): u"'"}


def strip_accents(text):
    return text.translate(ACCENTS)


def entry_point(argv):
    drop = {}
    for c in u'aeiou':
        drop[ord(c)] = None
    words = [u'caf\xe9', u'\xe0 la m\xe8re', u'l\u2019\xe9t\xe9', u'\U0001f600 ok']
    if len(argv) > 5:
        words.append(u'x')
    for w in words:
        print repr(strip_accents(w)), repr(w.translate(drop)), repr(w.translate({}))
    table = {ord(u'a'): u'\u20ac\u20ac', ord(u'o'): None}
    print repr(u'foo bar'.translate(table)), len(u'foo bar'.translate(table))
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    entry_point(sys.argv)
