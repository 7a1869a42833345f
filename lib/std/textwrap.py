"""textwrap: dedent (and Python 3's indent), which programs call while they are imported to
tidy source they generate and exec, and TextWrapper, wrap, fill (and Python 3's shorten) with
the interpreter's rules: the text is split into chunks (whitespace, words, hyphenated parts,
em-dashes) by the dialect's own expression, then laid out line by line (long words broken,
Python 3's break at a hyphen, max_lines and its placeholder).

wrap() uses regular expressions, so it runs while the module is imported (rpy does not translate
`re`): a program wraps its help texts and tables then, and prints them at run time."""

import re as _re
import sys as _sys

_PY3 = _sys.version_info[0] >= 3
_WHITESPACE = '\t\n\x0b\x0c\r '


def _chunk_patterns():
    """The expressions that split text into chunks: (with hyphens, whitespace only)."""
    if not _PY3:
        hyphens = (r'(\s+|'                                 # whitespace
                   r'[^\s\w]*\w+[^0-9\W]-(?=\w+[^0-9\W])|'  # a hyphenated word's part
                   r'(?<=[\w\!\"\'\&\.\,\?])-{2,}(?=\w))')  # an em-dash
        return _re.compile(hyphens), _re.compile(r'(\s+)')
    ws = '[%s]' % _re.escape(_WHITESPACE)
    nws = '[^' + ws[1:]
    punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    hyphens = ('(' + ws + '+'                                          # whitespace
               '|(?<=' + punct + ')-{2,}(?=\\w)'                       # an em-dash between words
               '|' + nws + '+?(?:'                                     # a word, up to:
               '-(?:(?<=' + letter + '{2}-)|(?<=' + letter + '-' + letter + '-))'
               '(?=' + letter + '-?' + letter + ')'                    # a hyphen inside a word
               '|(?=' + ws + '|\\Z)'                                   # its end
               '|(?<=' + punct + ')(?=-{2,}\\w)'                       # an em-dash after it
               '))')
    return _re.compile(hyphens), _re.compile('(' + ws + '+)')


_WORDSEP, _WORDSEP_SIMPLE = _chunk_patterns()
_SENTENCE_END = _re.compile(r'[a-z][\.\!\?][\"\']?\Z')


class TextWrapper(object):
    """Lays out text in lines of at most `width` characters."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                 tabsize=8, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        pattern = _WORDSEP if self.break_on_hyphens else _WORDSEP_SIMPLE
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _SENTENCE_END.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if _PY3 and self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if _PY3 and self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            if (not _PY3 or self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            placed = False
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    placed = True
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not placed:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def wrap(self, text):
        """The lines of text, without their final newlines."""
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The lines of text joined by newlines."""
        return "\n".join(self.wrap(text))


# The options are spelled out (not **kwargs) so that translated code knows each call's keywords.
def wrap(text, width=70, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=' [...]'):
    return TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                       break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder).wrap(text)


def fill(text, width=70, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
         fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True, tabsize=8,
         max_lines=None, placeholder=' [...]'):
    return TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings,
                       break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder).fill(text)


if _PY3:
    def shorten(text, width, initial_indent="", subsequent_indent="", expand_tabs=True, replace_whitespace=True,
                fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                tabsize=8, placeholder=' [...]'):
        """text's words on one line of at most width characters, the rest replaced by the
        placeholder."""
        w = TextWrapper(width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
                        fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize, 1,
                        placeholder)
        return w.fill(' '.join(text.strip().split()))


def _leading(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """text without the whitespace (spaces and tabs) that starts all its
    lines that are not blank; blank lines come out empty."""
    lines = text.split('\n')
    for i in range(len(lines)):
        if not lines[i].strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading(line)
        if margin is None:
            margin = lead
            continue
        n = 0
        while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
            n += 1
        margin = margin[:n]
    if margin:
        for i in range(len(lines)):
            if lines[i].startswith(margin):
                lines[i] = lines[i][len(margin):]
    return '\n'.join(lines)


if _sys.version_info[0] >= 3:
    def indent(text, prefix, predicate=None):
        """prefix added to the lines of text that are not blank (or for which
        predicate(line) is true)."""
        out = []
        for line in text.splitlines(True):
            if (predicate(line) if predicate is not None else line.strip()):
                out.append(prefix + line)
            else:
                out.append(line)
        return ''.join(out)
