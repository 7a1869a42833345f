"""rpy's glob: the paths matching a shell-style pattern, found as Python's glob finds them
(os.listdir's order, names starting with '.' only for patterns that start with '.', a
pattern's directories matched part by part). `recursive=True` with `**` is not given (refused).
"""

import os
import sys
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"] if sys.version_info[0] >= 3 else ["glob", "iglob"]


def has_magic(s):
    for c in s:
        if c in '*?[':
            return True
    return False


if sys.version_info[0] >= 3:
    def glob(pathname, recursive=False):
        """The paths matching pathname (a list)."""
        if recursive and '**' in pathname:
            raise NotImplementedError("glob(recursive=True) with '**': rpy does not give it")
        return _glob(pathname)

    def iglob(pathname, recursive=False):
        return iter(glob(pathname, recursive))
else:  # Python 2.7: no recursive=, no escape()
    def glob(pathname):
        """The paths matching pathname (a list)."""
        return _glob(pathname)

    def iglob(pathname):
        return iter(_glob(pathname))


def _escape(pathname):
    drive, path = os.path.splitdrive(pathname)
    out = ''
    for c in path:
        if c in '*?[':
            out += '[' + c + ']'
        else:
            out += c
    return drive + out


if sys.version_info[0] >= 3:
    escape = _escape


def _glob(pathname):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(pathname):
                return [pathname]
        elif os.path.isdir(dirname):
            return [pathname]
        return []
    if not dirname:
        return _glob_in(os.curdir, basename, '')
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname)
    else:
        dirs = [dirname]
    result = []
    for d in dirs:
        result.extend(_glob_in(d, basename, d))
    return result


def _glob_in(dirname, pattern, prefix):
    if not has_magic(pattern):
        if pattern == '':
            return [os.path.join(prefix, pattern)] if os.path.isdir(dirname) else []
        if os.path.lexists(os.path.join(dirname, pattern)):
            return [os.path.join(prefix, pattern) if prefix else pattern]
        return []
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if pattern[:1] != '.':
        names = [x for x in names if x[:1] != '.']
    out = []
    for name in fnmatch.filter(names, pattern):
        out.append(os.path.join(prefix, name) if prefix else name)
    return out
