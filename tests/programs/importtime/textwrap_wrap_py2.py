# python2
# textwrap.wrap/fill/TextWrapper while the module is imported, with Python 2.7's chunks (its
# hyphenated-word expression) and long-word breaking; the lines are printed by the entry point.
import textwrap

TEXT = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-established "
        "practice -- some say a self-evident one -- to re-read e-mail twice.\tTabs\there, and "
        "a supercalifragilisticexpialidocious-word-with-many-hyphens plus 1-2-3 and x--y. End.")
RESULTS = []
for width in (10, 20, 33, 70):
    RESULTS.append(repr(textwrap.wrap(TEXT, width)))
RESULTS.append(repr(textwrap.wrap(TEXT, 25, initial_indent='* ', subsequent_indent='  ')))
RESULTS.append(repr(textwrap.wrap(TEXT, 15, break_long_words=False)))
RESULTS.append(repr(textwrap.wrap(TEXT, 18, break_on_hyphens=False)))
RESULTS.append(repr(textwrap.wrap(TEXT, 30, fix_sentence_endings=True, drop_whitespace=False)))
RESULTS.append(repr(textwrap.wrap("  leading and trailing   spaces  ", 12)))
RESULTS.append(repr(textwrap.wrap("", 10)))
RESULTS.append(repr(textwrap.fill("one two three four five six seven", 9)))
RESULTS.append(repr(textwrap.TextWrapper(width=12, expand_tabs=False, replace_whitespace=False).wrap("a\tb\nc d e f g h")))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    RESULTS.append(str(e))


def entry_point(argv):
    for r in RESULTS:
        print r
    return 0


def target(*args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
