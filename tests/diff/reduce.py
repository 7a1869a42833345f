#!/usr/bin/env python3
"""Shrink a program that rpy gets wrong (or refuses) while it stays wrong the same way.

    reduce.py FILE.py [--kind diff|refusal] [--match REGEX] [-o OUT.py] [--rpy PATH]

A candidate is kept when its interpreter run is clean (no NameError, TypeError, SyntaxError...)
and, for --kind diff (default), its output or exit status under rpy differs from the
interpreter's; for --kind refusal, `rpy translate` fails. --match REGEX must also match the
failure's description (rpy's error message, or the diff of the two outputs). Passes: delete
blocks and statements (largest first), unwrap compound statements, simplify parenthesized
sub-expressions. Every step is one interpreter run and one translation.
"""

import argparse
import difflib
import os
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H  # noqa: E402

BAD_ORACLE = re.compile(r'^(NameError|UnboundLocalError|TypeError|SyntaxError|IndentationError|'
                        r'TabError|ImportError|ModuleNotFoundError)\b', re.M)


class Tester(object):
    def __init__(self, a, dialect):
        self.a = a
        self.dialect = dialect
        self.work = tempfile.mkdtemp(prefix='rpy-reduce-')
        self.match = re.compile(a.match, re.S | re.M) if a.match else None
        self.tests = 0
        self.cache = {}

    def describe(self, text):
        """None if the program is not a valid failing example; else the failure's description."""
        path = os.path.join(self.work, 'cand.py')
        with open(path, 'w') as f:
            f.write(text)
        o = H.run_oracle(path, self.dialect, self.a.python2)
        if o.timed_out or BAD_ORACLE.search(o.err) or o.rc not in (0, 1, 2, 3):
            return None
        exe = os.path.join(self.work, 'cand-c')
        if os.path.exists(exe):
            os.unlink(exe)
        tr = H.translate(self.a.rpy, path, exe, self.a.cxx)
        if self.a.kind == 'refusal':
            return tr.err if tr.rc != 0 else None
        if tr.rc != 0:
            return None
        r = H.run_binary(exe)
        if r.out == o.out and r.rc == o.rc:
            return None
        d = ''.join(difflib.unified_diff(o.out.decode('utf-8', 'replace').splitlines(True),
                                         r.out.decode('utf-8', 'replace').splitlines(True)))
        return 'exit %d vs %d\n%s' % (o.rc, r.rc, d)

    def interesting(self, lines):
        text = '\n'.join(lines) + '\n'
        if text in self.cache:
            return self.cache[text]
        self.tests += 1
        desc = self.describe(text)
        ok = desc is not None and (self.match is None or self.match.search(desc) is not None)
        self.cache[text] = ok
        return ok


def indent_of(line):
    return len(line) - len(line.lstrip(' '))


def node_end(lines, i):
    """Index after the block that starts at line i (the line and its indented suite)."""
    ind = indent_of(lines[i])
    j = i + 1
    while j < len(lines) and (not lines[j].strip() or indent_of(lines[j]) > ind):
        j += 1
    return j


def without(lines, i, j):
    """Lines with [i, j) removed; an emptied suite gets `pass`."""
    out = lines[:i] + lines[j:]
    if i > 0 and lines[i - 1].rstrip().endswith(':') and indent_of(lines[i - 1]) < indent_of(lines[i]):
        nxt = out[i] if i < len(out) else ''
        if not nxt.strip() or indent_of(nxt) <= indent_of(lines[i - 1]):
            out.insert(i, ' ' * indent_of(lines[i]) + 'pass')
    return out


KEEP = None


def protected(lines, i, j):
    return any(KEEP.search(l) for l in lines[i:j])


def pass_delete(t, lines):
    """Top-down sweeps: try deleting each block (a line and its suite) in document order; on
    failure descend into it. Sweep again until nothing more goes."""
    changed = True
    while changed:
        changed = False
        i = 0
        while i < len(lines):
            if not lines[i].strip() or protected(lines, i, node_end(lines, i)):
                i += 1
                continue
            cand = without(lines, i, node_end(lines, i))
            if cand != lines and t.interesting(cand):
                lines = cand
                changed = True
            else:
                i += 1
    return lines


COMPOUND = re.compile(r'^\s*(if|elif|else|for|while|try|except|finally|with)\b.*:\s*$')


def pass_unwrap(t, lines):
    i = 0
    while i < len(lines):
        if COMPOUND.match(lines[i]):
            j = node_end(lines, i)
            ind = indent_of(lines[i])
            body = [l[4:] if indent_of(l) >= ind + 4 else l for l in lines[i + 1:j]]
            if protected(lines, i, i + 1):
                i += 1
                continue
            cand = lines[:i] + body + lines[j:]
            if body and t.interesting(cand):
                lines = cand
                continue
        i += 1
    return lines


def paren_groups(line):
    """(start, end) of every parenthesized group in the line, outermost first."""
    out, stack, quote = [], [], None
    for k, ch in enumerate(line):
        if quote:
            if ch == quote and line[k - 1] != '\\':
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([':
            stack.append(k)
        elif ch in ')]' and stack:
            out.append((stack.pop(), k + 1))
    return sorted(out, key=lambda se: se[0] - se[1])


def split_top(s):
    """Top-level pieces of an expression separated by operators or commas (rough)."""
    depth, quote, parts, cur = 0, None, [], ''
    for k, ch in enumerate(s):
        if quote:
            cur += ch
            if ch == quote and s[k - 1] != '\\':
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if depth == 0 and ch in ',+-*/%&|^<>=' and cur.strip():
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def pass_exprs(t, lines):
    """Replace a parenthesized group by one of its operands or a small literal."""
    for i in range(len(lines)):
        if protected(lines, i, i + 1):
            continue
        tried = set()
        progress = True
        while progress:
            progress = False
            for s, e in paren_groups(lines[i]):
                inner = lines[i][s + 1:e - 1]
                opts = [p for p in split_top(inner) if p != inner]
                opts += ['0', "''", '1', 'True']
                for rep in opts:
                    new = lines[i][:s] + ('(%s)' % rep if lines[i][s] == '(' else '[%s]' % rep) + lines[i][e:]
                    if new in tried or new == lines[i]:
                        continue
                    tried.add(new)
                    cand = lines[:i] + [new] + lines[i + 1:]
                    if t.interesting(cand):
                        lines = cand
                        progress = True
                        break
                if progress:
                    break
    return lines


def default_match(kind, desc):
    if kind == 'refusal':
        m = re.search(r'error: (.*)', desc.split('Compiler output:', 1)[-1])
        msg = m.group(1) if m else desc.strip().splitlines()[-1]
        # names change as the program shrinks: match the message with names left open
        parts = re.split(r"'[^']*'|‘[^’]*’|\b[pP]\d+\w*|\d+", msg)
        return '.*'.join(re.escape(p) for p in parts if p)
    body = desc.splitlines()[1:]
    minus = [l for l in body if l.startswith('-') and not l.startswith('---')]
    plus = [l for l in body if l.startswith('+') and not l.startswith('+++')]
    if not minus and not plus:
        return re.escape(desc.splitlines()[0])
    # the first line the interpreter printed and rpy did not, and the other way round
    return ''.join('(?=.*^%s$)' % re.escape(l) for l in (minus[:1] + plus[:1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('file')
    ap.add_argument('--kind', choices=['diff', 'refusal'], default='diff')
    ap.add_argument('--match', default=None,
                    help="regex the failure must match (default: for a refusal, rpy's first "
                         "error message; for a difference, one of the original's differing "
                         "lines)")
    ap.add_argument('--any', action='store_true', help='accept any failure of the kind')
    ap.add_argument('--keep', default=r'^    return -?\d+$|sys\.exit|def entry_point|def target|'
                    r'return entry_point|^def p\d+_main|^        return \d+$',
                    help='regex of lines never deleted (default: the exit paths)')
    ap.add_argument('--dialect', choices=['2', '3'], default=None)
    ap.add_argument('-o', '--output', default=None)
    ap.add_argument('--rpy', default=os.path.join(H.REPO, 'build', 'rpy'))
    ap.add_argument('--cxx', default=None)
    ap.add_argument('--python2', default='python2.7')
    ap.add_argument('--no-exprs', action='store_true', help='skip the expression pass')
    a = ap.parse_args()
    a.rpy = os.path.abspath(a.rpy)
    global KEEP
    KEEP = re.compile(a.keep)
    src = open(a.file).read()
    dialect = int(a.dialect) if a.dialect else (2 if 'def target(' in src else 3)
    t = Tester(a, dialect)
    lines = src.rstrip('\n').split('\n')
    if not a.match and not a.any:
        desc = t.describe(src)
        if desc is None:
            print('the program does not fail as asked; nothing to reduce')
            return 1
        a.match = default_match(a.kind, desc)
        print('keeping failures that match: %s' % a.match)
        t.match = re.compile(a.match, re.S | re.M)
    if not t.interesting(lines):
        print('the program does not fail as asked; nothing to reduce')
        return 1
    before = len(lines)
    while True:
        n = len('\n'.join(lines))
        lines = pass_delete(t, lines)
        lines = pass_unwrap(t, lines)
        if not a.no_exprs:
            lines = pass_exprs(t, lines)
        lines = pass_delete(t, lines)
        if len('\n'.join(lines)) >= n:
            break
    text = '\n'.join(lines) + '\n'
    out = a.output or os.path.splitext(a.file)[0] + '.min.py'
    with open(out, 'w') as f:
        f.write(text)
    print('%d -> %d lines in %d tests: %s' % (before, len(lines), t.tests, out))
    print(t.describe(text) or '')
    shutil.rmtree(t.work, ignore_errors=True)
    return 0


if __name__ == '__main__':
    sys.exit(main())
