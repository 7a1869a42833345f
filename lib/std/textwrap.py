"""textwrap's dedent (and Python 3's indent), which programs call while they
are imported to tidy source they generate and exec.  Not here: wrap, fill
and TextWrapper (a program that uses them stops at import time with an
AttributeError)."""

import sys as _sys


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
