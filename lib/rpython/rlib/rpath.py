"""rpy's version of rpython.rlib.rpath: the os.path functions RPython programs call through it,
for POSIX paths (rpy translates for POSIX systems only).

rabspath(path)        os.path.abspath(path), or path itself when the current directory cannot
                      be read (OSError);
risabs(path)          whether path is absolute;
rnormpath(path)       path with '.', '..' and repeated slashes folded, as os.path.normpath;
rjoin(a, b)           a and b joined with '/' as os.path.join joins two (b absolute: b);
join(a, parts)        a joined with each of the list parts in turn, the same way;
dirname, basename, split, exists: as os.path's.
"""

import os


def rabspath(path):
    try:
        return os.path.abspath(path)
    except OSError:
        return path


def risabs(path):
    return path.startswith('/')


def rnormpath(path):
    if path == '':
        return '.'
    initial = 0
    if path.startswith('/'):
        initial = 1
        # POSIX gives two leading slashes a meaning of their own; three or more are one
        if path.startswith('//') and not path.startswith('///'):
            initial = 2
    kept = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (initial == 0 and len(kept) == 0) or (len(kept) > 0 and kept[-1] == '..'):
            kept.append(comp)
        elif len(kept) > 0:
            kept.pop()
    result = '/' * initial + '/'.join(kept)
    if result == '':
        return '.'
    return result


def rjoin(a, b):
    if b.startswith('/'):
        return b
    if a == '' or a.endswith('/'):
        return a + b
    return a + '/' + b


def join(a, parts):
    path = a
    for b in parts:
        path = rjoin(path, b)
    return path


def _last_slash(p):
    return p.rfind('/') + 1


def dirname(p):
    i = _last_slash(p)
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def basename(p):
    return p[_last_slash(p):]


def split(p):
    return dirname(p), basename(p)


def exists(path):
    try:
        os.stat(path)
    except OSError:
        return False
    return True
