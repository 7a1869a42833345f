"""rpy's fnmatch: shell-style wildcards (`*`, `?`, `[seq]`, `[!seq]`) matched as Python's
fnmatch matches them (a `[` without its `]` is itself; `*` and `?` match any character, `/` and
newlines too; names compare as they are, os.path.normcase being the identity on POSIX).

Plain Python that rpy also translates: the pattern is read into a list of tokens and matched
directly (no regular expression), so fnmatch() and filter() work at run time too. translate()
gives Python 2.7's regular expression; Python 3's (atomic groups) is not given.
Known difference: a reversed range (`[z-a]`) matches nothing; Python 2.7's re refuses it.
"""

import sys

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_LITERAL = 0
_ANY = 1
_STAR = 2
_CLASS = 3


def _compile(pat):
    """The tokens of pat: kinds, their texts (a literal's character, a class's range pairs) and
    whether a class is negated."""
    kinds = []
    texts = []
    negs = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not kinds or kinds[-1] != _STAR:
                kinds.append(_STAR)
                texts.append('')
                negs.append(False)
        elif c == '?':
            kinds.append(_ANY)
            texts.append('')
            negs.append(False)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                kinds.append(_LITERAL)
                texts.append('[')
                negs.append(False)
            else:
                stuff = pat[i:j]
                i = j + 1
                neg = False
                if stuff[:1] == '!':
                    neg = True
                    stuff = stuff[1:]
                pairs = ''
                k = 0
                while k < len(stuff):
                    if k + 2 < len(stuff) and stuff[k + 1] == '-':
                        pairs += stuff[k] + stuff[k + 2]
                        k += 3
                    else:
                        pairs += stuff[k] + stuff[k]
                        k += 1
                kinds.append(_CLASS)
                texts.append(pairs)
                negs.append(neg)
        else:
            kinds.append(_LITERAL)
            texts.append(c)
            negs.append(False)
    return kinds, texts, negs


def _one(kind, text, neg, c):
    if kind == _ANY:
        return True
    if kind == _LITERAL:
        return c == text
    k = 0
    found = False
    while k + 1 < len(text):
        if text[k] <= c <= text[k + 1]:
            found = True
            break
        k += 2
    return found != neg


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    kinds, texts, negs = _compile(pat)
    p = 0
    i = 0
    star = -1
    mark = 0
    np = len(kinds)
    n = len(name)
    while i < n:
        if p < np and kinds[p] == _STAR:
            star = p
            mark = i
            p += 1
        elif p < np and _one(kinds[p], texts[p], negs[p], name[i]):
            p += 1
            i += 1
        elif star >= 0:
            p = star + 1
            mark += 1
            i = mark
        else:
            return False
    while p < np and kinds[p] == _STAR:
        p += 1
    return p == np


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase (the identity on POSIX, rpy's target)."""
    return fnmatchcase(name, pat)


def filter(names, pat):
    """The names that match pat, in their order."""
    result = []
    for name in names:
        if fnmatchcase(name, pat):
            result.append(name)
    return result


def translate(pat):
    """Python 2.7's regular expression for pat."""
    if sys.version_info[0] >= 3:
        raise NotImplementedError("fnmatch.translate() in Python 3 (atomic groups): rpy gives fnmatch(), fnmatchcase() and filter()")
    i = 0
    n = len(pat)
    res = ''
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            res = res + '.*'
        elif c == '?':
            res = res + '.'
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res = res + '\\['
            else:
                stuff = pat[i:j].replace('\\', '\\\\')
                i = j + 1
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] == '^':
                    stuff = '\\' + stuff
                res = '%s[%s]' % (res, stuff)
        else:
            res = res + _escape(c)
    return res + '\\Z(?ms)'


def _escape(c):
    if c.isalnum() or c == '_' or ord(c) >= 128:
        return c
    if c == '\000':
        return '\\000'
    return '\\' + c
