# Python 2 unicode.translate(dict) in translated code takes unicode or None values; an int value
# (a code point) is rpy's limit: python 2.7 raises TypeError "character mapping must be in
# range(0x%lx)" past the last code point, which rpy's runtime does not say.
def entry_point(argv):
    s = u'abc' if len(argv) < 5 else u'x'
    print repr(s.translate({ord(u'a'): 0x41}))
    return 0


def target(*args):
    return entry_point, None
