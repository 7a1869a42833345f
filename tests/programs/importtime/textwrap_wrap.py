# textwrap.wrap/fill/TextWrapper (and shorten, max_lines) while a script is imported: chunks split by
# Python 3's expression (hyphenated words, em-dashes), long words broken (at a hyphen), indents,
# fix_sentence_endings, kept whitespace; the lines are printed at run time.
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
RESULTS.append(repr(textwrap.wrap(TEXT, 30, max_lines=3)))
RESULTS.append(repr(textwrap.wrap(TEXT, 30, max_lines=2, placeholder='...')))
RESULTS.append(repr(textwrap.shorten("Hello  world!  This is a   test of shorten.", 20)))
RESULTS.append(repr(textwrap.shorten("Hello world", 11)))
for r in RESULTS:
    print(r)
